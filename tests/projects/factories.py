from decimal import Decimal

import factory

from duijie.projects.models import CarrierSite, InvestmentProject
from tests.factories import DepartmentFactory, OrganisationFactory


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InvestmentProject
        skip_postgeneration_save = True

    name_zh = factory.Sequence(lambda n: f"投资项目{n}")
    name_en = factory.Sequence(lambda n: f"Investment project {n}")
    investor = factory.SubFactory(OrganisationFactory)
    investment_amount = Decimal("10000000")
    currency = "USD"
    jobs = 50
    space_area_m2 = 1000
    space_type = "office"
    rent_budget = Decimal("5.00")
    responsible_unit = factory.SubFactory(DepartmentFactory)
    stage = "lead"

    @factory.post_generation
    def sectors(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.sectors.set(extracted)


class SiteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CarrierSite
        skip_postgeneration_save = True

    name_zh = factory.Sequence(lambda n: f"载体{n}")
    name_en = factory.Sequence(lambda n: f"Site {n}")
    kind = "building"
    district = "yangpu"
    space_types = factory.LazyFunction(lambda: ["office"])
    available_area_m2 = 1500
    rent_min = Decimal("4.00")
    rent_max = Decimal("4.80")
    contact_unit = factory.SubFactory(DepartmentFactory)

    @factory.post_generation
    def sectors(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.sectors.set(extracted)
