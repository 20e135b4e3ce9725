"""Strictly mutual contact exchange: both sides accepted and both contact persons consented."""

from itertools import permutations
from types import SimpleNamespace

import pytest
from django.core import mail

from duijie.common.errors import DomainError, PermissionDenied
from duijie.matching.domain import interest as flow
from duijie.matching.models import ContactTransfer
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    cn = OrganisationFactory(country="CN", name_en="Yangpu Precision")
    sg = OrganisationFactory(country="SG", name_en="Merlion Vision")
    buyer = MembershipFactory(organisation=cn, user__phone="+86 21 5555").user
    seller = MembershipFactory(organisation=sg, user__phone="+65 6555").user
    offer = ListingFactory(organisation=sg, title="AI inspection offer")
    interest = flow.express_interest(
        offer, actor=buyer, organisation=cn, message="Hello", answers={}
    )
    return SimpleNamespace(
        cn=cn,
        sg=sg,
        buyer=buyer,
        seller=seller,
        buyer_colleague=MembershipFactory(organisation=cn, role="admin").user,
        seller_colleague=MembershipFactory(organisation=sg, role="admin").user,
        interest=interest,
    )


def emails(world, user) -> list[str]:
    return [contact.email for contact in flow.reveal_contacts(world.interest, actor=user)]


def seen(world) -> tuple[list[str], list[str]]:
    """(what the buyer sees, what the seller sees)."""
    return emails(world, world.buyer), emails(world, world.seller)


def exchanged(world) -> None:
    flow.accept_interest(world.interest, actor=world.seller)
    flow.give_contact_consent(world.interest, actor=world.seller)
    flow.give_contact_consent(world.interest, actor=world.buyer)


def test_one_consent_shows_nothing_to_either_side(world):
    """The reported bug: the seller consented, the buyer had not, and saw the seller."""
    flow.accept_interest(world.interest, actor=world.seller)
    flow.give_contact_consent(world.interest, actor=world.seller)
    assert seen(world) == ([], [])
    assert ContactTransfer.objects.count() == 0


STEPS = ("accept", "buyer_consents", "seller_consents")


@pytest.mark.parametrize("order", list(permutations(STEPS)), ids="→".join)
def test_every_order_shows_both_at_once_and_only_at_the_end(world, order):
    consented = set()
    refused = []
    for step in order:
        if step == "accept":
            flow.accept_interest(world.interest, actor=world.seller)
            for person in refused:
                flow.give_contact_consent(world.interest, actor=person)
                consented.add(person.pk)
            refused.clear()
        else:
            person = world.buyer if step == "buyer_consents" else world.seller
            try:
                flow.give_contact_consent(world.interest, actor=person)
                consented.add(person.pk)
            except PermissionDenied:
                assert world.interest.status == "pending"
                refused.append(person)
        done = consented == {world.buyer.pk, world.seller.pk}
        expected = ([world.seller.email], [world.buyer.email]) if done else ([], [])
        assert seen(world) == expected
        assert ContactTransfer.objects.count() == (2 if done else 0)


def test_the_ledger_is_written_by_the_second_consent_and_never_by_reading(world):
    flow.accept_interest(world.interest, actor=world.seller)
    flow.give_contact_consent(world.interest, actor=world.buyer)
    for _ in range(2):
        seen(world)
    assert ContactTransfer.objects.count() == 0
    flow.give_contact_consent(world.interest, actor=world.seller)
    rows = {
        (r.subject_id, r.recipient_organisation_id, r.from_country, r.to_country, tuple(r.fields))
        for r in ContactTransfer.objects.all()
    }
    fields = ("full_name", "email", "phone")
    assert rows == {
        (world.buyer.pk, world.sg.pk, "CN", "SG", fields),
        (world.seller.pk, world.cn.pk, "SG", "CN", fields),
    }
    world.interest.refresh_from_db()
    stamp = world.interest.contacts_exchanged_at
    assert stamp is not None
    seen(world)
    assert ContactTransfer.objects.count() == 2
    world.interest.refresh_from_db()
    assert world.interest.contacts_exchanged_at == stamp


def test_both_contact_persons_hear_of_the_exchange(world, django_capture_on_commit_callbacks):
    flow.accept_interest(world.interest, actor=world.seller)
    flow.give_contact_consent(world.interest, actor=world.buyer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        flow.give_contact_consent(world.interest, actor=world.seller)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([world.buyer.email, world.seller.email])


def test_a_consent_withdrawn_before_the_exchange_no_longer_counts(world):
    flow.accept_interest(world.interest, actor=world.seller)
    flow.give_contact_consent(world.interest, actor=world.buyer)
    flow.withdraw_contact_consent(world.interest, actor=world.buyer)
    flow.give_contact_consent(world.interest, actor=world.seller)
    assert seen(world) == ([], [])
    assert ContactTransfer.objects.count() == 0
    flow.give_contact_consent(world.interest, actor=world.buyer)
    assert seen(world) == ([world.seller.email], [world.buyer.email])


def test_a_withdrawal_after_the_exchange_hides_both_from_then_on_and_keeps_the_ledger(world):
    exchanged(world)
    flow.withdraw_contact_consent(world.interest, actor=world.seller)
    assert seen(world) == ([], [])
    assert ContactTransfer.objects.count() == 2
    flow.give_contact_consent(world.interest, actor=world.seller)
    assert seen(world) == ([world.seller.email], [world.buyer.email])
    assert ContactTransfer.objects.count() == 2


def test_only_a_consenting_contact_person_withdraws(world):
    flow.accept_interest(world.interest, actor=world.seller)
    for user in (world.buyer, world.seller_colleague):
        with pytest.raises(PermissionDenied):
            flow.withdraw_contact_consent(world.interest, actor=user)


def test_a_second_consent_by_the_same_person_is_refused(world):
    flow.accept_interest(world.interest, actor=world.seller)
    flow.give_contact_consent(world.interest, actor=world.buyer)
    with pytest.raises(PermissionDenied):
        flow.give_contact_consent(world.interest, actor=world.buyer)


def outsiders() -> dict:
    return {
        "unrelated member": lambda: MembershipFactory().user,
        "staff": lambda: UserFactory(is_staff=True),
        "superuser": lambda: UserFactory(is_staff=True, is_superuser=True),
    }


@pytest.mark.parametrize("role", list(outsiders()))
def test_outsiders_can_neither_consent_nor_read(world, role):
    outsider = outsiders()[role]()
    exchanged(world)
    with pytest.raises(PermissionDenied):
        flow.reveal_contacts(world.interest, actor=outsider)
    with pytest.raises(PermissionDenied):
        flow.give_contact_consent(world.interest, actor=outsider)


@pytest.mark.parametrize("superuser", [False, True], ids=["colleague", "superuser colleague"])
def test_colleagues_of_the_contact_persons_see_nothing(world, superuser):
    for colleague in (world.buyer_colleague, world.seller_colleague):
        colleague.is_superuser = superuser
        colleague.save()
    exchanged(world)
    assert emails(world, world.buyer_colleague) == []
    assert emails(world, world.seller_colleague) == []
    with pytest.raises(PermissionDenied):
        flow.give_contact_consent(world.interest, actor=world.buyer_colleague)


def test_a_named_colleague_sees_the_other_side_with_the_contact_person(world):
    exchanged(world)
    flow.name_colleague(world.interest, actor=world.buyer, colleague=world.buyer_colleague)
    assert emails(world, world.buyer_colleague) == [world.seller.email]
    assert emails(world, world.seller_colleague) == []
    flow.withdraw_contact_consent(world.interest, actor=world.buyer)
    assert emails(world, world.buyer_colleague) == []


def test_only_an_own_colleague_can_be_named(world):
    exchanged(world)
    with pytest.raises(DomainError) as error:
        flow.name_colleague(world.interest, actor=world.buyer, colleague=world.seller_colleague)
    assert error.value.code == "member"
    with pytest.raises(PermissionDenied):
        flow.name_colleague(world.interest, actor=world.buyer_colleague, colleague=world.buyer)
