"""A text with no title line is titled from its file name; the name's words the text writes only in capitals are
acronyms, written so ('harbour-ilo-release.txt' where the text writes 'ILO'). Passages of our own, with near misses."""

from __future__ import annotations

from dossier.importer import import_text

TEXT = (
    "The number of young people out of work fell last year, a new report by the HPA finds, though the gap between "
    "the north and the south of the region has widened (see www.hpa.example.org).\n\n"
    "“The young need jobs near home,” said Jane Roe, the report's author, at its launch in Vells.\n"
)


def test_a_file_names_acronym_is_written_as_the_text_writes_it():
    result = import_text(TEXT, "hpa-youth-report.txt")
    assert 'title = "HPA youth report"' in result.markdown


def test_a_file_names_word_the_text_writes_in_lower_case_stays():
    # near miss: 'report' is written in capitals nowhere; 'Vells' is written in title case: neither is an acronym
    result = import_text(TEXT.replace("HPA", "Hpa"), "hpa-vells-report.txt")
    assert 'title = "Hpa vells report"' in result.markdown


def test_a_masthead_in_capitals_makes_no_acronym_of_a_file_name_word():
    from dossier.importmeta import acronyms_as_written

    prose = "MEDIA RELEASE\nThe Westvale council met on Tuesday.\nThe port will publish its checks, the council said."
    assert acronyms_as_written("Westvale media release", prose) == "Westvale media release"
    assert acronyms_as_written("Westvale release", "RELEASE\nThe release was read out: RELEASE NOW.") == "Westvale release"
    # near miss: a short word the prose writes in capitals is the text's acronym, whatever a masthead says
    assert acronyms_as_written("Westvale ilo report", "ILO REPORT\nThe ILO met on Tuesday.") == "Westvale ILO report"
