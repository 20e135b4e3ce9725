"""Model-field validators for organisation identifiers, with translated messages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from duijie.directory.identifiers import validate_uen, validate_uscc

USCC_MESSAGES = {
    "length": _("A unified social credit code has exactly 18 characters."),
    "charset": _(
        "A unified social credit code uses digits and capital letters except I, O, Z, S, V."
    ),
    "check_character": _(
        "This unified social credit code's check character is wrong; please check for a typo."
    ),
    "registration_authority": _(
        "The first character (registration authority) of this code is not in use."
    ),
    "category": _("The second character (organisation category) does not fit the authority."),
    "region": _("Characters 3–8 are not a valid administrative division code."),
    "organisation_code": _("The organisation code inside this credit code is wrong."),
}
UEN_MESSAGES = {
    "format": _(
        "This is not a valid Singapore UEN format (e.g. 53312345A, 201912345K or T08LL0003B)."
    ),
    "length": _("A UEN has 9 or 10 characters."),
    "prefix": _("A UEN of this form starts with T, S or R."),
    "year": _("The year in this UEN is not possible."),
    "entity_type": _("This UEN's entity type code is not one issued by ACRA."),
    "check_character": _("This UEN's check letter is wrong; please check for a typo."),
}


def validate_uscc_field(value: str) -> None:

    error = validate_uscc(value) if value else None
    if error:
        message = USCC_MESSAGES.get(error, _("This unified social credit code is not valid."))
        raise ValidationError(message, code=f"uscc_{error}")


def validate_uen_field(value: str) -> None:

    error = validate_uen(value) if value else None
    if error:
        raise ValidationError(
            UEN_MESSAGES.get(error, _("This UEN is not valid.")), code=f"uen_{error}"
        )
