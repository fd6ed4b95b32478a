"""A government's point-by-point reply to a news article, as its site prints it: numbered paragraphs citing a speech's
or a report's numbered paragraphs ('at [18]-[39]'), footnotes whose superscript markers a copy loses, a CMS's
posted-on line under the headline, an attachment's download line and the issuer's sign-off. Passages of our own, each
with a near miss."""

from __future__ import annotations

from dossier.importer import import_text
from imported import built, headings

HEAD = "Response by the Ministry of Transport to the Daily Courier\n\n"
BODY = (
    '1. We refer to the recent Daily Courier ("DC") article on the Road Safety Act ("RSA"). The article contains several '
    "errors about matters that are on the public record, and we set out the facts below for readers.\n\n"
    "2. The RSA is in fact narrower than existing legislation. The Minister explained this at length in Parliament, at "
    "paragraphs [12] and [14] of his speech, and the Committee's report sets out the same view at [40]-[52].\n\n"
    '3. The article claims that the rules are being used to "punish ordinary drivers". This is wrong, and the Court '
    "decides every case brought under the Act in the end.\n\n"
    "4. We hope that the Daily Courier will acknowledge the facts set out in this letter, and correct its story.\n\n"
)
NOTES = (
    '1. Second Reading Speech by the Minister for Transport on the Road Safety Bill ("RSA Second Reading Speech") at '
    "[18]-[39], available here.\n\n"
    '2. RSA Second Reading Speech at [250]; Ministry of Transport Press Release, "New Bill on Road Safety" at [12], '
    "available here.\n\n"
    '3. Report of the Select Committee on Road Safety ("Committee Report") at [238], available here.\n\n'
    "4. Committee Report at [240]-[244].\n\n"
)


# -- pinpoints to numbered paragraphs are no note markers -------------------------------------------------------------


def test_a_pinpoint_to_numbered_paragraphs_is_no_note_marker():
    result, _report = built(HEAD + "12 March 2021\n\n" + BODY + "MINISTRY OF TRANSPORT\n\n" + NOTES)
    assert "[^12]" not in result.markdown and "[^40]" not in result.markdown and "[^18]" not in result.markdown
    assert "paragraphs [12] and [14] of his speech" in result.markdown and "at [40]-[52]" in result.markdown
    assert not [p for p in result.problems if "cited but never defined" in p.message or "is missing" in p.message]


def test_a_bracketed_number_after_a_sentence_stays_a_note_marker():
    """Near miss: '… legislation. [1]' cites note 1; only 'at', 'paragraph(s)', 'page(s)' or a range make a pinpoint."""
    text = HEAD + "12 March 2021\n\n" + BODY.replace("narrower than existing legislation.", "narrower than existing legislation. [1]")
    result, report = built(text + "Notes\n\n[1] Road Safety Act 2019, section 4.\n")
    assert "legislation. [^1]" in result.markdown
    assert report.notes["1"].citations


# -- footnotes whose markers the copy lost ----------------------------------------------------------------------------


def test_citations_numbered_from_1_again_under_the_text_are_its_notes():
    result, report = built(HEAD + "12 March 2021\n\n" + BODY + "MINISTRY OF TRANSPORT\n\n" + NOTES + "Last updated on 12 March 2021\n")
    assert sorted(report.notes) == ["1", "2", "3", "4"]
    assert report.notes["4"].text == "Committee Report at [240]-[244]."
    assert [p.message for p in result.problems if "note" in p.message] == [
        "none of the 4 notes is cited in the text: the export lost their markers (superscript numbers?)"
    ]


def test_the_lost_markers_glued_to_the_words_cite_them():
    body = BODY.replace('drivers". This', 'drivers".1 This').replace("legislation. The", "legislation.2 The")
    _result, report = built(HEAD + "12 March 2021\n\n" + body + "MINISTRY OF TRANSPORT\n\n" + NOTES)
    assert report.notes["1"].citations and report.notes["2"].citations


def test_a_closing_numbered_list_of_points_stays_the_texts():
    """Near miss: a list numbered from 1 again under the text that cites nothing is the text's own list."""
    points = (
        "1. Drivers should keep to the speed limit on every road.\n\n"
        "2. Councils should repair the worst junctions first.\n\n"
        "3. The ministry should publish its figures every quarter.\n\n"
    )
    result = import_text(HEAD + "12 March 2021\n\n" + BODY + "We ask for three things:\n\n" + points, "export.txt")
    assert "[^1]:" not in result.markdown
    assert "1. Drivers should keep to the speed limit on every road." in result.markdown


# -- a CMS's posted-on line, an attachment's link, the sign-off, the page's update stamp --------------------------------


def test_a_posted_in_category_line_under_the_headline_is_the_date_line():
    result, report = built(HEAD + "12 March 2021 Posted in Replies\n\n" + BODY)
    assert str(report.date) == "2021-03-12"
    assert not [p for p in result.problems if "date" in p.message]
    assert "Posted in Replies" not in result.markdown


def test_a_download_link_and_the_issuers_sign_off_are_no_sections():
    text = HEAD + "12 March 2021\n\n" + BODY + "Annex A - Publicly Available Materials (120KB)\n\nMINISTRY OF TRANSPORT 12 MARCH 2021\n\n"
    result, report = built(text + NOTES + "Last updated on 12 March 2021\n")
    assert headings(report) == []
    assert "Annex A - Publicly Available Materials (120KB)" in result.markdown and "MINISTRY OF TRANSPORT 12 MARCH 2021" in result.markdown
    assert "Last updated" not in result.markdown


def test_an_annex_printed_in_the_text_keeps_its_heading():
    """Near miss: an annex heading with no file size over the annex's own paragraphs, and a sentence saying when the
    rules were last updated, are the text's."""
    annex = "Annex A - Publicly Available Materials\n\nThe Second Reading Speech and the Committee's report are both on the public record, with the ministry's answers to the consultation.\n\n"
    result, report = built(HEAD + "12 March 2021\n\n" + BODY + annex + "Last updated on 12 March 2021 after the review of the Act.\n")
    assert "Annex A - Publicly Available Materials" in headings(report)
    assert "Last updated on 12 March 2021 after the review of the Act." in result.markdown


def test_a_sign_off_on_two_lines_is_no_section():
    text = HEAD + "12 March 2021\n\n" + BODY + "MINISTRY OF TRANSPORT SINGAPORE\n\n12 MARCH 2021\n\n" + NOTES
    result, report = built(text)
    assert headings(report) == []
    assert "MINISTRY OF TRANSPORT SINGAPORE" in result.markdown and "12 MARCH 2021" in result.markdown


def test_a_heading_in_capitals_over_prose_stays_a_heading():
    """Near miss: a heading in capitals over the text's paragraphs, with no day under it, heads a section."""
    closing = (
        "OUR POSITION ON THE ACT\n\nThe ministry stands by the Act and will publish the Committee's report with its answers in full next month.\n"
    )
    _, report = built(HEAD + "12 March 2021\n\n" + BODY + closing)
    assert "OUR POSITION ON THE ACT" in headings(report)


# -- a numbered list goes on past a quotation set between two of its points -------------------------------------------


QUOTED_POINT = (
    "1. The fees rise by four per cent, not by half as the article says.\n\n"
    "2. Every operator was invited to the consultation. As the Chief Executive told the council:\n\n"
    '"We met every operator who asked to meet us. Forty-one of them did, over six weeks."\n\n'
    "3. Thus the final scale was changed twice after the operators' comments.\n\n"
    "4. We hope that the Courier will correct its article.\n\n"
)


def test_a_numbered_list_goes_on_past_a_quotation_between_its_points():
    result = import_text(HEAD + "12 March 2021\n\n" + QUOTED_POINT, "export.txt")
    assert "\n3. Thus the final scale was changed twice" in result.markdown
    assert "\n4. We hope that the Courier" in result.markdown
    assert "3\\." not in result.markdown and "4\\." not in result.markdown


def test_a_point_numbered_out_of_turn_or_under_a_heading_does_not_go_on_with_the_list():
    """Near misses: a paragraph numbered past the next point ('5.' after '2.'), or one under a new heading, is no item of
    the list above it."""
    skipped = QUOTED_POINT.replace("3. Thus", "5. Thus").replace("4. We hope", "6. We hope")
    result = import_text(HEAD + "12 March 2021\n\n" + skipped, "export.txt")
    assert "5\\. Thus the final scale" in result.markdown
    headed = QUOTED_POINT.replace("3. Thus", "Our answer\n\n3. Thus")
    result = import_text(HEAD + "12 March 2021\n\n" + headed, "export.txt")
    assert "3\\. Thus the final scale" in result.markdown and "## Our answer" in result.markdown


def _summary(markdown: str) -> str:
    return next(line for line in markdown.splitlines() if line.startswith("summary = "))


def test_a_reply_in_numbered_paragraphs_is_summed_up_by_its_paragraph_one_not_a_quotation_under_them():
    quoted = '"The Bill sets out the law as it stands now, with one change, and the Court keeps the last word on each case."\n\n'
    result = import_text(HEAD + "5 May 2024\n\n" + BODY + quoted + "5. Thus the law was kept as it was.\n", "reply.txt")
    assert _summary(result.markdown).startswith('summary = "We refer to the recent Daily Courier')


def test_near_miss_key_points_under_their_heading_leave_the_summary_to_the_first_paragraph():
    points = "1. Roads are safer.\n\n2. Fines are lower.\n\n3. Courts decide.\n\n"
    text = (
        HEAD
        + "5 May 2024\n\nKey Points\n\n"
        + points
        + "Introduction\n\n"
        + ("The Road Safety Act came into force in January after two years of debate in Parliament and on the roads.\n")
    )
    result = import_text(text, "brief.txt")
    assert _summary(result.markdown).startswith('summary = "The Road Safety Act came into force')
