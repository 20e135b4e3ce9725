import datetime

import pytest

from duijie.taskforce.domain.access import is_coordinator
from duijie.taskforce.domain.replies import public_replies
from duijie.taskforce.domain.status import annotate_status, with_status_data
from duijie.taskforce.models import ProgressReport, Proposal, Reply, WorkItem
from duijie_demo.loaders.taskforce import load_demo

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 3, 10)


def test_demo_is_idempotent_and_covers_every_status():
    first = load_demo(today=TODAY)
    counts = (WorkItem.objects.count(), ProgressReport.objects.count(), Reply.objects.count())
    assert load_demo(today=TODAY) == first
    assert (
        WorkItem.objects.count(),
        ProgressReport.objects.count(),
        Reply.objects.count(),
    ) == counts
    items = annotate_status(with_status_data(WorkItem.objects.all()), TODAY)
    statuses = {item.demo_key: item.state.status.value for item in items}
    assert set(statuses.values()) == {"not_started", "on_track", "at_risk", "overdue", "done"}
    assert statuses["tf-carrier-inventory"] == "overdue"
    assert statuses["tf-digital-park"] == "at_risk"
    assert statuses["tf-ai-matchmaking"] == "not_started"


def test_demo_replies_carry_valid_numbers_and_only_proactive_ones_are_public():
    load_demo(today=TODAY)
    digital = Reply.objects.get(proposal__demo_key="pr-digital-coop")
    assert digital.document_number == "杨府〔2025〕20号" and digital.is_issued
    public = {reply.proposal.demo_key for reply in public_replies()}
    assert public == {"pr-digital-coop", "pr-talent-services"}
    assert Proposal.objects.get(demo_key="pr-innovation-centre").lead_unit is None


def test_demo_coordinator_holds_the_permission():
    from duijie.directory.models import User

    load_demo(today=TODAY)
    assert is_coordinator(User.objects.get(email="taskforce.office@duijie.example"))
    assert not is_coordinator(User.objects.get(email="gov.yp-science@duijie.example"))
