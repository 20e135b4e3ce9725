"""The broker pipeline pages: the queue with filters, taking a need, moving a case."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from duijie.matching.models import BrokerAssignment
from tests.conftest import login
from tests.factories import ListingFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_broker_takes_a_need_from_the_queue_and_moves_the_case(client):
    need = ListingFactory(
        organisation=OrganisationFactory(country="CN"), kind="tech_request", title="Cold chain"
    )
    broker = UserFactory(is_broker=True, language="en")
    login(client, broker)
    queue = client.get(reverse("web:broker_queue")).content.decode()
    claim = reverse("web:case_claim", args=[need.pk])
    assert "Cold chain" in queue and claim in queue
    assert (
        "Cold chain" not in client.get(reverse("web:broker_queue") + "?country=SG").content.decode()
    )
    assert client.post(claim).status_code == 302
    case = BrokerAssignment.objects.get(listing=need, broker=broker)
    assert claim not in client.get(reverse("web:broker_queue")).content.decode()
    soon = timezone.localdate() + datetime.timedelta(days=3)
    form = {"stage": "contacted", "next_step": "Call both sides", "next_step_on": soon.isoformat()}
    assert client.post(reverse("web:case_move", args=[case.pk]), form).status_code == 302
    case.refresh_from_db()
    assert (case.stage, case.next_step_on) == ("contacted", soon)
    assert "Call both sides" in client.get(reverse("web:broker_workspace")).content.decode()


def test_the_queue_is_for_brokers_and_cases_for_their_broker(client):
    need = ListingFactory(kind="tech_request")
    case = BrokerAssignment.objects.create(listing=need, broker=UserFactory(is_broker=True))
    login(client, UserFactory())
    assert client.get(reverse("web:broker_queue")).status_code == 403
    login(client, UserFactory(is_broker=True))
    response = client.post(reverse("web:case_move", args=[case.pk]), {"stage": "closed"})
    assert response.status_code == 403
