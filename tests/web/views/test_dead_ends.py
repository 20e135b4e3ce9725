"""Fewer dead ends: invitations to log in, existing interests shown, sensible defaults."""

import pytest
from django.urls import reverse

from duijie.directory.interfaces.forms import AddMemberForm
from duijie.directory.models import Membership
from duijie.events.interfaces.participation_forms import RegistrationForm
from duijie.matching.domain import interest as flow
from tests.conftest import login
from tests.events.factories import EventFactory
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    cn = OrganisationFactory(country="CN", name_en="Yangpu Precision", name_zh="")
    sg = OrganisationFactory(country="SG", name_en="Merlion Vision", name_zh="")
    return {
        "cn": cn,
        "buyer": MembershipFactory(organisation=cn, user__language="en").user,
        "seller": MembershipFactory(organisation=sg, user__language="en").user,
        "need": ListingFactory(organisation=cn, kind="tech_request", title="Inspection need"),
        "offer": ListingFactory(organisation=sg, title="AI inspection offer"),
    }


def test_an_anonymous_reader_is_invited_to_log_in_to_express_interest(client, world):
    html = client.get(reverse("web:listing_detail", args=[world["offer"].pk])).content.decode()
    create = reverse("web:interest_create", args=[world["offer"].pk])
    assert f'href="{reverse("web:login")}?next={create}"' in html
    assert "登录后表达合作意向" in html  # a visitor reads the default language
    assert f'href="{create}"' not in html


def test_a_duplicate_interest_is_refused_before_the_form_is_filled(client, world):
    interest = flow.express_interest(
        world["offer"], actor=world["buyer"], organisation=world["cn"], message="Hi", answers={}
    )
    login(client, world["buyer"])
    detail = client.get(reverse("web:listing_detail", args=[world["offer"].pk])).content.decode()
    assert reverse("web:interest_detail", args=[interest.pk]) in detail
    assert reverse("web:interest_create", args=[world["offer"].pk]) not in detail
    response = client.get(reverse("web:interest_create", args=[world["offer"].pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("web:interest_detail", args=[interest.pk])
    followed = client.get(response["Location"]).content.decode()
    assert "Your organisation has already expressed interest." in followed


def test_ones_own_listing_offers_no_form(client, world):
    login(client, world["seller"])
    response = client.get(reverse("web:interest_create", args=[world["offer"].pk]))
    assert response["Location"] == reverse("web:listing_detail", args=[world["offer"].pk])


def test_the_form_offers_only_organisations_that_may_still_speak(client, world):
    other = MembershipFactory(user=world["buyer"]).organisation
    flow.express_interest(
        world["offer"], actor=world["buyer"], organisation=world["cn"], message="Hi", answers={}
    )
    login(client, world["buyer"])
    response = client.get(reverse("web:interest_create", args=[world["offer"].pk]))
    assert response.status_code == 200
    choices = list(response.context["form"].fields["organisation"].queryset)
    assert choices == [other]


def test_the_related_listing_is_prefilled_from_the_matches_page(client, world):
    login(client, world["buyer"])
    url = reverse("web:interest_create", args=[world["offer"].pk])
    form = client.get(f"{url}?from={world['need'].pk}").context["form"]
    assert str(form["from_listing"].value()) == str(world["need"].pk)
    assert form["organisation"].value() == world["cn"].pk


def test_event_registration_preselects_the_only_organisation(world):
    event = EventFactory()
    form = RegistrationForm(event=event, user=world["buyer"])
    assert form["organisation"].value() == world["cn"].pk
    MembershipFactory(user=world["buyer"])
    assert RegistrationForm(event=event, user=world["buyer"])["organisation"].value() is None


def test_new_members_default_to_member():
    assert AddMemberForm()["role"].value() == Membership.Role.MEMBER
