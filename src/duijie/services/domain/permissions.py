"""Permission checks of the services domain, evaluated through the rules themselves.

Django's User.has_perm answers True for every active superuser, which would let an
administrator act on a closed request or rate someone else's request. These helpers ask the
django-rules registry directly, where administrators get exactly what the rules grant.
"""

from __future__ import annotations

import rules

from duijie.common.errors import PermissionDenied


def allowed(user, perm: str, obj=None) -> bool:
    return bool(user is not None and rules.has_perm(perm, user, obj))


def require_perm(actor, perm: str, obj=None) -> None:
    """Domain functions check permissions themselves; views checking first is a courtesy."""
    if not allowed(actor, perm, obj):
        raise PermissionDenied()
