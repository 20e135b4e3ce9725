"""Every stored choice code of every model reads as words in both languages, never as the code."""

import re

import pytest
from django.apps import apps
from django.utils import translation

# A code "is a word" when a reader could take it as one: lowercase letters only ("open").
WORD = re.compile(r"^[a-z]+$")
HAN = re.compile(r"[\u4e00-\u9fff]")


def choice_fields():
    for model in apps.get_models():
        if not model.__module__.startswith("duijie."):
            continue
        for field in model._meta.get_fields():
            if getattr(field, "choices", None) and not field.is_relation:
                yield f"{model._meta.label}.{field.name}", field


FIELDS = sorted(choice_fields(), key=lambda pair: pair[0])


def flat_choices(field):
    for value, label in field.flatchoices:
        if value not in ("", None):
            yield value, label


def test_the_models_have_choice_fields():
    assert len(FIELDS) >= 20


@pytest.mark.parametrize(("name", "field"), FIELDS, ids=[name for name, _ in FIELDS])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_choice_has_a_label_that_is_not_its_code(name, field, language):
    with translation.override(language):
        for value, label in flat_choices(field):
            text = str(label).strip()
            assert text, (name, value)
            if not WORD.match(str(value)):
                assert text != str(value), (name, value)


@pytest.mark.parametrize(("name", "field"), FIELDS, ids=[name for name, _ in FIELDS])
def test_every_choice_reads_in_chinese(name, field):
    """The Chinese interface shows a Chinese label for every code, except names that read the
    same in both (English named in itself, ISO currency codes such as "CNY ¥")."""
    with translation.override("zh-hans"):
        untranslated = [
            (value, str(label))
            for value, label in flat_choices(field)
            if not HAN.search(str(label)) and not SAME_IN_BOTH.match(str(label))
        ]
    assert untranslated == [], name


SAME_IN_BOTH = re.compile(r"^(English|[A-Z]{3} \S+)$")
