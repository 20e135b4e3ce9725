"""Accounts: registration and personal settings."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.i18n import normalise_language
from duijie.directory.models import User


def register_user(*, email: str, full_name: str, password: str, language: str) -> User:
    """Create an account; the password was validated by the form."""
    email = email.strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        raise DomainError(_("An account with this email address already exists."), code="email")
    with transaction.atomic():
        user = User.objects.create_user(
            email=email,
            password=password,
            full_name=full_name.strip(),
            language=normalise_language(language),
        )
        record_event(user, "user.registered", actor=user)
    return user


def set_user_language(user: User, *, actor, language: str) -> User:
    """Remember the interface language a signed-in user chose."""
    user.language = normalise_language(language)
    user.save(update_fields=["language"])
    return user


def update_profile(user: User, *, actor, full_name: str, phone: str, language: str) -> User:
    """Change a user's own name, phone and language."""
    user.full_name = full_name.strip()
    user.phone = phone.strip()
    user.language = normalise_language(language)
    user.save(update_fields=["full_name", "phone", "language"])
    record_event(user, "user.profile_changed", actor=actor)
    return user


def change_password(user: User, *, actor, old_password: str, new_password: str) -> User:
    """A user's own new password, after the current one is confirmed (validators already ran)."""
    if actor is None or actor.pk != user.pk:
        raise PermissionDenied()
    if not user.check_password(old_password):
        raise DomainError(_("Your current password was entered incorrectly."), code="password")
    with transaction.atomic():
        user.set_password(new_password)
        user.save(update_fields=["password"])
        # The event never holds the password, only that it changed.
        record_event(user, "user.password_changed", actor=actor)
    return user
