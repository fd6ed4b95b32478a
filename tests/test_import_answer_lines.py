"""Lines that read as headings by their shape but are a story's sentences or a list's captions: a one-line answer in an
interview write-up, a list's caption ending on a colon, and a Markdown post whose lines run to one width. Passages of our
own, each with a near miss."""

from __future__ import annotations

from imported import built, headings

TOP = "Harbour toll row deepens\n\nThursday 5 March 2026\n\n"
EXCHANGE = (
    "When Inspector Ruth Kalder was asked if the harbour police were consulted about the toll by radio host Paul Grady "
    "on Thursday morning, she replied: 'No.'\n\n"
    "'At no stage?' Grady asked.\n\n"
    "{answer}\n\n"
    "Opposition leader Tom Farrow attacked the decision on Monday and said the board had gone too far this time.\n\n"
    "'The toll should go. It is a tax on workers and on the families who cross the harbour every morning.'\n"
)


def test_a_one_line_answer_with_its_verb_of_saying_is_no_heading():
    for answer in ("Again Inspector Kalder replied: 'No.'", 'Again Inspector Kalder answered, "Never."'):
        _, report = built(TOP + EXCHANGE.format(answer=answer))
        assert headings(report) == [], answer
    # near miss: a subhead in title case quoting a phrase, over the prose it heads, stays a heading
    _, report = built(TOP + EXCHANGE.format(answer="Kalder Says 'No Deal'"))
    assert "Kalder Says 'No Deal'" in headings(report)


STAGES = (
    "The council set out its plan for the harbour on Monday, with stages over the winter as the cases fall.\n\n"
    "Stage one - March 2:\n\n- Cafes reopen with take away only\n\n- Boats may moor for two hours\n\n"
    "Stage two - March 28:\n\n- Public gatherings increase again to five people from a maximum of two households\n\n"
    "- Markets return to the quay with safety measures in place\n\n"
    "Stage three - Pier normal:\n\n- No limits on moorings\n\n- Markets return\n"
)


def test_a_caption_ending_on_a_colon_over_a_list_is_no_heading():
    _, report = built(TOP + STAGES)
    assert headings(report) == []
    # near miss: a title-case label over a list stays a heading
    _, report = built(TOP + STAGES.replace("Stage two - March 28:", "Key Changes From March:"))
    assert headings(report) == ["Key Changes From March:"]


def test_a_markdown_post_keeps_its_paragraphs_apart_whatever_their_width():
    # lines near one width with a blank line between each look like a PDF viewer's double-spaced copy; in a Markdown
    # post (front matter) a blank line ends a paragraph
    words = ["toll", "ferry", "quay", "board", "pier", "market"]
    names = [
        "Ada",
        "Bram",
        "Cora",
        "Dov",
        "Edda",
        "Finn",
        "Gus",
        "Hana",
        "Ivo",
        "Jana",
        "Kai",
        "Lena",
        "Milo",
        "Nora",
        "Otto",
        "Pia",
        "Quin",
        "Rosa",
        "Sven",
        "Tia",
    ]
    lines = [  # a post's sentences and its photo captions, which end on no full stop
        f"The {words[n % 6]} came up again as the harbour board met, and the {words[(n + 1) % 6]} was put off."
        if n % 2
        else f"Skipper {names[n // 2]} brings the {words[n % 6]} in, a week before the board's vote on the {words[(n + 1) % 6]} toll"
        for n in range(40)
    ]
    post = "---\ntitle: Harbour toll row deepens\ndate: 2026-03-05\n---\n" + "\n\n".join(lines) + "\n"
    _, report = built(post)
    paragraphs = [p.text for s in report.sections for p in s.paragraphs]
    assert len(paragraphs) == 40
