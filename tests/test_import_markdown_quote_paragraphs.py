"""A Markdown block quote of several paragraphs ('>' lines parted by a bare '>') keeps its paragraphs, and its own
subheads ('> #### …') are lines of the quotation, never '####' in its words nor the report's sections. Passages of our
own, with near misses."""

from __future__ import annotations

from imported import built, headings

TOP = '---\ntitle: "Harbour ministry answers Northland"\ndate: 2021-03-04\n---\n\nThe Harbour ministry has answered the accusations.\n\n'


def test_a_block_quotes_paragraphs_and_subheads_stay_apart():
    text = TOP + (
        "> #### Northland sanctions\n>\n> Northland has produced a series of sanctions.\n>\n> These steps will not remain unanswered.\n>\n"
        "> #### The minister's interview\n>\n> In an interview, the minister called the dispute a tactical ploy.\n\nThe ministry closed so.\n"
    )
    result, report = built(text)
    quoted = [p.text for s in report.sections for p in s.paragraphs if p.kind == "quote"]
    assert quoted == [
        "Northland sanctions",
        "Northland has produced a series of sanctions.",
        "These steps will not remain unanswered.",
        "The minister's interview",
        "In an interview, the minister called the dispute a tactical ploy.",
    ]
    assert "####" not in result.markdown and not headings(report)


def test_a_block_quotes_lines_with_no_bare_marker_between_stay_one_paragraph():
    # near miss: a quotation wrapped over two '>' lines is one paragraph
    _, report = built(TOP + "> Northland has produced a series\n> of sanctions this week.\n\nThe ministry closed so.\n")
    quoted = [p.text for s in report.sections for p in s.paragraphs if p.kind == "quote"]
    assert quoted == ["Northland has produced a series of sanctions this week."]
