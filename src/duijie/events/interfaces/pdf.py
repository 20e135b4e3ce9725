"""Printable bilingual PDFs: a participant's agenda (with check-in QR code) and table plans.

Chinese text needs a CJK font: the WenQuanYi Zen Hei collection from the Debian package
fonts-wqy-zenhei (installed by scripts/system-deps.sh). Without it we stop with a clear
message instead of printing empty boxes.
"""

from __future__ import annotations

import io
from pathlib import Path

import segno
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from duijie.events.domain.agenda import AgendaItem, agenda_items
from duijie.events.domain.queries import event_meetings
from duijie.events.models import Event, Participant

FONT_NAME = "WenQuanYiZenHei"
DEFAULT_FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


class CJKFontMissing(ImproperlyConfigured):
    """The PDF cannot show Chinese without the CJK font."""


def register_font() -> str:
    """Register the CJK font with reportlab once; refuse clearly when it is not installed."""
    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
    path = Path(getattr(settings, "DUIJIE_CJK_FONT", DEFAULT_FONT_PATH))
    if not path.exists():
        raise CJKFontMissing(
            f"The CJK font {path} is missing, so PDFs cannot show Chinese. Install the Debian "
            "package fonts-wqy-zenhei (sudo apt-get install fonts-wqy-zenhei, or run "
            "scripts/system-deps.sh)."
        )
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    return FONT_NAME


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=21),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15),
        "heading": ParagraphStyle("heading", parent=base, fontSize=11, leading=15, keepWithNext=1),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10, textColor=colors.grey
        ),
    }


class QRCode(Flowable):
    """A QR code drawn as vector squares (no image library needed)."""

    def __init__(self, data: str, size: float = 32 * mm):
        super().__init__()
        self.rows = [list(row) for row in segno.make(data, error="m").matrix_iter(border=2)]
        self.size = size
        self.width = self.height = size

    def draw(self):
        cell = self.size / len(self.rows)
        self.canv.setFillColor(colors.black)
        for y, row in enumerate(self.rows):
            for x, dark in enumerate(row):
                if dark:
                    top = self.size - (y + 1) * cell
                    self.canv.rect(x * cell, top, cell, cell, stroke=0, fill=1)


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _both(zh: str, en: str) -> str:
    parts = [p for p in (zh, en) if p]
    return " / ".join(dict.fromkeys(_escape(p) for p in parts))


def _days(event: Event) -> str:
    if event.ends_on == event.starts_on:
        return f"{event.starts_on:%Y-%m-%d}"
    return f"{event.starts_on:%Y-%m-%d} – {event.ends_on:%Y-%m-%d}"


def _time(item_start, item_end) -> str:
    start, end = timezone.localtime(item_start), timezone.localtime(item_end)
    return f"{start:%m-%d %H:%M}–{end:%H:%M}"


def _render(flowables: list, title: str) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
    )
    try:
        document.build(flowables)
    except LayoutError as error:  # a cell too large for a page: say so rather than crash blindly
        raise ValueError(f"PDF layout failed: {error}") from error
    return buffer.getvalue()


def _grid(rows: list[list], widths: list[float], font: str) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f1f6")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8c4cf")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _agenda_row(item: AgendaItem, style) -> list:
    if item.meeting is not None:
        other = item.counterpart
        org = other.organisation
        text = f"{_escape(other.user.full_name)}<br/>{_both(org.name_zh, org.name_en)}"
        return [
            _time(item.starts_at, item.ends_at),
            item.meeting.table.label,
            Paragraph(text, style),
        ]
    named = item.session or item.pause
    return [
        _time(item.starts_at, item.ends_at),
        "",
        Paragraph(_both(named.name_zh, named.name_en), style),
    ]


def agenda_pdf(participant: Participant, *, checkin_url: str) -> bytes:
    """The participant's printable agenda in both languages, with the check-in QR code."""
    font = register_font()
    styles = _styles(font)
    event = participant.event
    org = participant.organisation
    header = [
        Paragraph(f"{_escape(event.name_zh)}<br/>{_escape(event.name_en)}", styles["title"]),
        Paragraph(f"{_days(event)} · {_both(event.venue_zh, event.venue_en)}", styles["base"]),
        Spacer(1, 3 * mm),
        Paragraph(
            f"个人日程 Personal agenda: {_escape(participant.user.full_name)}", styles["subtitle"]
        ),
        Paragraph(_both(org.name_zh, org.name_en), styles["base"]),
    ]
    top = Table([[header, QRCode(checkin_url)]], colWidths=[140 * mm, 38 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    rows = [["时间 Time", "桌号 Table", "安排 Programme"]]
    rows += [_agenda_row(item, styles["base"]) for item in agenda_items(participant)]
    flowables = [
        top,
        Paragraph("签到时请出示二维码 · Show the QR code at check-in", styles["small"]),
        Spacer(1, 4 * mm),
        _grid(rows, [34 * mm, 24 * mm, 120 * mm], font),
    ]
    return _render(flowables, f"{event.name_en} – {participant.user.full_name}")


def table_plan_pdf(event: Event) -> bytes:
    """Every slot's meetings by table, for the organisers' desk and the room signs."""
    font = register_font()
    styles = _styles(font)
    flowables = [
        Paragraph(f"{_escape(event.name_zh)}<br/>{_escape(event.name_en)}", styles["title"]),
        Paragraph("桌位安排 Table plan", styles["subtitle"]),
        Spacer(1, 4 * mm),
    ]
    by_slot: dict = {}
    for meeting in event_meetings(event).order_by("slot__starts_at", "table__position"):
        by_slot.setdefault(meeting.slot, []).append(meeting)
    for slot, meetings in by_slot.items():
        flowables.append(Paragraph(_time(slot.starts_at, slot.ends_at), styles["heading"]))
        rows = [["桌号 Table", "参会方 A", "参会方 B"]]
        rows += [[m.table.label, _side(m.a, styles), _side(m.b, styles)] for m in meetings]
        flowables += [_grid(rows, [24 * mm, 77 * mm, 77 * mm], font), Spacer(1, 4 * mm)]
    if not by_slot:
        flowables.append(Paragraph("尚无会谈安排 · No meetings scheduled yet", styles["base"]))
    return _render(flowables, f"{event.name_en} – table plan")


def _side(participant: Participant, styles) -> Paragraph:
    org = participant.organisation
    text = f"{_escape(participant.user.full_name)}<br/>{_both(org.name_zh, org.name_en)}"
    return Paragraph(text, styles["base"])
