"""The authors' notes closing a syndicated piece under their label ('Author Bios:' on its line, or run into the first
note): each note's name is an author (a reporter's too), the label is no section and no words of the text. Under a
portal's source line ('Article: Harbour Media Trust' under its stamp) the notes name the writers, the portal's line none.
A person the story names before a closing note about them is no author."""

from __future__ import annotations

from imported import body_text, built, headings

TOP = ["River Towns Win Ruling Against Velden Mining", "2023-05-12"]
STORY = [
    "A court in Port Ellis has found Velden Mining liable for poisoning the Vale river, ending a nine-year case brought by six towns.",
    "“This ruling shows that distance is no shield,” Ilse Marrow, a lawyer for the towns, said after the verdict.",
    "The company said it would appeal the ruling to the high court within the month, its spokesman said.",
    "Court papers show the company paid local officials for years. “We knew what the water looked like,” an engineer told the court.",
]
BIOS = [
    "Orla Kestrel is a reporter in Port Ellis covering courts and the environment. Her work has appeared in the Coastal Post.",
    "Tomas Verel is a freelance writer covering mining and labour in the north.",
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
    # near miss: the lawyer the story quotes, described at its end, writes nothing
    note = "Ilse Marrow is a lawyer in Port Ellis and a partner at Marrow and Venn."
    _, report = built("\n\n".join([*TOP, *STORY, "Author Bios:", note, BIOS[1]]) + "\n")
    assert [a.name for a in report.authors] == ["Tomas Verel"]
