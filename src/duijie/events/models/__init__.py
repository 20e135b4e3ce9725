from duijie.events.models.event import (
    Event,
    EventBreak,
    EventKind,
    EventSession,
    EventStatus,
    EventTable,
    ParticipantRole,
    RequestMode,
)
from duijie.events.models.outcome import MeetingOutcome, OutcomeResult
from duijie.events.models.participant import (
    Participant,
    ParticipantStatus,
    Preference,
    PreferenceLevel,
)
from duijie.events.models.requests import OPEN_STATUSES, MeetingRequest, RequestStatus
from duijie.events.models.schedule import (
    Attendance,
    Meeting,
    MeetingSource,
    RunStatus,
    ScheduleRun,
    Slot,
    UnscheduledReason,
    UnscheduledRequest,
)

__all__ = [
    "OPEN_STATUSES",
    "Attendance",
    "Event",
    "EventBreak",
    "EventKind",
    "EventSession",
    "EventStatus",
    "EventTable",
    "Meeting",
    "MeetingOutcome",
    "MeetingRequest",
    "MeetingSource",
    "OutcomeResult",
    "Participant",
    "ParticipantRole",
    "ParticipantStatus",
    "Preference",
    "PreferenceLevel",
    "RequestMode",
    "RequestStatus",
    "RunStatus",
    "ScheduleRun",
    "Slot",
    "UnscheduledReason",
    "UnscheduledRequest",
]
