"""Which models have language versions, and which of their fields a version holds."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from duijie.common.errors import DomainError


@dataclass(frozen=True)
class FieldSpec:
    """One versioned field: its name on the original, its length cap, and if it is required."""

    name: str
    max_length: int
    required: bool = True


# "app_label.model" → the fields a version of it holds, in the order forms show them.
VERSIONED: dict[str, tuple[FieldSpec, ...]] = {
    "listings.listing": (
        FieldSpec("title", 200),
        FieldSpec("summary", 300, required=False),
        FieldSpec("description", 10000),
    ),
    "directory.organisation": (FieldSpec("profile", 5000),),
    "projects.carriersite": (FieldSpec("description", 5000),),
    "events.participant": (
        FieldSpec("offer", 2000, required=False),
        FieldSpec("seek", 2000, required=False),
    ),
}


def model_key(obj: Model) -> str:
    return obj._meta.label_lower


def is_versioned(obj: Model) -> bool:
    return model_key(obj) in VERSIONED


def field_specs(obj: Model) -> tuple[FieldSpec, ...]:
    """The versioned fields of `obj`'s model; refuses models without language versions."""
    try:
        return VERSIONED[model_key(obj)]
    except KeyError:
        message = _("This kind of content has no language versions.")
        raise DomainError(message, code="unversioned") from None


def field_names(obj: Model) -> tuple[str, ...]:
    return tuple(spec.name for spec in field_specs(obj))
