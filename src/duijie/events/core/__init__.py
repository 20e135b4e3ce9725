"""Optimising 1:1 meeting scheduler for matchmaking events (对接会), free of Django.

Build an `Instance` (from JSON with `load_instance`/`instance_from_dict`, or from the
database), call `solve`, read `Schedule.meetings`, `.unscheduled` (with reasons) and
`.upper_bound`. See docs/scheduling.md.
"""

from .exchange import instance_from_dict, instance_to_dict, load_instance, schedule_to_dict
from .generator import generate_instance
from .greedy import greedy_schedule
from .model import Instance, Meeting, Participant, Reason, Request, Schedule, Slot, Unscheduled
from .reasons import explain_unscheduled, reason_problems
from .solver import SolveOptions, solve
from .validation import InvalidInstance, validate_instance

__all__ = [
    "Instance",
    "InvalidInstance",
    "Meeting",
    "Participant",
    "Reason",
    "Request",
    "Schedule",
    "Slot",
    "SolveOptions",
    "Unscheduled",
    "explain_unscheduled",
    "generate_instance",
    "greedy_schedule",
    "instance_from_dict",
    "instance_to_dict",
    "load_instance",
    "reason_problems",
    "schedule_to_dict",
    "solve",
    "validate_instance",
]
