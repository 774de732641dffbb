"""Formatting board numbers the way the live script formats them."""

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def board_value(row: dict, key: str) -> str:
    """A row's number for a column; coverage as a percentage, '–' when unknown."""
    value = row.get(key)
    if value is None:
        return "–"
    if key == "coverage":
        return f"{number_format(value * 100, decimal_pos=2)} %"
    return number_format(value)


@register.filter
def replace_code(link: str, code: str) -> str:
    return link.replace("{code}", code)
