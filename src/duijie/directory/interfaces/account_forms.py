from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.validators import MaxLengthValidator
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from duijie.common.i18n import normalise_language
from duijie.common.models.base import ContentLocale
from duijie.common.notify import queue_email
from duijie.common.ratelimit import RateLimited, ratelimit
from duijie.common.text import single_line
from duijie.directory.models import User


class RegistrationForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=120)
    email = forms.EmailField(label=_("Email address"))
    language = forms.ChoiceField(label=_("Preferred language"), choices=ContentLocale.choices)
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(
        label=_("Password (again)"), widget=forms.PasswordInput, strip=False
    )

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this email address already exists."))
        return email

    def clean(self):
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            probe = User(email=data.get("email", ""), full_name=data.get("full_name", ""))
            try:
                password_validation.validate_password(first, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class ProfileForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=120)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=40,
        required=False,
        help_text=_("Shared only with partners after both sides accept and you consent."),
    )
    language = forms.ChoiceField(label=_("Interface language"), choices=ContentLocale.choices)


class LoginForm(AuthenticationForm):
    """Django's login form, with the login name's length checked before it is looked up.

    Django sets the field's max_length after the field is built, so no validator checks it;
    an over-long name would reach the login-attempt log (255 characters) and fail there.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["username"]
        field.validators.append(MaxLengthValidator(field.max_length))


class LocalisedPasswordResetForm(PasswordResetForm):
    """Sends the reset email in the account holder's language, not the requester's browser's."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        try:  # a few mails an hour per address, whoever asks; the page looks the same either way
            ratelimit(None, "password-reset-mail", "3/h", by=context["user"].email.lower())
        except RateLimited:
            return
        with translation.override(normalise_language(context["user"].language)):
            subject = single_line(render_to_string(subject_template_name, context))
            body = render_to_string(email_template_name, context)
        # Through the task queue like every other e-mail: no SMTP call inside the request.
        queue_email(context["user"].email, subject, body)
