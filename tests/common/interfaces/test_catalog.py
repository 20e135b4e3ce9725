"""The one translation catalog: its shape, the words that mean something else by area, and the
check that `make test` runs on it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import gettext, pgettext

from duijie.listings.models import Listing
from duijie.matching.interfaces.forms import InterestForm
from duijie.matching.models import DeclineReason, Outcome
from duijie.projects.models import CarrierSite, InvestmentProject
from duijie.taskforce.models import WorkItem

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "src" / "duijie"
CATALOG = PACKAGE / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"


def _load_check_messages():
    spec = importlib.util.spec_from_file_location(
        "check_messages", ROOT / "scripts" / "check_messages.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_exactly_one_catalog_per_language():
    catalogs = sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.po"))
    assert catalogs == ["locale/zh_Hans/LC_MESSAGES/django.po"]


def test_no_msgid_and_context_pair_appears_twice():
    keys = [(e.msgctxt, e.msgid) for e in polib.pofile(str(CATALOG)) if not e.obsolete]
    duplicates = sorted({key for key in keys if keys.count(key) > 1}, key=str)
    assert duplicates == []
    assert len(keys) > 1500


def test_interest_form_open_partnership_is_not_an_open_case():
    """ "Open" on the interest form means open to any form of partnership; a broker's open case
    stays 进行中."""
    choice = InterestForm.base_fields["partnership"]
    with translation.override("zh-hans"):
        assert str(choice.choices[0][1]) == "不限"
        assert '<option value="" selected>不限</option>' in choice.widget.render("partnership", "")
        assert str(Outcome.OPEN.label) == "进行中"
    with translation.override("en"):
        assert str(choice.choices[0][1]) == "Open"


@pytest.mark.parametrize(
    ("model", "chinese"),
    [
        (InvestmentProject, "项目简介"),
        (CarrierSite, "载体简介"),
        (WorkItem, "工作内容"),
        (Listing, "描述"),
    ],
)
def test_description_is_named_by_area(model, chinese):
    with translation.override("zh-hans"):
        assert str(model._meta.get_field("description").verbose_name) == chinese
    with translation.override("en"):
        assert str(model._meta.get_field("description").verbose_name) == "description"


def test_words_with_an_area_meaning_have_their_own_translation():
    with translation.override("zh-hans"):
        assert str(DeclineReason.BUDGET.label) == "预算问题"
        assert gettext("Budget") == "预算"
        assert pgettext("project party", "Investor") == "投资方"
        assert gettext("Investor") == "投资机构"
        assert pgettext("amount", "Investment") == "投资额"
        assert gettext("Investment") == "投资"
        assert pgettext("empty list", "None") == "暂无"
        assert gettext("None") == "无"


def _catalog(tmp_path: Path, body: str) -> Path:
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + body,
        encoding="utf-8",
    )
    return po


def test_check_messages_accepts_a_complete_catalog(tmp_path):
    po = _catalog(tmp_path, 'msgid "Open"\nmsgstr "开放"\n')
    assert _load_check_messages().check(po, compile_it=False) is None


@pytest.mark.parametrize(
    "body",
    ['msgid "Open"\nmsgstr ""\n', '#, fuzzy\nmsgid "Open"\nmsgstr "开放"\n'],
    ids=["untranslated", "fuzzy"],
)
def test_check_messages_rejects_an_incomplete_catalog(tmp_path, body):
    po = _catalog(tmp_path, body)
    problem = _load_check_messages().check(po, compile_it=False)
    assert problem is not None and str(po) in problem


def test_check_messages_lists_entries_by_context(tmp_path):
    po = _catalog(
        tmp_path, 'msgid "Open"\nmsgstr ""\n\nmsgctxt "partnership"\nmsgid "Open"\nmsgstr ""\n'
    )
    found = _load_check_messages().msgids(po, "--untranslated")
    assert found == ['"Open"', '"Open" (context "partnership")']
