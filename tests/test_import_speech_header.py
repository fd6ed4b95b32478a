"""A speech or address as its PDF prints it: the party's name, the speaker's line, the office and the date over the
speech's title. The title is the line under that header, never the speaker's line; the speaker is the author. Passages
of our own, with near misses that keep their old reading."""

from __future__ import annotations

from imported import built

BODY = (
    "In the spring of 2002 the Government promised the towns of the Riverina a plan for their water. Two years on\n"
    "there is no plan, no money and no word from the Minister about when either will arrive. The farmers I met last\n"
    "week told me that they had stopped waiting for the capital and had started to buy water from each other.\n\n"
    "That is not a policy. It is the absence of one, and the towns are paying for it in closed shops and empty\n"
    "schools. Tonight I want to set out what we would do differently, and why it would cost less than nothing.\n"
)


def test_the_title_under_a_speech_header_is_the_title_and_the_speaker_the_author():
    for header in (
        "Harbour Labour Party\n\nSenator Margaret Tolland\n\nShadow Minister for Rural Affairs\n\n14 March 2004\n\n",
        "14 March 2004\n\n3\n\nThe Hon Margaret Tolland MP\n\nMinister for Rural Affairs\n\n",
        "Senator Margaret Tolland\n\nShadow Minister for Rural Affairs Address to the Valley Forum, Eastport 14 March 2004\n\n",
    ):
        result, report = built(header + "Water, towns and the long dry\n\nAddress to the Valley Farmers' Forum, Eastport\n\n" + BODY)
        assert report.title == "Water, towns and the long dry", header
        assert [a.name for a in report.authors] == ["Margaret Tolland"], header
        assert report.date is not None and report.date.isoformat() == "2004-03-14", header
        assert "Tolland" not in report.title and "Margaret Tolland" not in "\n".join(result.markdown.split("+++")[2:]), header


def test_a_catalogue_line_over_the_header_is_the_summary():
    _, report = built(
        "Water and the long dry. Address to the Valley Farmers' Forum, Eastport.\n\n2004-03-14\n\n1\n\nSenator Margaret Tolland\n\n"
        "Shadow Minister for Rural Affairs\n\n“Water, towns” - the long dry\n\nIntroduction\n\n" + BODY
    )
    assert report.title == "“Water, towns” - the long dry"
    assert report.summary.startswith("Water and the long dry. Address")
    assert [a.name for a in report.authors] == ["Margaret Tolland"]


def test_near_misses_keep_their_reading():
    """No date in the header (a release's office line), a name with no title or seat, prose over the speaker's line."""
    before = "Harbour Labour Party\n\nSenator Margaret Tolland\n\nShadow Minister for Rural Affairs\n\nWater, towns and the long dry\n\n"
    result, _ = built(before + BODY)
    assert "the speech's header" not in " ".join(result.inferred)
    result, _ = built("Margaret Tolland\n\nRural Affairs\n\n14 March 2004\n\nWater, towns and the long dry\n\n" + BODY)
    assert "the speech's header" not in " ".join(result.inferred)
    prose = "The minister spoke at length about the water of the valley and the towns, as the agencies reported that week.\n\n"
    result, _ = built(prose + "Senator Margaret Tolland\n\n14 March 2004\n\nWater, towns and the long dry\n\n" + BODY)
    assert "the speech's header" not in " ".join(result.inferred)


def test_the_speakers_line_is_read_by_its_words():
    """The seat's letters after the name, a comma before them; a long line (a line of spaces) is no speaker's line."""
    from dossier.speechheader import speaker_name

    assert speaker_name("The Hon Margaret Tolland, MP") == "Margaret Tolland"
    assert speaker_name("Margaret Tolland MLA AO") == "Margaret Tolland"
    assert speaker_name("Margaret Tolland") == "" and speaker_name("Senator") == ""
    assert speaker_name("Senator Margaret" + " " * 25_000 + "Tolland MP") == ""
