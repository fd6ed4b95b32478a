"""A speech or address as its PDF prints it: a party's or an office's name, the speaker's line, the office and the date
over the speech's title. The title is the line under that header, never the speaker's line; the speaker is the author.
A header is a politician's only where it says so (a parliament's mark, a party's or an office's name); a report's
author block keeps its old reading. Passages of our own, with near misses that keep their old reading."""

from __future__ import annotations

from imported import built

BODY = (
    "When this council last met in the old hall the ferries still ran twice an hour to the outer islands. Today they run\n"
    "twice a day, and the families who depend on them have learned to plan a week ahead for a visit to the doctor. I\n"
    "have spent the winter listening to them, and what they asked for was not money but a timetable they can trust.\n\n"
    "That is what this plan offers. It is modest, it is costed, and it can begin in the spring if this chamber wants it\n"
    "to. Let me set out the three parts of it and what each of them would cost the ratepayers of the coast.\n"
)


def test_the_title_under_a_speech_header_is_the_title_and_the_speaker_the_author():
    for header in (
        "Office of the Premier\n\nMs Ruth Calder\n\nPremier of Westland\n\n2 May 2019\n\n",  # an office's name over a plain title
        "Westland Green Party\n\nDr Ruth Calder\n\n2 May 2019\n\n",  # a party's name over a doctor
        "2 May 2019\n\nThe Hon. Ruth Calder\n\nTreasurer\n\n",  # the style of address
        "Ruth Calder MLA\n\nMember for Northbay\n\n2 May 2019\n\n",  # the seat's letters alone
        "Sen. Ruth Calder\n\nLeader of the Opposition in the Senate, Harbour Chamber of Commerce 2 May 2019\n\n",
    ):
        result, report = built(header + "A timetable for the islands\n\nSpeech to the Coastal Councils' Assembly, Northbay\n\n" + BODY)
        assert report.title == "A timetable for the islands", header
        assert [a.name for a in report.authors] == ["Ruth Calder"], header
        assert report.date is not None and report.date.isoformat() == "2019-05-02", header
        assert "Ruth Calder" not in "\n".join(result.markdown.split("+++")[2:]), header


def test_a_catalogue_line_over_the_header_is_the_summary():
    _, report = built(
        "Ferries for the islands. Remarks at the Northbay Pier Opening, Northbay.\n\n2019-05-02\n\n2\n\nThe Hon Ruth Calder MP\n\n"
        "Minister for Transport\n\nA timetable for the islands\n\n" + BODY
    )
    assert report.title == "A timetable for the islands"
    assert report.summary.startswith("Ferries for the islands. Remarks")
    assert [a.name for a in report.authors] == ["Ruth Calder"]


def test_a_reports_author_block_is_no_speech_header():
    """A report's title in title case over a doctor's name, her post and the date, then the body's first heading: the
    report's title stays the title and the heading stays a heading; so with no title over the block."""
    for top in ("Annual Review Of Northbay Ferries\n\n", "", "Harbour Ferries Review 2019\n\n"):
        result, report = built(top + "Dr Ruth Calder\n\nDirector of Research\n\n2 May 2019\n\nKey findings\n\n" + BODY)
        assert "the speech's header" not in " ".join(result.inferred), top
        assert report.title != "Key findings", top
        assert "Key findings" in result.markdown.split("+++")[2], top
    result, report = built("Annual Review Of Northbay Ferries\n\nMr Tom Vale\n\n2 May 2019\n\nA timetable for the islands\n\n" + BODY)
    assert report.title == "Annual Review Of Northbay Ferries"


def test_a_generic_heading_under_a_politicians_header_is_no_title():
    result, _ = built("Senator Ruth Calder\n\nMinister for Transport\n\n2 May 2019\n\nIntroduction\n\n" + BODY)
    assert "the speech's header" not in " ".join(result.inferred)


def test_near_misses_keep_their_reading():
    """No date in the header (a release's office line), a name with no title or seat, prose over the speaker's line."""
    result, _ = built("Westland Green Party\n\nSenator Ruth Calder\n\nMinister for Transport\n\nA timetable for the islands\n\n" + BODY)
    assert "the speech's header" not in " ".join(result.inferred)
    result, _ = built("Ruth Calder\n\nTransport\n\n2 May 2019\n\nA timetable for the islands\n\n" + BODY)
    assert "the speech's header" not in " ".join(result.inferred)
    prose = "The minister spoke at length about the ferries of the coast and the islands, as the papers reported that week.\n\n"
    result, _ = built(prose + "Senator Ruth Calder\n\n2 May 2019\n\nA timetable for the islands\n\n" + BODY)
    assert "the speech's header" not in " ".join(result.inferred)


def test_the_speakers_line_is_read_by_its_words():
    """The seat's letters after the name, a comma before them; a long line (a line of spaces) is no speaker's line."""
    from dossier.speechheader import speaker_name

    assert speaker_name("The Hon Ruth Calder, MP") == "Ruth Calder"
    assert speaker_name("Ruth Calder MLA AO") == "Ruth Calder"
    assert speaker_name("Dr. Ruth Calder") == "Ruth Calder"
    assert speaker_name("Ruth Calder") == "" and speaker_name("Senator") == "" and speaker_name("Dr") == ""
    assert speaker_name("Senator Ruth" + " " * 25_000 + "Calder MP") == ""
