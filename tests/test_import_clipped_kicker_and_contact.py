"""A news page clipped to Markdown under its front matter (a web clipper's template): the story's kicker link and date
line over the headline given again, a decorative divider image between the headline and the lede, and a press office's
'Media Contact' box with the site's links closing the page. The kicker, the date line and the headline again are no
sections; the lede is the text, not the divider's caption; the contact box and the links are furniture. Passages of our
own, with near misses."""

from __future__ import annotations

import pytest
from dossier.document import read_report
from dossier.importer import import_text
from imported import body_text, headings

FRONT = (
    '---\ntitle: "Night Ferry Crews Trained for Storm Landings - Orsund Today"\nsource: https://orsund.example/2022/04/05/crews/\n'
    'author: "Mara Lind"\npublished: 2022-04-05\ntags: [clippings]\n---\n'
)
LEDE = "ORSUND — Night ferry crews at Orsund will train for storm landings after two near misses in January.\n"
QUOTE = "\n“Nobody should learn this on a real night,” said Tor Haldane, the harbour master at Orsund.\n"
CONTACT = "\nMedia Contact\n\n**Lise Aune** Harbour Office e: [lise@orsund.example](mailto:lise@orsund.example)\n\nOrsund Today\n\nExplore Latest Articles\n"


def imported(text: str):
    result = import_text(text, "crews.md")
    return result, read_report(result.markdown, "reports/x.md")


@pytest.mark.parametrize(
    "kicker",
    [
        "[Harbour & Sea](https://orsund.example/sea/)\n\nApr 5, 2022\n\n",
        "Apr 5, 2022\n\n",
        "[Harbour & Sea](https://orsund.example/sea/)\n\n",
    ],
)
def test_kicker_and_date_over_the_headline_again_are_no_sections(kicker):
    text = FRONT + kicker + "# Night Ferry Crews Trained for Storm Landings\n\n" + LEDE + QUOTE
    _result, report = imported(text)
    assert report.title == "Night Ferry Crews Trained for Storm Landings"
    assert headings(report) == []
    assert body_text(report).startswith("ORSUND — Night ferry crews")


def test_a_divider_image_takes_no_caption_and_the_media_contact_box_is_furniture():
    text = (
        FRONT
        + "# Night Ferry Crews Trained for Storm Landings\n\n![Two color blue horizontal divider](https://orsund.example/d.svg)\n\n"
        + LEDE
        + QUOTE
        + CONTACT
    )
    result, report = imported(text)
    assert headings(report) == []
    assert ":::{figure}" not in result.markdown
    assert body_text(report).startswith("ORSUND — Night ferry crews")
    assert "Lise Aune" not in result.markdown and "Explore Latest Articles" not in result.markdown
    assert result.dropped["contact box"][0] == "Media Contact"


def test_near_miss_a_photo_keeps_its_caption_and_a_subhead_over_the_headline_again_is_kept():
    photo = "![Crews on the Orsund quay](https://orsund.example/quay.jpg)\n\nCrews on the Orsund quay in March\n\n"
    text = FRONT + "# Night Ferry Crews Trained for Storm Landings\n\n" + photo + LEDE + QUOTE
    result, report = imported(text)
    assert ":::{figure}\n\nCrews on the Orsund quay in March\n:::" in result.markdown
    opening = FRONT + "The crews began on Monday, the office said.\n\n# Night Ferry Crews Trained for Storm Landings\n\n" + LEDE + QUOTE
    _, report = imported(opening)
    assert "The crews began on Monday" in body_text(report)


def test_near_miss_a_contact_box_with_text_after_it_keeps_its_label():
    text = FRONT + LEDE + QUOTE + "\nMedia Contact\n\nLise Aune, lise@orsund.example\n\nThe crews will train again in the autumn.\n"
    _result, report = imported(text)
    assert "Media Contact" in headings(report)


@pytest.mark.parametrize("kicker", ["[Harbour & Sea](https://orsund.example/sea/)\n\nApr 5, 2022\n\n", ""])
def test_the_description_again_under_the_kicker_and_headline_is_the_summary(kicker):
    described = FRONT.replace("tags:", 'description: "Crews spent a week learning to land in high winds"\ntags:')
    text = (
        described
        + kicker
        + "# Night Ferry Crews Trained for Storm Landings\n\n## Crews spent a week learning to land in high winds\n\n"
        + LEDE
        + QUOTE
    )
    result, report = imported(text)
    assert headings(report) == []
    assert "the front matter's description given again" in " ".join(result.inferred)
