"""Plain text made from a PDF: page marks, running heads and hard wraps (unit rules), and the held-out PDF texts."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from dossier.exportlines import split_units
from dossier.importer import import_text
from dossier.pdftext import read_layout

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "fixtures" / "pdf-text-heldout"

SENTENCES = (
    "The river authority counted more barges at the northern locks this autumn than in any season since the "
    "dredging began, and its engineers expect the count to rise again once the second basin opens to traffic. "
    "Shippers who moved grain by rail last year have begun to book berths, drawn by a tariff that undercuts the "
    "freight lines on every route longer than two hundred kilometres. The authority warns that the quays were "
    "built for lighter hulls and that a dry summer would leave the deepest channel too shallow for a loaded convoy."
)


def wrapped(text: str, width: int = 72) -> list[str]:
    return textwrap.wrap(text, width)


def paged_report() -> str:
    """Three pages of a hard-wrapped note with a running head and a page number, a section heading between."""
    first, second = wrapped(SENTENCES), wrapped(SENTENCES.replace("river", "canal"))
    pages = [
        ["Barges on the Northern Locks", "", *first, "1"],
        ["Inland Freight Note 7 / Autumn", "Outlook", *second[:4]],
        ["Inland Freight Note 7 / Autumn", *second[4:], "3"],
        ["Inland Freight Note 7 / Autumn", *first, "4"],
    ]
    return "\n".join(f"===== PDF_PAGE {n} =====\n" + "\n".join(lines) for n, lines in enumerate(pages, start=1))


def test_page_marks_and_running_heads_are_furniture() -> None:
    units = split_units(paged_report())
    texts = [u.text for u in units]
    assert not any("PDF_PAGE" in t or "Inland Freight Note" in t for t in texts)
    assert not any(t.strip().isdigit() for t in texts)
    assert "Outlook" in texts  # a heading printed once is no running head
    assert texts[0] == "Barges on the Northern Locks"


def test_a_line_repeated_in_a_web_export_is_kept() -> None:
    """No page marks, no column: three 'Key points' lines are the writer's, not a printer's."""
    body = "\n\n".join(f"Key points\n\n{SENTENCES}" for _ in range(3))
    assert read_layout(body.split("\n")).furniture == {}
    assert sum(1 for u in split_units(body) if u.text == "Key points") == 3


def test_a_line_that_fills_the_column_goes_on_in_the_next_whatever_its_first_letter() -> None:
    filler = wrapped(SENTENCES) * 3
    lines = [
        *filler,
        "",
        "The minister held talks on Monday with the engineers of the lock and the",
        "Harbour Board about the tariff, which both sides called a fair start.",
        "",
        *filler,
    ]
    texts = [u.text for u in split_units("\n".join(lines))]
    assert (
        "The minister held talks on Monday with the engineers of the lock and the Harbour Board about the tariff, "
        "which both sides called a fair start." in texts
    )


def test_a_heading_is_not_joined_and_a_sentence_ending_at_the_margin_goes_on() -> None:
    """A short heading stays apart; a line as wide as the column that ends a sentence was broken by the column, and the
    line under it goes on in its paragraph (tests/test_import_pdf_full_width_lines.py)."""
    filler = wrapped(SENTENCES) * 3
    lines = [
        *filler,
        "",
        "Outlook for the Winter",  # short: it does not fill the column
        "Dredging resumes in March, when the water is high enough for the crews.",
        "The quays were built for lighter hulls than the convoys now bring in.",  # fills the column, ends a sentence
        "Repairs are due before the spring, the authority said on Tuesday.",
        "",
        *filler,
    ]
    texts = [u.text for u in split_units("\n".join(lines))]
    assert "Outlook for the Winter" in texts
    assert " ".join(lines[len(filler) + 2 : len(filler) + 5]) in texts


def test_a_word_broken_at_the_margin_is_whole_again_and_a_compound_keeps_its_hyphen() -> None:
    filler = wrapped(SENTENCES) * 3
    lines = [
        *filler,
        "The authority will publish the counts for every lock and the instit-",
        "utions that own the quays will answer for the repairs, as the well-",
        "known agreement of the riparian states says; it is a well-known text.",
        *filler,
    ]
    text = " ".join(u.text for u in split_units("\n".join(lines)))
    assert "the institutions that own" in text
    assert "the well-known agreement" in text


def test_a_compound_of_two_words_the_text_uses_keeps_its_hyphen_at_the_margin() -> None:
    """'cross-' / 'border': both words the text writes elsewhere, never 'crossborder'; a web address's slug alike. Near
    miss: 'instit-' / 'utions' (no word 'instit') and 'barg-' / 'es' (a part too short) are joined."""
    filler = wrapped(SENTENCES) * 3
    lines = [
        *filler,
        "Barges cross the lock at dawn, and the border post opens at six. The cross-",
        "border convoys wait at the quay (see https://example.org/news/locks-",
        "border-tolls), while the instit-",
        "utions that own the barg-",
        "es answer for the border repairs and the locks.",
        *filler,
    ]
    text = " ".join(u.text for u in split_units("\n".join(lines)))
    assert "The cross-border convoys" in text
    assert "news/locks-border-tolls" in text
    assert "the institutions that own the barges answer" in text


def test_a_compound_whose_form_tells_it_keeps_its_hyphen_at_the_margin() -> None:
    """A word processor's PDF breaks lines only at a compound's hyphen, where the text may write neither part again: the
    next line runs on to a hyphen of its own ('lock-' / 'by-lock'), the parts rhyme ('helter-' / 'skelter'), or the
    first part is one English joins so ('world-' / 'famous', 'self-' / 'regulating'). Near miss: 'instit-' / 'utions' and
    'regul-' / 'ators' are a column's hyphenation, joined."""
    filler = wrapped(SENTENCES) * 3
    lines = [
        *filler,
        "The authority checks the barges at the northern and the southern lock-",
        "by-lock, and the dredgers of its harbour, which the shippers call world-",
        "famous, run through the channels of the river in the dry summer helter-",
        "skelter, while the pilots of the barges and the crews of the other self-",
        "regulating quays that belong to the river authority and to the instit-",
        "utions of the riparian states answer to the harbour masters and regul-",
        "ators of the river for the state of the convoys that wait at the quay.",
        *filler,
    ]
    text = " ".join(u.text for u in split_units("\n".join(lines)))
    for compound in ("lock-by-lock", "world-famous", "helter-skelter", "self-regulating"):
        assert compound in text, compound
    assert "the institutions of the riparian" in text and "masters and regulators of the river" in text


def test_page_numbers_and_heads_are_listed_as_dropped() -> None:
    result = import_text(paged_report(), "note.txt")
    assert "running head or page number" in result.dropped
    assert "page marker" in result.dropped
    assert "Inland Freight Note 7 / Autumn" in result.dropped["running head or page number"]


# --- held-out PDF texts, imported as a user would (tests/fixtures/pdf-text-heldout, first line: Source) ---


def heldout(name: str) -> str:
    lines = (HELDOUT / name).read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[2:] if not lines[1].strip() else lines[1:])


FURNITURE_SEEN = (
    "PDF_PAGE",
    "Bruegel analysis 13/2024",
    "Page 6 GAO-26-107815",
    "GAO-05-927 Managing for Results",
    "Affairs | Harvard Kennedy School",
    "..........",
)


@pytest.mark.parametrize(
    "name",
    [
        "bruegel-biden-ev-tariffs.txt",
        "belfer-navigating-without-gps.txt",
        "gao-26-107815-ukraine-refugee-assistance.txt",
        "gao-05-927-managing-for-results.txt",
    ],
)
def test_heldout_pdf_text_has_no_page_furniture_in_its_body(name: str) -> None:
    markdown = import_text(heldout(name), name).markdown
    body = markdown.split("+++", 2)[2]
    assert not [seen for seen in FURNITURE_SEEN if seen in body]


def test_heldout_bruegel_analysis_reads_as_paragraphs_with_its_notes() -> None:
    result = import_text(heldout("bruegel-biden-ev-tariffs.txt"), "bruegel.txt")
    body = result.markdown.split("+++", 2)[2]
    paragraphs = [p for p in body.split("\n\n") if p and not p.startswith(("#", "[^"))]
    assert len(paragraphs) <= 45  # 91 pieces before: every printed line its own paragraph
    assert "Global impact" in body and "The EU’s strategy" in body
    assert body.count("\n[^") >= 10  # of 11 endnotes


def test_heldout_belfer_report_takes_its_title_from_the_running_head_and_its_chapters_from_the_contents() -> None:
    result = import_text(heldout("belfer-navigating-without-gps.txt"), "belfer.txt")
    assert 'title = "Navigating Without GPS: A Cascading Alt-PNT Architecture for American Defense"' in result.markdown
    for chapter in ("Chapter 1: Resilient PNT & Autonomous Systems", "Chapter 2: The Existing Alt-PNT Tech Stack"):
        assert f"## {chapter}\n" in result.markdown
    assert result.markdown.count("\n[^") >= 28  # of 30 endnotes


def test_heldout_gao_reports_keep_their_titles_and_paragraphs() -> None:
    result = import_text(heldout("gao-26-107815-ukraine-refugee-assistance.txt"), "gao.txt")
    assert "Ukraine Funding: HHS Allocation and Oversight of Refugee Assistance" in result.markdown.split("\n")[1]
    text = import_text(heldout("gao-05-927-managing-for-results.txt"), "gao.txt").markdown
    assert "Federal agencies also appear to differ considerably" in text  # a paragraph rejoined across its wraps
    assert text.count("\n[^") >= 35  # pdftotext's page footnotes, the number over the note


@pytest.mark.slow
def test_heldout_pdf_texts_build(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    (content / "actors.toml").write_text((ROOT / "content" / "actors.toml").read_text(encoding="utf-8"), encoding="utf-8")
    for path in sorted(HELDOUT.glob("*.txt")):
        result = import_text(heldout(path.name), path.name, path.stem)
        (content / "reports" / f"{result.slug}.md").write_text(result.markdown, encoding="utf-8")
    build = subprocess.run(
        [sys.executable, "-m", "sitebuild", "--content", str(content), "--output", str(tmp_path / "output")],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "plugins"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr[-2000:]


def pdftotext_page(body: list[str], notes: list[tuple[str, list[str]]], page: int) -> str:
    """One page as pdftotext writes it: the text, each footnote's number on a line of its own, the page's foot."""
    lines = [*body, ""]
    for key, text in notes:
        lines += [key, "", *text, ""]
    return "\n".join([*lines, f"Page {page}", "", "River Freight Review", "\f"])


def test_a_footnote_number_set_apart_over_its_text_is_the_notes_key() -> None:
    river, canal, port, dock = (wrapped(SENTENCES.replace("river", word)) for word in ("river", "canal", "port", "dock"))
    first = [*river, "", *canal[:-1], "The authority counted the barges at every lock in the basin.1 It says the"]
    second = ["count will rise.2 Shippers agree.", "", *port]
    pages = [
        pdftotext_page(first, [("1", ["River Authority, Annual Count of Barges (Northport: 2024), 4."])], 1),
        pdftotext_page(second, [("2", ["Freight Shippers Guild, letter to the authority, May 2024."])], 2),
        pdftotext_page([*dock[:-1], "channel too shallow for a loaded convoy.3"], [("3", ["Northport Gazette, 2 June 2024."])], 3),
        pdftotext_page(river, [], 4),
    ]
    result = import_text("Barges on the Northern Locks\n\n" + "\n".join(pages), "review.txt")
    assert "[^1]: River Authority, Annual Count of Barges" in result.markdown
    assert "[^2]: Freight Shippers Guild" in result.markdown
    assert "It says the count will rise." in result.markdown  # the paragraph goes on across the page's notes


def test_bare_numbers_between_the_lines_of_a_paragraph_are_not_footnotes() -> None:
    """A dump that lost a note marker's place leaves '1' and '2' on lines of their own inside the text: no notes."""
    lines = [*wrapped(SENTENCES), "It names two reasons:", "1", "2", *wrapped(SENTENCES), "", *wrapped(SENTENCES) * 2]
    assert read_layout(lines).note_numbers == {}


def dump_pages(pages: list[list[str]]) -> str:
    return "\n".join(f"\n===== PDF_PAGE {n} =====\n" + "\n".join(lines) for n, lines in enumerate(pages, start=1))


def test_the_running_head_the_first_page_prints_is_the_title_and_the_name_above_it_the_author() -> None:
    """The first page's title block comes out below its text, the author's name first; the running head is the title."""
    river, canal, port = (wrapped(SENTENCES.replace("river", word)) for word in ("river", "canal", "port"))
    head = "Barges and Tariffs: The Northern Locks After the Dredging"
    pages = [
        ["Jane Roe", *river, "Barges and Tariffs: The", "Northern Locks After the", "Dredging", "Freight Note 7 / May 2024"],
        [f"{head} 2", *canal, "Freight Note 7 / May 2024"],
        [f"{head} 3", *port, "Freight Note 7 / May 2024"],
        [f"{head} 4", *river, "Freight Note 7 / May 2024"],
    ]
    result = import_text(dump_pages(pages), "note.txt")
    assert f'title = "{head}"' in result.markdown
    assert 'name = "Jane Roe"' in result.markdown


def test_a_running_head_the_first_page_does_not_print_is_not_the_title() -> None:
    """'Inland Freight Review 2024' on every page names the series; the headline at the top stays the title."""
    river, canal, port = (wrapped(SENTENCES.replace("river", word)) for word in ("river", "canal", "port"))
    pages = [
        ["Barges on the Northern Locks", *river],
        ["Inland Freight Review, Autumn Issue 2", *canal],
        ["Inland Freight Review, Autumn Issue 3", *port],
        ["Inland Freight Review, Autumn Issue 4", *river],
    ]
    result = import_text(dump_pages(pages), "note.txt")
    assert 'title = "Barges on the Northern Locks"' in result.markdown


def test_a_contents_list_with_dot_leaders_is_furniture_and_names_the_headings_the_column_broke() -> None:
    river, canal, port = (wrapped(SENTENCES.replace("river", word)) for word in ("river", "canal", "port"))
    pages = [
        ["Table of Contents", "Summary ............................ 1", "Chapter 1: Locks, Quays &", "Basins ....... 2"],
        ["Summary", *river],
        ["Chapter 1: Locks, Quays &", "Basins", *canal, "Key Findings", "Outlook", *port],
    ]
    pages[0][2:4] = ["Chapter 1: Locks, Quays & Basins ....... 2"]
    result = import_text(dump_pages(pages), "note.txt")
    assert "## Chapter 1: Locks, Quays & Basins" in result.markdown
    assert "......" not in result.markdown and "Table of Contents" not in result.markdown.split("+++")[2]
    assert "contents list" in result.dropped
    # near miss: two short lines the contents do not name together stay two lines
    texts = [u.text for u in split_units(dump_pages(pages))]
    assert "Key Findings" in texts and "Outlook" in texts


def test_an_ellipsis_in_a_sentence_is_no_contents_entry() -> None:
    lines = [*wrapped(SENTENCES) * 4, "The count went up and up.... 12"]
    assert read_layout(lines).contents == []


def test_a_feed_of_headlines_and_one_line_paragraphs_is_no_printed_column() -> None:
    """Headlines of about one length over paragraphs set as one long line each: a web export, read as before."""
    items = []
    for word in ("river", "canal", "port", "dock", "lock", "quay", "basin", "weir", "ferry", "barge", "pier", "mole"):
        headline = f"The {word} authority reports more traffic on the northern route than last year"
        items += [headline, "date published: 2024-03-29T00:00:00+00:00", "", SENTENCES, ""]
    layout = read_layout(items)
    assert layout.width == 0 and layout.furniture == {}


def test_a_cover_s_programme_line_in_capitals_is_no_byline_but_names_in_capitals_are() -> None:
    lede = "The authority counted more barges at the northern locks this autumn than in any season since the dredging began."
    programme = import_text(f"Barges on the Northern Locks\nHARBOUR, INLAND TRANSPORT, AND LOGISTICS PROGRAM\n\n{lede}\n", "a.txt")
    assert "authors: none found" in programme.summary
    people = import_text(f"Barges on the Northern Locks\nJANE ROE, JOHN DOE\n\n{lede}\n", "a.txt")
    assert "authors: JANE ROE; JOHN DOE" in people.summary


def unmarked_report(head_with_number: bool) -> list[str]:
    """Four pages of a hard-wrapped note copied from a PDF viewer: no page marks, a running head with the page's number
    run into it ('2 Inland freight'), or a boxed label over the text of each page after the first, no number by it."""
    sentences = SENTENCES.split(". ")

    def page_text(page: int) -> list[str]:  # each page's own lines: the sentences in another order
        return wrapped(". ".join(sentences[page % len(sentences) :] + sentences[: page % len(sentences)]))

    lines = ["Inland freight", "The Northern Locks Authority", "", *page_text(0), ""]
    for page in (1, 2, 3):
        lines += [f"{page + 1} Inland freight" if head_with_number else "Key figures", *page_text(page), ""]
    return lines


def test_a_running_head_with_its_page_number_run_in_is_furniture_without_page_marks() -> None:
    layout = read_layout(unmarked_report(head_with_number=True))
    lines = unmarked_report(head_with_number=True)
    assert sorted(lines[n - 1] for n in layout.furniture) == ["2 Inland freight", "3 Inland freight", "4 Inland freight"]
    assert layout.title == "Inland freight"  # the first page prints it at its top: the cover's title, kept


def test_a_repeated_line_with_no_page_number_by_it_is_kept() -> None:
    """Near miss: the same words over each page with no page number beside them are the writer's label, not a running head."""
    assert read_layout(unmarked_report(head_with_number=False)).furniture == {}


GLUED_PASSAGE = (
    "The harbour board met in March and approved the new quay.1 Its chair said the vote was close.2 Dredgers from "
    "Ostend began work in May, and the first hulls docked by autumn.3 Freight rose by 4.5 percent under Section 2.3 of "
    "the charter, at a toll of $6.50 a tonne, in 2019.4 The board's engineer, quoted in the local paper, called it good.5 "
    "Pilots from Antwerp.6 Crews then asked for more berths.7"
)


def test_footnote_numbers_glued_to_words_in_order_are_note_markers_and_leave_the_words() -> None:
    result = import_text("Harbour report\n\n" + GLUED_PASSAGE)
    assert "quay.1 " not in result.markdown and "good.5 " not in result.markdown and "Antwerp.6 Crews" not in result.markdown
    assert "quay. Its chair" in result.markdown and "Antwerp. Crews" in result.markdown
    # near misses: a decimal, a section number, a price and a year stay as written
    assert "4.5 percent" in result.markdown and "Section 2.3 of" in result.markdown and "$6.50" in result.markdown
    assert "in 2019." in result.markdown
    assert any("footnote numbers glued" in line for line in result.inferred)


def test_numbers_glued_to_words_out_of_order_are_kept() -> None:
    text = "Harbour report\n\nThe quay.7 was built. Berth.3 opened. The tug.12 left. The mole.5 held. The buoy.9 sank. The lock.2 shut.\n"
    result = import_text(text)
    assert "quay.7 was" in result.markdown and "lock.2 shut" in result.markdown


def test_the_import_s_message_and_summary_agree_on_the_note_count() -> None:
    filler = " ".join(["The harbour board counted the barges at the northern locks again this week."] * 60)
    text = (
        "Harbour report. "
        + filler
        + " It met at the quay.1 1. Quay works on the north side The board met. "
        + filler
        + " It met at the lock.2 2. Tolls on the canal Tolls rose. "
        + filler
        + " It met at the mole.3 3. Pilots on the river Crews came. "
        + filler
        + " It met at the dock.4 4. Dredging in the south basin The dredgers came. "
        + filler
    )
    result = import_text(text)
    defined = int(next(line for line in result.summary if line.startswith("notes:")).split()[1])
    said = [int(line.split()[0]) for line in result.inferred if "numbered footnotes between the body's paragraphs" in line]
    assert said in ([], [defined])
    assert "## 1\\. Quay works on the north side" in result.markdown  # the numbered headings stay headings


def _one_line_dump(sentences: int) -> str:
    words = "The harbour board counted the barges at the northern locks again this week and found more of them than before."
    return " ".join([words] * sentences)


def test_a_one_line_dump_gets_its_paragraphs_back() -> None:
    text = "Harbour report. " + _one_line_dump(400)
    result = import_text(text)
    paragraphs = [block for block in result.markdown.split("\n\n") if block and not block.startswith(("+++", "#", "title", "["))]
    assert max(len(block.split()) for block in paragraphs) <= 400


def test_a_text_with_lines_keeps_its_long_paragraph() -> None:
    text = "Harbour report\n\n" + _one_line_dump(400) + "\n\nThe end of the report.\n"
    result = import_text(text)
    assert max(len(block.split()) for block in result.markdown.split("\n\n")) > 4000


def test_a_numbered_heading_cut_mid_sentence_is_no_heading() -> None:
    filler = " ".join(["The harbour board counted the barges at the northern locks again this week."] * 60)
    text = (
        "Harbour report. "
        + filler
        + " 1. Quay works on the north side The board met. "
        + filler
        + " 2. Summer and Fall Tolls rose. "
        + filler
        + " 3. Pilots and crews on the river Crews came. "
        + filler
        + " 4. Dredging in the south basin The dredgers came. "
        + filler
    )
    result = import_text(text)
    headings = [line for line in result.markdown.splitlines() if line.startswith("#")]
    assert any("Quay works on the north side" in h for h in headings)
    assert not any(h.rstrip().endswith("Summer and") for h in headings)


def test_glued_footnote_numbers_run_on_past_a_lost_one_and_a_bracketed_number_is_no_marker() -> None:
    sentences = [f"The board met again in month {word} and spoke of the quay.{n}" for n, word in enumerate("abcdefghij", start=1) if n != 4]
    text = "Harbour report\n\n" + ' The pilot wrote that "[1] etter and berths" were due. '.join(sentences) + " Crews then left."
    result = import_text(text)
    assert "quay.1 " not in result.markdown and "quay.10" not in result.markdown and "quay.9 " not in result.markdown
    assert "[^1]" not in result.markdown and not any("cited but never defined" in str(p) for p in result.problems)


def test_a_run_in_heading_is_not_cut_before_a_word_ending_in_ing() -> None:
    filler = " ".join(["The harbour board counted the barges at the northern locks after the meeting this week."] * 30)
    text = (
        "Harbour report. "
        + filler
        + " Tolls and Fees at the Northern Locks The board raised them. "
        + filler
        + " Arrangements for the Meeting Within the Port On June 7, the board met. "
        + filler
        + " Pilots and Crews on the River The pilots came. "
        + filler
    )
    result = import_text(text)
    headings = [line for line in result.markdown.splitlines() if line.startswith("#")]
    assert any("Tolls and Fees at the Northern Locks" in h for h in headings)  # the near miss: a heading kept whole
    assert not any(h.rstrip().endswith("for the") for h in headings)


def blank_parted(paragraphs: list[list[str]]) -> str:
    """A hard-wrapped text (an e-mail, a plain-text export) whose paragraphs stand a blank line apart."""
    return "\n\n".join("\n".join(lines) for lines in paragraphs) + "\n"


def test_a_sentence_ending_at_the_margin_of_a_blank_parted_text_goes_on_in_its_paragraph() -> None:
    filler = [wrapped(SENTENCES)] * 6
    quoted = [
        "The board signed the lease after a week of talks with the freight lines.",
        "“We have negotiated the best possible terms under the circumstances,”",
        "Tom Reyes, then the board's director, said at the time. The lines agreed.",
    ]
    units = split_units(blank_parted([*filler, quoted, *filler]))
    texts = [u.text for u in units]
    assert " ".join(quoted) in texts
    assert len(texts) == 13
    # the same lines in a PDF's text, paragraphs one under the other: a sentence's end at the margin, as wide as the
    # column, goes on in its paragraph there too (tests/test_import_pdf_full_width_lines.py)
    pdf = split_units("\n".join([*[line for lines in filler for line in lines], *quoted, *filler[0]]))
    assert any(" ".join(quoted) in u.text for u in pdf)


def test_a_heading_with_no_stop_under_a_sentence_end_in_a_blank_parted_text_stays_a_heading() -> None:
    filler = [wrapped(SENTENCES)] * 6
    # the paragraph's last line ends its sentence ('… a loaded convoy.'); a line stopping mid-sentence goes on in the next
    heading = [*wrapped(SENTENCES), "How the Harbour Board Pays for It", "The tariff covers the dredging for a decade."]
    texts = [u.text for u in split_units(blank_parted([*filler, heading, *filler]))]
    assert "How the Harbour Board Pays for It" in texts


OPENINGS = ("At dawn", "By noon on the quay", "Later", "Before the tide turned at the lock", "Then", "Overnight, the crews said")


def test_day_headings_and_date_fields_of_a_wrapped_text_without_pages_are_no_running_lines() -> None:
    days = ["Sunday, April 2", "Monday, April 3", "Sunday, April 9", "Monday, April 10", "Sunday, April 16", "Monday, April 17"]
    stories = [wrapped(f"{opening}, {SENTENCES[0].lower()}{SENTENCES[1:]}") for opening in OPENINGS]  # lines of their own
    text = blank_parted([part for day, story in zip(days, stories, strict=True) for part in ([day], story, ["date published: 2024-03-29"])])
    layout = read_layout(text.split("\n"))
    assert layout.width and layout.furniture == {}
    texts = [u.text for u in split_units(text)]
    assert all(day in texts for day in days)
    # near miss: a page number's line repeated in such a text is still a running line
    numbered = blank_parted([part for page, story in enumerate(stories, start=1) for part in (story, [f"Page {page}"])])
    assert len(read_layout(numbered.split("\n")).furniture) == 6


def chapter_pages(head: str, foot: str) -> list[str]:
    """A chapter printed on its own, copied without page marks: its title on the first line and again as each later
    page's running head, and a page foot with the page's number run into it by the text layer ('12Tidewater Review')."""
    sentences = SENTENCES.split(". ")
    lines = [head]
    for page in range(4):
        lines += [foot.format(page + 12), *wrapped(". ".join(sentences[page % len(sentences) :] + sentences[: page % len(sentences)]))]
        lines.append(head)
    return lines


@pytest.mark.parametrize("foot", ["{}Tidewater Review 2021", "{} Tidewater Review 2021", "Tidewater Review 2021 {}"])
def test_a_chapter_title_repeated_as_running_head_is_the_title_and_glued_page_feet_are_furniture(foot: str) -> None:
    lines = chapter_pages("LOCKS AND LEVEES", foot)
    layout = read_layout(lines)
    assert layout.title == "LOCKS AND LEVEES"
    assert 1 not in layout.furniture  # the first page's title line
    assert {lines[n - 1] for n in layout.furniture} == {"LOCKS AND LEVEES", *(foot.format(page) for page in range(12, 16))}
    result = import_text("\n".join(lines), "locks.txt")
    assert 'title = "Locks and Levees"' in result.markdown
    assert "Tidewater Review" not in result.markdown


def test_a_numbered_first_line_is_no_chapter_title() -> None:
    """Near miss: a repeated first line with a figure in it is a series' running head ('Harbour Bulletin 4'), no title."""
    layout = read_layout(chapter_pages("Harbour Bulletin 4", "{} Tidewater Review 2021"))
    assert layout.title != "Harbour Bulletin 4"
    assert 1 in layout.furniture


def test_a_lone_word_opening_the_text_and_repeated_is_no_chapter_title() -> None:
    """Near miss: a one-word label ('Contents', 'Summary') over each page is no title."""
    assert read_layout(chapter_pages("Summary", "{} Tidewater Review 2021")).title != "Summary"


def short_column(*lines: str) -> list[str]:
    """A page or two of a PDF copied from a narrow column: too few lines to tell the column's width."""
    return [u.text for u in split_units("\n".join(["Tidewater notes", "", *lines]))][1:]


@pytest.mark.parametrize(
    ("cut", "rest"),
    [
        ("What the levee board did shows what can be achieved with", "patience, money and a dredger."),  # a small word
        ("The success of the barge campaign", "shows what a patient board can do."),  # sentence case, four words or more
        ("Her own account of the floods", "was written in the spring of that year."),
    ],
)
def test_a_short_line_broken_mid_sentence_goes_on_in_the_line_under_it(cut: str, rest: str) -> None:
    assert short_column("The quays were rebuilt last year.", cut, rest, "Freight rose at once.") == [
        "The quays were rebuilt last year.",
        f"{cut} {rest}",
        "Freight rose at once.",
    ]


@pytest.mark.parametrize(
    ("above", "under"),
    [
        ("Locks and Levees of the North", "dredging began in the spring of that year."),  # a heading in title case
        ("Read more on the quay", "here"),  # a web page's link on a line of its own
        ("3 Differences between the ports in", "freight handled"),  # a contents entry
        ("The Pilots’ Strike of 1926", "training for years went on in every port."),  # a heading ending on a year
    ],
)
def test_a_title_a_link_or_a_contents_entry_over_a_lower_case_line_is_not_joined(above: str, under: str) -> None:
    assert short_column("The quays were rebuilt last year.", above, under) == ["The quays were rebuilt last year.", above, under]


def test_a_short_line_then_a_blank_line_is_not_joined_by_the_short_line_rule() -> None:
    assert short_column("The success of the barge campaign", "", "shows what a patient board can do.") == [
        "The success of the barge campaign",
        "shows what a patient board can do.",
    ]
