"""Emails to users, each rendered in the recipient's own language."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from duijie.common.i18n import normalise_language


def email_user(user, *, subject_template: str, body_template: str, context: dict) -> int:
    """Send one plain-text email in `user.language`; templates are rendered in that language."""
    if not user.email or not user.is_active:
        return 0
    with translation.override(normalise_language(user.language)):
        full_context = {"user": user, "site_url": settings.SITE_URL, **context}
        subject = render_to_string(subject_template, full_context).strip().splitlines()[0]
        body = render_to_string(body_template, full_context)
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def email_users(users: Iterable, **kwargs) -> int:
    """Send the same message to several users, each in their own language."""
    return sum(email_user(user, **kwargs) for user in users)
