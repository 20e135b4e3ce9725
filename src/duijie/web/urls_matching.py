"""Web routes of the matching area (included by web/urls.py)."""

from django.urls import path

from duijie.web.views import conversations, matching, matching_interest, me, pipeline

urlpatterns = [
    path("me/", me.my_duijie, name="me"),
    path("listings/<int:listing_id>/matches/", matching.listing_matches, name="listing_matches"),
    path(
        "listings/<int:listing_id>/interest/",
        matching_interest.interest_create,
        name="interest_create",
    ),
    path("listings/<int:listing_id>/broker/", matching.assign_broker, name="assign_broker"),
    path("interests/", matching_interest.interest_list, name="interest_list"),
    path("interests/<int:interest_id>/", matching_interest.interest_detail, name="interest_detail"),
    path(
        "interests/<int:interest_id>/accept/",
        matching_interest.interest_accept,
        name="interest_accept",
    ),
    path(
        "interests/<int:interest_id>/decline/",
        matching_interest.interest_decline,
        name="interest_decline",
    ),
    path(
        "interests/<int:interest_id>/withdraw/",
        matching_interest.interest_withdraw,
        name="interest_withdraw",
    ),
    path(
        "interests/<int:interest_id>/consent/",
        matching_interest.interest_consent,
        name="interest_consent",
    ),
    path(
        "interests/<int:interest_id>/consent/withdraw/",
        matching_interest.interest_consent_withdraw,
        name="interest_consent_withdraw",
    ),
    path(
        "interests/<int:interest_id>/report/",
        conversations.interest_report,
        name="interest_report",
    ),
    path(
        "conversations/meeting-requests/<int:request_id>/",
        conversations.meeting_request_thread,
        name="meeting_request_thread",
    ),
    path("conversations/files/<int:file_id>/", conversations.message_file, name="message_file"),
    path("staff/conversations/", conversations.reported_threads, name="reported_threads"),
    path(
        "staff/conversations/<int:thread_id>/",
        conversations.reported_thread,
        name="reported_thread",
    ),
    path("broker/queue/", pipeline.broker_queue, name="broker_queue"),
    path("broker/queue/<int:listing_id>/claim/", pipeline.case_claim, name="case_claim"),
    path("broker/cases/<int:case_id>/", pipeline.case_move, name="case_move"),
    path("broker/", matching.broker_workspace, name="broker_workspace"),
    path("broker/recommend/<int:need_id>/<int:offer_id>/", matching.recommend, name="recommend"),
    path(
        "broker/recommendations/<int:recommendation_id>/",
        matching.recommendation_detail,
        name="recommendation_detail",
    ),
    path("staff/consent-ledger/", matching.consent_ledger, name="consent_ledger"),
]
