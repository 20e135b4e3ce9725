"""Web routes of language versions: the editor and the translators' queue."""

from django.urls import path

from duijie.web.views import versions

urlpatterns = [
    path("translations/", versions.translation_queue, name="translation_queue"),
    path("listings/<int:listing_id>/version/", versions.listing_version, name="version_edit"),
    path(
        "organisations/<int:org_id>/version/",
        versions.organisation_version,
        name="organisation_version_edit",
    ),
    path("projects/sites/<int:site_id>/version/", versions.site_version, name="site_version_edit"),
    path(
        "events/participants/<int:participant_id>/version/",
        versions.participant_version,
        name="participant_version_edit",
    ),
]
