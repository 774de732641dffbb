"""Slots on the resident's dashboard that other apps fill.

An app registers a widget in its AppConfig.ready(); `learning` never needs to know
which apps exist. A widget's context function returns None to stay hidden.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from .models import Learner

WidgetContext = Callable[[HttpRequest, Learner], dict | None]


@dataclass(frozen=True)
class Widget:
    name: str
    template: str
    context: WidgetContext
    order: int = 100


_widgets: dict[str, Widget] = {}


def widget_register(
    *, name: str, template: str, context: WidgetContext, order: int = 100
) -> None:
    """Add a widget, or replace the one registered under the same name."""
    _widgets[name] = Widget(name=name, template=template, context=context, order=order)


def widgets_render(*, request: HttpRequest, learner: Learner) -> list[SafeString]:
    """Every registered widget with something to show, rendered in order."""
    rendered = []
    for widget in sorted(_widgets.values(), key=lambda w: (w.order, w.name)):
        context = widget.context(request, learner)
        if context is not None:
            html = render_to_string(widget.template, context, request=request)
            rendered.append(mark_safe(html))  # noqa: S308 - our own templates
    return rendered
