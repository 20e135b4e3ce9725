"""Bilingual text as it appears in rule files, fact definitions and results."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class Label:
    """One piece of text in Chinese and English; both are required so no page shows a gap."""

    zh: str
    en: str

    def get(self, language: str) -> str:
        """The text in `language`, falling back to English for any language we do not carry."""
        return self.zh if language.startswith("zh") else self.en

    def as_dict(self) -> dict[str, str]:
        return {"zh": self.zh, "en": self.en}
