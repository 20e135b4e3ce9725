"""The reply letter as a Word document (python-docx), laid out like a Chinese official letter."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from duijie.taskforce.core.letter import Letter

BODY_FONT = "仿宋"  # 仿宋_GB2312 is the standard; Word falls back when it is missing
TITLE_FONT = "宋体"


def _run(paragraph, text: str, *, size: float = 16, bold: bool = False, font: str = BODY_FONT):
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    # East-Asian text takes its font from w:eastAsia, which python-docx does not set itself.
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return run


def _paragraph(document, text: str = "", *, align=None, indent: bool = False, **style):
    paragraph = document.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(32)
    if text:
        _run(paragraph, text, **style)
    return paragraph


def render_docx(letter: Letter) -> bytes:
    """The letter as .docx bytes."""
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    for line in letter.top_lines:
        _paragraph(document, line, size=14)
    _paragraph(document, letter.document_number, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(
        document, letter.title, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, bold=True, font=TITLE_FONT
    )
    _paragraph(document, letter.salutation)
    for block in letter.paragraphs:
        for line in block.split("\n"):
            _paragraph(document, line, indent=True)
    _paragraph(document)
    _paragraph(document, letter.signature, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(document, letter.date_line, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(document)
    _paragraph(document, letter.contact_line, size=14)
    if letter.cc_line:
        _paragraph(document, letter.cc_line, size=14)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
