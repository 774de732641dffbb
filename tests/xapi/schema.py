"""The xAPI statement schema (xapi/schemas/statement.json) as a validator.

JSON Schema cannot compare two properties, so the schema's `rawWithinMinMax`
keyword (a score's raw value between its min and max, min below max) is
implemented here; "date-time" is checked by tests.formats.
"""

import json
from pathlib import Path

from jsonschema import Draft202012Validator, ValidationError
from jsonschema.validators import extend

import xapi
from tests.formats import FORMATS

SCHEMA = json.loads(
    (Path(xapi.__file__).parent / "schemas" / "statement.json").read_text()
)


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
