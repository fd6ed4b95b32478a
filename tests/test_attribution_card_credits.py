"""A quotation credited on the line under it, as victim and testimonial cards, NGO case boxes and epigraphs set it: a dash,
the name, perhaps a relation or an age. The importer may leave that line a paragraph, fold it into the block quote, or
read an en dash as a list's bullet. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements
from passages import attributed

CARD = "### Arno Vell, 22\n\nShot near the ferry pier on 4 June. Died in hospital.\n\n"


def test_an_en_dash_credit_read_as_a_one_line_list_credits_the_quotation():
    body = CARD + "> “They told us to wait outside until the doctors came.”\n\n- Mara Vell, his sister."
    assert [who for who, _ in attributed(body)] == ["Mara Vell"]


def test_a_dash_credit_inside_the_block_quote_credits_the_quotation_above_it():
    body = CARD + "> “They told us to wait outside until the doctors came.”\n>\n> — Mara Vell, 41"
    assert attributed(body) == [("Mara Vell", "They told us to wait outside until the doctors came.")]


def test_an_epigraphs_credit_in_its_block_quote_names_the_speaker():
    body = "> “Nobody in this town forgets the night the pier burned.”\n>\n> – Teodor Blik, harbour pilot, May 2019\n\nThe pier burned in 1998."
    assert [who for who, _ in attributed(body)] == ["Teodor Blik"]


def test_a_list_of_names_under_a_quotation_is_no_credit():
    body = "> “We will keep the pier open all winter.”\n\n- Mara Vell\n- Teodor Blik"
    assert attributed(body) == []


def test_a_photo_credit_under_a_quotation_credits_no_one():
    body = "The market reopened.\n\n“Fresh bread, honest prices”\n\n– Photo: Ostby Archive.\n\nTraders said sales were slow."
    assert attributed(body) == []


def test_a_photo_credit_read_as_a_list_item_credits_no_one():
    body = "> “Fresh bread, honest prices”\n\n- Picture: Ostby Archive"
    assert attributed(body) == []


POST = "The bridge will stay closed until the inspection is done, nobody knows when https://t.co/xYz12AbC"


def test_an_embedded_posts_text_is_the_one_its_signature_names_and_dated_by_it():
    body = f"A crane fell onto the harbour bridge.\n\n{POST}\n\n— Ilse Varga (@MayorVarga) March 2, 2026\n\nThe port said little."
    assert attributed(body) == [("Ilse Varga", POST)]
    assert dated(body) == [("2026-03-02", "text")]
    quoted = f"A crane fell onto the harbour bridge.\n\n> {POST}\n>\n> — Ilse Varga (@MayorVarga) March 2, 2026\n\nThe port said little."
    assert attributed(quoted) == [("Ilse Varga", POST)]


def test_a_line_under_a_paragraph_that_signs_no_post_credits_nothing():
    # near misses: a dash and a name with no handle; a handle with no date
    for line in ["— Ilse Varga, March 2, 2026", "— Ilse Varga (@MayorVarga) on the bridge"]:
        assert attributed(f"A crane fell onto the harbour bridge.\n\n{POST}\n\n{line}\n\nThe port said little.") == []


def dated(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-03-05\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    return [(str(s.date), s.date_basis) for s in extract_statements(report, Registry([])).statements]
