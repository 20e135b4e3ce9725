"""The one meaning of a permission, and the platform roles every area's rules build on.

Each domain area registers its rules (django-rules) in its own `rules.py`. A registered rule
name is decided by its rule alone, everywhere: `User.has_perm` (directory.models.people) asks
the rules for those names instead of passing every superuser, so a button, a view, an API
endpoint and a domain function asked the same question get the same answer. Platform
administrators get a power only where a rule names `is_platform_admin` (or `is_platform_staff`).
Django's model permissions (`app.change_model` without a registered rule) stay with the admin.
"""

from __future__ import annotations

import rules

from duijie.common.errors import PermissionDenied


@rules.predicate
def is_signed_in(user) -> bool:
    return bool(user.is_authenticated)


@rules.predicate
def is_platform_admin(user) -> bool:
    """Platform administrators: the superuser flag, granted only where a rule names this."""
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


@rules.predicate
def is_platform_staff(user) -> bool:
    """Platform operators who review listings and verify organisations (and administrators)."""
    return bool(user.is_authenticated and user.is_active and (user.is_staff or user.is_superuser))


@rules.predicate
def is_government(user) -> bool:
    return bool(user.is_authenticated and user.department_id)


@rules.predicate
def is_broker(user) -> bool:
    return bool(user.is_authenticated and user.is_broker)


def is_rule(perm: str) -> bool:
    """Whether `perm` names a registered rule (rather than a Django model permission)."""
    return rules.perm_exists(perm)


def allows(actor, perm: str, obj=None) -> bool:
    """Whether `actor` holds `perm` on `obj`; `actor=None` is the system itself (always)."""
    return actor is None or bool(actor.has_perm(perm, obj))


def require(actor, perm: str, obj=None) -> None:
    """Raise the domain's PermissionDenied unless `actor` holds `perm` on `obj`."""
    if not allows(actor, perm, obj):
        raise PermissionDenied()
