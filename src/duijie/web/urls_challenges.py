"""Web routes of open challenges (揭榜挂帅), included by web/urls.py."""

from django.urls import path

from duijie.web.views.challenges import applications, browse, delivery, manage, panel, suggestions

urlpatterns = [
    path("challenges/", browse.challenge_list, name="challenges_list"),
    path("challenges/new/", manage.challenge_create, name="challenges_create"),
    path("challenges/<int:challenge_id>/", browse.challenge_detail, name="challenges_detail"),
    path(
        "challenges/<int:challenge_id>/result/", browse.challenge_result, name="challenges_result"
    ),
    path("challenges/<int:challenge_id>/nda/", browse.accept_nda, name="challenges_nda"),
    path("challenges/<int:challenge_id>/edit/", manage.challenge_edit, name="challenges_edit"),
    path(
        "challenges/<int:challenge_id>/submit/", manage.challenge_submit, name="challenges_submit"
    ),
    path(
        "challenges/<int:challenge_id>/review/",
        manage.challenge_review,
        name="challenges_staff_review",
    ),
    path("challenges/<int:challenge_id>/stage/", manage.challenge_stage, name="challenges_stage"),
    path(
        "challenges/<int:challenge_id>/manage/", manage.challenge_manage, name="challenges_manage"
    ),
    path(
        "challenges/<int:challenge_id>/suggestions/",
        suggestions.challenge_suggestions,
        name="challenges_suggestions",
    ),
    path(
        "challenges/<int:challenge_id>/shortlist/",
        manage.challenge_shortlist,
        name="challenges_shortlist",
    ),
    path("challenges/<int:challenge_id>/award/", manage.challenge_award, name="challenges_award"),
    path("challenges/<int:challenge_id>/experts/", manage.expert_invite, name="challenges_invite"),
    path(
        "challenges/<int:challenge_id>/milestones/",
        manage.milestone_add,
        name="challenges_milestone_add",
    ),
    path(
        "challenges/<int:challenge_id>/apply/",
        applications.application_start,
        name="challenges_apply",
    ),
    path("challenges/<int:challenge_id>/panel/", panel.panel_home, name="challenges_panel"),
    path(
        "challenges/applications/<int:application_id>/",
        applications.application_detail,
        name="challenges_application",
    ),
    path(
        "challenges/applications/<int:application_id>/edit/",
        applications.application_edit,
        name="challenges_application_edit",
    ),
    path(
        "challenges/applications/<int:application_id>/withdraw/",
        applications.application_withdraw,
        name="challenges_application_withdraw",
    ),
    path(
        "challenges/applications/<int:application_id>/reopen/",
        applications.application_reopen,
        name="challenges_application_reopen",
    ),
    path(
        "challenges/applications/<int:application_id>/messages/",
        applications.application_message,
        name="challenges_application_message",
    ),
    path(
        "challenges/applications/<int:application_id>/review/",
        panel.review_page,
        name="challenges_review",
    ),
    path(
        "challenges/applications/<int:application_id>/declare/",
        panel.review_declare,
        name="challenges_declare",
    ),
    path(
        "challenges/applications/<int:application_id>/score/",
        panel.review_score,
        name="challenges_score",
    ),
    path(
        "challenges/milestones/<int:milestone_id>/evidence/",
        delivery.evidence_submit,
        name="challenges_evidence",
    ),
    path(
        "challenges/milestones/<int:milestone_id>/review/",
        delivery.milestone_review,
        name="challenges_milestone_review",
    ),
    path("challenges/files/<int:file_id>/", delivery.file_download, name="challenges_file"),
]
