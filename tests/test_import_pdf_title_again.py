"""In a PDF's text, a paper's title given again at the head of its next page, over the abstract or the first section
('\\f2' / 'HARBOUR DUES IN ARCADIA' / 'ABSTRACT: …'), is the paper's furniture, no section heading. Near misses: a
heading that differs from the title, and the same shape in a text with no pages (no form feed), stay headings.
Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

ABSTRACT = (
    "ABSTRACT: The harbours of Arcadia vary widely in how well they are run, and this paper argues that the\n"
    "number of boards on each quay explains most of the difference between the western and eastern ports.\n"
)
BODY = (
    "Introduction\n\n"
    "Estimates of the number of harbour boards in Arcadia range widely, and better data exist for the\n"
    "number of berths in each port, which the paper uses to measure the size of every harbour.\n\n"
    "Conflict\n\n"
    "In the north, the harbour union sought to split the workforce into two camps and to win the\n"
    "port, and the boards in turn resisted every move the union made over the following years.\n"
)


def paper(again: str, paged: bool = True) -> str:
    page = ("\f{}\n" if paged else "\n").format
    return "HARBOUR DUES IN ARCADIA\n\nJane Roe\n\n" + page(2) + again + "\n\n" + ABSTRACT + "\n" + BODY + page(3) + BODY


def test_the_title_given_again_at_a_pages_head_is_no_heading() -> None:
    for again in ("HARBOUR DUES IN ARCADIA", "Harbour Dues in Arcadia"):
        result = import_text(paper(again), "paper.txt")
        assert "## HARBOUR DUES" not in result.markdown and "## Harbour Dues" not in result.markdown
        assert result.dropped.get("the title given again at a page's head") == [again]


def test_another_heading_or_a_text_with_no_pages_keeps_it() -> None:
    assert "## HARBOUR BOARDS IN ARCADIA\n" in import_text(paper("HARBOUR BOARDS IN ARCADIA"), "paper.txt").markdown
    result = import_text(paper("HARBOUR DUES IN ARCADIA", paged=False), "paper.txt")
    assert "the title given again at a page's head" not in result.dropped
