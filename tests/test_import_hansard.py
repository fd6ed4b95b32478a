"""A parliament's record of a debate (Hansard) as its PDF's text: the debate's title and the summary of proceedings in
capitals, every word set two spaces apart by the justified columns, members' turns under their names in capitals.
Passages of our own (invented members), each with a near miss."""

from __future__ import annotations

from dossier.importer import import_text
from imported import built

RECORD = (
    "Tuesday,  12  March  2024\n\n"
    "SUPPLY  BILL  2024  –  SECOND  READING\n\n"
    "THE  MINISTER  FOR  FINANCE  MOVED  THAT  THE  BILL  BE  NOW  READ  A  SECOND  TIME.\n\n"
    "HON.  JANE  ROE  (Member  for  Eastwick):  Mr  Speaker,  I  move  that  the  Bill  be  now  read  a  second  time.  "
    "It  asks  the  House  for  two  billion  dollars,  most  of  it  for  the  NHS  wards  this  House  promised.\n\n"
    "HON.  JOHN  DOE  (Member  for  Westfield):  Mr  Speaker,  the  Opposition  will  not  oppose  the  Bill,  but  we  ask  "
    "the  Minister  why  the  roads  budget  has  fallen  for  the  third  year  in  a  row.\n\n"
    "MR  SPEAKER:  Order.  The  question  is  that  the  Bill  be  now  read  a  second  time.\n"
)


def test_a_records_title_in_capitals_reads_in_title_case_and_its_words_one_space_apart():
    result, report = built(RECORD)
    assert report.title == "Supply Bill 2024 – Second Reading"
    assert "HON. JANE ROE (Member for Eastwick): Mr Speaker, I move that the Bill be now read a second time." in result.markdown
    assert "  " not in result.markdown.split("+++")[2].replace("  \n", "\n")


def test_an_acronym_in_a_title_in_capitals_stays_in_capitals():
    _, report = built(RECORD.replace("SUPPLY  BILL  2024", "NHS  SUPPLY  BILL  2024"))
    assert report.title == "NHS Supply Bill 2024 – Second Reading"


def test_a_text_with_a_few_doubled_spaces_keeps_them():
    """Near miss: two spaces after a sentence's stop, or a few between a label and its title, are no layout of the
    whole text; and a title in mixed case is left as it is."""
    text = (
        "Supply Bill 2024: the Second Reading\n\n12 March 2024\n\n"
        "The Minister moved the Bill.  Members debated it for three hours, and the roads budget took most of the time.\n\n"
        "AGENDA ITEM 7   THE ROADS BUDGET: Members asked why the roads budget had fallen for the third year in a row.\n"
    )
    result = import_text(text, "export.txt")
    assert 'title = "Supply Bill 2024: the Second Reading"' in result.markdown
    assert "AGENDA ITEM 7   THE ROADS BUDGET" in result.markdown
    assert not any("two spaces apart" in line for line in result.inferred)


MASTHEAD = "PARLIAMENT  OF  THE  NORTHERN  ISLES\n\nOFFICIAL  REPORT  OF  DEBATES  (HANSARD)\n\n"


def test_a_records_masthead_is_its_series_and_the_debates_title_its_title():
    result, report = built(MASTHEAD + RECORD)
    assert report.title == "Supply Bill 2024 – Second Reading"
    assert 'series = "Parliament of the Northern Isles: Official Report of Debates (Hansard)"' in result.markdown
    assert "## Supply Bill" not in result.markdown


def test_near_miss_a_masthead_over_a_members_turn_stays_the_title():
    """No debate's title under the date: the masthead is all the title there is, the turn stays the text."""
    turns = RECORD[RECORD.index("HON.  JANE") :]
    result, report = built(MASTHEAD + "Tuesday,  12  March  2024\n\n" + turns)
    assert report.title == "Parliament of the Northern Isles: Official Report of Debates (Hansard)"
    assert "HON. JANE ROE (Member for Eastwick): Mr Speaker" in result.markdown
