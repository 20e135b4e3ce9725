"""Small helpers shared by the web views."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator

from duijie.common.errors import DomainError


def require_perm(request, perm: str, obj=None) -> None:
    """Refuse with 403 unless the signed-in user holds `perm` on `obj` (checked on the server)."""
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied


def paginate(request, queryset, per_page: int = 20):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def run_domain(request, action, *args, success: str = "", **kwargs):
    """Call a domain function; show its refusal as a message instead of an error page."""
    try:
        result = action(*args, **kwargs)
    except DomainError as error:
        messages.error(request, error.message)
        return None
    if success:
        messages.success(request, success)
    return result
