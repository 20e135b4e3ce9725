"""Permission checks shared by the events domain functions."""

from __future__ import annotations

from duijie.common.errors import PermissionDenied
from duijie.common.permissions import has_rule_perm


def require(actor, perm: str, obj=None) -> None:
    """Refuse unless `actor` holds `perm` on `obj`; `actor=None` is the system itself.

    By the rule alone, as everywhere else: a superuser gets no exemption from object state.
    """
    if actor is not None and not has_rule_perm(actor, perm, obj):
        raise PermissionDenied()
