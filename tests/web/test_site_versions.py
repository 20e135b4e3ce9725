"""Carrier-site descriptions have language versions too, written by staff and brokers only."""

import pytest
from django.urls import reverse

from duijie.common.errors import PermissionDenied
from duijie.versions.domain.versions import save_version
from tests.conftest import login
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory
from tests.projects.factories import SiteFactory

pytestmark = pytest.mark.django_db

EN = {"description": "Grade-A offices next to Fudan University, with a shared pilot lab."}


@pytest.fixture
def site():
    return SiteFactory(description="紧邻复旦大学的甲级写字楼，配有共享中试实验室。")


def test_staff_translate_a_site_and_english_readers_see_it(client, site):
    login(client, UserFactory(is_staff=True, full_name="Wang Min", language="en"))
    url = reverse("web:site_version_edit", args=[site.pk])
    assert "紧邻复旦大学" in client.get(url).content.decode()
    assert client.post(url, EN).status_code == 302
    detail = reverse("web:projects_site_detail", args=[site.pk])
    page = client.get(detail).content.decode()
    assert EN["description"] in page
    assert "English version by Wang Min (platform staff)" in page


def test_no_organisation_member_is_a_sites_author(site):
    # An organisation whose id happens to equal the site's gives its members no say.
    organisation = OrganisationFactory()
    site.pk = organisation.pk
    member = MembershipFactory(organisation=organisation).user
    with pytest.raises(PermissionDenied):
        save_version(site, actor=member, language="en", fields=EN)
