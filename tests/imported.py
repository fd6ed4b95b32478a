"""A passage imported as a user's plain-text export and read as a report: what the import rule tests look at."""

from __future__ import annotations

from dossier.document import read_report
from dossier.importer import import_text

PROSE = "The minister spoke at length about the borders of the region and the corridor, as the agencies reported that week"


def built(text: str):
    result = import_text(text, "export.txt")
    return result, read_report(result.markdown, "reports/x.md")


def headings(report) -> list[str]:
    return [s.title for s in report.chapters] + [h.title for s in report.sections for h in s.subheadings]


def body_text(report) -> str:
    return "\n".join(p.text for s in report.sections for p in s.paragraphs)
