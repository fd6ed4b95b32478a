"""A blog theme's byline under the headline, 'Posted by: Jane Roe' (WordPress and the themes after it print it so, the
date on its line or the next): its author, never a kicker beside the title. 'Posted in: Harbour News' (the post's
category) and a user name ('Posted by admin') name no author. Passages of our own."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

STORY = (
    "The harbour police of Tarvik shut two ticket markets on the east quay last week, the commissioner, Ines Halder, said.\n\n"
    "“We will keep at it,” Halder said.\n"
)


def summary(header: str) -> str:
    result = import_text(f"Harbour Police Shut Two Ticket Markets\n\n{header}\n\n{STORY}", "post.txt")
    return " ".join(result.summary) + "\n" + result.markdown.split("+++")[2]


@pytest.mark.parametrize(
    "header",
    [
        "Posted by: Marta Quell\n\nMarch 4, 2019",
        "Posted by Marta Quell on March 4, 2019",
        "POSTED BY: MARTA QUELL\n\n4 March 2019",
        "Published by Marta Quell\n\nMarch 4, 2019",
    ],
)
def test_posted_by_under_the_headline_is_the_byline(header: str) -> None:
    text = summary(header)
    assert "authors: Marta Quell" in text and "kicker" not in text
    assert "Posted" not in text.split("\n", 1)[1] and "POSTED" not in text.split("\n", 1)[1]


@pytest.mark.parametrize("header", ["Posted in: Harbour News\n\nMarch 4, 2019", "Posted by admin\n\nMarch 4, 2019"])
def test_a_category_or_a_user_name_is_no_byline(header: str) -> None:  # near misses
    assert "authors: none found" in summary(header)
