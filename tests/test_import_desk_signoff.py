"""A wire story's desk sign-off: the agencies it drew on and the editors' initials ("Source: CNA/hm(cy)", "Source:
Reuters/ec", "Source: AGENCIES") close the story as a news site publishes it, saved or copied: furniture, never its last
paragraph. Passages of our own, with the near misses of a chart's or a paragraph's own "Source:"."""

from __future__ import annotations

from dossier.furniture import furniture_kind
from imported import body_text, built
from saved_page_passages import LONG, read
from saved_page_passages import body_text as saved_text


def test_a_desk_sign_off_is_furniture_in_any_of_its_forms():
    for line in ("Source: CNA/hm(cy)", "Source: Reuters/ec", "Source: Bloomberg/AFP/nh", "Source: AGENCIES", "Source: Kyodo/ja(mn)"):
        assert furniture_kind(line) == "desk sign-off", line


def test_near_miss_a_charts_or_a_stories_own_source_line_is_no_sign_off():
    for line in ("Source: Reuters", "Source: World Bank", "Source: IMF/staff estimates", "Source: ministry data/ab", "Source: Agencies"):
        assert furniture_kind(line) != "desk sign-off", line


def test_a_saved_pages_sign_off_is_left_out_of_the_story():
    saved = read(f"<article><h1>Harbour levy to rise</h1><p>{LONG}</p><p>{LONG} Then it rained.</p><p>Source: CNA/av(mn)</p></article>")
    assert "Source:" not in saved_text(saved) and saved_text(saved).endswith("Then it rained.")


def test_a_copied_storys_sign_off_is_left_out():
    text = f"Harbour levy to rise\n\nMarch 3, 2024\n\n{LONG}\n\nThe board chair said the charge had been held for six years.\n\nSource: Reuters/ec\n"
    result, report = built(text)
    assert body_text(report).endswith("held for six years.") and result.dropped["desk sign-off"] == ["Source: Reuters/ec"]
