"""The importer's stages read a text in time linear in its length: each counts its work (lines stripped) on texts of
n and 4n units, and the work grows four times, not sixteen. Passages of our own."""

from __future__ import annotations

from dossier.furniture import site_lists_after_story
from dossier.importunits import Unit


class CountedText(str):
    """A unit's text that counts how often it is stripped: every stage reads a line through strip() first."""

    strips = 0

    def strip(self, chars: str | None = None) -> str:
        CountedText.strips += 1
        return str.strip(self, chars)


def strips_of(texts: list[str]) -> int:
    units = [Unit(at + 1, CountedText(text)) for at, text in enumerate(texts)]
    CountedText.strips = 0
    site_lists_after_story(units, 0)
    return CountedText.strips


def finished_paragraphs(n: int) -> list[str]:
    return [
        f"The harbour board of Velmora met on day {at} and agreed, after a long and quarrelsome evening, to dredge the eastern "
        "channel again before the autumn storms closed the quay to the grain barges and the ferries from Kestel."
        for at in range(n)
    ]


def short_lines_over_a_sentence(n: int) -> list[str]:
    """A story, then short lines (a list, a menu?) over a sentence, then a footer's ten links and a copyright line: a
    footer could begin at every short line, and none does (the sentence is no footer's)."""
    links = ["Ombry Docks", "Tarnwick", "Kestel Ferries", "Weather", "Contact", "Jobs", "Archive", "Events", "Puzzles", "Apps"]
    return finished_paragraphs(3) + [f"Kestel Quay {at}" for at in range(n)] + ["The ferries sailed at dawn."] + links + ["© 2024 Velmora Post"]


def test_a_long_story_is_read_for_site_lists_in_linear_work():
    small, large = strips_of(finished_paragraphs(200)), strips_of(finished_paragraphs(800))
    assert large <= 5 * small


def test_short_lines_over_a_sentence_are_read_for_footer_menus_in_linear_work():
    small, large = strips_of(short_lines_over_a_sentence(200)), strips_of(short_lines_over_a_sentence(800))
    assert large <= 5 * small


def test_a_footer_under_the_story_is_still_the_sites():
    """The near miss of the counting: ten short links to the copyright line are the footer's, from the first link."""
    links = ["Ombry Docks", "Tarnwick", "Kestel Ferries", "Weather", "Contact", "Jobs", "Archive", "Events", "Puzzles", "Apps"]
    units = [Unit(at + 1, text) for at, text in enumerate([*finished_paragraphs(3), "", *links, "© 2024 Velmora Post"])]
    assert site_lists_after_story(units, 0) == {at: "site's footer menus" for at in range(3, len(units))}
