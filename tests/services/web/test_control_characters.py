"""Issue 13: control characters in a consulting request no longer break the department export."""

import io

import openpyxl
from django.urls import reverse

from duijie.services.models import ConsultingRequest
from tests.conftest import login
from tests.services.factories import category


def test_control_characters_in_a_request_are_a_field_error_and_keep_the_text(client, desk):
    login(client, desk.requester)
    data = {
        "category": category().pk,
        "subject": "Bell\x07 and escape\x1b[2J",
        "description": "Vertical\x0btab",
        "content_locale": "en",
    }
    response = client.post(reverse("web:services_request_create"), data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["subject"][0].startswith("Text may not contain invisible control")
    assert form.errors["description"][0].startswith("Text may not contain invisible control")
    assert not ConsultingRequest.objects.exists()


def test_the_export_works_even_with_control_characters_stored_earlier(client, desk, submit):
    item = submit(subject="Regional HQ")
    ConsultingRequest.objects.filter(pk=item.pk).update(subject="=cmd|' /C calc'!A0 \x1b\x07\x0b")
    response = login(client, desk.clerk).get(reverse("web:services_request_export"))
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cell = sheet.cell(row=2, column=4)
    assert cell.value == "=cmd|' /C calc'!A0 "
    assert cell.data_type == "s"  # text, never a live formula
