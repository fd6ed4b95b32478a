"""A business portal's story copied whole from a browser: its breadcrumb trail run onto the headline ('Home News Energy
<headline>'), the date line given twice and its hour on a 24-hour clock ('16:05'), the share row with its e-mail button
('Mail to a friend'), the lead photo's credit alone, and the author box whose names the copy ran together ('Jane RoeJohn
Doe, The Harbour Post'). None of it is the title, the summary, a caption or a section. Passages of our own, with near
misses: a headline that opens with 'Home', an hour inside the text, a sentence naming both writers."""

from __future__ import annotations

from imported import body_text, built, headings

HEADLINE = "Pilots' strike closes the northern locks"
LEDE = "Shipping on the northern canal stopped on Monday as the lock pilots walked out over rosters."
QUOTE = "“We cannot move a barge without them,” said canal board chair Mirela Oster. Talks resume on Thursday, she said."


def page(*header: str, body: tuple[str, ...] = (LEDE, QUOTE)) -> str:
    lines = [*header, ""]
    for paragraph in body:
        lines += [paragraph, ""]
    return "\n".join(lines) + "\n"


def portal_header(crumbs: str = "Home News Energy", hour: str = "16:05", box: str = "Sven AltTeodora Brisk, The Canal Press") -> list[str]:
    return [
        f"{crumbs} {HEADLINE}", "", HEADLINE, "", "By: Sven Alt, Teodora Brisk, The Canal Press", "",
        "March 2, 2022", "March 2, 2022", "", hour, "", "Share", "", "Facebook", "", "LinkedIn", "", "Mail to a friend", "", "Print", "", box,
    ]  # fmt: skip


def test_the_portal_header_leaves_only_the_story():
    _, report = built(page(*portal_header()))
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["Sven Alt", "Teodora Brisk"]
    assert str(report.date) == "2022-03-02"
    assert report.summary.startswith("Shipping on the northern canal")
    assert headings(report) == []
    text = body_text(report)
    for gone in ("16:05", "Mail to a friend", "AltTeodora", "Home News"):
        assert gone not in text, gone
    assert "Mirela Oster" in text


def test_a_breadcrumb_with_separators_and_an_hour_with_its_zone():
    _, report = built(page(*portal_header(crumbs="Home > Business >", hour="09:40 CET")))
    assert report.title == HEADLINE
    assert "09:40" not in body_text(report) and not report.summary.startswith("09:40")


def test_send_to_a_friend_is_the_share_row_too():
    header = [line if line != "Mail to a friend" else "Send to a friend" for line in portal_header()]
    _, report = built(page(*header))
    assert "Send to a friend" not in body_text(report)


def test_near_miss_a_headline_opening_with_home_is_the_title():
    _, report = built(page("Home Rule for the Canal Towns", "", "By Sven Alt", "March 2, 2022", body=(LEDE, QUOTE)))
    assert report.title == "Home Rule for the Canal Towns"


def test_near_miss_an_hour_in_the_text_and_a_sentence_naming_both_writers_stay():
    hour = "16:05"
    sentence = "Sven Alt and Teodora Brisk reported from the locks, where the last barge left at dusk."
    _, report = built(page(*portal_header(box=""), body=(LEDE, hour, "The pilots' union said the walkout would last a week.", sentence, QUOTE)))
    text = body_text(report)
    assert sentence in text and hour in text


def test_near_miss_one_writer_alone_is_no_glued_box():
    header = [*portal_header()[:-1], "Sven Alt, The Canal Press"]
    header[4] = "By: Sven Alt, The Canal Press"
    _, report = built(page(*header))
    assert [a.name for a in report.authors] == ["Sven Alt"]
