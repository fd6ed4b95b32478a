"""A note's text as the import leaves it: the stop after its number, 'ibid' saying of what, notes naming no outlet."""

from __future__ import annotations

from dossier.importer import import_page, import_text
from dossier.savedpage import read_saved_page

PARAGRAPH = "The harbour board heard the ferry operators over three days and read their statements in full before it wrote."


def inquiry_page(notes: str) -> bytes:
    cites = "".join(f'<sup><a href="#footnote{n}" name="footnoteref{n}">{n}</a></sup>' for n in range(1, 5))
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Harbour Inquiry | Chapter 2</title></head><body>'
        f"<article><h1>Chapter 2</h1><h2>The operators</h2><p>{PARAGRAPH} {cites}</p><p>{PARAGRAPH}</p></article>"
        f'<div id="footnotes">{notes}</div></body></html>'
    ).encode()


NOTES = "".join(
    f'<p class="footnote"><a href="#footnoteref{n}" name="footnote{n}">{n}</a>.  {text}</p>'
    for n, text in (
        (1, 'p12, lines 3-9, Mara Lind, <a href="https://example.org/Transcript-3-May.pdf">Transcript-3-May.pdf</a>'),
        (2, "p14, lines 1-2, <em>ibid</em>"),
        (3, 'p2, para 7, <a href="https://example.org/Statement-of-Ivo-Bram.pdf">Statement-of-Ivo-Bram.pdf</a>'),
        (4, "pp5-6, paras 9-11, ibid"),
    )
)


def test_the_stop_after_a_notes_number_is_left_out_and_ibid_says_of_what() -> None:
    result = import_page(read_saved_page(inquiry_page(NOTES), "chapter2.html"), "chapter2.html")
    notes = result.markdown.split("[^1]:", 1)[1]
    assert notes.startswith(" p12, lines 3-9, Mara Lind, [Transcript-3-May.pdf](https://example.org/Transcript-3-May.pdf)")
    assert "[^2]: p14, lines 1-2, ibid (note 1: Mara Lind, [Transcript-3-May.pdf](https://example.org/Transcript-3-May.pdf))" in notes
    assert "[^4]: pp5-6, paras 9-11, ibid (note 3: [Statement-of-Ivo-Bram.pdf](https://example.org/Statement-of-Ivo-Bram.pdf))" in notes
    assert not [p for p in result.problems if "note" in p.message], result.problems


def test_an_ibid_in_a_notes_prose_is_left_alone() -> None:
    # near miss: a long note that says 'ibid' in passing is the author's prose, not a citation of the note above
    long = (
        "The board's clerk wrote ibid against the second statement, as the operators' lawyers complained at the time, "
        "and the minutes do not say which statement he meant."
    )
    notes = NOTES.replace("pp5-6, paras 9-11, ibid", long)
    result = import_page(read_saved_page(inquiry_page(notes), "chapter2.html"), "chapter2.html")
    assert f"[^4]: {long}" in result.markdown


def test_notes_naming_no_outlet_are_one_problem_line() -> None:
    notes = "\n\n".join(f"[{n}] — p{n}, a page of the record." for n in range(1, 6))
    text = "Harbour Inquiry\n\nBy Mara Lind\n\n" + " ".join(f"Claim {n}.[{n}]" for n in range(1, 6)) + "\n\nNotes\n\n" + notes + "\n"
    messages = [p.message for p in import_text(text, "harbour.txt").problems if "outlet" in p.message]
    assert messages == ["5 of 5 notes name no outlet at their start (1, 2, 3, 4, 5), e.g. note 1: '— p1, a page of the record.'"]
    # near miss: two such notes are each named on their own line
    two = text.replace("[3] — p3", "[3] Port Gazette, p3").replace("[4] — p4", "[4] Port Gazette, p4").replace("[5] — p5", "[5] Port Gazette, p5")
    messages = [p.message for p in import_text(two, "harbour.txt").problems if "outlet" in p.message]
    assert messages == ["note 1 names no outlet: '— p1, a page of the record.'", "note 2 names no outlet: '— p2, a page of the record.'"]


LEGAL_NOTES = """The Silt Lease Dispute

By Mara Lind

The lease bound the operator to dredge.[1] The court disagreed.[2] It read only "upkeep" in it.[3] An engineer had said
as much.[4] Later rulings agreed.[5] The appeal failed.[6] The port's own history says little.[7] Nor does the guide.[8]

Notes

[1] Idris Quay Board, Harbour Lease of 1998, clause 14(2).
[2] Port Council v. Tidewater Ltd., 212 F.3d 118, 121 (2d Cir. 2019).
[3] Id. at 123.
[4] Okafor, Silt and Channels (Leeds: Quay Press, 2015), 44.
[5] See id.; Marsh v. Quay Board, 88 F.4th 12 (2d Cir. 2022).
[6] Okafor, op. cit., 51.
[7] Mensah, op. cit., 9.
[8] Tidewater, supra note 2, at 125.
"""


def test_id_op_cit_and_supra_notes_say_which_note_they_point_at() -> None:
    result = import_text(LEGAL_NOTES, "silt.txt")
    notes = result.markdown.split("[^1]:", 1)[1]
    tidewater = "Port Council v. Tidewater Ltd., 212 F.3d 118, 121 (2d Cir. 2019)"
    okafor = "Okafor, Silt and Channels (Leeds: Quay Press, 2015)"
    assert f"[^3]: Id. (note 2: {tidewater}) at 123." in notes
    assert f"[^5]: See id. (note 4: {okafor}); Marsh" in notes
    assert f"[^6]: Okafor, op. cit. (note 4: {okafor}), 51." in notes
    assert f"[^8]: Tidewater, supra note 2 ({tidewater}), at 125." in notes
    # near misses: a source whose name opens with 'Id', and 'op. cit.' of an author no earlier note names, stay as written
    assert notes.startswith(" Idris Quay Board, Harbour Lease of 1998, clause 14(2).")
    assert "[^7]: Mensah, op. cit., 9." in notes
