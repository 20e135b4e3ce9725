"""Forms of the events area used by participants: registration, requests, outcomes."""

from __future__ import annotations

import json

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common import phrases
from duijie.common.models.base import ContentLocale
from duijie.directory.models import Organisation
from duijie.events.models import (
    Event,
    EventTable,
    OutcomeResult,
    Participant,
    ParticipantStatus,
    PreferenceLevel,
    Slot,
)
from duijie.listings.models import Listing, ListingStatus

PRIORITY_CHOICES = [
    (PreferenceLevel.HAPPY, PreferenceLevel.HAPPY.label),
    (PreferenceLevel.MUST, PreferenceLevel.MUST.label),
]


class RegistrationForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none()
    )
    role = forms.ModelChoiceField(
        label=pgettext_lazy("event participant", "Role"), queryset=None, required=False
    )
    offer = forms.CharField(
        label=_("What we offer"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
    seek = forms.CharField(
        label=_("What we are looking for"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
    content_locale = forms.ChoiceField(label=phrases.WRITTEN_IN, choices=ContentLocale.choices)
    listings = forms.ModelMultipleChoiceField(
        label=_("Linked listings"),
        queryset=Listing.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Your organisation's listings to discuss at the event."),
    )
    sessions = forms.ModelMultipleChoiceField(
        label=_("Sessions you attend"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Meetings are only placed in sessions you attend."),
    )

    def __init__(self, *args, event: Event, user, participant: Participant | None = None, **kw):
        super().__init__(*args, **kw)
        organisations = Organisation.objects.filter(memberships__user=user)
        self.fields["organisation"].queryset = organisations
        self.fields["role"].queryset = event.roles.all()
        self.fields["listings"].queryset = Listing.objects.filter(
            organisation__in=organisations
        ).exclude(status__in=[ListingStatus.CLOSED, ListingStatus.EXPIRED])
        self.fields["sessions"].queryset = event.sessions.all()
        self.fields["sessions"].required = event.sessions.exists()
        if participant is not None:
            del self.fields["organisation"]
            self.organisation_id = participant.organisation_id
        else:
            self.fields["sessions"].initial = list(event.sessions.all())
            if len(only := list(organisations[:2])) == 1:
                # One organisation: nothing to choose, so it is chosen already.
                self.fields["organisation"].initial = only[0].pk
                self.fields["content_locale"].initial = user.language

    def clean(self):
        data = super().clean()
        org = data.get("organisation")
        org_id = org.pk if org else getattr(self, "organisation_id", None)
        foreign = [x for x in data.get("listings") or [] if x.organisation_id != org_id]
        if org_id and foreign:
            self.add_error("listings", _("Link only your own organisation's listings."))
        return data

    def profile_fields(self) -> dict:
        data = self.cleaned_data
        return {name: data[name] for name in ("role", "offer", "seek", "content_locale")}


class RequestForm(forms.Form):
    note = forms.CharField(
        label=phrases.NOTE,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        help_text=_("Say briefly what you would like to discuss."),
    )
    content_locale = forms.ChoiceField(label=phrases.WRITTEN_IN, choices=ContentLocale.choices)
    priority = forms.ChoiceField(
        label=_("How much do you want this meeting?"), choices=PRIORITY_CHOICES
    )


class AcceptForm(forms.Form):
    priority = forms.ChoiceField(
        label=_("How much do you want this meeting?"), choices=PRIORITY_CHOICES
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=phrases.REASON,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        help_text=_("The sender will read this."),
    )


class PreferenceForm(forms.Form):
    level = forms.ChoiceField(label=_("Preference"), choices=PreferenceLevel.choices)


class OutcomeForm(forms.Form):
    result = forms.ChoiceField(
        label=pgettext_lazy("meeting outcome", "Outcome"), choices=OutcomeResult.choices
    )
    notes = forms.CharField(
        label=_("Private notes"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        required=False,
        help_text=_("Only you can read these notes."),
    )
    content_locale = forms.ChoiceField(label=phrases.WRITTEN_IN, choices=ContentLocale.choices)


class MoveForm(forms.Form):
    slot = forms.ModelChoiceField(label=_("Slot"), queryset=Slot.objects.none())
    table = forms.ModelChoiceField(label=_("Table"), queryset=EventTable.objects.none())

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].queryset = event.slots.all()
        self.fields["table"].queryset = event.tables.all()


class ManualMeetingForm(forms.Form):
    """An organiser places a meeting between two admitted participants by hand."""

    one = forms.ModelChoiceField(label=_("Participant A"), queryset=Participant.objects.none())
    other = forms.ModelChoiceField(label=_("Participant B"), queryset=Participant.objects.none())
    slot = forms.ModelChoiceField(label=_("Slot"), queryset=Slot.objects.none())
    table = forms.ModelChoiceField(label=_("Table"), queryset=EventTable.objects.none())

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        people = event.participants.filter(status=ParticipantStatus.APPROVED).select_related(
            "user", "organisation"
        )
        for name in ("one", "other"):
            self.fields[name].queryset = people.order_by("user__full_name", "pk")
        self.fields["slot"].queryset = event.slots.all()
        self.fields["table"].queryset = event.tables.all()


class ScheduleImportForm(forms.Form):
    schedule = forms.FileField(
        label=_("Schedule file (JSON)"),
        help_text=_("A schedule in the exchange format, e.g. from “duijie schedule”."),
    )

    def clean_schedule(self):
        upload = self.cleaned_data["schedule"]
        if upload.size > 20 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        try:
            text = upload.read().decode("utf-8")
            json.loads(text)
        except (UnicodeDecodeError, ValueError):
            raise forms.ValidationError(_("The file is not valid JSON.")) from None
        return text


class CheckinSearchForm(forms.Form):
    q = forms.CharField(label=_("Name, email or organisation"), max_length=100, required=False)
