from duijie.services.models.calendar import CalendarDay, CalendarDayKind
from duijie.services.models.categories import DepartmentLead, RequestCategory, RoutingRule
from duijie.services.models.requests import (
    ConsultingRequest,
    InternalNote,
    RequestAttachment,
    RequestEvent,
    RequestEventKind,
    RequestMessage,
    RequestStatus,
    SatisfactionRating,
)

__all__ = [
    "CalendarDay",
    "CalendarDayKind",
    "ConsultingRequest",
    "DepartmentLead",
    "InternalNote",
    "RequestAttachment",
    "RequestCategory",
    "RequestEvent",
    "RequestEventKind",
    "RequestMessage",
    "RequestStatus",
    "RoutingRule",
    "SatisfactionRating",
]
