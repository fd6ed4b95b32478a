"""A speech or a paper as its text opens: the title (a line, or two where it is cut at its colon over its subtitle),
then the line naming the kind of talk, the speaker and his post, and where and when it was given ('Address by Jane
Roe, Director of the Harbour Institute, to the Coastal Forum, Porto Vale, 3 March 2004'). The title is whole, the
speaker is the author with his post as the role, the line is the summary, no section. Passages of our own, with near
misses."""

from __future__ import annotations

from imported import built, headings

OCCASION = "Address by Jane Roe, Director of the Harbour Institute, to the Coastal Forum, Porto Vale, 3 March 2004"
BODY = (
    "The harbour is not out of trouble, and three issues remain open for the city and the port this year.\n\n"
    "The flaws in the design of the seawall have been matched by flaws in the works on it, and the council knows it.\n\n"
    "Seawalls\n\nThe broken seawall has stood unrepaired for ten years, a feat in a city this rich and this close to the sea.\n"
)


def test_a_title_cut_at_its_colon_over_the_speakers_line():
    result, report = built(f"HARBOUR FUTURES:\n\nTEN YEARS AFTER THE FLOOD\n\n{OCCASION}\n\n{BODY}")
    markdown = result.markdown
    assert 'title = "Harbour Futures: Ten Years After the Flood"' in markdown
    assert 'name = "Jane Roe"' in markdown and 'role = "Director of the Harbour Institute"' in markdown
    assert "date = 2004-03-03" in markdown and f'summary = "{OCCASION}"' in markdown
    assert headings(report) == ["Seawalls"]


def test_a_title_on_one_line_and_a_lecture():
    occasion = "Lecture given by Tomas Ekdal, Professor of Coastal Engineering, at the Vell Institute, 12 May 2010"
    result, _report = built(f"Why Seawalls Fail\n\n{occasion}\n\n{BODY}")
    assert 'title = "Why Seawalls Fail"' in result.markdown and 'name = "Tomas Ekdal"' in result.markdown
    assert 'role = "Professor of Coastal Engineering"' in result.markdown


def test_a_line_naming_no_person_gives_no_author():
    occasion = "Address by the Minister for Ports to the Coastal Forum, Porto Vale, 3 March 2004"
    result, _report = built(f"Harbour Futures\n\n{occasion}\n\n{BODY}")
    assert "[[authors]]" not in result.markdown


def test_a_sentence_over_the_line_is_no_title():
    result, _report = built(f"The harbour has changed since the flood.\n\nHarbour Futures\n\n{OCCASION}\n\n{BODY}")
    assert "[[authors]]" not in result.markdown


def test_a_post_with_at_in_it_is_whole():
    occasion = "Address by Jane Roe, Professor at Vell University, to the Coastal Forum, Porto Vale, 3 March 2004"
    result, _report = built(f"Harbours and Trade\n\n{occasion}\n\n{BODY}")
    assert 'name = "Jane Roe"' in result.markdown and 'role = "Professor at Vell University"' in result.markdown


def test_a_titled_speaker_is_named_without_the_title():
    for occasion in ("Speech by Senator Jane Roe to the Coastal Forum", "Address by Dr Jane Roe, Director of the Harbour Institute"):
        result, _report = built(f"Harbours and Trade\n\n{occasion}\n\n{BODY}")
        assert 'name = "Jane Roe"' in result.markdown, occasion


def test_a_name_ending_at_to_with_no_comma_and_no_post():
    result, _report = built(f"Harbours and Trade\n\nSpeech by Jane Roe to the Coastal Forum, Porto Vale\n\n{BODY}")
    assert 'name = "Jane Roe"' in result.markdown and "role = " not in result.markdown
