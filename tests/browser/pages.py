"""The main public pages the responsive and accessibility checks visit, on a small data set."""

from tests.factories import ListingFactory, OrganisationFactory, SectorFactory, UserFactory


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


def onsite_paths() -> tuple[object, object, list[str], list[str]]:
    """A published event with a participant and an organiser, and the pages each uses on the
    day: (participant user, organiser, participant's paths, organiser's paths)."""
    from tests.events.factories import EventFactory, ParticipantFactory, add_session, add_tables

    organiser = UserFactory(full_name="Organiser One", language="en")
    event = EventFactory(organisers=[organiser])
    add_session(event, start=(9, 0), end=(10, 30))
    add_tables(event, 2)
    participant = ParticipantFactory(
        event=event, user=UserFactory(full_name="Alice Tan", language="en")
    )
    ParticipantFactory(event=event, user=UserFactory(full_name="王博", language="zh-hans"))
    participant_paths = [f"/events/{event.pk}/", f"/events/{event.pk}/agenda/"]
    organiser_paths = [f"/events/{event.pk}/checkin/", f"/events/{event.pk}/board/"]
    return participant.user, organiser, participant_paths, organiser_paths


def signed_in_page(browser, live_server, user, language: str, viewport: dict):
    """A page whose browser carries `user`'s session (made by Django's test client)."""
    from django.test import Client

    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    user.language = language
    user.save(update_fields=["language"])
    context = browser.new_context(viewport=viewport)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context.new_page()
