import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from duijie.listings.models import Listing
from tests.conftest import login
from tests.factories import ListingFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def future(days=60):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def listing_post(**overrides):
    data = {
        "kind": "tech_request",
        "title": "需要PCB缺陷检测方案",
        "description": "我们在寻找基于机器视觉的缺陷检测技术。",
        "content_locale": "zh-hans",
        "trl": "5",
        "ip_status": "none",
        "target_region": "ANY",
        "visibility": "public",
        "expires_on": future(),
    }
    data.update(overrides)
    return data


def test_member_creates_draft_through_form(client):
    membership = MembershipFactory()
    login(client, membership.user)
    url = reverse("web:listing_create", args=[membership.organisation.pk])
    response = client.post(url, listing_post())
    listing = Listing.objects.get()
    assert response.status_code == 302
    assert (listing.status, listing.title, listing.created_by) == (
        "draft",
        "需要PCB缺陷检测方案",
        membership.user,
    )


def test_invalid_form_keeps_input_and_shows_translated_errors(client):
    membership = MembershipFactory()
    membership.user.language = "zh-hans"
    membership.user.save()
    login(client, membership.user)
    url = reverse("web:listing_create", args=[membership.organisation.pk])
    data = listing_post(trl="12", expires_on="2001-01-01", budget_min="500", budget_max="100")
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert Listing.objects.count() == 0
    assert "需要PCB缺陷检测方案" in html  # what the user typed is still there
    assert "有效期必须是将来的日期" in html
    assert "预算上限不能低于下限" in html


def test_outsider_cannot_create_listing_for_another_organisation(client):
    org = MembershipFactory().organisation
    login(client, UserFactory())
    response = client.post(reverse("web:listing_create", args=[org.pk]), listing_post())
    assert response.status_code == 403
    assert Listing.objects.count() == 0


def test_other_organisations_drafts_are_invisible_and_not_editable(client):
    draft = ListingFactory(status="draft", title="Secret draft")
    login(client, MembershipFactory().user)
    assert client.get(reverse("web:listing_detail", args=[draft.pk])).status_code == 404
    assert client.get(reverse("web:listing_edit", args=[draft.pk])).status_code == 404
    response = client.post(reverse("web:listing_edit", args=[draft.pk]), listing_post())
    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.title == "Secret draft"


def test_anonymous_listing_leaks_no_organisation_name(client):
    listing = ListingFactory(
        visibility="anonymous",
        organisation__name_en="Hidden Robotics Pte Ltd",
        organisation__name_zh="隐藏机器人公司",
    )
    pages = [
        reverse("web:listing_detail", args=[listing.pk]),
        reverse("web:listing_list"),
        reverse("web:home"),
        reverse("web:organisation_detail", args=[listing.organisation.pk]),
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert listing.title in html or url.endswith(f"/{listing.organisation.pk}/")
        if "organisations" not in url:
            assert "Hidden Robotics" not in html and "隐藏机器人" not in html
    org_page = client.get(pages[-1]).content.decode()
    assert listing.title not in org_page


def test_staff_pages_refuse_other_roles(client):
    listing = ListingFactory(status="submitted")
    for user in [UserFactory(), MembershipFactory(role="admin").user, UserFactory(is_broker=True)]:
        login(client, user)
        assert client.get(reverse("web:review_queue")).status_code == 403
        response = client.post(reverse("web:listing_approve", args=[listing.pk]))
        assert response.status_code == 403
    listing.refresh_from_db()
    assert listing.status == "submitted"


def test_staff_approves_from_review_queue(client, staff_user):
    listing = ListingFactory(status="submitted", published_at=None)
    login(client, staff_user)
    assert listing.title in client.get(reverse("web:review_queue")).content.decode()
    client.post(reverse("web:listing_approve", args=[listing.pk]))
    listing.refresh_from_db()
    assert listing.status == "published"


def test_staff_return_without_reason_changes_nothing(client, staff_user):
    listing = ListingFactory(status="submitted")
    login(client, staff_user)
    client.post(reverse("web:listing_return", args=[listing.pk]), {"reason": ""})
    listing.refresh_from_db()
    assert listing.status == "submitted"


def test_user_text_is_escaped(client):
    listing = ListingFactory(title="<script>alert('x')</script> 检测")
    html = client.get(reverse("web:listing_detail", args=[listing.pk])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_filters_by_kind_and_trl(client):
    match = ListingFactory(kind="tech_request", trl=4, title="Wanted: battery recycling")
    ListingFactory(kind="tech_offer", trl=4, title="Offer: battery recycling")
    ListingFactory(kind="tech_request", trl=8, title="Wanted: late stage")
    response = client.get(reverse("web:listing_list"), {"kind": "tech_request", "trl_max": 5})
    assert list(response.context["page"]) == [match]
