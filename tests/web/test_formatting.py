"""Templates format dates, amounts and lists in the reader's language."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.factories import UserFactory


def render(text: str, language: str, **context) -> str:
    with translation.override(language):
        return Template("{% load formatting %}" + text).render(Context(context))


@pytest.mark.parametrize(
    ("language", "date", "datetime_text"),
    [
        ("en", "2 Dec 2026", "2 Dec 2026, 09:30"),
        ("zh-hans", "2026年12月2日", "2026年12月2日 09:30"),
    ],
)
def test_one_date_style_per_language(language, date, datetime_text):
    day = datetime.date(2026, 12, 2)
    moment = datetime.datetime(2026, 12, 2, 9, 30)
    assert render("{{ d|date }}", language, d=day) == date
    assert render('{{ d|date:"SHORT_DATE_FORMAT" }}', language, d=day) == date
    assert render('{{ d|date:"DATE_FORMAT" }}', language, d=day) == date
    assert render('{{ m|date:"DATETIME_FORMAT" }}', language, m=moment) == datetime_text


def test_money_filter():
    assert render('{{ a|money:"CNY" }}', "zh-hans", a=730000000) == "7.3亿元"
    assert render('{{ a|money:"CNY" }}', "en", a=730000000) == "CNY 730,000,000"
    assert render("{{ a|money:c }}", "en", a=None, c="CNY") == ""
    assert render('{{ a|money:"CNY" }}', "en", a="n/a") == "n/a"


def test_number_filter():
    assert render("{{ n|number }}", "zh-hans", n=1250000) == "125万"
    assert render("{{ n|number }}", "en", n=1250000) == "1,250,000"


def test_lists_are_joined_with_the_languages_separator():
    names = ["Jurong", "Yangpu"]
    assert render("{{ names|join_words }}", "en", names=names) == "Jurong, Yangpu"
    assert render("{{ names|join_words }}", "zh-hans", names=names) == "Jurong、Yangpu"
    loop = (
        "{% for n in names %}{{ n }}"
        "{% if not forloop.last %}{% list_separator %}{% endif %}{% endfor %}"
    )
    assert render(loop, "en", names=names) == "Jurong, Yangpu"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_language_switch_names_each_language_in_itself(client, language):
    client.force_login(
        UserFactory(language=language), backend="django.contrib.auth.backends.ModelBackend"
    )
    html = client.get("/").content.decode()
    assert 'value="zh-hans" lang="zh-hans"' in html
    assert ">简体中文</button>" in html
    assert ">English</button>" in html
    assert "英语" not in html and "英文</button>" not in html


def test_interest_answers_show_labels_not_codes():
    text = "{% load choice_labels %}{{ t|timeline_label }} / {{ p|partnership_label }}"
    with translation.override("en"):
        html = Template(text).render(Context({"t": "3m", "p": "joint_rnd"}))
    assert html == "Within 3 months / Joint R&amp;D"
