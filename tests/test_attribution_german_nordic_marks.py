"""German, Danish, Swedish and Finnish quotation marks: "»…«" (German, Danish), "»…»" (Swedish, Finnish) and "„…“"
(German), each read as one quotation closed by its own mark; a lone "»" between a breadcrumb's links stays no mark. The
engine reads no German cue, so the passages with a cue are English ones set in these marks."""

from __future__ import annotations

from dossier.quotes import quote_spans
from passages import attributed


def spans(text: str) -> list[tuple[str, bool]]:
    return [(text[span.start : span.end], span.closed) for span in quote_spans(text)]


def test_german_and_danish_guillemets_close_on_the_mark_pointing_back():
    assert spans("»Wir werden bauen«, sagte Ada Roe.") == [("»Wir werden bauen«", True)]
    assert spans("»Vi vil bygge«, siger Ada Roe. »Nej«, siger han.") == [("»Vi vil bygge«", True), ("»Nej«", True)]
    assert spans("Sie sagte: »Er rief „Halt“ und ging.«") == [("»Er rief „Halt“ und ging.«", True)]


def test_german_low_high_marks_close_on_the_high_one():
    assert spans("„Wir werden bauen“, sagte Ada Roe.") == [("„Wir werden bauen“", True)]
    assert spans("„Er rief »Halt« und ging“, sagte sie. „Gut“, sagte er.") == [("„Er rief »Halt« und ging“", True), ("„Gut“", True)]


def test_swedish_guillemets_and_the_older_marks_keep_their_spans():
    assert spans("»Vi ska bygga», sa Ada Roe. »Nej», sa han.") == [("»Vi ska bygga»", True), ("»Nej»", True)]
    assert spans("« Nous verrons », dit-il.") == [("« Nous verrons »", True)]
    assert spans("“A «b» c,” she said.") == [("“A «b» c,”", True)]
    assert spans("Home » News » Harbour. “We will build,” Ada Roe said.") == [("“We will build,”", True)]


def test_a_quotation_in_these_marks_is_credited_and_given_without_them():
    assert attributed("»We will build«, Ada Roe said.") == [("Ada Roe", "We will build")]
    assert attributed("„We will build“, Ada Roe said.") == [("Ada Roe", "We will build")]
    assert attributed("Ada Roe said: »We will build.«") == [("Ada Roe", "We will build.")]
    assert attributed("Ada Roe said: »We will build.»") == [("Ada Roe", "We will build.")]
    assert attributed("Ada Roe said: „We will build.“") == [("Ada Roe", "We will build.")]


def test_a_second_quotation_in_the_paragraph_opens_its_own_sentence():
    two = "„We will build“, said Ada Roe. „No“, said Tom Hale."
    assert attributed(two) == [("Ada Roe", "We will build"), ("Tom Hale", "No")]
    assert attributed("»We will build«, Ada Roe said. »No«, Tom Hale said.") == [("Ada Roe", "We will build"), ("Tom Hale", "No")]
    assert attributed("»We will build», said Ada Roe. »No», said Tom Hale.") == [("Ada Roe", "We will build"), ("Tom Hale", "No")]
    assert attributed("“We will build”, said Ada Roe. »No«, said Tom Hale.") == [("Ada Roe", "We will build"), ("Tom Hale", "No")]


def test_english_and_french_second_quotations_are_unchanged():
    assert attributed("“We will build”, said Ada Roe. “No”, said Tom Hale.") == [("Ada Roe", "We will build"), ("Tom Hale", "No")]
    assert attributed("»We will build«, said Ada Roe. Then »no«, said Tom Hale.") == [("Ada Roe", "We will build"), ("Tom Hale", "no")]
    assert attributed("« Nous verrons », dit Ada Roe. « Non », dit Tom Hale.") == [("Ada Roe", "Nous verrons"), ("Tom Hale", "Non")]


def test_polish_and_hungarian_low_high_marks_hold_guillemets_inside():
    assert spans("Ada Roe wrote: „Er rief «Halt» und ging”. Later.") == [("„Er rief «Halt» und ging”", True)]
    polish = "Ada Roe wrote: „Er rief «Halt» und ging”. “We will build,” Tom Hale said."
    assert attributed(polish) == [("Ada Roe", "Er rief «Halt» und ging"), ("Tom Hale", "We will build,")]
    told = "Ada Roe zitierte: „Er rief «Halt» und ging”, sagte sie. “We will build,” Tom Hale said."
    assert attributed(told) == [("Tom Hale", "We will build,")]


def test_german_low_high_marks_with_german_guillemets_inside_are_unchanged():
    assert spans("Sie schrieb: „Er rief »Halt« und ging“. Gut.") == [("„Er rief »Halt« und ging“", True)]
    assert spans("Ada Roe wrote: „We will go”. Later.") == [("„We will go”", True)]
