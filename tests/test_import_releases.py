"""Press releases and PDF texts of them that this session's held-out annotators and new user showed: the release's end
mark, its masthead, a cue line over a quotation, a word cut by a page break. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

# -- a release's end mark ('ENDS') is no section, and what follows it is not nested under it ------------------------------------

RELEASE = (
    "Harbor Camp Conditions Worsen\n\n"
    "4 May 2021\n\n"
    f"The harbour camp on Vells holds 400 people in tents, and {PROSE.lower()}.\n\n"
    "“The camp is a place of despair,” said Dr Lena Ford, the alliance's director. “Nobody should be held there a day longer.”\n\n"
    "{end}\n\n"
    "For interviews, contact Tom Reed on 555 0100.\n\n"
    "SUMMARY\n\n"
    f"The alliance visited the camp for six days in April, and {PROSE.lower()}.\n\n"
    "Conditions in the tents\n\n"
    f"Families share one tent between three and four households, and {PROSE.lower()}.\n"
)


def test_a_release_end_mark_is_dropped_not_read_as_a_section():
    for end in ("ENDS", "Ends", "-ENDS-", "– ends –", "Ends/", "# # #", "END"):
        result, report = built(RELEASE.replace("{end}", end))
        assert headings(report) == ["SUMMARY", "Conditions in the tents"], end
        assert end in result.dropped.get("empty heading or end mark", []), end
        assert "For interviews, contact Tom Reed" in body_text(report)


def test_a_heading_that_starts_with_ends_stays_a_heading():
    """Near miss: 'Ends and Means' and 'Endsley Farm' are headings, not the end mark."""
    for heading in ("Ends and Means", "Endsley Farm"):
        _, report = built(RELEASE.replace("{end}", heading))
        assert heading in headings(report), heading


# -- a scanned report's text: OCR reads its running head anew on each page, its contents' dot leaders as letters ---------------

HEADS = [
    "Agency of Records -- Intemal Use // Not ForRelease",
    "Agency ofRecords -- Internal Use // Not For Releese",
    "Agency of Recerds -- Internal Use // Net For Release",
    "Agencyof Records -- Internal Use // Not For Release",
    "Agency of Records -- Intermal Use // Not ForRe1ease",
    "Agency of Records -- Internal Use // Not For Release",
]
SCANNED = (
    "Report On The Review Of Harbour Licensing\n"
    "Northport, March 2024\n\n"
    f"\f{HEADS[0]}\n\n"
    "TABLE OF CONTENTS\n\n"
    "INTRODUCTION.....\n\n1\n\n"
    "I. BACKGROUND OF THE REVIEW.......cesseseeseeseesees 3\n\n"
    "A. The Licensing Framework ......eesecsseeeeeeeeeeeeessnes 4\n\n"
    "B. The Board's Response to the Audit ......ccccccceeeeeescss 9\n\n"
    "C. The Pilots' Licences 0... sccsesesceeseesesesseesessssesneess 11\n\n"
    "II. FINDINGS...........ccccssssseeeeeeeeeccsesesseesee 12\n\n"
    + "".join(
        f"\f{head}\n\n{title}\n\nThe review heard from {who}, and {PROSE.lower()}. It also read the board's minutes for the year.\n\n"
        f"The board's chair said the dues had not changed since 2019, and {PROSE.lower()}.\n\n"
        for head, title, who in zip(
            HEADS[1:],
            ["INTRODUCTION", "I. BACKGROUND OF THE REVIEW", "A. The Licensing Framework", "B. The Board's Response to the Audit", "II. FINDINGS"],
            ["the board", "the pilots", "the harbour master", "the auditors", "the minister"],
            strict=True,
        )
    )
)


def test_a_scanned_reports_running_heads_and_contents_are_dropped_and_its_cover_dates_it():
    result, report = built(SCANNED)
    assert not any("Agency" in h or "Release" in h for h in headings(report)), headings(report)
    assert headings(report)[0] == "INTRODUCTION"
    assert not any("....." in h or "cesse" in h for h in headings(report))
    assert len(result.dropped.get("running head or page number", [])) >= 5
    assert 'date = "2024-03"' in result.markdown
    assert "Report On The Review Of Harbour Licensing" in result.markdown.split("+++")[1]
    assert "The review heard from the minister" in body_text(report)


def test_headings_that_open_alike_close_together_stay_headings():
    """Near miss: five headings that open alike ('Recommendations to the …'), a few lines apart on one page, are headings."""
    text = "Harbour Licensing Review\n\nNorthport, March 2024\n\n\f" + "".join(
        f"Recommendations to the {body}\n\nThe review asks the {body.lower()} to publish its dues a month ahead, and {PROSE.lower()}.\n\n"
        for body in ("Harbour Board", "Harbour Master", "Port Police", "Pilots Guild", "Ferry Operators")
    )
    text += "\fPage two\n\nMore text here, as the review reported that week.\n\n\fPage three\n\nAnd more, as it said.\n"
    _, report = built(text)
    assert sum(1 for h in headings(report) if h.startswith("Recommendations to the")) == 5, headings(report)


# -- a short lead-in line over a quotation is no heading ------------------------------------------------------------------------

CUED = (
    "Harbour Camp Conditions Worsen\n\n"
    "4 May 2021\n\n"
    f"The harbour camp on Vells holds 400 people in tents, and {PROSE.lower()}.\n\n"
    "Conditions in the tents\n\n"
    f"Families share one tent between three and four households, and {PROSE.lower()}.\n\n"
    "{cue}\n\n"
    "“We waited for a doctor for nine days. When he came, he gave my son two tablets and left. Nobody told us why.”\n\n"
    "Medical care\n\n"
    f"The clinic opens for two hours a day, and {PROSE.lower()}.\n"
)


def test_a_cue_line_over_a_quotation_is_not_a_heading():
    for cue in ("Mara Kent recalled:", "A guard described the nights:", "One mother testified:", "A teacher remembers:"):
        _, report = built(CUED.replace("{cue}", cue))
        assert headings(report) == ["Conditions in the tents", "Medical care"], cue
        assert cue in body_text(report), cue


def test_a_labelled_heading_in_title_case_over_a_quotation_stays_a_heading():
    """Near miss: 'Voices From the Camp:' in title case, over the quotation it heads, is a heading."""
    _, report = built(CUED.replace("{cue}", "Voices From the Camp:"))
    assert "Voices From the Camp:" in headings(report) or "Voices From the Camp" in headings(report)


# -- a word a page break left on a line of its own goes on with the next line ----------------------------------------------------

FRAGMENT = (
    "Harbour Camp Conditions Worsen\n\n"
    "4 May 2021\n\n"
    f"The harbour camp on Vells holds 400 people in tents, and {PROSE.lower()}.\n\n"
    "An uncertain future\n\n"
    f"Nobody in the camp knows how long they will stay, and {PROSE.lower()}.\n\n"
    "“We do not know if it is five years or ten,” one man said.\n\n"
    "{piece}\n\n"
    "other man said:\n\n"
    "“The island is a prison without walls. Nobody tells us anything, and nobody answers our letters.”\n"
)


def test_a_word_left_alone_by_a_page_break_is_no_heading():
    _, report = built(FRAGMENT.replace("{piece}", "An"))
    assert headings(report) == ["An uncertain future"]
    assert "An other man said:" in body_text(report)


def test_a_short_heading_over_a_sentence_stays_a_heading():
    """Near miss: 'Outlook' over a paragraph that opens in upper case is a heading."""
    text = FRAGMENT.replace("{piece}", "Outlook").replace("other man said:", "Another man said:")
    _, report = built(text)
    assert headings(report) == ["An uncertain future", "Outlook"]


# -- a release's masthead in capitals and its embargo line are neither title nor text -------------------------------------------

MASTHEAD = (
    "Norland: Harbour Camp Conditions Worsen\n\n"
    "{masthead}\n\n"
    "4 May 2021\n\n"
    "Under strict embargo: 06:01 in Vells, Tuesday, 4 May 2021\n\n"
    "Norland: harbour camp conditions worsen\n\n"
    "Investigation on the island of Vells finds families held for years in flooded tents behind a wall of secrecy\n\n"
    f"The harbour camp on Vells holds 400 people in tents, and {PROSE.lower()}.\n\n"
    "Conditions in the tents\n\n"
    f"Families share one tent between three and four households, and {PROSE.lower()}.\n"
)


def test_a_release_masthead_is_not_the_title():
    for masthead in ("RIGHTS ALLIANCE NORLAND WATCH JOINT PRESS RELEASE", "NORLAND WATCH  MEDIA RELEASE  4 May 2021", "Media release"):
        result, report = built(MASTHEAD.replace("{masthead}", masthead))
        assert 'title = "Norland: Harbour Camp Conditions Worsen"' in result.markdown, masthead
        assert headings(report) == ["Conditions in the tents"], masthead
        assert (
            'summary = "Investigation on the island of Vells finds families held for years in flooded tents behind a wall of secrecy"'
            in result.markdown
        ), masthead
        assert "embargo" not in body_text(report)


def test_a_headline_in_capitals_that_names_a_release_stays_the_title():
    """Near miss: a headline in capitals that is not a masthead ('HARBOUR BOARD REJECTS RELEASE OF AUDIT') is the title."""
    text = MASTHEAD.replace("{masthead}\n\n", "").replace("Norland: Harbour Camp Conditions Worsen", "HARBOUR BOARD REJECTS RELEASE OF AUDIT", 1)
    result, _ = built(text)
    assert 'title = "Harbour Board Rejects Release of Audit"' in result.markdown  # in title case


# -- a news page's section label and update stamp run into the headline, and the outlet's initials over the dateline ------------

GLUED = (
    "{top}\n\n"
    "NBN-TV\n\n"
    "Vells: In a setback to the ferry operators, the harbour board on Tuesday rejected their plea to halt the new levy. The board "
    'said, "The levy was set after a public consultation."\n\n'
    f"The operators said they would go to court, and {PROSE.lower()}.\n\n"
    "Operators' complaints\n\n"
    f"The operators had said the levy would double the price of a crossing, and {PROSE.lower()}.\n"
)


def test_a_stamp_run_into_the_headline_is_its_date_and_the_outlets_initials_are_no_section():
    for top in (
        "Harbour board rejects plea to halt ferry levy Business news, Updated Mar 04, 2021 at 05:30pm CET",
        "Harbour board rejects plea to halt ferry levy\n\nBusiness news, Updated Mar 04, 2021 at 05:30pm CET",
    ):
        result, report = built(GLUED.replace("{top}", top))
        assert 'title = "Harbour board rejects plea to halt ferry levy"' in result.markdown, top
        assert "date = 2021-03-04" in result.markdown, top
        assert headings(report) == ["Operators' complaints"], top
        assert result.dropped.get("outlet's name over the story") == ["NBN-TV"]


def test_a_headline_that_ends_on_updated_and_initials_over_prose_stay():
    """Near misses: 'Harbour Rules Updated for Winter' has no stamp; 'NATO' over a paragraph with no dateline is a heading."""
    text = GLUED.replace("{top}", "Harbour Rules Updated for Winter").replace("Vells: In a setback", "In a setback")
    result, report = built(text.replace("NBN-TV", "NATO"))
    assert 'title = "Harbour Rules Updated for Winter"' in result.markdown
    assert headings(report) == ["NATO", "Operators' complaints"]


# -- a name alone under the standfirst, over the story, is the byline ------------------------------------------------------------

BYLINED = (
    "Flood Defences Fail a Second Time in Vells\n\n"
    "The river broke through the new wall on Sunday, flooding 300 homes. Residents say the council ignored their warnings.\n\n"
    "{name}\n\n"
    "{opening}\n\n"
    "The council had promised that the new wall would hold for a century, and residents who had warned of cracks say nobody came.\n"
)
STANDFIRST = "The river broke through the new wall on Sunday, flooding 300 homes. Residents say the council ignored their warnings."
DATELINE = "Vells: A child's bicycle lies on its side in the mud of the market square, where the water stood waist-deep on Sunday night."


def test_a_name_under_the_standfirst_is_the_byline():
    for name, opening in (("Sukanya Oduya", STANDFIRST), ("Sukanya Oduya", DATELINE)):
        result, report = built(BYLINED.replace("{name}", name).replace("{opening}", opening))
        assert f'name = "{name}"' in result.markdown, (name, opening)
        assert headings(report) == [], (name, opening)
        assert body_text(report).count("The river broke through") == 0, (name, opening)


def test_a_subhead_under_the_standfirst_stays_a_heading():
    """Near misses: 'Rising Waters' and 'Mary Oduya', two capitalised words over a paragraph of prose, are subheads."""
    for name in ("Rising Waters", "Mary Oduya"):
        result, report = built(BYLINED.replace("{name}", name).replace("{opening}", f"Nobody came, and {PROSE.lower()}."))
        assert headings(report) == [name], name
        assert "[[authors]]" not in result.markdown, name


# -- a released document's redaction labels and the pin cites of its page footnotes are no headings -----------------------------

RELEASED = (
    "Report on the Harbour Licensing Review\n\n"
    "March 2024\n\n"
    "The Board's Response\n\n"
    f"The board's chair told the review that the rise was needed for new cranes, and {PROSE.lower()}.\n\n"
    "{line}\n\n"
    f"The review found that the notice period had never been shortened, and {PROSE.lower()}.\n"
)


def test_a_redaction_label_and_a_footnotes_pin_cite_are_no_headings():
    for line in ("Harm to Ongoing Matter", "(b)(6), (b)(7)(C)", "12 Laan Interview 6/2/23, at 2-3; Holt Interview 7/9/23"):
        _, report = built(RELEASED.replace("{line}", line))
        assert headings(report) == ["The Board's Response"], line


def test_a_heading_on_a_matter_stays_a_heading():
    """Near miss: 'Harbour Matters at Stake' and 'The Ongoing Matter of Dues' are headings."""
    for line in ("Harbour Matters at Stake", "The Ongoing Matter of Dues"):
        _, report = built(RELEASED.replace("{line}", line))
        assert headings(report) == ["The Board's Response", line], line


# -- a document's handling marking at the top of its pages is neither its title nor a section -----------------------------------

MARKED = (
    "{marking}\n\n"
    "Report On The Review Of Harbour Licensing In The Northern Ports\n\n"
    "Northport, March 2024\n\n"
    "{marking}\n\n"
    "INTRODUCTION\n\n"
    "This report is submitted to the Minister under Section 12(b), which requires a written account of the review. The "
    "review began in May 2023 after the port board raised harbour dues by a third, and it heard from the pilots, while the board\n\n"
    "{marking}\n\n"
    "said that the rise was needed for new cranes and would end once they were paid for.\n\n"
    "I. BACKGROUND OF THE REVIEW\n\n"
    "The licensing framework dates from 1998. Harbour pilots must hold a licence from the board, and the board sets the "
    "dues each January after a public notice of thirty days.\n"
)


def test_a_handling_marking_is_not_the_title_nor_a_section():
    for marking in ("Agency of Records -- Internal Use // Not For Release", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"):
        result, report = built(MARKED.replace("{marking}", marking))
        assert 'title = "Report On The Review Of Harbour Licensing In The Northern Ports"' in result.markdown, marking
        assert "I. BACKGROUND OF THE REVIEW" in headings(report) and not any("//" in h for h in headings(report)), marking
        assert 'date = "2024-03"' in result.markdown
        assert "while the board said that the rise" in body_text(report), marking  # the marking between a sentence's halves


def test_a_title_with_slashes_and_no_caveat_stays():
    """Near miss: 'Work // Life: How Ports Hire' has no caveat after its slashes: it is the title."""
    result, _ = built(f"Work // Life: How Ports Hire\n\nMarch 2024\n\n{PROSE}.\n\n{PROSE}, again.\n")
    assert 'title = "Work // Life: How Ports Hire"' in result.markdown
