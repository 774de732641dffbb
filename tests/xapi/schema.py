"""The xAPI statement schema (xapi/schemas/statement.json) as a validator.

JSON Schema cannot compare two properties, so the schema's `rawWithinMinMax`
keyword (a score's raw value between its min and max, min below max) is
implemented here; jsonschema asserts "date-time" only with an optional package,
so that format is checked here too.
"""

import json
import re
from datetime import datetime
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from jsonschema.validators import extend

import xapi

SCHEMA = json.loads(
    (Path(xapi.__file__).parent / "schemas" / "statement.json").read_text()
)
RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
)
FORMATS = FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value) -> bool:
    if not isinstance(value, str):
        return True
    if not RFC3339.match(value):
        raise ValueError(f"not an ISO 8601 date-time with an offset: {value!r}")
    return datetime.fromisoformat(value).tzinfo is not None


def _raw_within_min_max(validator, enabled, score, schema):
    if not enabled or not validator.is_type(score, "object"):
        return
    low, high, raw = score.get("min"), score.get("max"), score.get("raw")
    if low is not None and high is not None and not low < high:
        yield ValidationError(f"score min {low} must be below max {high}")
    if raw is not None and low is not None and raw < low:
        yield ValidationError(f"score raw {raw} is below min {low}")
    if raw is not None and high is not None and raw > high:
        yield ValidationError(f"score raw {raw} is above max {high}")


StatementValidator = extend(
    Draft202012Validator, validators={"rawWithinMinMax": _raw_within_min_max}
)
validator = StatementValidator(SCHEMA, format_checker=FORMATS)


def errors(statement: dict) -> list[str]:
    """Why the statement is not a valid xAPI 1.0.3 statement; empty when it is."""
    return [error.message for error in validator.iter_errors(statement)]


def assert_valid(statements: list[dict]) -> None:
    assert statements
    for statement in statements:
        assert errors(statement) == [], statement
