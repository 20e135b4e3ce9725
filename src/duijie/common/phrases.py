"""Interface words shared by every area, translated once.

Use these where a word means the same everywhere (a search box, a free-text note, the language a
text is written in). Where an area means something else by the same English word, give it a
message context in that area instead (`pgettext_lazy("partnership", "Open")`), so it gets its own
translation in the catalog.
"""

from django.utils.translation import gettext_lazy as _

ALL_KINDS = _("All kinds")
ALL_SECTORS = _("All sectors")
CHANGES_SAVED = _("Changes saved.")
KIND = _("Kind")
NOTE = _("Note")
REASON = _("Reason")
SEARCH = _("Search")
SECTOR = _("Sector")
SECTORS = _("Sectors")
STATUS = _("Status")
WRITTEN_IN = _("Written in")
