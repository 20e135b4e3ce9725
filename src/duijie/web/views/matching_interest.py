"""Pages of the mutual-interest flow: express, answer, consent, see contacts."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from duijie.matching.domain import interest as interest_domain
from duijie.matching.interfaces.forms import DeclineForm, InterestForm
from duijie.matching.models import Interest, InterestStatus
from duijie.web.views.conversations import conversation_context, post_from_page
from duijie.web.views.helpers import run_domain
from duijie.web.views.listings import get_readable_listing


def _refuse_before_the_form(request, listing):
    """Say why no interest can be expressed (an open one already exists) before any typing."""
    existing = interest_domain.open_interest_of(listing, request.user)
    if existing is not None:
        messages.info(request, _("Your organisation has already expressed interest."))
        return redirect("web:interest_detail", interest_id=existing.pk)
    messages.error(request, _("You cannot express interest in this listing."))
    return redirect("web:listing_detail", listing_id=listing.pk)


@login_required
def interest_create(request, listing_id: int):
    listing = get_readable_listing(request, listing_id)
    if not request.user.has_perm("matching.express_interest", listing):
        return _refuse_before_the_form(request, listing)
    # A matches page passes the user's own listing it was matched from.
    initial = {"from_listing": request.GET.get("from")} if request.GET.get("from") else {}
    form = InterestForm(request.POST or None, user=request.user, listing=listing, initial=initial)
    if request.method == "POST" and form.is_valid():
        interest = run_domain(
            request,
            interest_domain.express_interest,
            listing,
            actor=request.user,
            organisation=form.cleaned_data["organisation"],
            from_listing=form.cleaned_data["from_listing"],
            message=form.cleaned_data["message"],
            answers=form.answers(),
            success=_("Sent. You will hear when they answer."),
        )
        if interest is not None:
            return redirect("web:interest_detail", interest_id=interest.pk)
    return render(request, "web/matching/interest_form.html", {"form": form, "listing": listing})


def _interest_for(request, interest_id: int) -> Interest:
    interest = get_object_or_404(
        Interest.objects.select_related("listing__organisation", "from_organisation"),
        pk=interest_id,
    )
    if not request.user.has_perm("matching.view_interest", interest):
        raise Http404
    return interest


@login_required
def interest_list(request):
    org_ids = request.user.memberships.values_list("organisation_id", flat=True)
    interests = Interest.objects.filter(
        Q(from_organisation_id__in=org_ids) | Q(listing__organisation_id__in=org_ids)
    ).select_related("listing", "from_organisation")
    context = {"interests": interests, "org_ids": set(org_ids)}
    return render(request, "web/matching/interest_list.html", context)


@login_required
def interest_detail(request, interest_id: int):
    interest = _interest_for(request, interest_id)
    user = request.user
    form = None
    if request.method == "POST":
        form = post_from_page(request, interest)
        if form is None:
            return redirect(reverse("web:interest_detail", args=[interest.pk]) + "#conversation")
    context = {
        "interest": interest,
        "can_answer": user.has_perm("matching.answer_interest", interest)
        and interest.status == InterestStatus.PENDING,
        "can_withdraw": user.has_perm("matching.withdraw_interest", interest)
        and interest.status == InterestStatus.PENDING,
        "is_contact_person": user in interest_domain.contact_persons(interest),
        "can_consent": user.has_perm("matching.consent_contacts", interest),
        "can_withdraw_consent": user.has_perm("matching.withdraw_consent", interest),
        "exchanged": interest.contacts_exchanged_at is not None,
        "contacts": interest_domain.reveal_contacts(interest, actor=user),
        "decline_form": DeclineForm(),
    }
    context.update(conversation_context(request, interest, form))
    return render(request, "web/matching/interest_detail.html", context)


def _interest_action(action, success):
    """A POST-only view that runs one domain action on an interest and returns to its page."""

    @login_required
    @require_POST
    def view(request, interest_id: int):
        interest = _interest_for(request, interest_id)
        run_domain(request, action, interest, actor=request.user, success=success)
        return redirect("web:interest_detail", interest_id=interest.pk)

    return view


interest_accept = _interest_action(
    interest_domain.accept_interest,
    gettext_lazy("Accepted. Agree to share your contact details to start the conversation."),
)
interest_withdraw = _interest_action(interest_domain.withdraw_interest, gettext_lazy("Withdrawn."))
interest_consent = _interest_action(
    interest_domain.give_contact_consent,
    gettext_lazy(
        "Thank you. Your details will be shown once the other side's contact person agrees too."
    ),
)
interest_consent_withdraw = _interest_action(
    interest_domain.withdraw_contact_consent,
    gettext_lazy("Your contact details are no longer shown to the other side."),
)


@login_required
@require_POST
def interest_decline(request, interest_id: int):
    interest = _interest_for(request, interest_id)
    form = DeclineForm(request.POST)
    if form.is_valid():
        run_domain(
            request,
            interest_domain.decline_interest,
            interest,
            actor=request.user,
            success=_("Declined. We will not suggest this pair again."),
            **form.cleaned_data,
        )
    else:
        messages.error(request, _("Choose a reason for declining."))
    return redirect("web:interest_detail", interest_id=interest.pk)
