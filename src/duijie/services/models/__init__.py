from duijie.services.models.calendar import CalendarDay, CalendarDayKind
from duijie.services.models.categories import DepartmentLead, RequestCategory, RoutingRule
from duijie.services.models.requests import (
    ConsultingRequest,
    InternalNote,
    RequestAttachment,
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
    "RequestEventKind",
    "RequestMessage",
    "RequestStatus",
    "RoutingRule",
    "SatisfactionRating",
]
