"""The one text check: control characters refused, tab and line breaks kept."""

import pytest
from django import forms
from django.core.exceptions import ValidationError

from duijie.common.text import (
    clean_text,
    control_path,
    find_control,
    single_line,
)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f"])
def test_control_characters_are_found(char):
    assert find_control(f"ab{char}cd") == char


@pytest.mark.parametrize("text", ["plain", "tab\tand\nline\r\nbreaks", "中文 · emoji 👍🏽 ‍", ""])
def test_ordinary_text_passes_unchanged(text):
    assert find_control(text) is None
    assert clean_text(text) == text


def test_clean_text_refuses_nul_with_a_translated_message():
    from django.utils import translation

    with pytest.raises(ValidationError) as error:
        clean_text("a\x00b")
    assert error.value.code == "control_character"
    with translation.override("zh-hans"):
        assert "控制字符" in str(error.value.messages[0])


def test_control_path_names_the_first_bad_string_in_nested_json():
    data = {"title": "ok", "keywords": ["fine", "bad\x1b"], "nested": {"x": "\x00"}}
    assert control_path(data) == ("keywords", 1)
    assert control_path({"ok\x07": 1}) == ("ok\x07",)
    assert control_path({"n": 1, "list": [True, None, 2.5]}) is None


def test_single_line_collapses_line_breaks_and_drops_controls():
    assert single_line(" Re: offer\r\nfrom\tus\x1b ") == "Re: offer from us"


def test_every_form_char_field_refuses_control_characters():
    from django.utils import translation

    class Probe(forms.Form):
        name = forms.CharField()
        site = forms.URLField(required=False, assume_scheme="https")

    form = Probe({"name": "Acme\x1b[31m", "site": "https://example.org/\x01"})
    with translation.override("en"):
        assert not form.is_valid()
        assert form.errors["name"][0].startswith("Text may not contain")
    assert "site" in form.errors
    assert Probe({"name": "Acme\nLtd\tCo"}).is_valid()


def test_e_mail_subjects_with_line_breaks_in_user_text_are_collapsed_to_one_line():
    from types import SimpleNamespace

    from duijie.common.notify import render_message

    user = SimpleNamespace(language="en")
    interest = SimpleNamespace(from_organisation=SimpleNamespace(name="Acme\r\nBcc: x@evil"))
    subject, _body = render_message(
        user,
        "matching/email/interest_received_subject.txt",
        "matching/email/interest_received_subject.txt",
        {"interest": interest},
    )
    assert subject == "Acme Bcc: x@evil is interested in your listing"
