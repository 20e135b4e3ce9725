import pytest
from django.core.management import call_command

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


def test_seed_demo_is_idempotent_and_big_enough(capsys):
    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")
    assert counts() == first
    organisations, listings, users, published = first
    assert organisations >= 150 and published >= 600
    assert users >= organisations
    output = capsys.readouterr().out
    assert "admin@duijie.example" in output and "duijie-demo-2026" in output


def test_demo_users_can_log_in_with_the_printed_password(client):
    call_command("seed_demo")
    assert client.login(username="sg.company@example.com", password="duijie-demo-2026")
    assert User.objects.get(email="gov.commerce@duijie.example").department.code == "sh-commerce"
