import pytest

from duijie.common.audit import state_history
from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models import AuditEvent
from duijie.listings.domain import lifecycle
from tests.factories import ListingFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    return MembershipFactory().user


def draft_of(user):
    org = user.memberships.first().organisation
    return ListingFactory(organisation=org, status="draft", published_at=None)


def test_full_lifecycle_records_each_step_with_actor(member, staff_user):
    listing = draft_of(member)
    lifecycle.submit_listing(listing, actor=member)
    lifecycle.return_listing(listing, actor=staff_user, reason="Add the TRL evidence")
    lifecycle.submit_listing(listing, actor=member)
    lifecycle.approve_listing(listing, actor=staff_user)
    steps = list(
        state_history(listing).values_list("from_state", "to_state", "actor__email", "reason")
    )
    assert steps == [
        ("draft", "submitted", member.email, ""),
        ("submitted", "returned", staff_user.email, "Add the TRL evidence"),
        ("returned", "submitted", member.email, ""),
        ("submitted", "published", staff_user.email, ""),
    ]
    assert listing.status == "published"
    assert listing.published_at is not None
    # One history: each step is one row of the activity log, nothing else.
    assert (
        AuditEvent.objects.filter(target_type="listings.listing", target_id=str(listing.pk)).count()
        == 4
    )


def test_member_cannot_approve_own_listing(member):
    listing = draft_of(member)
    lifecycle.submit_listing(listing, actor=member)
    with pytest.raises(PermissionDenied):
        lifecycle.approve_listing(listing, actor=member)
    listing.refresh_from_db()
    assert listing.status == "submitted"


def test_outsider_cannot_submit_or_edit(member):
    listing = draft_of(member)
    outsider = UserFactory()
    with pytest.raises(PermissionDenied):
        lifecycle.submit_listing(listing, actor=outsider)
    with pytest.raises(PermissionDenied):
        lifecycle.update_listing(listing, actor=outsider, fields={"title": "Hijacked"})
    listing.refresh_from_db()
    assert (listing.status, listing.title) != ("submitted", "Hijacked")


def test_forbidden_transition_leaves_no_trace(member, staff_user):
    listing = draft_of(member)
    with pytest.raises(DomainError) as error:
        lifecycle.approve_listing(listing, actor=staff_user)
    assert error.value.code == "bad_transition"
    assert state_history(listing).count() == 0
    listing.refresh_from_db()
    assert listing.status == "draft"


def test_return_needs_a_reason(member, staff_user):
    listing = draft_of(member)
    lifecycle.submit_listing(listing, actor=member)
    with pytest.raises(DomainError):
        lifecycle.return_listing(listing, actor=staff_user, reason="   ")
    listing.refresh_from_db()
    assert listing.status == "submitted"


def test_expire_listings_moves_only_past_ones():
    import datetime

    from django.utils import timezone

    today = timezone.localdate()
    old = ListingFactory(expires_on=today - datetime.timedelta(days=1))
    current = ListingFactory(expires_on=today)
    assert lifecycle.expire_listings(on=today) == 1
    old.refresh_from_db()
    current.refresh_from_db()
    assert (old.status, current.status) == ("expired", "published")


def test_expire_listings_command_takes_a_date_and_refuses_a_bad_one():
    import datetime
    from io import StringIO

    from django.core.management import CommandError, call_command

    listing = ListingFactory(expires_on=datetime.date(2026, 3, 1))
    out = StringIO()
    call_command("expire_listings", "--date", "2026-03-01", stdout=out)
    listing.refresh_from_db()
    assert (out.getvalue().strip(), listing.status) == ("0 listing(s) expired.", "published")
    call_command("expire_listings", "--date", "2026-03-02", stdout=out)
    listing.refresh_from_db()
    assert listing.status == "expired"
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("expire_listings", "--date", "March")
