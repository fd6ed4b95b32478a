"""A reference list's entry whose author's name opens on a particle in lower case ('van Leer, A. (1995).', 'du Mont, Th.
K. (2007).') under an entry ending on its address (no stop): a new entry, never the sentence the one above goes on with.
Passages of our own."""

from __future__ import annotations

from imported import PROSE, built

TOP = f"Why the River Towns Keep Their Guilds\n\nIntroduction\n\n{PROSE}.\n\n{PROSE}, again.\n\nReferences\n\n"
FIRST = "Halvers, T. (2009). The River Towns: Guilds, Quays and the Long Reform. Portville University Press. https://example.org/halvers-river-towns"


def paragraphs(report) -> list[str]:
    return [p.text for s in report.sections for p in s.paragraphs]


def test_an_entry_opening_on_a_particle_is_an_entry_of_its_own():
    for second in (
        "van Leer, A. (1995). Guilds and Harbours. Journal of River Studies, 4(2), 11–30.",
        "du Mont, Th. K. (2007). Lanterns on the Quay. Portville: Ferry Books.",
        "van der Wal, A. B., & Roe, J. (2011). Harbour Dues. Portville: Quay Books.",
        "ter Horst, K. (2003a). Ferries. Harbour Review, 2, 1–9.",
    ):
        _, report = built(TOP + FIRST + "\n\n" + second + "\n")
        found = paragraphs(report)
        assert FIRST in found and second in found, second


def test_a_sentence_going_on_with_a_name_in_lower_case_is_still_joined():
    """Near miss: a paragraph cut mid-sentence over one that opens on a particle and goes on as prose."""
    cut = f"{PROSE}, and the guild's history was written down in the nineteen-nineties by the harbour's archivist Anton"
    _, report = built(TOP.split("References")[0] + cut + "\n\nvan Leer, who kept the ledgers of the old quays for forty years.\n")
    assert any(p.endswith("Anton van Leer, who kept the ledgers of the old quays for forty years.") for p in paragraphs(report))
