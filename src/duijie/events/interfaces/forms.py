"""Forms of the events area used by organisers: event details and structure."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.events.domain.events import EVENT_FIELDS
from duijie.events.models import Event

DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME_WIDGET = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class EventForm(forms.ModelForm):
    online_link = forms.URLField(label=_("Online link"), required=False, assume_scheme="https")

    class Meta:
        model = Event
        fields = list(EVENT_FIELDS)
        widgets = {
            "description_zh": forms.Textarea(attrs={"rows": 5}),
            "description_en": forms.Textarea(attrs={"rows": 5}),
            "starts_on": DATE_WIDGET,
            "ends_on": DATE_WIDGET,
            "registration_opens_at": DATETIME_WIDGET,
            "registration_closes_at": DATETIME_WIDGET,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Staff-entered texts are shown to both audiences, so both languages are required.
        for name in ("description_zh", "description_en"):
            self.fields[name].required = True

    def clean(self):
        data = super().clean()
        first, last = data.get("starts_on"), data.get("ends_on")
        if first and last and last < first:
            self.add_error("ends_on", _("The last day cannot be before the first day."))
        opens, closes = data.get("registration_opens_at"), data.get("registration_closes_at")
        if opens and closes and closes <= opens:
            self.add_error("registration_closes_at", _("Registration must close after it opens."))
        if not data.get("venue_zh") and not data.get("venue_en") and not data.get("online_link"):
            self.add_error("venue_zh", _("Give a venue or an online link."))
        return data

    def domain_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in EVENT_FIELDS}


def _combine(day: datetime.date, time: datetime.time) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, time))


class TimeSpanForm(forms.Form):
    """A bilingual name and a time span on one day (sessions and breaks)."""

    name_zh = forms.CharField(label=_("Name (Chinese)"), max_length=120)
    name_en = forms.CharField(label=_("Name (English)"), max_length=120)
    day = forms.DateField(label=_("Day"), widget=DATE_WIDGET)
    starts = forms.TimeField(label=_("Starts"), widget=TIME_WIDGET)
    ends = forms.TimeField(label=_("Ends"), widget=TIME_WIDGET)

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["day"].initial = event.starts_on

    def clean(self):
        data = super().clean()
        day, starts, ends = data.get("day"), data.get("starts"), data.get("ends")
        if starts and ends and ends <= starts:
            self.add_error("ends", _("The end must be after the start."))
        if day and not (self.event.starts_on <= day <= self.event.ends_on):
            self.add_error("day", _("Choose one of the event's days."))
        return data

    def span(self) -> dict:
        data = self.cleaned_data
        return {
            "name_zh": data["name_zh"],
            "name_en": data["name_en"],
            "starts_at": _combine(data["day"], data["starts"]),
            "ends_at": _combine(data["day"], data["ends"]),
        }


class SessionForm(TimeSpanForm):
    has_meetings = forms.BooleanField(
        label=_("1:1 meetings in this session"), required=False, initial=True
    )

    def fields_for_domain(self) -> dict:
        return {**self.span(), "has_meetings": self.cleaned_data["has_meetings"]}


class BreakForm(TimeSpanForm):
    def fields_for_domain(self) -> dict:
        return self.span()


class TablesForm(forms.Form):
    labels = forms.CharField(
        label=_("Tables or rooms"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("One per line, e.g. T01 or Room 301."),
        required=False,
    )
    count = forms.IntegerField(
        label=_("…or number them automatically"),
        min_value=0,
        max_value=1000,
        required=False,
        help_text=_("Creates T01, T02, … and replaces the list above."),
    )

    def clean(self):
        data = super().clean()
        count = data.get("count")
        if count:
            width = max(2, len(str(count)))
            data["table_labels"] = [f"T{i:0{width}d}" for i in range(1, count + 1)]
        else:
            lines = (data.get("labels") or "").splitlines()
            data["table_labels"] = [line.strip()[:40] for line in lines if line.strip()]
        return data


class RoleForm(forms.Form):
    name_zh = forms.CharField(label=_("Role (Chinese)"), max_length=200)
    name_en = forms.CharField(label=_("Role (English)"), max_length=200)


class OrganiserForm(forms.Form):
    email = forms.EmailField(label=_("Email of the co-organiser"))


class QuotaForm(forms.Form):
    max_meetings = forms.IntegerField(
        label=_("Max meetings"),
        min_value=0,
        max_value=100,
        required=False,
        help_text=_("Leave empty to use the event's default."),
    )
