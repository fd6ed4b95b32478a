"""A media release's masthead (its label after the issuer's name or the release's kind: furniture; the office line under
it: a line of the text) and its closing date line with its place: no sections. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built, headings

TOP = "Clinic hours cut in three northern towns\n\n2019-05-14\n\n"
TEXT = (
    "Tom Hadley has admitted he will cut the opening hours of the clinics in three northern towns.\n\n"
    "“Mr Hadley admitted no clinic is safe from his cuts,” Ms Varga said.\n\n"
    "Ms Varga said the budget for the northern clinics was at risk under the council's plan, which would close the "
    "evening hours in all three towns before the winter, when families who work by day most need a nurse after dark.\n"
)


def test_a_release_label_after_its_kind_is_the_masthead_and_the_office_line_under_it_a_line_of_the_text():
    """The label is left out; the office line under it is no heading (it names the minister the release's 'Ms Varga
    said' goes back to) and no summary."""
    for label in ("Campaign Media Release", "WESTVALE PARENTS Media Release", "Harbour Council Media Statement"):
        result, report = built(TOP + f"{label}\n\nMinister for Health Nora Varga\n\n" + TEXT)
        assert result.dropped.get("release masthead") == [label], label
        assert headings(report) == [] and "\nMinister for Health Nora Varga\n" in result.markdown, label
        assert report.summary.startswith("Tom Hadley has admitted"), label


def test_a_heading_naming_a_release_in_a_sentence_and_a_line_under_no_label_stay():
    """Near misses: a subheading about a release, and an office line with no release label over it."""
    _, report = built(TOP + TEXT + "\nReactions to the media release\n\n" + TEXT.replace("Tom Hadley", "Ines Marr"))
    assert headings(report) == ["Reactions to the media release"]
    result, _ = built(TOP + "Funding and staff\n\n" + TEXT)
    assert "release masthead" not in result.dropped


def test_a_closing_date_line_with_its_place_is_a_line_of_the_text_no_heading():
    """As the issuer's sign-off ('MINISTRY OF LAW 5 MAY 2020') is: kept as the text's last line, never a section."""
    result, report = built(TOP + TEXT + "\n14 MAY 2019 NORTHPORT\n")
    assert headings(report) == [] and "\n14 MAY 2019 NORTHPORT\n" in result.markdown


def test_a_capitals_heading_closing_the_text_stays_a_heading():
    """Near miss: a heading in capitals with no day in it, over the text's last paragraph."""
    _, report = built(TOP + TEXT + "\nNEXT STEPS IN NORTHPORT\n\nThe council votes again in June on the evening hours of the clinics.\n")
    assert headings(report) == ["NEXT STEPS IN NORTHPORT"]


def test_a_headline_or_a_heading_ending_on_a_release_label_stays():
    """Near misses: a headline that ends on 'Media Statement' after a possessive, and headings in the text (under its
    prose) that name a release: no masthead, the title and the sections stay."""
    result, report = built("Union Rejects Harbour Board’s Media Statement\n\n2019-05-14\n\n" + TEXT)
    assert report.title == "Union Rejects Harbour Board’s Media Statement"
    assert "release masthead" not in result.dropped
    for heading in ("Draft Press Release", "Harbour Council Media Statement", "The Council’s First Media Statement"):
        result, report = built(TOP + TEXT + f"\n{heading}\n\n" + TEXT.replace("Tom Hadley", "Ines Marr"))
        assert headings(report) == [heading], heading
        assert "release masthead" not in result.dropped, heading


def test_dated_headings_of_a_timeline_stay_headings():
    """Near miss of the day-first sign-off: the day and a few words in capitals over the text's prose are a timeline's
    headings; the same line closing the text, over a contact line only, is still its sign-off."""
    text = TOP + TEXT + "\n3 MARCH 2020 FIRST CLOSURE\n\n" + TEXT + "\n12 MARCH 2020 LOCKS REOPEN\n\n" + TEXT.replace("Tom Hadley", "Ines Marr")
    _, report = built(text)
    assert headings(report) == ["3 MARCH 2020 FIRST CLOSURE", "12 MARCH 2020 LOCKS REOPEN"]
    result, report = built(TOP + TEXT + "\n14 MAY 2019 NORTHPORT\n\nMedia contact: Lin Ferro 0400 111 222\n")
    assert headings(report) == [] and "\n14 MAY 2019 NORTHPORT\n" in result.markdown


def test_a_label_naming_the_issuer_and_a_joint_releases_issuers_are_the_masthead_no_sections():
    """'Media Release by …' and 'Joint Media Release with:' are the masthead; the other issuers' lines under it (the name
    in capitals, the seat's letters, the office; one set as a list's item) are lines of the text, no headings."""
    masthead = "Media Release by The Hon Nora Varga MP\n\nJoint Media Release with:\n\n• TOM HADLEY MP Minister for Ports\n\nINES MARR MP Member for Carrow\n\n"
    result, report = built(TOP + masthead + TEXT)
    assert result.dropped.get("release masthead") == ["Media Release by The Hon Nora Varga MP", "Joint Media Release with:"]
    assert headings(report) == [] and "\nINES MARR MP Member for Carrow\n" in result.markdown
    assert "\nTOM HADLEY MP Minister for Ports\n" in result.markdown
    assert report.summary.startswith("Tom Hadley has admitted")


def test_a_sentence_on_a_release_by_someone_stays():
    """Near miss: a paragraph that names a release and who issued it ends on its stop: the text's own."""
    result, _ = built(TOP + TEXT + "\nMedia release by the council was late again.\n")
    assert "release masthead" not in result.dropped


# -- who issued the release: the minister its masthead names is the author, a department or an office names none ----------


LEVY = (
    "The Minister for Harbours, Mira Tallent, today announced a levy on ferry tickets to pay for the new breakwater at Vells.\n\n"
    "“The breakwater will keep the ferries running through the winter storms,” Ms Tallent said.\n"
)


def authors(report) -> list[tuple[str, str]]:
    return [(author.name, author.role) for author in report.authors]


def test_the_minister_the_masthead_names_is_the_releases_author():
    _, report = built(TOP + "Campaign Media Release\n\nMinister for Health Nora Varga\n\n" + TEXT)
    assert authors(report) == [("Nora Varga", "Minister for Health")]
    masthead = "Media Release by The Hon Nora Varga MP\n\nJoint Media Release with:\n\n• TOM HADLEY MP Minister for Ports\n\n"
    _, report = built(TOP + masthead + TEXT)
    assert authors(report) == [("Nora Varga", "")]


def test_the_minister_under_the_headline_of_a_departments_release_is_its_author():
    for minister in ("Minister for Harbours Mira Tallent\n\n", "The Hon Mira Tallent MP\nMinister for Harbours\n\n"):
        result, report = built(
            "Department of Harbours\n\nMedia Release\n\nFerry levy to pay for new breakwater\n\n" + minister + "3 March 2024\n\n" + LEVY
        )
        assert report.title == "Ferry levy to pay for new breakwater", minister
        assert authors(report) == [("Mira Tallent", "Minister for Harbours")], minister
        assert not any(p.message.startswith("no byline found") for p in result.problems), minister


def test_near_miss_a_department_or_an_office_alone_is_no_author():
    """A release naming no minister is the department's: its publisher, no author; an office line naming no holder and
    a minister's line with no release label over the text name no author either."""
    _, report = built("Department of Harbours\n\nMedia Release\n\nFerry levy to pay for new breakwater\n\n3 March 2024\n\n" + LEVY)
    assert authors(report) == []
    _, report = built(TOP + "Campaign Media Release\n\nOffice of the Premier\n\n" + TEXT)
    assert authors(report) == []
    _, report = built(TOP + "Minister for Health Nora Varga\n\n" + TEXT)
    assert authors(report) == []


def test_near_miss_a_body_named_after_a_person_or_a_place_is_no_author():
    """'Media Release by Victoria Police'-shaped: a force, a hospital or a council whose name opens on a given name,
    with no courtesy, seat or office before it, is the body issuing the release, no author."""
    for issuer in ("Media Release by Clara Harbour Police", "Media Release from Grace Hospital", "Media Release by Florence Council"):
        _, report = built(issuer + "\n\nFerry levy to pay for new breakwater\n\n3 March 2024\n\n" + LEVY)
        assert authors(report) == [], issuer
    from dossier.releaseissuer import office_holder

    assert office_holder("Media Release by Florence Council") is None
    assert office_holder("Media Release by The Hon Nora Varga") == ("Nora Varga", "")
    assert office_holder("Media Release by Senator Nora Varga") == ("Nora Varga", "")
    assert office_holder("Media Release by Minister for Ports Nora Varga") == ("Nora Varga", "Minister for Ports")
