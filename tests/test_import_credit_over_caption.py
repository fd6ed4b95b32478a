"""A lead photo's labelled credit on its line under the byline ('Photo: Jane Roe/Harbour Times'), over its caption: the
caption is one sentence quoting nobody (captions' own test); the story's lede, a quotation in it or a second sentence,
stays the story's first paragraph. Passages of our own."""

from __future__ import annotations

from imported import built

HEAD = "Ferries return to Northbay pier\n\nBy Lena Moss\n\n2 May 2019\n\nPhoto: Ivo Brandt/Northbay Courier\n\n"


def _figures_and_body(text: str) -> tuple[str, str]:
    result, _ = built(text)
    body = result.markdown.split("+++")[2]
    figures = [part.split(":::")[0] for part in body.split(":::{figure}")[1:]]
    outside = "".join(part.split(":::", 1)[-1] for part in body.split(":::{figure}"))
    return "".join(figures), outside


REST = (
    "The first ferry is due to leave the pier at six in the morning, the board said in a statement after the meeting.\n\n"
    "Work on the new ticket office will start in the autumn.\n"
)


def test_a_lede_quoting_someone_is_no_caption():
    lede = 'The ferry board approved the new timetable for the islands on Tuesday. "We have waited ten years," pier master Tom Vale said.'
    figures, outside = _figures_and_body(HEAD + lede + "\n\n" + REST)
    assert "pier master Tom Vale said" in outside and "Tom Vale" not in figures


def test_a_lede_of_two_sentences_is_no_caption():
    lede = "The ferry board approved the new timetable for the islands on Tuesday. The service will run until October."
    figures, outside = _figures_and_body(HEAD + lede + "\n\n" + REST)
    assert "The service will run until October." in outside and "October" not in figures


def test_one_sentence_under_the_credit_is_its_caption():
    """Near miss: the lead photo's own caption, one sentence quoting nobody, stays its caption."""
    figures, outside = _figures_and_body(HEAD + "Passengers board the morning ferry at Northbay pier on Tuesday.\n\n" + REST)
    assert "Passengers board the morning ferry" in figures and "Passengers board" not in outside
