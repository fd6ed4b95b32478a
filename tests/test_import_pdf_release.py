"""A media release as a PDF's text (pdftotext): the masthead's label and sender one a line on the first page and joined
on one line with a wide gap at the top of the pages after it, 'Page N of M' feet, the release's date line at its end over
the contact line and the typist's initials, lines hard-wrapped at the column."""

from __future__ import annotations

from imported import built, headings

WORDS = "quay berth ferry tide basin crane mooring pontoon seawall channel buoy jetty dredge wharf harbour council".split()


def quoted_paragraph(seed: int) -> list[str]:
    """A quoted paragraph of three wrapped lines, its words drawn in turn from a harbour's vocabulary."""
    words = [WORDS[(seed * 7 + step * 3) % len(WORDS)] for step in range(38)]
    lines = [" ".join(words[:14]), " ".join(words[14:28]), " ".join(words[28:]) + ",” Ms Veld said."]
    return ["“" + lines[0].capitalize(), lines[1], lines[2], ""]


def release(pages: int, closing: list[str], per_page: int = 9) -> str:
    lines = ["Media Release", "", "Port Lantern Authority", "", "NEW MONEY FOR THE NORTH QUAYS", ""]
    lines += ["The Minister for Harbours, Oda Veld, today said new works in the Budget would repair nine quays", "and the old seawall.", ""]
    for page in range(1, pages + 1):
        if page > 1:
            lines += ["\fPort Lantern Authority" + " " * 60 + "Media Release", ""]
        for seed in range(per_page):
            lines += quoted_paragraph(page * 10 + seed)
        if page == pages:
            lines += closing
        lines += [f"Page {page} of {pages}", ""]
    return "\n".join(lines)


CLOSING = ["Tuesday, 11 May 1999", "", "Media Inquiries: Ivo Brandt (02) 5555 0101", "", "jk", ""]


def test_the_running_head_on_the_pages_after_a_long_first_page_is_left_out() -> None:
    for pages in (2, 3):
        result, report = built(release(pages, CLOSING))
        assert "Port Lantern Authority" + " " not in result.markdown
        assert not any("Media Release" in heading for heading in headings(report))


def test_the_closing_date_line_dates_the_release_and_the_contact_line_is_no_section() -> None:
    result, report = built(release(3, CLOSING))
    assert "date = 1999-05-11" in result.markdown
    assert not headings(report)
    assert result.dropped["media contact"] == ["Media Inquiries: Ivo Brandt (02) 5555 0101"]  # the issuer's line, no text


def test_a_date_higher_up_does_not_date_the_release() -> None:
    closing = ["Tuesday, 11 May 1999", "", "The works will be finished by the spring, the Minister said, and the quays opened again.", ""]
    closing += ["The Authority will report on the works to the council every month until the end of the year.", ""]
    closing += ["It will also publish the costs of each of the quays.", "", "And the seawall's too.", ""]
    result, _ = built(release(2, closing))
    assert "date = 1999-05-11" not in result.markdown


def test_a_compound_of_an_adverb_in_ly_keeps_its_hyphen_at_a_line_end() -> None:
    text = (
        release(2, CLOSING)
        .replace("would repair nine quays", "would repair nine newly-", 1)
        .replace("\nand the old seawall.", "\nbuilt quays and the old seawall.", 1)
    )
    result, _ = built(text)
    assert "newly-built quays" in result.markdown


def test_a_hyphenated_word_at_a_line_end_is_written_whole() -> None:
    text = (
        release(2, CLOSING)
        .replace("would repair nine quays", "would repair nine pon-", 1)
        .replace("\nand the old seawall.", "\ntoons and the old seawall.", 1)
    )
    result, _ = built(text)
    assert "nine pontoons and" in result.markdown


def test_a_wrapped_line_opening_on_a_number_goes_on_with_its_sentence() -> None:
    text = "\n".join(
        [
            "Quay Works Note",
            "",
            "The Minister for Harbours, Oda Veld, today said the works set out in the",
            "2001-2002 Budget would repair nine quays and a greater share of the old seawall.",
            "",
            "The board said the works would begin in the spring and end before the",
            "14 ferries come back for the summer on the northern routes.",
            "",
        ]
    )
    result, _ = built(text)
    assert "set out in the 2001-2002 Budget would" in result.markdown
    assert "end before the 14 ferries come back" in result.markdown


def test_a_numbered_paragraph_under_a_line_is_still_its_own() -> None:
    text = "\n".join(
        ["Quay Works Note", "", "The board set out the works in two parts for the", "", "1. The north quays, first.", "2. The seawall, after.", ""]
    )
    result, _ = built(text)
    assert "for the 1." not in result.markdown


def test_quoted_lines_that_differ_by_a_number_are_no_running_heads() -> None:
    paragraphs = []
    for number in range(1, 7):
        paragraphs += [
            f"“Works on quay number {number} will start in the spring and finish before the ferries come back for",
            "the busy summer on the northern routes,” Ms Veld said.",
            "",
        ]
    text = "\n".join(["Media Release", "", "Port Lantern Authority", "", "NEW MONEY FOR THE NORTH QUAYS", "", *paragraphs, "Page 1 of 2"])
    text += "\n\fPort Lantern Authority" + " " * 60 + "Media Release\n\n" + "\n".join(paragraphs[:6]) + "\nPage 2 of 2\n"
    result, _ = built(text)
    assert result.markdown.split("+++")[-1].count("Works on quay number") == 8


def test_the_typists_initials_under_the_contact_line_are_left_out() -> None:
    result, _ = built(release(2, CLOSING))
    assert "\njk\n" not in result.markdown + "\n"
    assert result.dropped["media contact"] == ["Media Inquiries: Ivo Brandt (02) 5555 0101"]


def test_the_typists_initials_under_the_date_line_are_left_out() -> None:
    result, _ = built(release(2, ["Tuesday, 11 May 1999", "", "kv", ""]))
    assert "\nkv\n" not in result.markdown + "\n"


def test_a_short_word_under_a_tables_last_row_stays() -> None:
    closing = ["Northgate quays 9 300", "", "Skarn Point quays 7 100", "", "ode", ""]
    result, _ = built(release(2, closing))
    assert "ode" in result.markdown.split("+++")[-1].split()


def test_a_short_word_closing_the_text_under_prose_stays() -> None:
    closing = ["The Authority will report on the works to the council every month until the end of the year,", "", "ok", ""]
    result, _ = built(release(2, closing))
    assert "ok" in result.markdown.split("+++")[-1].split()
