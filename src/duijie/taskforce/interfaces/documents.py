"""A reply's formal letter as DOCX and PDF, issued or as a preview of the draft."""

from __future__ import annotations

from duijie.taskforce.core.letter import Letter, build_letter
from duijie.taskforce.domain.replies import letter_input
from duijie.taskforce.interfaces.docx import render_docx
from duijie.taskforce.interfaces.pdf import render_pdf
from duijie.taskforce.models import Reply


def render_documents(letter: Letter) -> tuple[bytes, bytes]:
    """The letter as (DOCX, PDF): what `issue_reply` freezes."""
    return render_docx(letter), render_pdf(letter)


def document_bytes(reply: Reply, kind: str) -> bytes:
    """The stored document of an issued reply, or a freshly rendered preview of a draft."""
    if reply.is_issued:
        return bytes(reply.docx if kind == "docx" else reply.pdf)
    letter = build_letter(letter_input(reply))
    return render_docx(letter) if kind == "docx" else render_pdf(letter)
