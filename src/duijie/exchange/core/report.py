"""The import report: per row what would happen (or happened) and every error's column."""

from __future__ import annotations

from dataclasses import dataclass, field

CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"


@dataclass
class RowResult:
    number: int
    source_id: str = ""
    outcome: str = ""
    errors: list[tuple[str, str]] = field(default_factory=list)
    # What the domain writes for a valid row (cleaned values, sector codes, versions, …).
    values: dict = field(default_factory=dict)

    def fail(self, column: str, message: str) -> None:
        self.errors.append((column, str(message)))
        self.outcome = ERROR


@dataclass
class Report:
    rows: list[RowResult] = field(default_factory=list)
    written: bool = False

    @property
    def errors(self) -> list[RowResult]:
        return [row for row in self.rows if row.errors]

    def counts(self) -> dict[str, int]:
        found = {CREATE: 0, UPDATE: 0, UNCHANGED: 0, ERROR: 0}
        for row in self.rows:
            found[row.outcome] = found.get(row.outcome, 0) + 1
        return found

    def lines(self) -> list[str]:
        """The report as text lines: one per row, then one per error."""
        out = []
        for row in self.rows:
            out.append(f"{row.number}\t{row.source_id}\t{row.outcome}")
            out.extend(f"{row.number}\t{column}\t{message}" for column, message in row.errors)
        return out
