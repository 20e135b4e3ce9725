import datetime

import factory
from django.utils import timezone

from duijie.challenges.models import Application, Challenge, Criterion, Expert
from tests.factories import OrganisationFactory


class ChallengeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Challenge

    organisation = factory.SubFactory(OrganisationFactory, country="CN", uen="", city="Shanghai")
    title = factory.Sequence(lambda n: f"Challenge {n}")
    problem = "Detect defects on curved glass at line speed."
    expected_results = "A working prototype on our line."
    content_locale = "en"
    reward_amount = 500000
    reward_currency = "CNY"
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    status = "open"


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Criterion

    name = factory.Sequence(lambda n: f"Criterion {n}")
    weight = 50


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    organisation = factory.SubFactory(OrganisationFactory)
    approach = "Polarised imaging with a small neural network."
    content_locale = "en"
    status = "submitted"
    submitted_at = factory.LazyFunction(timezone.now)


class ExpertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Expert
