from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy

from duijie.directory.interfaces.account_forms import LocalisedPasswordResetForm, LoginForm
from duijie.web.views import account, home, listings, offline, organisations, staff

app_name = "web"

auth_patterns = [
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            template_name="web/account/login.html", authentication_form=LoginForm
        ),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/register/", account.register, name="register"),
    path("accounts/profile/", account.profile, name="profile"),
    path("accounts/password/", account.password_change, name="password_change"),
    path(
        "accounts/password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name="web/account/password_reset.html",
            form_class=LocalisedPasswordResetForm,
            email_template_name="web/account/password_reset_email.txt",
            subject_template_name="web/account/password_reset_subject.txt",
            success_url=reverse_lazy("web:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "accounts/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="web/account/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="web/account/password_reset_confirm.html",
            success_url=reverse_lazy("web:login"),
        ),
        name="password_reset_confirm",
    ),
    path("i18n/language/", account.switch_language, name="switch_language"),
]

listing_patterns = [
    path("listings/", listings.listing_list, name="listing_list"),
    path("listings/<int:listing_id>/", listings.listing_detail, name="listing_detail"),
    path("listings/<int:listing_id>/edit/", listings.listing_edit, name="listing_edit"),
    path("listings/<int:listing_id>/submit/", listings.listing_submit, name="listing_submit"),
    path("listings/<int:listing_id>/close/", listings.listing_close, name="listing_close"),
    path(
        "organisations/<int:org_id>/listings/new/", listings.listing_create, name="listing_create"
    ),
]

organisation_patterns = [
    path("organisations/", organisations.organisation_list, name="organisation_list"),
    path("organisations/new/", organisations.organisation_create, name="organisation_create"),
    path(
        "organisations/<int:org_id>/", organisations.organisation_detail, name="organisation_detail"
    ),
    path(
        "organisations/<int:org_id>/edit/",
        organisations.organisation_edit,
        name="organisation_edit",
    ),
    path("organisations/<int:org_id>/members/", organisations.member_add, name="member_add"),
    path("members/<int:membership_id>/remove/", organisations.member_remove, name="member_remove"),
    path("my/organisation/", organisations.my_organisation, name="my_organisation"),
]

staff_patterns = [
    path("staff/review/", staff.review_queue, name="review_queue"),
    path("staff/listings/<int:listing_id>/approve/", staff.listing_approve, name="listing_approve"),
    path("staff/listings/<int:listing_id>/return/", staff.listing_return, name="listing_return"),
    path(
        "staff/organisations/<int:org_id>/verify/",
        staff.organisation_verify,
        name="organisation_verify",
    ),
]

urlpatterns = [
    path("", home.home, name="home"),
    path("sw.js", offline.service_worker, name="service_worker"),
    *auth_patterns,
    *listing_patterns,
    *organisation_patterns,
    *staff_patterns,
    # Each area keeps its routes in its own module, so areas can grow independently.
    path("", include("duijie.web.urls_matching")),
    path("", include("duijie.web.urls_events")),
    path("", include("duijie.web.urls_services")),
    path("", include("duijie.web.urls_policies")),
    path("", include("duijie.web.urls_taskforce")),
    path("", include("duijie.web.urls_projects")),
    path("", include("duijie.web.urls_dashboard")),
    path("", include("duijie.web.urls_challenges")),
    path("", include("duijie.web.urls_versions")),
    path("", include("duijie.web.urls_notifications")),
]
