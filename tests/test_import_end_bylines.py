"""A news story's byline given where the top gives none: at the end after a dash, as wire copy and many papers sign
('—Jane Roe and John Doe'), or as a site's field label over the name ('WRITER:' / 'Jane Roe'). The authors, never a
section of the text. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import body_text, built, headings

HEAD = "Ferry fares rise again in Norvel\n\n3 April 2025\n\n"
STORY = (
    "The ferry board raised fares for the second time this year, citing fuel costs and a shortage of crew on the night runs.\n\n"
    "Ada Quill, who chairs the riders' union, called the rise unfair to shift workers who have no other way to cross.\n\n"
    "The board did not reply to questions sent on Tuesday.\n\n"
)


def authors(result) -> list[str]:
    return [line.split('"')[1] for line in result.markdown.splitlines() if line.startswith("name = ")]


def test_names_after_a_dash_closing_the_story_are_its_authors():
    result, report = built(HEAD + STORY + "—Mara Vell, Tomas Orrin and Lia Santos\n")
    assert authors(result) == ["Mara Vell", "Tomas Orrin", "Lia Santos"]
    assert not headings(report) and "Mara Vell" not in body_text(report)


def test_one_name_after_a_dash_under_a_reported_quotation():
    story = STORY + '"We will take it to the council," said Ada Quill, the union’s chair.\n\n'
    result, report = built(HEAD + story + "—Oren Tasky\n")
    assert authors(result) == ["Oren Tasky"] and not headings(report)


def test_a_dash_and_a_name_under_a_quotation_is_its_credit():  # near miss: an epigraph's or a closing quote's credit
    result, _ = built(HEAD + STORY + "“The sea keeps no promises.”\n\n—Ada Quill\n")
    assert authors(result) == []


def test_a_dash_and_an_agency_stays():  # near miss: one word is an agency's credit, not a person
    result, _ = built(HEAD + STORY + "—Reuters\n")
    assert authors(result) == []


def test_a_dash_and_a_sentence_stays():  # near miss: a closing aside
    result, report = built(HEAD + STORY + "—The board meets again in May.\n")
    assert authors(result) == [] and "meets again" in body_text(report)


def test_a_writer_label_over_the_name_is_the_byline():
    result, report = built("Ferry fares rise again in Norvel\n\nPUBLISHED : 3 Apr 2025 at 11:08\n\nWRITER:\nMara Vell\n\n" + STORY)
    assert authors(result) == ["Mara Vell"] and not headings(report)


def test_a_writer_label_over_a_newspaper():
    result, report = built("Ferry fares rise again in Norvel\n\nPUBLISHED : 3 Apr 2025 at 11:08\n\nWriter:\nNorvel Morning Post\n\n" + STORY)
    assert authors(result) == ["Norvel Morning Post"] and not headings(report)


def test_an_author_label_over_a_sentence_is_no_byline():  # near miss
    result, _ = built("Ferry fares rise again in Norvel\n\n3 April 2025\n\nAuthor:\nThe board has not said who wrote the notice.\n\n" + STORY)
    assert authors(result) == []
