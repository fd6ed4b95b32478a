"""The authors' notes closing a syndicated piece under their label ('Author Bios:' on its line, or run into the first
note): each note's name is an author (a reporter's too), the label is no section and no words of the text. Under a
portal's source line ('Article: Harbour Media Trust' under its stamp) the notes name the writers, the portal's line none.
A person the story names before a closing note about them is no author."""

from __future__ import annotations

from imported import body_text, built, headings

TOP = ["Velden Library Keeps Its Sunday Hours", "2023-05-12"]
STORY = [
    "The town board voted on Thursday evening to keep the library open on Sundays for another two years.",
    "“Sunday is when the families come,” Ilse Marrow, who runs the reading room, said after the vote.",
    "The board will find the money from the parks budget, its treasurer said.",
    "The parks budget loses a mower and a summer post. “We can live with that,” a gardener told the meeting.",
]
BIOS = [
    "Orla Kestrel is a reporter in Port Ellis covering the town board and its budgets. Her work has appeared in the Coastal Post.",
    "Tomas Verel is a freelance writer covering libraries and schools in the north.",
]


def test_both_authors_under_an_author_bios_label_on_its_line() -> None:
    _, report = built("\n\n".join([*TOP, *STORY, "Author Bios:", *BIOS]) + "\n")
    assert [a.name for a in report.authors] == ["Orla Kestrel", "Tomas Verel"]
    assert "Author Bios:" not in headings(report) and "Author Bios" not in body_text(report)


def test_both_authors_under_a_label_run_into_the_first_note() -> None:
    _, report = built("\n\n".join([*TOP, *STORY, f"Author Bios: {BIOS[0]}", BIOS[1]]) + "\n")
    assert [a.name for a in report.authors] == ["Orla Kestrel", "Tomas Verel"]
    assert "Author Bios" not in body_text(report)


def test_a_person_the_story_named_is_no_author_under_the_label() -> None:
    # near miss: the librarian the story quotes, described at its end, writes nothing
    note = "Ilse Marrow is a librarian in Port Ellis and a partner at Marrow and Venn."
    _, report = built("\n\n".join([*TOP, *STORY, "Author Bios:", note, BIOS[1]]) + "\n")
    assert [a.name for a in report.authors] == ["Tomas Verel"]


def test_a_closing_note_on_the_photographer_names_no_author() -> None:
    # near miss: no byline, no label; the note names who took the pictures, not who wrote the text
    note = "Pia Lund is a photographer based in Port Ellis whose pictures of the reading room hang in the town hall."
    result, report = built("\n\n".join([*TOP, *STORY, note]) + "\n")
    assert report.authors == [] and note in result.markdown
