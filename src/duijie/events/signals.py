"""Signals of the events area: the domain announces, thin task modules react."""

from django.dispatch import Signal

# A scheduling run of a large event waits for a worker; kwargs: run_id, time_limit.
schedule_queued = Signal()
