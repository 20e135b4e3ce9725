"""Signals of the challenges area: the domain announces, tasks.py reacts."""

from django.dispatch import Signal

# Sent on commit when staff publish a challenge; kwargs: challenge_id.
challenge_opened = Signal()
