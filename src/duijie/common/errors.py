"""Errors raised by domain functions; views turn them into translated messages."""

from django.utils.translation import gettext_lazy as _


class DomainError(Exception):
    """A business rule refused the action; `message` is already translated (lazily)."""

    def __init__(self, message, *, code: str = "invalid"):
        super().__init__(str(message))
        self.message = message
        self.code = code


class PermissionDenied(DomainError):
    def __init__(self, message=None):
        super().__init__(message or _("You do not have permission to do this."), code="forbidden")
