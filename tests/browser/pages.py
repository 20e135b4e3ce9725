"""The main public pages the responsive and accessibility checks visit, on a small data set."""

from tests.factories import ListingFactory, OrganisationFactory, SectorFactory


def main_paths() -> list[str]:
    """Create one organisation with a published listing and return the main pages' paths."""
    SectorFactory(code="digital_ai", name_zh="数字经济与人工智能", name_en="Digital economy and AI")
    organisation = OrganisationFactory()
    listing = ListingFactory(
        organisation=organisation,
        title="面向印刷电路板的人工智能视觉检测系统与产线集成服务",
        content_locale="zh-hans",
    )
    return [
        "/",
        "/listings/",
        "/listings/?q=视觉检测",
        f"/listings/{listing.pk}/",
        "/organisations/",
        f"/organisations/{organisation.pk}/",
        "/events/",
        "/policies/",
        "/services/",
        "/accounts/login/",
        "/accounts/register/",
    ]
