"""The import reviewer's invented cases (round 51): each failed before its mend."""

from __future__ import annotations

from dossier.browserprint import _runs_on, without_browser_print_margins, without_masthead_over_printed_title
from dossier.importer import import_page, import_text
from dossier.savedpage import read_saved_page

STORY = (
    "<p>Ferry crews at Port Vell went back to work on Thursday after a nine-day strike over rotas, the port authority said.</p>"
    "<p>“We have the fourth relief crew we asked for,” said union steward Oriol Pask, who led the talks for the crews.</p>"
)
HEADLINE = "Ferry crews at Port Vell end the longest strike in a decade"
DECK = "A deal reached overnight gives the union a fourth relief crew for winter."


def test_a_headline_wrapped_in_a_span_is_no_standfirst():
    body = (
        f"<header class='article-header'><h1><span class='headline'>{HEADLINE}</span></h1><p class='deck'>{DECK}</p>"
        "<div class='article-meta'><span class='author'>Tomas Eyre</span> <time datetime='2026-03-05'>Mar 05</time></div>"
        f"</header><article class='article-content'>{STORY}</article>"
    )
    raw = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Ferry strike ends | The Dunmore Courier</title></head><body>{body}</body></html>"
    ).encode()
    imported = import_page(read_saved_page(raw, "f.html"), "f.html")
    assert f'summary = "{DECK}"' in imported.markdown


def test_a_plain_reports_title_over_its_topics_is_no_masthead():
    """'Harbour Policy Review 2024' over 'Politics, Business, Environment' (or the topics set apart by spaces alone) at
    the top of a plain text: the report's title and its topics, never a site's masthead and menu."""
    prose = (
        "The harbour board met in March to review the year's accounts, and the members agreed on three changes.\n\n"
        "The second paragraph explains the changes and why the board thinks they will work.\n\n"
        "A third paragraph closes the note.\n"
    )
    for topics in ("Politics, Business, Environment", "Politics Business Environment"):
        result = import_text(f"Harbour Policy Review 2024\n{topics}\n\n{prose}", "review.txt")
        assert "site's masthead and menu over the printed page's headline" not in result.dropped, topics
        assert 'title = "Harbour Policy Review 2024"' in result.markdown, topics


PARAGRAPH = "The harbour board met in March to review the year's accounts, and the members agreed on three changes to the way the port is run.\n\n"


def test_a_credit_naming_a_surname_with_a_capital_inside_is_no_author_box():
    """'Author: Jane McDonald and Tom Roe' under the text is the report's credit line (neither an author box nor a
    blog's card, which names one writer); 'Author: Pia LundPia writes …' (the bio glued to the name) is a blog theme's
    author box."""
    for credit in ("Author: Jane McDonald and Tom Roe", "Author: Cara MacLeod and Ida LaRue, Harbour Institute"):
        result = import_text("Harbour Board Notes\n\nBy Ana Lutz\n\nMay 3, 2021\n\n" + PARAGRAPH * 3 + credit + "\n", "r.txt")
        assert not any(credit in lines for lines in result.dropped.values()), credit
    for box in ("Author: Pia LundPia writes about the harbour.", "Author: Pia LundShe writes about the harbour."):
        result = import_text("Harbour Board Notes\n\nBy Ana Lutz\n\nMay 3, 2021\n\n" + PARAGRAPH * 3 + box + "\n", "r.txt")
        assert result.dropped.get("author box after the story") == [box], box


def test_a_closing_source_list_headed_archives_is_no_blog_sidebar():
    """A report's last section listing its sources under 'Archives' (every line short) is the report's; a sidebar has
    its drop-down ('Select Month') or a second widget ('Categories')."""
    sources = "Archives\n\nNational Archives, Kew\n\nHarbour Board minutes, 1921 to 1950\n\nPort Office papers, boxes 3 to 9\n"
    head = "# The Harbour Board and Its Records\n\nBy Ana Lutz\n\nMay 3, 2021\n\n" + PARAGRAPH * 3
    result = import_text(head + "## Sources\n\nThe study draws on the board's own papers, read in full for this report.\n\n" + sources, "r.md")
    assert "blog's sidebar after the post" not in result.dropped
    assert "National Archives, Kew" in result.markdown
    for widgets in ("Archives\n\nSelect Month\n", "Archives\n\nCategories\n"):
        result = import_text(head + widgets + "\nQuay Notes\n", "r.md")
        assert "Archives" in result.dropped.get("blog's sidebar after the post", []), widgets


def test_the_lines_under_a_masthead_with_a_blank_line_keep_their_numbers():
    """The printed header at the page's top and a blank line in the masthead: the text keeps its count of lines, so
    that the problems name each line as the user's file has it."""
    header = "5/12/23, 4:05 PM Why the Ferry Figures Need a Second Look | The Quayside Ledger"
    footer = "https://quayside.example/ferry 1/2"
    lines = [header, "THE QUAYSIDE LEDGER", "", "Home News Opinion", "Why the Ferry Figures Need a Second Look", "By Tomas Vell"]
    lines += ["The first paragraph is here and it is long enough.", footer, "\fPage two text.", header, footer]
    dropped: dict[str, list[str]] = {}
    text = without_masthead_over_printed_title(without_browser_print_margins("\n".join(lines), dropped), dropped)
    assert "site's masthead and menu over the printed page's headline" in dropped
    assert len(text.split("\n")) == len(lines)
    assert text.split("\n")[lines.index("By Tomas Vell")] == "By Tomas Vell"


def test_an_icon_glyph_before_a_share_button_goes_in_a_file_with_old_mac_line_ends_too():
    """A file whose lines end on CR alone: the icon font's glyph before 'Share on Twitter' is read by the line too."""
    text = "Harbour Board Notes\n\nBy Ana Lutz\n\nMay 3, 2021\n\n" + PARAGRAPH * 3 + "\uf099 Share on Twitter\n\n" + PARAGRAPH
    result = import_text(text.replace("\n", "\r"), "r.txt")
    assert "\uf099" not in result.markdown


def test_a_headline_running_on_into_a_line_opening_on_by_joins_it():
    """'… What the' over 'Byron Bay Council Said' (a place opening on 'By') runs on; 'By Tomas Vell' would not."""
    assert _runs_on("Why the Ferry Figures Need a Second Look: What the", "Byron Bay Council Said")
    assert not _runs_on("Why the Ferry Figures Need a Second Look: What the", "By Tomas Vell")
    assert not _runs_on("Why the Ferry Figures Need a Second Look: What the", "BY: Tomas Vell")


def test_the_headline_in_an_article_header_over_its_standfirst_is_the_title_whatever_og_title_says():
    """<header class='article-header'> holding the <h1> over the deck, the story under it: the page's headline is the
    title, og:title (a social headline) gives way, as for a head set outside any <header>."""
    body = (
        f"<header class='article-header'><h1>{HEADLINE}</h1><p class='deck'>{DECK}</p>"
        "<div class='article-meta'><span class='author'>Tomas Eyre</span> <time datetime='2026-03-05'>Mar 05</time></div>"
        f"</header><article class='article-content'>{STORY}</article>"
    )
    raw = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Ferry strike ends | The Dunmore Courier</title>"
        f"<meta property='og:title' content='Ferry strike ends'></head><body>{body}</body></html>"
    ).encode()
    imported = import_page(read_saved_page(raw, "f.html"), "f.html")
    assert f'title = "{HEADLINE}"' in imported.markdown
