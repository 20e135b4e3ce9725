"""Object-level permission rules, in one place (django-rules).

Views and API endpoints check these with `user.has_perm(name, obj)`; querysets that list
objects use the matching filters in each app's `domain/queries.py` so lists and checks agree.
"""

from __future__ import annotations

import rules


@rules.predicate
def is_platform_admin(user) -> bool:
    return bool(user.is_authenticated and user.is_superuser)


@rules.predicate
def is_platform_staff(user) -> bool:
    """Platform operators who review listings and verify organisations."""
    return bool(user.is_authenticated and (user.is_staff or user.is_superuser))


@rules.predicate
def is_government(user) -> bool:
    return bool(user.is_authenticated and user.department_id)


@rules.predicate
def is_broker(user) -> bool:
    return bool(user.is_authenticated and user.is_broker)


def organisation_of(obj):
    """The organisation an object belongs to: itself, or its `organisation` attribute."""
    if obj is None:
        return None
    return getattr(obj, "organisation", obj)


@rules.predicate
def is_org_member(user, obj) -> bool:
    org = organisation_of(obj)
    if org is None or not user.is_authenticated:
        return False
    return user.memberships.filter(organisation_id=org.pk).exists()


@rules.predicate
def is_org_admin(user, obj) -> bool:
    org = organisation_of(obj)
    if org is None or not user.is_authenticated:
        return False
    return user.memberships.filter(organisation_id=org.pk, role="admin").exists()


@rules.predicate
def listing_is_visible(user, listing) -> bool:
    from duijie.listings.domain.queries import listing_visible_to

    return listing_visible_to(listing, user)


@rules.predicate
def listing_is_editable(user, listing) -> bool:
    return listing.status not in {"closed", "expired"}


rules.add_perm("directory.verify_organisation", is_platform_staff)
rules.add_perm("directory.change_organisation", is_org_admin | is_platform_staff)
rules.add_perm("directory.manage_members", is_org_admin | is_platform_admin)
rules.add_perm("directory.view_drafts", is_org_member | is_platform_staff)
rules.add_perm("listings.create_listing", is_org_member)
rules.add_perm("listings.view_listing", listing_is_visible | is_org_member | is_platform_staff)
rules.add_perm("listings.change_listing", is_org_member & listing_is_editable)
rules.add_perm("listings.submit_listing", is_org_member)
rules.add_perm("listings.close_listing", is_org_member | is_platform_staff)
rules.add_perm("listings.review_listing", is_platform_staff)
rules.add_perm("web.view_staff_pages", is_platform_staff)


def has_rule_perm(user, perm: str, obj=None) -> bool:
    """Check a permission by its rule alone.

    Django's `user.has_perm` says yes to every superuser, which would let an administrator
    act on objects whose state forbids it (edit a closed listing, answer for another side).
    """
    if rules.perm_exists(perm):
        return rules.has_perm(perm, user, obj)
    return user.has_perm(perm, obj)


def require(actor, perm: str, obj=None) -> None:
    """Raise the domain's PermissionDenied unless `actor` holds `perm` on `obj`."""
    from duijie.common.errors import PermissionDenied

    if not has_rule_perm(actor, perm, obj):
        raise PermissionDenied()
