"""Input guard: control characters in addresses, query strings and JSON never reach a view."""

import json

import pytest

pytestmark = pytest.mark.django_db


def test_nul_in_a_page_query_string_is_a_translated_400_page(client):
    response = client.get("/organisations/?q=%00", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "invisible control characters" in response.content.decode()


def test_the_400_page_is_in_chinese_for_a_chinese_reader(client):
    response = client.get("/listings/?q=a%1Bb", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 400
    assert "控制字符" in response.content.decode()


def test_nul_in_an_api_query_string_is_a_422_in_the_api_error_shape(client):
    response = client.get("/api/listings?q=%00", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["query", "q"]
    assert error["type"] == "control_character"


def test_control_characters_in_a_query_key_or_the_path_are_refused(client):
    assert client.get("/organisations/?%07=1").status_code == 400
    assert client.get("/organisations/%00/").status_code == 400


def test_a_json_string_with_a_control_character_is_a_422_naming_the_field(client):
    body = json.dumps({"title": "ok", "keywords": ["a", "b\u0000"]})
    response = client.post("/api/listings", body, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "keywords", "1"]


def test_tabs_and_line_breaks_are_ordinary_input(client):
    assert client.get("/organisations/?q=a%09b%0Ac%0D").status_code == 200


def test_a_form_key_with_a_control_character_is_refused(client):
    assert client.post("/accounts/login/", {"user\x00name": "x"}).status_code == 400
    encoded = "user%1Bname=x"
    response = client.post(
        "/accounts/login/", encoded, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
