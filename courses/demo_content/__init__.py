"""The demo micro-courses, in Vietnamese with an English version of each.

Each module holds one ``COURSE`` dict::

    COURSE = {
        "slug": "kich-hoat-va-su-dung-vneid",  # one slug for both languages
        "level": "basic",                       # basic | intermediate | advanced
        "estimated_minutes": 12,
        "pass_mark": 70,                        # percent
        "questions_drawn": 6,                   # drawn per attempt; 0 = the whole pool
        "competences": ["2.6", "4.2"],          # Circular 02/2025 competence codes
        "cover": {"icon": "id-card", "color": "#b3261e"},
        "vi": LANGUAGE_VERSION,
        "en": LANGUAGE_VERSION,                 # same lessons and questions, in order
    }

    LANGUAGE_VERSION = {
        "title": str,
        "summary": str,                         # at most 500 characters
        "outcomes": [str, ...],                 # "after this course you can ..."
        "lessons": [{"title": str, "slug": str, "summary": str, "body": [BLOCK, ...]}],
        "questions": [QUESTION, ...],           # the pool, at least 5
    }

A ``BLOCK`` is a ``(type, value)`` pair:

- ``("paragraph", "<p>…</p>")``: rich text using p, b, i, ul, ol, li, h3 and a;
- ``("steps", [{"title": str, "text": str, "screen": SCREEN | None}, ...])``;
  ``SCREEN`` draws a simplified phone screen for the step:
  ``{"app": str, "title": str, "lines": [str, ...] (at most 4), "button": str}``,
  the button being what the learner should tap;
- ``("tip", str)``: a "try it yourself" callout;
- ``("image", {"icon": ICON, "alt": str, "caption": str})``.

A ``QUESTION`` is one of::

    {"kind": "single", "text": str, "explanation": str,
     "choices": [{"text": str, "correct": bool}, ...]}       # exactly one correct
    {"kind": "multiple", "text": str, "explanation": str,
     "choices": [{"text": str, "correct": bool}, ...]}       # one or more correct
    {"kind": "true_false", "text": str, "answer": bool, "explanation": str}
    {"kind": "picture", "text": str, "explanation": str,
     "choices": [{"icon": ICON, "label": str, "correct": bool}, ...]}  # one correct

``ICON`` is a name from ``courses.demo_images.ICONS``.
"""

from . import ocop, payment, public_service, scams, smartphone, vneid

COURSES = [
    vneid.COURSE,
    public_service.COURSE,
    payment.COURSE,
    scams.COURSE,
    smartphone.COURSE,
    ocop.COURSE,
]
