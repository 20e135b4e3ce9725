"""Translated sentences for the reasons the pure site–project scoring returns."""

from __future__ import annotations

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from duijie.common.core.formatting import join_list
from duijie.directory.models import Sector
from duijie.projects.core.matching import Reason, SiteScore
from duijie.projects.models import SpaceType


def _money(value) -> str:
    return f"{value:.2f}"


def reason_text(reason: Reason, sector_names: dict[str, str]) -> str:
    values = reason.values
    texts = {
        "area_unknown": lambda: _("Area not stated on one side."),
        "area_fits": lambda: (
            _("%(available)s m² available for %(need)s m² needed.")
            % {"available": values[0], "need": values[1]}
        ),
        "area_short": lambda: (
            _("Only %(available)s m² available for %(need)s m² needed.")
            % {"available": values[0], "need": values[1]}
        ),
        "area_too_small": lambda: (
            _("Too small: %(available)s m² for %(need)s m² needed.")
            % {"available": values[0], "need": values[1]}
        ),
        "type_fits": lambda: _("Offers %(type)s space.") % {"type": SpaceType(values[0]).label},
        "type_missing": lambda: _("No %(type)s space.") % {"type": SpaceType(values[0]).label},
        "sector_open": lambda: _("Open to every sector."),
        "sector_fits": lambda: (
            _("Suited to %(sectors)s.")
            % {
                "sectors": join_list(
                    (sector_names.get(code, code) for code in values), get_language() or "en"
                )
            }
        ),
        "sector_mismatch": lambda: _("Aimed at other sectors."),
        "budget_unknown": lambda: _("Rent or budget not stated."),
        "budget_fits": lambda: (
            _("Rent %(low)s–%(high)s within the budget of %(budget)s.")
            % {"low": _money(values[0]), "high": _money(values[1]), "budget": _money(values[2])}
        ),
        "budget_partly": lambda: (
            _("Rent %(low)s–%(high)s partly above the budget of %(budget)s.")
            % {"low": _money(values[0]), "high": _money(values[1]), "budget": _money(values[2])}
        ),
        "budget_slightly_over": lambda: (
            _("Rent from %(low)s slightly above the budget of %(budget)s.")
            % {"low": _money(values[0]), "budget": _money(values[1])}
        ),
        "budget_over": lambda: (
            _("Rent from %(low)s above the budget of %(budget)s.")
            % {"low": _money(values[0]), "budget": _money(values[1])}
        ),
    }
    return texts[reason.code]()


def explain(score: SiteScore) -> list[tuple[str, float, str]]:
    """(part, score 0–1, sentence) for each part of a score, in the reader's language."""
    names = {sector.code: sector.name for sector in Sector.objects.all()}
    return [(r.part, score.parts[r.part], reason_text(r, names)) for r in score.reasons]


def with_explanations(pairs: list) -> list[dict]:
    """(object, score) pairs as dicts the templates read."""
    return [{"obj": obj, "score": score, "reasons": explain(score)} for obj, score in pairs]
