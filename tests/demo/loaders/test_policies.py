"""The policies demo loads the library and cites policies on the demo requests."""

import datetime

import pytest

from duijie.policies.models import Policy
from duijie.services.models import ConsultingRequest
from duijie_demo.loaders.policies import DEMO_LINKS, load_demo
from tests.factories import DepartmentFactory, UserFactory
from tests.services.factories import category

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 3, 16)


def test_loads_the_library_and_links_existing_demo_requests():
    requester = UserFactory()
    item = ConsultingRequest.objects.create(
        requester=requester,
        category=category(),
        subject="Demo",
        description="Demo",
        content_locale="en",
        department=DepartmentFactory(),
        due_on=TODAY,
        is_sample=True,
        demo_key=DEMO_LINKS["rhq-2022"][0],
    )
    assert load_demo(today=TODAY) == {"policies": 4}
    assert load_demo(today=TODAY) == {"policies": 4}
    assert list(Policy.objects.get(slug="rhq-2022").related_requests.all()) == [item]
