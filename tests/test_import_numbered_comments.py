"""Readers' comments closing a page copied whole, each under its votes' count, its poster's handle and the time it was
posted ('2' / 'harbourfan' / '01-06-2011 09:27pm'), and the page's keyword label over them: the site's, no sections."""

from __future__ import annotations

from dossier.importer import import_text

STORY = [
    "Harbour youth leave the coalition",
    "By Ana Kell",
    "28 May 2011",
    "To the dismay of the coalition, the party announced on Saturday that it is pulling its youth wing out of it.",
    "“There are no representatives of the party in the coalition,” said party secretary general Rune Hossa.",
]
COMMENTS = ["Search Keywords:", "Velden | Harbour Day of Rage | youth", "2", "harbourfan", "01-06-2011 09:27pm", "Old guard"]
COMMENTS += ["These people will never change. I hope the voters see through them.", "1", "marta", "29-05-2011 11:26am", "Youth"]
COMMENTS += ["The coalition had better understand who is calling the shots."]


def test_numbered_comments_and_the_keyword_label_over_them_are_left_out() -> None:
    result = import_text("\n\n".join(STORY + COMMENTS) + "\n", "story.txt")
    assert "sections: 0 top-level" in " ".join(result.summary)
    for line in ("Search Keywords", "harbourfan", "Old guard", "These people will never change"):
        assert line not in result.markdown
    assert "said party secretary general Rune Hossa." in result.markdown


def test_one_numbered_entry_is_no_comments_list() -> None:
    result = import_text("\n\n".join(STORY + COMMENTS[2:7]) + "\n", "story.txt")
    assert "These people will never change" in result.markdown
