"""Events the learning app sends for other apps to subscribe to."""

from django.dispatch import Signal

# Sent after the transaction that created a Completion commits; kwargs: completion.
course_completed = Signal()
