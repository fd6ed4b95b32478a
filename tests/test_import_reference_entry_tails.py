"""Under a paper's references heading, a wrapped entry's short last line on the line right under it goes on the entry
('… Oxford:' / 'Clarendon Press.', '… Harbourton,' / '12 February' / '2003.'): no name opens it and no year after words.
Near misses: an entry opening on a name ('Harbour Board, Annual Report.'), a short entry with its year ('Roe 2004.'), a
label of the list in title case ('Newspapers') and a line parted from the entry by a blank line stay apart. Passages of
our own."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "HARBOUR BOARDS IN ARCADIA\n\nIntroduction\n\nThe boards have failed (Doe 1997). Others disagree (Linden 1990; Poe 1974).\n\nReferences\n\n"
FIRST = "Doe, John 1997. ‘Boards and Berths’, Harbour Review 3(1):1-20.\n"
LAST = "Ross, Ed 2004, ‘What Do We Know About Tugs?’ Port Studies 41(3):337-356.\n"


def references(entries: str) -> str:
    return import_text(HEAD + FIRST + entries + LAST, "paper.txt").markdown.replace("\\", "")


def test_a_wrapped_entrys_short_last_line_goes_on_the_entry() -> None:
    markdown = references(
        "Linden, Ann 1990, The Politics of the Port in Arcadia. Oxford:\nClarendon Press.\n"
        "Poe, Edgar 1974. Harbour Boards: Black Unity or Black Chaos? Ringwood:\nPenguin.\n"
        "Quill, Tom 2003, ‘Tugs and Taboos’, Harbour Institute seminar paper: Harbourton,\n12 February\n2003.\n"
        "Stone, Ada 1999. Harbours of the Southern Isles (Volume II).\nNew York: Quay University Press.\n"
    )
    assert "Oxford: Clarendon Press." in markdown
    assert "Ringwood: Penguin." in markdown
    assert "Harbourton, 12 February 2003." in markdown
    assert "(Volume II). New York: Quay University Press." in markdown


def test_entries_labels_and_lines_set_apart_stay_apart() -> None:
    markdown = references(
        "Esk, Mary 2001. ‘Ports in Trouble’, Harbour Review 7(2):5-30.\nHarbour Board, Annual Report.\n"
        "Major, Mary 2002. ‘Roots of Decline’, Discussion Paper 2002/5.\nRoe 2004.\n"
        "Major, Mary 2003. ‘Roots of Recovery’, Discussion Paper 2003/1.\nNewspapers\n"
        "Harbour Times, 3 March 2004.\n"
        "Linden, Ann 1990, The Politics of the Port in Arcadia. Oxford:\n\nClarendon Press.\n\n"
    )
    assert "\n\nHarbour Board, Annual Report.\n" in markdown
    assert "\n\nRoe 2004.\n" in markdown
    assert "Discussion Paper 2003/1. Newspapers" not in markdown
    assert "Oxford: Clarendon Press." not in markdown


def test_lines_outside_a_references_list_are_left_alone() -> None:
    text = HEAD.replace("References", "Background") + "The boards met at Harbourton, in the old customs house,\n12 February\n2003.\n"
    markdown = import_text(text, "paper.txt").markdown
    assert "Harbourton, in the old customs house, 12 February 2003." not in markdown
