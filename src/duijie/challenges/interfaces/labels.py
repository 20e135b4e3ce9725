"""How a challenge's facts read on pages and in the API: reward, eligibility, applicant name."""

from __future__ import annotations

from django.utils.translation import gettext as _

from duijie.challenges.models import Application, Challenge
from duijie.directory.models import Country, OrgType


def reward_text(challenge: Challenge) -> str:
    parts = []
    if challenge.reward_amount:
        parts.append(f"{challenge.reward_currency} {challenge.reward_amount:,}")
    if challenge.reward_in_kind:
        parts.append(challenge.reward_in_kind)
    return " + ".join(parts) or "—"


def eligibility_text(challenge: Challenge) -> str:
    countries = [str(Country(c).label) for c in challenge.eligible_countries if c in Country.values]
    types = [str(OrgType(t).label) for t in challenge.eligible_org_types if t in OrgType.values]
    trl = ""
    if challenge.trl_min or challenge.trl_max:
        trl = _("TRL %(low)s–%(high)s") % {
            "low": challenge.trl_min or 1,
            "high": challenge.trl_max or 9,
        }
    parts = [
        "、".join(countries) or _("any country"),
        "、".join(types) or _("any type of organisation"),
    ]
    return " · ".join(parts + ([trl] if trl else []))


def applicant_label(application: Application, *, hidden: bool) -> str:
    """The applicant's name, or a neutral reference when the review is blind."""
    if hidden:
        return _("Application %(ref)s") % {"ref": f"A-{application.pk:04d}"}
    return application.organisation.name
