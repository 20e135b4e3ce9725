"""Loading the verified seed into the library: complete, idempotent, staff additions kept."""

import datetime
import json

import pytest

from duijie.policies.core import SeedError, load_policy_seed
from duijie.policies.domain.seed import load_policy_library
from duijie.policies.models import Policy, PolicyTag
from tests.policies.factories import PolicyFactory

pytestmark = pytest.mark.django_db


def test_every_seeded_policy_is_loaded_with_its_fields():
    assert load_policy_library() == {"created": len(load_policy_seed()), "updated": 0}
    rhq = Policy.objects.get(slug="rhq-2022")
    assert rhq.document_number == "沪府规〔2022〕17号"
    assert (rhq.valid_from, rhq.valid_to) == (
        datetime.date(2022, 11, 1),
        datetime.date(2027, 10, 31),
    )
    assert rhq.title_zh == "上海市鼓励跨国公司设立地区总部的规定"
    assert rhq.issuer_zh == "上海市人民政府"
    assert rhq.rule_set == "rhq-2022"
    assert rhq.articles.count() > 0
    tag = rhq.tags.get(code="regional-headquarters")
    assert (tag.name_zh, tag.name_en) == ("跨国公司地区总部", "Regional headquarters")


def test_unverified_fields_stay_empty_rather_than_invented():
    load_policy_library()
    capacity = Policy.objects.get(slug="rhq-capacity-2025")
    assert capacity.document_number == "" and capacity.issuer_zh == ""


def test_loading_again_changes_nothing_and_keeps_staff_policies():
    load_policy_library()
    staff_policy = PolicyFactory(slug="yangpu-talent-2025")
    Policy.objects.filter(slug="rhq-2022").update(summary_en="edited by mistake")
    counts = load_policy_library()
    assert counts["created"] == 0
    assert Policy.objects.get(slug="rhq-2022").summary_en.startswith("Encourages")
    assert Policy.objects.filter(pk=staff_policy.pk).exists()
    assert PolicyTag.objects.filter(code="regional-headquarters").count() == 1


def test_a_broken_seed_file_writes_nothing(tmp_path):
    path = tmp_path / "policies.json"
    path.write_text(json.dumps({"schema_version": 1, "policies": [{"id": "x"}]}), "utf-8")
    with pytest.raises(SeedError):
        load_policy_library(path)
    assert not Policy.objects.exists()
