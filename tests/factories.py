"""factory_boy factories for the foundation models; areas add theirs in tests/<area>/."""

from __future__ import annotations

import datetime

import factory
from django.utils import timezone

from duijie.directory.models import Department, Membership, Organisation, Sector, User
from duijie.listings.models import Listing


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"sector-{n}")
    name_zh = factory.Sequence(lambda n: f"行业{n}")
    name_en = factory.Sequence(lambda n: f"Sector {n}")


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"dept-{n}")
    name_zh = factory.Sequence(lambda n: f"部门{n}")
    name_en = factory.Sequence(lambda n: f"Department {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    full_name = factory.Sequence(lambda n: f"User {n}")
    language = "en"
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name_zh = factory.Sequence(lambda n: f"测试科技{n}有限公司")
    name_en = factory.Sequence(lambda n: f"Test Technology {n} Pte Ltd")
    country = "SG"
    city = "Singapore"
    org_type = "enterprise"
    uen = "199974606C"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = "member"


class ListingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Listing

    organisation = factory.SubFactory(OrganisationFactory)
    kind = "tech_offer"
    title = factory.Sequence(lambda n: f"Listing {n}")
    description = "An AI visual inspection system for printed circuit boards."
    content_locale = "en"
    trl = 6
    status = "published"
    published_at = factory.LazyFunction(timezone.now)
    expires_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=90))
