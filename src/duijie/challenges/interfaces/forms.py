"""Forms of the challenge pages and API; the domain functions make the final checks."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.challenges.core.criteria import SCALE_MAX, SCALE_MIN
from duijie.challenges.domain import files
from duijie.challenges.domain.errors import interpolate
from duijie.challenges.domain.lifecycle import CHALLENGE_FIELDS
from duijie.challenges.models import Application, Challenge
from duijie.common.errors import DomainError
from duijie.directory.models import Country, OrgType, User

ACCEPTED_FILES = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class FilesField(forms.FileField):
    """Several files in one input; each is checked by content, size and count."""

    widget = MultipleFileInput(attrs={"accept": ACCEPTED_FILES})

    def __init__(self, *args, already: int = 0, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text",
            interpolate(
                _(
                    "PDF, Word (.docx), Excel (.xlsx), PNG or JPEG; "
                    "up to 10 MB each, %(count)d files."
                ),
                {"count": files.MAX_FILES},
            ),
        )
        kwargs.setdefault("label", _("Attachments"))
        self.already = already
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        uploads = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        try:
            files.check_files(uploads, already=self.already)
        except DomainError as error:
            raise forms.ValidationError(error.message, code=error.code) from None
        return uploads


def parse_criteria(text: str) -> list[dict]:
    """One criterion a line, "name | weight" (weight in percent), as the domain wants them."""
    criteria = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        name, _sep, weight = line.rpartition("|")
        if not name.strip() or not weight.strip().isdigit():
            raise forms.ValidationError(
                _("Write each criterion as “name | weight”, e.g. “Technical merit | 40”."),
                code="criteria",
            )
        criteria.append({"name": name.strip(), "weight": int(weight.strip())})
    return criteria


def criteria_text(challenge: Challenge | None) -> str:
    if challenge is None or challenge.pk is None:
        return ""
    return "\n".join(f"{c.name} | {c.weight}" for c in challenge.criteria.all())


class ChallengeForm(forms.ModelForm):
    eligible_countries = forms.MultipleChoiceField(
        label=_("Eligible countries"),
        choices=Country.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: any country."),
    )
    eligible_org_types = forms.MultipleChoiceField(
        label=_("Eligible organisation types"),
        choices=OrgType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: any type."),
    )
    deadline = forms.DateTimeField(
        label=_("Application deadline"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    criteria = forms.CharField(
        label=_("Evaluation criteria"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One a line: name | weight in %. The weights must add up to 100."),
    )

    class Meta:
        model = Challenge
        fields = [f for f in CHALLENGE_FIELDS if f not in {"listing"}]
        widgets = {
            "problem": forms.Textarea(attrs={"rows": 6}),
            "expected_results": forms.Textarea(attrs={"rows": 4}),
            "problem_other": forms.Textarea(attrs={"rows": 4}),
            "expected_results_other": forms.Textarea(attrs={"rows": 3}),
            "required_documents": forms.Textarea(attrs={"rows": 3}),
            "confidential_details": forms.Textarea(attrs={"rows": 4}),
            "nda_text": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("criteria", criteria_text(self.instance))

    def clean_criteria(self):
        return parse_criteria(self.cleaned_data["criteria"])

    def domain_fields(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k in CHALLENGE_FIELDS}


class ApplicationForm(forms.ModelForm):
    attachments = FilesField()

    class Meta:
        model = Application
        fields = [
            "approach",
            "team",
            "trl",
            "budget",
            "currency",
            "timeline",
            "references",
            "content_locale",
        ]
        widgets = {
            "approach": forms.Textarea(attrs={"rows": 6}),
            "team": forms.Textarea(attrs={"rows": 3}),
            "timeline": forms.Textarea(attrs={"rows": 3}),
            "references": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, already: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attachments"].already = already

    def domain_fields(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "attachments"}


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


class ChoiceOfApplicationsForm(forms.Form):
    applications = forms.TypedMultipleChoiceField(
        label=_("Applications"), coerce=int, widget=forms.CheckboxSelectMultiple
    )
    reason = forms.CharField(
        label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )

    def __init__(self, *args, choices=(), reason_required=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["applications"].choices = choices
        self.fields["reason"].required = reason_required


class AwardForm(ChoiceOfApplicationsForm):
    publish = forms.BooleanField(label=_("Publish the result on a public page"), required=False)


class InviteExpertForm(forms.Form):
    email = forms.EmailField(label=_("The expert's e-mail address"))

    def clean_email(self):
        user = User.objects.filter(email__iexact=self.cleaned_data["email"], is_active=True).first()
        if user is None:
            raise forms.ValidationError(_("No platform user has this e-mail address."))
        return user


class ConflictForm(forms.Form):
    conflicted = forms.TypedChoiceField(
        label=_("Conflict of interest"),
        choices=[("no", _("I have no conflict of interest")), ("yes", _("I have a conflict"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Nature of the conflict"), max_length=500, required=False)


class ScoreForm(forms.Form):
    """One score (0–10) and comment per criterion, plus an overall comment."""

    comment = forms.CharField(
        label=_("Overall comment"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=3000,
    )

    def __init__(self, *args, criteria=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for criterion in self.criteria:
            self.fields[f"score_{criterion.pk}"] = forms.IntegerField(
                label=f"{criterion.name} ({criterion.weight}%)",
                min_value=SCALE_MIN,
                max_value=SCALE_MAX,
                required=False,
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=pgettext_lazy("score", "Comment"), required=False, max_length=2000
            )

    def values(self) -> dict[int, int]:
        found = {c.pk: self.cleaned_data.get(f"score_{c.pk}") for c in self.criteria}
        return {k: v for k, v in found.items() if v is not None}

    def comments(self) -> dict[int, str]:
        return {c.pk: self.cleaned_data.get(f"comment_{c.pk}", "") for c in self.criteria}


class MilestoneForm(forms.Form):
    application = forms.TypedChoiceField(label=_("Winning application"), coerce=int)
    title = forms.CharField(label=_("Milestone"), max_length=200)
    due_on = forms.DateField(label=_("Due on"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["application"].choices = choices


class EvidenceForm(forms.Form):
    note = forms.CharField(
        label=_("Evidence"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    files = FilesField(label=_("Evidence files"))


class MilestoneReviewForm(forms.Form):
    accept = forms.TypedChoiceField(
        label=_("Decision"),
        choices=[("yes", _("Accept the milestone")), ("no", _("Return it"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=2000)


class ApplicationInput(ApplicationForm):
    """The API's application body: the page's fields, the organisation, and whether to send."""

    organisation = forms.TypedChoiceField(label=_("On behalf of"), coerce=int)
    submit = forms.BooleanField(required=False)

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["attachments"]  # files are added on the page
        self.fields["organisation"].choices = [(o.pk, o.name) for o in organisations]

    def domain_fields(self) -> dict:
        skip = {"attachments", "organisation", "submit"}
        return {k: v for k, v in self.cleaned_data.items() if k not in skip}
