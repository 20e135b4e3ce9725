"""The requester's satisfaction rating: after closing, once."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.services.domain.history import lock_request, record_request_event
from duijie.services.models import ConsultingRequest, SatisfactionRating


def rate_request(
    consulting_request: ConsultingRequest, *, actor, score: int, comment: str = ""
) -> SatisfactionRating:
    """Record how satisfied the requester was with a closed request."""
    if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
        raise DomainError(_("Choose a rating from 1 to 5."), code="score")
    try:
        with transaction.atomic():
            locked = lock_request(consulting_request)
            require(actor, "services.rate_request", locked)
            if SatisfactionRating.objects.filter(request=locked).exists():
                raise DomainError(_("You have already rated this request."), code="rated")
            rating = SatisfactionRating.objects.create(
                request=locked, score=score, comment=(comment or "").strip()
            )
            record_request_event(locked, "rated", actor=actor, from_status=locked.status)
    except IntegrityError:  # a parallel submission won the one-to-one race
        raise DomainError(_("You have already rated this request."), code="rated") from None
    return rating
