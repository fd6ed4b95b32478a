"""A blog's reply form under the post, copied line by line: its heading ('Leave a Reply'), the form's own notices
('Cancel reply', 'Your email address will not be published.') and its fields' labels ('Comment', 'Name', 'Website')."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = ["Harbour council approves ferry budget", "By Lena Marsh", "November 7, 2023"]
STORY = [
    "The council voted on Tuesday to fund two electric ferries for the eastern crossing, after a year of delays.",
    "“We need this,” said Mayor Ann Bell, who has pushed for the ferries since her election.",
]


def imported(lines: list[str]) -> tuple[str, str]:
    result = import_text("\n".join(lines) + "\n", "post.txt")
    return result.markdown.split("+++")[-1], "\n".join(result.summary)


def test_the_reply_form_under_the_post_is_the_sites() -> None:
    form = ["Leave a Reply", "Cancel reply", "Your email address will not be published.", "Required fields are marked", "*"]
    body, summary = imported(HEAD + STORY + form + ["Comment", "Name", "*", "Email", "*", "Website"])
    assert "sections: 0 top-level" in summary
    for line in ("Leave a Reply", "Cancel reply", "Website", "Email", "will not be published"):
        assert line not in body, line
    assert "“We need this,” said Mayor Ann Bell" in body


def test_a_leave_a_comment_form_with_its_login_notice() -> None:
    body, _ = imported(HEAD + STORY + ["Leave a Comment", "You must be logged in to post a comment."])
    assert "logged in" not in body and "Mayor Ann Bell" in body


def test_a_reply_heading_over_prose_stays() -> None:
    """A 'Leave a Comment' line over the report's own text, with none of the form's notices under it: the text stays."""
    lines = HEAD + STORY + ["Leave a Comment"]
    lines += ["Residents may write to the council about the ferry plan until the end of January, by post or by email."]
    body, _ = imported(lines)
    assert "Residents may write to the council" in body


def test_a_form_notice_in_the_text_is_the_texts() -> None:
    """The notice quoted in a story's sentence, under no form's heading, stays."""
    lines = HEAD + STORY + ["Cancel reply", "The button read “Cancel reply”, and most readers pressed it before they had finished typing."]
    body, _ = imported(lines)
    assert "most readers pressed it" in body
