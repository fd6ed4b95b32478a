"""An embedded social-media post's signature under its text ('Posted by Jane Roe MP on Wednesday, 18 November 2015', 'A
post shared by …'): a line of the text, never a section heading that parts the story (and its speaker's thread) in two."""

from __future__ import annotations

import pytest
from dossier.importer import import_text


def story(signature: str) -> str:
    return "\n\n".join(
        [
            "Mayor mocked over harbour cuts",
            "By Ana Kell",
            "March 4, 2021",
            "Mayor Ines Reyes was mocked at the council on Thursday after she complained about cuts her own party had voted for.",
            "“How is the mayor's campaign against herself going?” councillor Jon Varga asked her.",
            "I was as surprised as anyone to learn this week that the mayor is a champion of the harbour library, following her...",
            signature,
            "The mayor laughed, but insisted the savings were needed.",
            "“Every crown must be well spent,” she said.",
        ]
    )


@pytest.mark.parametrize(
    "signature",
    [
        "Posted by Jon Varga MP on Wednesday, 3 March 2021",
        "Posted by Jon Varga on Wednesday, March 3, 2021",
        "Posted by Harbour Greens on 3 March 2021",
        "A post shared by Jon Varga (@jonvarga) on Mar 3, 2021 at 9:15am PST",
    ],
)
def test_an_embedded_posts_signature_is_no_section(signature: str) -> None:
    result = import_text(story(signature), "story.txt")
    assert "## " not in result.markdown and f"\n{signature}\n" in result.markdown
    assert "sections: 0 top-level" in " ".join(result.summary)


@pytest.mark.parametrize("line", ["Posted by the board's staff", "Posted on the harbour wall"])
def test_lines_that_sign_no_post_are_read_as_before(line: str) -> None:
    result = import_text(story(line), "story.txt")
    assert line in result.markdown  # whatever they are read as, they are kept
