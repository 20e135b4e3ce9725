"""Factories and helpers for the task-force tests."""

from __future__ import annotations

import datetime

import factory
from django.contrib.auth.models import Group, Permission

from duijie.taskforce.models import (
    Milestone,
    ProgressReport,
    Proposal,
    Reply,
    WorkItem,
    Workstream,
)
from tests.factories import DepartmentFactory, UserFactory

TODAY = datetime.date(2024, 6, 15)


def days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


class WorkstreamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workstream
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"stream-{n}")
    name_zh = factory.Sequence(lambda n: f"工作板块{n}")
    name_en = factory.Sequence(lambda n: f"Workstream {n}")


class WorkItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkItem
        skip_postgeneration_save = True

    workstream = factory.SubFactory(WorkstreamFactory)
    title_zh = factory.Sequence(lambda n: f"工作事项{n}")
    title_en = factory.Sequence(lambda n: f"Work item {n}")
    lead_unit = factory.SubFactory(DepartmentFactory)
    start_date = factory.LazyFunction(lambda: days(-30))
    due_date = factory.LazyFunction(lambda: days(60))
    reporting_period_days = 30

    @factory.post_generation
    def co_units(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.co_units.set(extracted)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    work_item = factory.SubFactory(WorkItemFactory)
    title_zh = "里程碑"
    title_en = "Milestone"
    due_date = factory.LazyFunction(lambda: days(10))


class ProgressReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressReport

    work_item = factory.SubFactory(WorkItemFactory)
    unit = factory.LazyAttribute(lambda o: o.work_item.lead_unit)
    reported_on = factory.LazyFunction(lambda: days(-1))
    assessment = "on_track"
    text = "按计划推进。"
    content_locale = "zh-hans"


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal
        skip_postgeneration_save = True

    session = "区十七届人大三次会议"
    number = factory.Sequence(lambda n: f"{n + 1:04d}")
    proposers = factory.LazyFunction(lambda: ["王建国", "李敏"])
    subject = factory.Sequence(lambda n: f"关于加强中新数字经济合作的建议{n}")
    text = "建议依托中新合作平台，推动数字经济企业双向落地。"
    received_on = factory.LazyFunction(lambda: days(-60))
    reply_due = factory.LazyFunction(lambda: days(30))
    lead_unit = factory.SubFactory(DepartmentFactory)
    status = "handling"

    @factory.post_generation
    def co_units(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.co_units.set(extracted)


class ReplyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reply

    proposal = factory.SubFactory(ProposalFactory)
    version = 1
    document_number = "杨府〔2024〕20号"
    handling_result = "adopted"
    disclosure = "proactive"
    body = "您提出的建议收悉。现答复如下：\n\n一、已建立工作机制。"
    contact_person = "陈静"
    contact_phone = "021-65430000"
    cc = factory.LazyFunction(lambda: ["区人大常委会人代联工委", "区政府办公室"])
    reply_date = factory.LazyFunction(lambda: days(-5))


def government_user(unit, **kwargs):
    return UserFactory(department=unit, **kwargs)


def coordinator(**kwargs):
    """A user holding the coordinator permission through the coordinators group."""
    group, _ = Group.objects.get_or_create(name="Task force coordinators (test)")
    group.permissions.add(
        Permission.objects.get(codename="coordinate_taskforce", content_type__app_label="taskforce")
    )
    user = UserFactory(**kwargs)
    user.groups.add(group)
    return user
