from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common import phrases
from duijie.directory.models import User
from duijie.listings.models import Listing, ListingStatus, PartnershipType
from duijie.matching.domain.interest import free_organisations
from duijie.matching.models import DeclineReason, Outcome

TIMELINES = [
    ("", _("Not sure yet")),
    ("3m", _("Within 3 months")),
    ("12m", _("3 to 12 months")),
    ("later", _("Later than 12 months")),
]


class InterestForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("On behalf of"), queryset=None)
    from_listing = forms.ModelChoiceField(
        label=_("Related listing of yours"), queryset=None, required=False
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Say who you are and what you would like to discuss. No contact details yet."),
    )
    timeline = forms.ChoiceField(
        label=_("When would you start?"), choices=TIMELINES, required=False
    )
    partnership = forms.ChoiceField(
        label=_("Preferred form of partnership"),
        # "Open" here means open to any form, not an open (running) case.
        choices=[("", pgettext_lazy("partnership", "Open"))] + PartnershipType.choices,
        required=False,
    )
    budget_confirmed = forms.BooleanField(label=_("A budget is available"), required=False)

    def __init__(self, *args, user, listing=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Only organisations that may still speak: never the listing's own, none already open.
        orgs = free_organisations(listing, user) if listing else user.organisations.all()
        self.fields["organisation"].queryset = orgs
        self.fields["from_listing"].queryset = Listing.objects.filter(
            organisation__in=orgs, status=ListingStatus.PUBLISHED
        )
        if orgs.count() == 1:
            self.initial["organisation"] = orgs.first().pk

    def clean(self):
        data = super().clean()
        own, org = data.get("from_listing"), data.get("organisation")
        if own and org and own.organisation_id != org.pk:
            self.add_error("from_listing", _("Choose a listing of the organisation you speak for."))
        return data

    def answers(self) -> dict:
        return {
            key: self.cleaned_data[key] for key in ("timeline", "partnership", "budget_confirmed")
        }


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(label=phrases.REASON, choices=DeclineReason.choices)
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RecommendForm(forms.Form):
    note = forms.CharField(
        label=_("Note to both parties"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class FollowUpForm(forms.Form):
    note = forms.CharField(
        label=phrases.NOTE, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Outcome.choices)
    next_step_on = forms.DateField(
        label=_("Next step on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class AssignBrokerForm(forms.Form):
    broker = forms.ModelChoiceField(label=_("Broker"), queryset=None)

    def __init__(self, *args, **kwargs):

        super().__init__(*args, **kwargs)
        self.fields["broker"].queryset = User.objects.filter(is_broker=True, is_active=True)
