import pytest
from django.core.management import call_command
from django.urls import reverse

from duijie.directory.models import Organisation, User
from duijie.listings.models import Listing

pytestmark = pytest.mark.django_db


def counts():
    return (
        Organisation.objects.count(),
        Listing.objects.count(),
        User.objects.count(),
        Listing.objects.filter(status="published", is_sample=True).count(),
    )


def test_seed_demo_is_idempotent_big_enough_and_its_logins_work(client, capsys):
    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")
    assert counts() == first
    organisations, listings, users, published = first
    assert organisations >= 150 and published >= 600
    assert users >= organisations
    output = capsys.readouterr().out
    assert "admin@duijie.example" in output and "duijie-demo-2026" in output
    # What an anonymous visitor of the demo sees through the API, as the issue asks.
    assert client.get("/api/listings").json()["count"] >= 600
    assert client.get("/api/organisations").json()["count"] >= 150
    login = {"username": "sg.company@example.com", "password": "duijie-demo-2026"}
    assert client.post(reverse("web:login"), login).status_code == 302
    assert User.objects.get(email="gov.commerce@duijie.example").department.code == "sh-commerce"
    # About two thirds of the listings read in both languages, by authors and translators.
    from duijie.versions.domain.queries import bilingual_share
    from duijie.versions.models import ContentVersion

    assert 0.6 <= bilingual_share()["share"] <= 0.7
    writers = set(ContentVersion.objects.values_list("source", flat=True))
    assert writers == {"author", "broker", "staff"}
