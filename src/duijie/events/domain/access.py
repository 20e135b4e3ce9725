"""Permission checks shared by the events domain functions."""

from __future__ import annotations

from duijie.common.errors import PermissionDenied


def require(actor, perm: str, obj=None) -> None:
    """Refuse unless `actor` holds `perm` on `obj`; `actor=None` is the system itself."""
    if actor is not None and not actor.has_perm(perm, obj):
        raise PermissionDenied()
