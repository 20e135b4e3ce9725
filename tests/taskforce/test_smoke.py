"""Every task-force, project and dashboard page renders with the demo data, in both languages."""

import datetime

import pytest
from django.urls import reverse

from duijie.directory.models import User
from duijie.projects.models import CarrierSite, InvestmentProject
from duijie.taskforce.domain.replies import public_replies
from duijie.taskforce.models import Proposal, Reply, WorkItem
from duijie_demo.loaders.projects import load_demo as load_project_demo
from duijie_demo.loaders.taskforce import load_demo as load_taskforce_demo
from tests.conftest import login

pytestmark = pytest.mark.django_db


def page_urls() -> list[str]:
    urls = [reverse(f"web:{name}") for name in (
        "taskforce_board", "taskforce_item_list", "taskforce_proposal_list",
        "taskforce_public_list", "projects_list", "projects_site_list", "dashboard",
        "taskforce_item_create", "taskforce_proposal_create", "projects_create",
        "projects_site_create",
    )]  # fmt: skip
    urls += [reverse("web:taskforce_unit_board", args=["yp-invest"])]
    for item in WorkItem.objects.all():
        urls += [
            reverse(f"web:taskforce_item_{view}", args=[item.pk]) for view in ("detail", "edit")
        ]
    for proposal in Proposal.objects.all():
        urls += [
            reverse(f"web:taskforce_proposal_{view}", args=[proposal.pk])
            for view in ("detail", "edit")
        ]
    urls += [reverse("web:taskforce_reply_detail", args=[r.pk]) for r in Reply.objects.all()]
    urls += [reverse("web:taskforce_public_detail", args=[r.pk]) for r in public_replies()]
    for project in InvestmentProject.objects.all():
        urls += [reverse(f"web:projects_{view}", args=[project.pk]) for view in ("detail", "edit")]
    for site in CarrierSite.objects.all():
        urls += [
            reverse(f"web:projects_site_{view}", args=[site.pk]) for view in ("detail", "edit")
        ]
    return urls


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_all_pages_render_for_a_coordinator(client, sectors, language):
    load_taskforce_demo(today=datetime.date(2026, 3, 10))
    load_project_demo(today=datetime.date(2026, 3, 10))
    coordinator = User.objects.get(email="taskforce.office@duijie.example")
    coordinator.language = language
    coordinator.save()
    login(client, coordinator)
    failures = {
        url: r.status_code for url in page_urls() if (r := client.get(url)).status_code != 200
    }
    assert failures == {}
