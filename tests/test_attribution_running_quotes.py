"""A quotation run over paragraphs of the text in the Commonwealth way, each paragraph left open and the next reopened
with a mark, the cue only in the last ('“…' / '“…' / '“…,” Ama Tervo said.'): its paragraphs are one run, as a block
quote's are, and every one is the speaker's. Passages of our own, with a near miss."""

from __future__ import annotations

from passages import attributed


def test_paragraphs_reopened_up_to_the_cue_are_all_the_speakers():
    for cue in ("Ama Tervo said", "said Ama Tervo, the harbour master", "the harbour master, Ama Tervo, told reporters"):
        body = (
            "The harbour board met on Tuesday to discuss the levy.\n\n"
            "“We will not ask the ferry crews to carry the cost of a breakwater the state let fall apart.\n\n"
            "“They have paid twice already, once in fares and once in lost sailings.\n\n"
            f"“The levy must end once the repairs are paid for,” {cue}.\n"
        )
        found = attributed(body)
        assert [name for name, _ in found] == ["Ama Tervo"], (cue, found)
        assert "ferry crews" in found[0][1] and "paid twice" in found[0][1], cue


def test_a_closed_quotation_over_a_new_one_is_not_run_into_it():
    """Near miss: a quoted paragraph closed in itself, then a cue paragraph quoting someone else: two speakers, the first
    paragraph not run into the second's quotation."""
    body = (
        "The harbour board met on Tuesday to discuss the levy.\n\n"
        "“We will not ask the ferry crews to carry the cost,” said Ama Tervo, the harbour master.\n\n"
        "“The levy must end once the repairs are paid for,” said Cy Dunn, the ferry operator.\n"
    )
    assert [name for name, _ in attributed(body)] == ["Ama Tervo", "Cy Dunn"]
