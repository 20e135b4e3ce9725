"""The one rule for bilingual labels: the reader's language first, the other as fallback."""

import pytest
from django.utils import translation

from duijie.common.i18n import normalise_language, other, pick
from duijie.directory.models import Organisation
from duijie.taskforce.models import WorkItem


@pytest.mark.parametrize(
    ("language", "zh", "en", "picked", "subtitle"),
    [
        ("zh-hans", "浦东", "Pudong", "浦东", "Pudong"),
        ("en", "浦东", "Pudong", "Pudong", "浦东"),
        ("en", "浦东", "", "浦东", ""),
        ("zh-hans", "", "Pudong", "Pudong", ""),
        ("en", "", "", "", ""),
    ],
)
def test_pick_and_other(language, zh, en, picked, subtitle):
    with translation.override(language):
        assert pick(zh, en) == picked
        assert other(zh, en) == subtitle


def test_models_use_the_same_rule():
    org = Organisation(name_zh="某公司", name_en="Some Company")
    item = WorkItem(title_zh="工作", title_en="")
    with translation.override("en"):
        assert (org.name, org.other_name) == ("Some Company", "某公司")
        assert (item.title, item.other_title) == ("工作", "")


@pytest.mark.parametrize(
    ("code", "language"),
    [("zh-CN", "zh-hans"), ("zh-hant", "zh-hans"), ("en-SG", "en"), ("fr", "en"), (None, "en")],
)
def test_normalise_language(code, language):
    assert normalise_language(code) == language
