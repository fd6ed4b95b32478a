"""A newsletter digest sent as plain text: its numbered items' lines ('1 big thing: Ferries go electric', '2. Rents keep
rising', '3. Worthy of your time') head its sections, a picture's caption or credit between a line and its prose too; its
reading list ('Why bridges rust (Ann Lee — Tide News)', a link a line) stays a list of lines, no headlines."""

from __future__ import annotations

from dossier.importer import import_text

TOP = ["Harbour Weekly", "Jan 18, 2019", "Jane Roe", "Welcome back to Harbour Weekly. Thanks for subscribing."]
FIRST = ["1 big thing: Ferries go electric", "The council voted on Tuesday to fund two electric ferries for the eastern crossing."]
SECOND = ["2. Rents keep rising", "Rents in the old town rose 4% this year, the third rise in a row, the housing office says."]
THIRD = ["3. Worthy of your time", "Why bridges rust (Ann Lee — Tide News)", "The tram comes back (Rui Costa — Harbour Post)"]
THIRD += ["What the tide tables always miss (Ivo Brandt — Coast Review)", "A century of ferries on the eastern crossing (The Harbour Ledger)"]


def imported(lines: list[str]) -> tuple[str, str]:
    result = import_text("\n\n".join(lines) + "\n", "digest.txt")
    return result.markdown.split("+++")[-1], "\n".join(result.summary)


def test_the_numbered_items_head_the_sections() -> None:
    body, summary = imported(TOP + FIRST + SECOND + THIRD + ["Jane Roe"])
    assert "## 1 big thing: Ferries go electric" in body
    assert "## 2\\. Rents keep rising" in body and "## 3\\. Worthy of your time" in body
    assert "sections: 3 top-level" in summary


def test_a_picture_between_the_item_line_and_its_prose() -> None:
    first = [FIRST[0], "Illustration: Tom Eyre/Harbour Weekly", FIRST[1]]
    second = [SECOND[0], "The old town from the quay. Photo: Ann Lee/Harbour Weekly", SECOND[1]]
    third = [THIRD[0], "Illustration: Tom Eyre/Harbour Weekly", *THIRD[1:]]
    body, _ = imported(TOP + first + second + third)
    assert "## 1 big thing: Ferries go electric" in body and "## 2\\. Rents keep rising" in body and "## 3\\. Worthy of your time" in body


def test_the_reading_list_is_no_run_of_headlines() -> None:
    body, _ = imported(TOP + FIRST + SECOND + THIRD + ["4. One more thing", "The ferry museum opens its doors again on Saturday, after two years."])
    assert "## What the tide tables" not in body and "## The tram comes back" not in body
    assert "What the tide tables always miss (Ivo Brandt — Coast Review)" in body


def test_a_figure_opening_a_line_is_no_first_item() -> None:
    """'1 in 5 …' with no '2.' counting on after it: the text's line."""
    lines = [*TOP, "1 in 5 ferries now runs on batteries", "The council voted on Tuesday to fund two electric ferries for the eastern crossing."]
    body, _ = imported([*lines, "The port said the first ferry would sail in the spring, and the second a year later."])
    assert "## 1 in 5" not in body


PROSE = "The survey office asked two thousand households across the old town over the winter and found rents rising faster than wages."


def test_a_figure_line_inside_the_first_section_leaves_the_numbered_sections() -> None:
    """'1 in 4 renters …' over prose inside section '1. Who rents': a stopped '1.' stands before it, the sections stay."""
    lines = ["Rents in Harbourton", "By Mira Holt", "Jan 18, 2019", "1. Who rents", PROSE, "1 in 4 renters pay half their income on rent"]
    lines += ["That share has doubled in ten years, the office said, and it is highest among young families by the quay."]
    lines += ["2. What they pay", PROSE, "3. What comes next", PROSE]
    body, _ = imported(lines)
    assert "## 1\\. Who rents" in body and "## 2\\. What they pay" in body and "## 3\\. What comes next" in body


def test_a_figure_line_over_numbered_sections_is_no_first_item() -> None:
    """'1 in 4 renters …' first, '2. …' to '4. …' after it: no colon after a few words, not the newsletter's first item."""
    lines = ["Rents in Harbourton", "By Mira Holt", "Jan 18, 2019", "1 in 4 renters pay half their income on rent", PROSE]
    lines += ["2. What they pay", PROSE, "3. What comes next", PROSE, "4. What the council says", PROSE]
    body, _ = imported(lines)
    assert "## 1 in 4" not in body and "## 2\\. What they pay" in body


def test_a_posts_headline_closing_on_a_bracket_stays_a_headline() -> None:
    """'(update)' closes a news desk's post headline: only a writer and an outlet in brackets mark a reading list."""
    posts = ["Quay News Today", "Feb 3, 2020"]
    posts += [
        "Quay Board Backs Mooring Fees",
        "The quay board backed the mooring fees on Monday after a long debate about berths and the rates for next year.",
    ]
    posts += ["It will now go to the town council for a final vote in the spring, officials said."]
    posts += [
        "Town Names New Harbour Master",
        "The town named Mira Holt its harbour master on Tuesday, the first woman to hold the post in its history.",
    ]
    posts += ["She takes over from Ivo Brandt, who retired in January after a decade in the job."]
    posts += ["Three hurt, 1,204 homes cut off as storm hits the coast (update)"]
    posts += ["A lifeboat crew pulled three sailors from the water off the north pier on Wednesday after their yacht capsized in the gale."]
    posts += ["All three were taken to hospital and were said to be well, the coastguard said later."]
    posts += [
        "North School Opens Its Library",
        "The north school opened its library on Friday with a reading by pupils and a speech by the head teacher.",
    ]
    posts += ["The library holds nine thousand books, most of them given by families in the town."]
    body, _ = imported(posts)
    assert "## Three hurt, 1,204 homes cut off as storm hits the coast (update)" in body
