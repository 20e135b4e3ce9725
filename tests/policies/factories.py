"""Factories for policy-library tests."""

from __future__ import annotations

import datetime

import factory

from duijie.policies.models import Policy, PolicyTag


class PolicyTagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PolicyTag
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"tag-{n}")
    name_zh = factory.Sequence(lambda n: f"标签{n}")
    name_en = factory.Sequence(lambda n: f"Tag {n}")


class PolicyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Policy

    slug = factory.Sequence(lambda n: f"policy-{n}")
    title_zh = factory.Sequence(lambda n: f"测试政策{n}")
    title_en = factory.Sequence(lambda n: f"Test policy {n}")
    summary_zh = "关于支持企业发展的若干措施。"
    summary_en = "Measures supporting business development."
    valid_from = datetime.date(2024, 1, 1)
    valid_to = datetime.date(2028, 12, 31)
