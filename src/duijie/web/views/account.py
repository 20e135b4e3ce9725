from django.contrib import messages
from django.contrib.auth import login, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from duijie.directory.domain import accounts
from duijie.directory.interfaces.account_forms import ProfileForm, RegistrationForm
from duijie.web.views.helpers import run_domain


def register(request):
    if request.user.is_authenticated:
        return redirect("web:home")
    initial = {"language": request.LANGUAGE_CODE}
    form = RegistrationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = run_domain(
            request,
            accounts.register_user,
            email=data["email"],
            full_name=data["full_name"],
            password=data["password1"],
            language=data["language"],
        )
        if user is not None:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome! Register your organisation to publish listings."))
            return redirect("web:my_organisation")
    return render(request, "web/account/register.html", {"form": form})


@login_required
def profile(request):
    user = request.user
    initial = {"full_name": user.full_name, "phone": user.phone, "language": user.language}
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        accounts.update_profile(user, actor=user, **form.cleaned_data)
        messages.success(request, _("Profile saved."))
        return redirect("web:profile")
    return render(request, "web/account/profile.html", {"form": form})


@login_required
def password_change(request):
    """Change one's own password; the session stays signed in, other sessions are logged out."""
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        changed = run_domain(
            request,
            accounts.change_password,
            request.user,
            actor=request.user,
            old_password=form.cleaned_data["old_password"],
            new_password=form.cleaned_data["new_password1"],
            success=_("Your password was changed."),
        )
        if changed is not None:
            update_session_auth_hash(request, changed)
            return redirect("web:profile")
    return render(request, "web/account/password_change.html", {"form": form})


@require_POST
def switch_language(request):
    """Switch the interface language; a signed-in user's choice is remembered on the account."""
    language = request.POST.get("language", "")
    if request.user.is_authenticated:
        accounts.set_user_language(request.user, actor=request.user, language=language)
    return set_language(request)  # validates `next` against open redirects itself
