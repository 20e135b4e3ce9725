"""Web routes of the events area (included by web/urls.py under the "web" namespace)."""

from django.urls import path

from duijie.web.views.events import (
    after,
    agenda,
    browse,
    manage,
    onsite,
    participation,
    requests,
    schedule,
)

E = "events/<int:event_id>/"

browse_patterns = [
    path("events/", browse.event_list, name="events_list"),
    path(E, browse.event_detail, name="events_detail"),
    path(E + "calendar.ics", browse.event_ics, name="events_calendar"),
]

manage_patterns = [
    path("events/new/", manage.event_create, name="events_create"),
    path(E + "edit/", manage.event_edit, name="events_edit"),
    path(E + "publish/", manage.event_publish, name="events_publish"),
    path(E + "cancel/", manage.event_cancel, name="events_cancel"),
    path(E + "setup/", manage.event_setup, name="events_setup"),
    path(E + "setup/sessions/", manage.session_add, name="events_session_add"),
    path(
        E + "setup/sessions/<int:session_id>/delete/",
        manage.session_delete,
        name="events_session_delete",
    ),
    path(E + "setup/breaks/", manage.break_add, name="events_break_add"),
    path(
        E + "setup/breaks/<int:break_id>/delete/", manage.break_delete, name="events_break_delete"
    ),
    path(E + "setup/tables/", manage.tables_set, name="events_tables_set"),
    path(E + "setup/roles/", manage.role_add, name="events_role_add"),
    path(E + "setup/roles/<int:role_id>/delete/", manage.role_delete, name="events_role_delete"),
    path(E + "setup/organisers/", manage.organiser_add, name="events_organiser_add"),
    path(
        E + "setup/organisers/<int:user_id>/remove/",
        manage.organiser_remove,
        name="events_organiser_remove",
    ),
]

participation_patterns = [
    path(E + "register/", participation.register, name="events_register"),
    path(E + "profile/", participation.profile, name="events_profile"),
    path(E + "withdraw/", participation.withdraw, name="events_withdraw"),
    path(E + "participants/", participation.participant_list, name="events_participants"),
    path(
        E + "participants/<int:participant_id>/approve/",
        participation.participant_approve,
        name="events_participant_approve",
    ),
    path(
        E + "participants/<int:participant_id>/decline/",
        participation.participant_decline,
        name="events_participant_decline",
    ),
    path(
        E + "participants/<int:participant_id>/quota/",
        participation.participant_quota,
        name="events_participant_quota",
    ),
]

request_patterns = [
    path(E + "people/", requests.people, name="events_people"),
    path(
        E + "people/<int:participant_id>/request/", requests.request_new, name="events_request_new"
    ),
    path(
        E + "people/<int:participant_id>/preference/",
        requests.preference_set,
        name="events_preference",
    ),
    path(E + "requests/", requests.request_list, name="events_requests"),
    path(
        E + "requests/<int:request_id>/accept/",
        requests.request_accept,
        name="events_request_accept",
    ),
    path(
        E + "requests/<int:request_id>/decline/",
        requests.request_decline,
        name="events_request_decline",
    ),
    path(
        E + "requests/<int:request_id>/withdraw/",
        requests.request_withdraw,
        name="events_request_withdraw",
    ),
]

schedule_patterns = [
    path(E + "schedule/", schedule.schedule_page, name="events_schedule"),
    path(E + "schedule/run/", schedule.schedule_run, name="events_schedule_run"),
    path(E + "schedule/instance.json", schedule.schedule_export, name="events_schedule_export"),
    path(E + "schedule/import/", schedule.schedule_import, name="events_schedule_import"),
    path(E + "schedule/table-plan.pdf", schedule.table_plan, name="events_table_plan"),
    path(E + "meetings/add/", schedule.meeting_add, name="events_meeting_add"),
    path(E + "meetings/<int:meeting_id>/move/", schedule.meeting_move, name="events_meeting_move"),
    path(E + "meetings/<int:meeting_id>/lock/", schedule.meeting_lock, name="events_meeting_lock"),
    path(
        E + "meetings/<int:meeting_id>/cancel/",
        schedule.meeting_cancel,
        name="events_meeting_cancel",
    ),
    path(
        E + "meetings/<int:meeting_id>/attendance/",
        schedule.meeting_attendance,
        name="events_meeting_attendance",
    ),
]

agenda_patterns = [
    path(E + "agenda/", agenda.my_agenda, name="events_agenda"),
    path(
        E + "agenda/<int:participant_id>/",
        agenda.participant_agenda,
        name="events_participant_agenda",
    ),
    path(E + "agenda/<int:participant_id>/agenda.ics", agenda.agenda_ics, name="events_agenda_ics"),
    path(
        E + "agenda/<int:participant_id>/agenda.pdf",
        agenda.agenda_pdf_view,
        name="events_agenda_pdf",
    ),
    path(E + "agenda/<int:participant_id>/send/", agenda.agenda_send, name="events_agenda_send"),
    path(E + "agendas/send/", agenda.agendas_send_all, name="events_agendas_send"),
]

onsite_patterns = [
    path(E + "checkin/", onsite.checkin_desk, name="events_checkin"),
    path(
        E + "participants/<int:participant_id>/checkin/",
        onsite.participant_checkin,
        name="events_participant_checkin",
    ),
    path(
        E + "participants/<int:participant_id>/no-show/",
        onsite.participant_no_show,
        name="events_participant_no_show",
    ),
    path("events/checkin/<str:token>/", onsite.checkin_token, name="events_checkin_token"),
    path(E + "board/", onsite.live_board, name="events_board"),
]

after_patterns = [
    path(E + "meetings/<int:meeting_id>/outcome/", after.outcome, name="events_outcome"),
    path(E + "report/", after.report, name="events_report"),
    path(E + "report.xlsx", after.report_xlsx, name="events_report_xlsx"),
]

urlpatterns = [
    *browse_patterns,
    *manage_patterns,
    *participation_patterns,
    *request_patterns,
    *schedule_patterns,
    *agenda_patterns,
    *onsite_patterns,
    *after_patterns,
]
