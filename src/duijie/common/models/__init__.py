from duijie.common.models.audit import AuditEvent
from duijie.common.models.base import TimeStampedModel

__all__ = ["AuditEvent", "TimeStampedModel"]
