"""`duijie messages`: extract interface strings into one catalog per area, then fill English.

Each area (matching, events, services, ...) keeps its own catalog in `<area>/locale`, so that
people working on different areas never edit the same .po file; everything else (the
foundation and shared web pages) goes to `duijie/locale`. A file belongs to an area when a
path component or its file name is the area's name, or starts with it and an underscore
(e.g. `web/views/events.py`, `web/forms/events_participation.py`,
`web/templates/web/events/agenda.html`).
"""

from __future__ import annotations

import os
from pathlib import Path

from django.core.management.commands import makemessages

SOURCE_ROOT = Path(__file__).resolve().parents[3]
AREAS = ("matching", "events", "services", "taskforce", "policies", "projects", "dashboard")
LANGUAGES = ("zh_Hans", "en")


def area_of(path: Path) -> str | None:
    """An area owns a path one of whose parts (or the file's stem) is, or starts with, its name
    followed by an underscore: `events/...`, `web/views/events_agenda.py`."""
    names = [*path.parts[:-1], path.stem]
    for area in AREAS:
        if any(name == area or name.startswith(f"{area}_") for name in names):
            return area
    return None


def catalog_dir(path: Path) -> Path:
    area = area_of(path.relative_to(SOURCE_ROOT) if path.is_absolute() else path)
    return SOURCE_ROOT / area / "locale" if area else SOURCE_ROOT / "locale"


def fill_english(locale_dir: Path) -> None:
    """English msgids are the English text; copy them so the catalog counts as complete."""
    import polib

    po_path = locale_dir / "en" / "LC_MESSAGES" / "django.po"
    if not po_path.exists():
        return
    catalog = polib.pofile(str(po_path))
    for entry in catalog:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    catalog.save()


class Command(makemessages.Command):
    help = "Extract translatable strings into per-area catalogs and fill the English catalog."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--area",
            choices=("foundation", *AREAS),
            help="Only this area's catalog (others stay untouched).",
        )

    def handle(self, *args, **options):
        self.area = options.pop("area", None)
        os.chdir(SOURCE_ROOT)
        options.update(locale=list(LANGUAGES), all=False, no_obsolete=True, no_location=False)
        options["ignore_patterns"] = [*options.get("ignore_patterns", []), "migrations/*"]
        for area in (None, *AREAS):
            for language in LANGUAGES:
                base = SOURCE_ROOT / area if area else SOURCE_ROOT
                (base / "locale" / language / "LC_MESSAGES").mkdir(parents=True, exist_ok=True)
        super().handle(*args, **options)
        for directory in {SOURCE_ROOT / "locale", *(SOURCE_ROOT / a / "locale" for a in AREAS)}:
            if self.area is None or self._area_name(directory) == self.area:
                fill_english(directory)

    def find_files(self, root):
        selected = []
        for translatable in super().find_files(root):
            path = Path(translatable.dirpath) / translatable.file
            translatable.locale_dir = str(catalog_dir(path))
            if self.area is None or self._area_name(Path(translatable.locale_dir)) == self.area:
                selected.append(translatable)
        return selected

    @staticmethod
    def _area_name(locale_dir: Path) -> str:
        return "foundation" if locale_dir.parent == SOURCE_ROOT else locale_dir.parent.name
