"""The API's one permission check and its one mapping of domain refusals to HTTP."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import HttpError

from duijie.common.errors import DomainError, PermissionDenied


def require(request: HttpRequest, perm: str, obj=None) -> None:
    """401 for a visitor, 403 for a user, unless the rule grants `perm` on `obj`."""
    if request.user.has_perm(perm, obj):
        return
    if not request.user.is_authenticated:
        raise HttpError(401, _("Log in to use this part of the API."))
    raise PermissionDenied()


def domain_error_status(error: DomainError) -> int:
    """A permission refusal is 403; any other business rule refusing the action is 400."""
    return 403 if isinstance(error, PermissionDenied) else 400
