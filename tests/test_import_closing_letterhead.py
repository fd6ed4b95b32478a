"""The letterhead a release or a letter prints at its foot (the body's name in capitals, its street, box, telephone,
facsimile, e-mail and website) is left out, never a list of links; the typist's initials in capitals under it ('KD')
are left out, never a photo's credit."""

from __future__ import annotations

from dossier.importer import import_text

RELEASE = (
    "Harbour Guild answers port minister\n\n2019-03-04\n\n"
    "The Harbour Guild says it is alarmed by remarks made by the Minister for Ports, Ms Odile Varga.\n\n"
    '"This is a reckless attack on the pilots," says the President of the Harbour Guild, Mr Ivo Brandt.\n\n'
    "Media contact: Ana Ruiz on (01) 2345 6789.\n\n"
)
LETTERHEAD = (
    "THE HARBOUR GUILD\n\n12 QUAY STREET PORT CARROW 4100\n\nPO BOX 77 PORT CARROW 4101\n\n"
    "TELEPHONE (01) 2345 6700\n\nFACSIMILE: (01) 2345 6701\n\nEMAIL: office@guild.example WEBSITE: http://guild.example\n\n"
)


def test_a_closing_letterhead_and_the_typists_initials_are_left_out():
    result = import_text(RELEASE + LETTERHEAD + "KD\n", "guild.txt")
    body = result.markdown.split("+++")[-1]
    assert "QUAY STREET" not in body and "HARBOUR GUILD" not in body and "KD" not in body and "credit" not in body
    assert body.rstrip().endswith("says the President of the Harbour Guild, Mr Ivo Brandt.")  # the contact line is furniture too
    assert result.dropped["the typist's initials"] == ["KD"]


def test_near_miss_a_closing_line_in_capitals_alone_stays():
    result = import_text(RELEASE + "THE HARBOUR GUILD STANDS WITH ITS PILOTS\n", "guild.txt")
    assert "THE HARBOUR GUILD STANDS WITH ITS PILOTS" in result.markdown.split("+++")[-1]


CABLE = (
    "Cable from the quay office\n\n9 May 2011\n\n"
    "1. THE LAMP BOARD MET TODAY AND KEPT THE WINTER WATCH.\n\n"
    "2. KEEPER TOMAS VELL SAID THE OUTER LIGHT CANNOT GO DARK.\n\n"
    "3. THE BOARD WILL WRITE TO THE MINISTER THIS MONTH.\n\n"
)


def test_near_miss_a_text_in_capitals_keeps_its_body():
    result = import_text(CABLE + "FAX THE NIGHT KEEPER IF THE WATCH CHANGES.\n", "cable.txt")
    body = result.markdown.split("+++")[-1]
    assert "THE LAMP BOARD MET TODAY" in body and "FAX THE NIGHT KEEPER IF THE WATCH CHANGES." in body
    assert "letterhead" not in result.dropped


def test_near_miss_a_label_followed_by_a_word_or_a_street_with_a_preposition_is_no_letterhead():
    for closing in ("THE QUAY WATCH\n\nPHONE THE DUTY KEEPER AT ONCE\n", "THE QUAY WATCH\n\n2 HURT ON COAST ROAD\n"):
        result = import_text(RELEASE + closing, "guild.txt")
        assert "THE QUAY WATCH" in result.markdown.split("+++")[-1], closing
        assert "letterhead" not in result.dropped


def test_near_miss_more_lines_in_capitals_than_a_letterhead_has_stay():
    lines = "".join(f"THE {word} WATCH KEEPS THE LIGHT\n\n" for word in "NORTH SOUTH EAST WEST INNER OUTER UPPER LOWER".split())
    result = import_text(RELEASE + lines + "12 QUAY STREET PORT CARROW 4100\n", "guild.txt")
    assert "THE NORTH WATCH KEEPS THE LIGHT" in result.markdown.split("+++")[-1]
    assert "letterhead" not in result.dropped
