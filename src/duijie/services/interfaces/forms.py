"""Forms of the company-services pages (consulting requests and routing rules)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from duijie.common import phrases
from duijie.common.errors import DomainError
from duijie.common.models.base import ContentLocale
from duijie.directory.models import Department, Organisation, User
from duijie.policies.models import Policy
from duijie.services.domain.attachments import MAX_FILES_PER_REQUEST, check_uploads
from duijie.services.models import RequestCategory, RequestStatus

ACCEPTED_FILES = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files in one input; each is checked by content, size and count."""

    widget = MultipleFileInput(attrs={"accept": ACCEPTED_FILES})

    def __init__(self, *args, already_attached: int = 0, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text",
            _("PDF, Word (.docx), Excel (.xlsx), PNG or JPEG; up to 10 MB each, %(count)d files.")
            % {"count": MAX_FILES_PER_REQUEST},
        )
        self.already_attached = already_attached
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if not files and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        try:
            check_uploads(files, already_attached=self.already_attached)
        except DomainError as error:
            raise forms.ValidationError(error.message, code=error.code) from None
        return files


def category_choices():
    """Categories that currently take requests (active and routed to a department)."""
    return RequestCategory.objects.filter(is_active=True, routing_rule__isnull=False)


class RequestForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Topic"), queryset=RequestCategory.objects.none(), empty_label=None
    )
    organisation = forms.ModelChoiceField(
        label=_("On behalf of"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("Myself (no organisation)"),
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    description = forms.CharField(
        label=_("Your question"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Describe your situation and what you would like to know."),
    )
    content_locale = forms.ChoiceField(label=phrases.WRITTEN_IN, choices=ContentLocale.choices)
    attachments = AttachmentsField(label=_("Attachments"))

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = category_choices()
        self.fields["organisation"].queryset = Organisation.objects.filter(memberships__user=user)


class RequestFilterForm(forms.Form):
    q = forms.CharField(label=phrases.SEARCH, required=False, max_length=200)
    status = forms.ChoiceField(
        label=phrases.STATUS,
        required=False,
        choices=[("", _("Any status"))] + RequestStatus.choices,
    )
    category = forms.ChoiceField(label=_("Topic"), required=False)
    department = forms.ChoiceField(label=_("Department"), required=False)
    assignee = forms.ChoiceField(
        label=_("Handled by"),
        required=False,
        choices=[("", _("Anyone")), ("me", _("Me")), ("none", _("Nobody yet"))],
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)

    def __init__(self, *args, show_department: bool, show_assignee: bool, **kwargs):
        super().__init__(*args, **kwargs)
        categories = [(c.code, c.name) for c in RequestCategory.objects.all()]
        self.fields["category"].choices = [("", _("Any topic"))] + categories
        if show_department:
            departments = [(d.code, d.name) for d in Department.objects.all()]
            self.fields["department"].choices = [("", _("Any department"))] + departments
        else:
            del self.fields["department"]
        if not show_assignee:
            del self.fields["assignee"]


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Assign to"), queryset=User.objects.none())

    def __init__(self, *args, department_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        staff = User.objects.filter(department_id=department_id, is_active=True)
        self.fields["assignee"].queryset = staff.order_by("full_name")


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Reply to the requester"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The requester sees this reply and receives it by email."),
    )
    content_locale = forms.ChoiceField(label=phrases.WRITTEN_IN, choices=ContentLocale.choices)


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("Internal note"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only the handling departments see internal notes; never the requester."),
    )


class TransferForm(forms.Form):
    department = forms.ModelChoiceField(label=_("Transfer to"), queryset=Department.objects.all())
    reason = forms.CharField(
        label=_("Reason for the transfer"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The requester and the receiving department see this reason."),
    )

    def __init__(self, *args, current_department_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        others = Department.objects.exclude(pk=current_department_id)
        self.fields["department"].queryset = others


class CloseForm(forms.Form):
    remark = forms.CharField(
        label=_("Closing remark"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Optional; the requester sees it."),
    )


class FollowUpForm(forms.Form):
    body = forms.CharField(
        label=_("Add a message"), max_length=10000, widget=forms.Textarea(attrs={"rows": 4})
    )
    content_locale = forms.ChoiceField(label=phrases.WRITTEN_IN, choices=ContentLocale.choices)


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("How satisfied are you with the answer?"),
        choices=[(n, str(n)) for n in range(5, 0, -1)],
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("5 = very satisfied, 1 = very dissatisfied."),
    )
    comment = forms.CharField(
        label=_("Comment"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AddAttachmentsForm(forms.Form):
    uploads = AttachmentsField(label=_("Add files"), required=True)

    def __init__(self, *args, already_attached: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["uploads"].already_attached = already_attached


class LinkPolicyForm(forms.Form):
    policy = forms.ModelChoiceField(
        label=_("Cite a policy"), queryset=Policy.objects.filter(is_published=True)
    )


class RoutingRuleForm(forms.Form):
    department = forms.ModelChoiceField(
        label=_("Responsible department"), queryset=Department.objects.all()
    )
    response_working_days = forms.IntegerField(
        label=_("Working days to reply"), min_value=1, max_value=60
    )
    reminder_working_days = forms.IntegerField(
        label=_("Reminder (working days before the deadline)"), min_value=0, max_value=30
    )

    def clean(self):
        data = super().clean()
        days, reminder = data.get("response_working_days"), data.get("reminder_working_days")
        if days is not None and reminder is not None and reminder >= days:
            self.add_error(
                "reminder_working_days", _("The reminder must come before the deadline.")
            )
        return data
