"""A paper's endnotes cited by numbers glued to a word or a stop ('the Harbour Church.2 Its role'), in a text whose
quotations mark an altered letter in brackets ('‘[i]n a quay …’', as scholars lower a quotation's first letter): the
altered letter is no note's marker, so the glued numbers still cite the notes; and a number listed after another and a
comma ('(Quay Post 3/5/02, 2,4)', pages 2 and 4) is never a marker, where a year and its comma ('between 1990 and 2003,2 when') keep theirs. Passages of our own."""

from __future__ import annotations

import textwrap

from dossier.importer import import_text

PARAGRAPHS = [
    "The action of the harbour churches in the ferry dispute is widely acknowledged by the town's councillors.",
    "This paper is concerned with the Harbour Church.2 Its role in the ferry dispute was large and varied, and the "
    "dispute itself was long, bitter and closely watched by the press along the whole of the northern coast.",
    "The same month, the Harbour Council noted that ‘[i]n a quay town the ferry is the street’, and asked the board to "
    "keep the night boats running until the spring tides were over and the new pier was open to the public.",
    "The board promised an inquiry into the night boats and their crews.3 However, the strikes went on for a month "
    "and the churches took the crews' families into their halls (Quay Post 3/5/02, 2,4).",
    "Support for the closure fell markedly over the winter among the people of the harbour towns.4",
]
NOTES = [
    "1 Disclaimer: the author worked for the harbour board until 2003.",
    "2 From here on the term ‘Church’ means the Harbour Church and its bodies.",
    "3 There are six ferry lines on the northern coast.",
    "4 Support fell from 71% to 56% (Quay Post 13/3/2002, 3).",
]


def paper(paragraphs: list[str]) -> str:
    head = "Ferries and Faith: the harbour churches and the ferry dispute\n\nMs Jane Roe1\n\n"
    body = "\n\n".join("\n".join(textwrap.wrap(p, 80)) for p in paragraphs)
    tail = "\n\nREFERENCES\n\nRoe, Jane, 1999, Harbour Law, Quay Press, Harbourton\n"
    return head + "Introduction\n\n" + body + "\n\nENDNOTES\n\n" + "\n".join(NOTES) + tail


def test_an_altered_letter_in_brackets_leaves_the_glued_numbers_the_notes_markers():
    markdown = import_text(paper(PARAGRAPHS), "paper.txt").markdown
    assert "Harbour Church.[^2] Its role" in markdown
    assert "crews.[^3] However" in markdown
    assert "harbour towns.[^4]" in markdown
    assert "‘[i]n a quay town" in markdown  # the quotation's letter as written


def test_a_number_listed_after_a_comma_and_a_number_is_no_marker():
    paragraphs = [p.replace("‘[i]n", "‘in") for p in PARAGRAPHS]
    markdown = import_text(paper(paragraphs), "paper.txt").markdown
    assert "Harbour Church.[^2] Its role" in markdown and "3/5/02, 2,4)" in markdown
    assert "harbour towns.[^4]" in markdown


def test_a_bracketed_number_still_cites_its_note():
    paragraphs = [p.replace("Church.2 Its", "Church [2]. Its") for p in PARAGRAPHS]
    markdown = import_text(paper(paragraphs), "paper.txt").markdown
    assert "Church [^2]. Its" in markdown or "Church[^2]. Its" in markdown


def test_a_marker_glued_to_a_years_comma_outside_brackets_is_read():
    paragraphs = [
        p.replace("‘[i]n", "‘in").replace(
            "Its role in the ferry dispute was large", "Its role grew between 1990 and 2003,2 when the dispute was large"
        )
        for p in PARAGRAPHS
    ]
    paragraphs[1] = paragraphs[1].replace("Church.2 Its", "Church. Its")
    markdown = import_text(paper(paragraphs), "paper.txt").markdown
    assert "2003,[^2] when" in markdown
