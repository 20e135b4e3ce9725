"""Web routes of the taskforce area (included by web/urls.py)."""

from django.urls import path

from duijie.web.views.taskforce import items, proposals, public, replies

item_patterns = [
    path("taskforce/", items.board, name="taskforce_board"),
    path("taskforce/units/<slug:code>/", items.unit_board, name="taskforce_unit_board"),
    path("taskforce/items/", items.item_list, name="taskforce_item_list"),
    path("taskforce/items/export/", items.item_export, name="taskforce_item_export"),
    path("taskforce/items/new/", items.item_create, name="taskforce_item_create"),
    path("taskforce/items/<int:item_id>/", items.item_detail, name="taskforce_item_detail"),
    path("taskforce/items/<int:item_id>/edit/", items.item_edit, name="taskforce_item_edit"),
    path("taskforce/items/<int:item_id>/reports/", items.report_add, name="taskforce_report_add"),
    path(
        "taskforce/items/<int:item_id>/milestones/",
        items.milestone_add,
        name="taskforce_milestone_add",
    ),
    path(
        "taskforce/milestones/<int:milestone_id>/done/",
        items.milestone_done,
        name="taskforce_milestone_done",
    ),
    path(
        "taskforce/items/<int:item_id>/complete/",
        items.item_complete,
        name="taskforce_item_complete",
    ),
    path("taskforce/items/<int:item_id>/reopen/", items.item_reopen, name="taskforce_item_reopen"),
]

proposal_patterns = [
    path("taskforce/proposals/", proposals.proposal_list, name="taskforce_proposal_list"),
    path(
        "taskforce/proposals/export/",
        proposals.proposal_export,
        name="taskforce_proposal_export",
    ),
    path("taskforce/proposals/new/", proposals.proposal_create, name="taskforce_proposal_create"),
    path(
        "taskforce/proposals/<int:proposal_id>/",
        proposals.proposal_detail,
        name="taskforce_proposal_detail",
    ),
    path(
        "taskforce/proposals/<int:proposal_id>/edit/",
        proposals.proposal_edit,
        name="taskforce_proposal_edit",
    ),
    path(
        "taskforce/proposals/<int:proposal_id>/assign/",
        proposals.proposal_assign,
        name="taskforce_proposal_assign",
    ),
    path(
        "taskforce/proposals/<int:proposal_id>/steps/",
        proposals.step_add,
        name="taskforce_step_add",
    ),
    path(
        "taskforce/proposals/<int:proposal_id>/feedback/",
        proposals.feedback_record,
        name="taskforce_feedback",
    ),
    path(
        "taskforce/proposals/<int:proposal_id>/reply/",
        replies.reply_new,
        name="taskforce_reply_new",
    ),
]

reply_patterns = [
    path("taskforce/replies/<int:reply_id>/", replies.reply_detail, name="taskforce_reply_detail"),
    path("taskforce/replies/<int:reply_id>/edit/", replies.reply_edit, name="taskforce_reply_edit"),
    path(
        "taskforce/replies/<int:reply_id>/issue/",
        replies.reply_issue,
        name="taskforce_reply_issue",
    ),
    path(
        "taskforce/replies/<int:reply_id>/correct/",
        replies.reply_correct,
        name="taskforce_reply_correct",
    ),
    path(
        "taskforce/replies/<int:reply_id>/document.<str:kind>",
        replies.reply_document,
        name="taskforce_reply_document",
    ),
    path("taskforce/public/replies/", public.public_reply_list, name="taskforce_public_list"),
    path(
        "taskforce/public/replies/<int:reply_id>/",
        public.public_reply_detail,
        name="taskforce_public_detail",
    ),
    path(
        "taskforce/public/replies/<int:reply_id>/reply.pdf",
        public.public_reply_document,
        name="taskforce_public_document",
    ),
]

urlpatterns = [*item_patterns, *proposal_patterns, *reply_patterns]
