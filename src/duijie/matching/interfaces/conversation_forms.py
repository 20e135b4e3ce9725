"""Forms of the conversations on interests and meeting requests (also bound by the API)."""

from __future__ import annotations

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from duijie.common.errors import DomainError
from duijie.matching.domain.conversations import MAX_FILES_PER_MESSAGE, check_message
from duijie.matching.models.conversations import MAX_MESSAGE_LENGTH
from duijie.services.interfaces.forms import AttachmentsField


def _files_help() -> str:
    return gettext(
        "PDF, Word (.docx), Excel (.xlsx), PNG or JPEG; up to 10 MB each, %(count)d files."
    ) % {"count": MAX_FILES_PER_MESSAGE}


class MessageFilesField(AttachmentsField):
    """Up to three checked files (by content, not name) sent with one message."""

    def __init__(self, *args, **kwargs):
        # Lazy, so the help is in the reader's language rather than the one at import time.
        kwargs.setdefault("help_text", lazy(_files_help, str)())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        try:
            check_message("-", files)
        except DomainError as error:
            raise forms.ValidationError(error.message, code=error.code) from None
        return files


class MessageForm(forms.Form):
    body = forms.CharField(
        label=pgettext_lazy("conversation", "Message"),
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    files = MessageFilesField(label=_("Files"))


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong?"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )
