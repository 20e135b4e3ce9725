"""The reply letter as a PDF (reportlab), with an embedded Chinese font."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from duijie.taskforce.core.letter import Letter

FONT_NAME = "WenQuanYiZenHei"
FONT_PATH = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


class ChineseFontMissing(RuntimeError):
    pass


def register_chinese_font(path: Path = FONT_PATH) -> str:
    """Register the CJK font once; a clear error names the package when it is not installed."""
    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
    if not path.exists():
        raise ChineseFontMissing(
            f"The Chinese font {path} is missing: install the Debian package fonts-wqy-zenhei "
            "(scripts/system-deps.sh does it) to produce PDF replies."
        )
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    return FONT_NAME


def _styles(font: str) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=font, fontSize=14, leading=26, wordWrap="CJK", firstLineIndent=28
    )
    return {
        "body": body,
        "plain": ParagraphStyle("plain", parent=body, firstLineIndent=0),
        "small": ParagraphStyle("small", parent=body, firstLineIndent=0, fontSize=12, leading=20),
        "right": ParagraphStyle("right", parent=body, firstLineIndent=0, alignment=TA_RIGHT),
        "title": ParagraphStyle(
            "title", parent=body, firstLineIndent=0, fontSize=20, leading=32, alignment=TA_CENTER
        ),
    }


def _flowables(letter: Letter, styles: dict[str, ParagraphStyle]) -> list:
    def para(text: str, style: str) -> Paragraph:
        return Paragraph(escape(text), styles[style])

    story = [para(line, "small") for line in letter.top_lines]
    story += [para(letter.document_number, "right"), Spacer(1, 8)]
    story += [para(letter.title, "title"), Spacer(1, 12), para(letter.salutation, "plain")]
    for block in letter.paragraphs:
        story += [para(line, "body") for line in block.split("\n") if line.strip()]
    story += [Spacer(1, 24), para(letter.signature, "right"), para(letter.date_line, "right")]
    story += [Spacer(1, 24), para(letter.contact_line, "small")]
    if letter.cc_line:
        story.append(para(letter.cc_line, "small"))
    return story


def render_pdf(letter: Letter) -> bytes:
    """The letter as PDF bytes (A4)."""
    font = register_chinese_font()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        topMargin=3.7 * cm,
        bottomMargin=3.5 * cm,
        leftMargin=2.8 * cm,
        rightMargin=2.6 * cm,
        title=letter.title,
        author=letter.signature,
    )
    document.build(_flowables(letter, _styles(font)))
    return buffer.getvalue()
