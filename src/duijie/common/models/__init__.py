from duijie.common.models.audit import AuditEvent
from duijie.common.models.base import TimeStampedModel
from duijie.common.models.notifications import (
    Delivery,
    Notification,
    NotificationKind,
    NotificationPreference,
)

__all__ = [
    "AuditEvent",
    "Delivery",
    "Notification",
    "NotificationKind",
    "NotificationPreference",
    "TimeStampedModel",
]
