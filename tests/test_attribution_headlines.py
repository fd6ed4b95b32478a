"""A news headline that opens with a quotation and names its speaker after a colon or a dash is the speaker's
statement; labels, titles and speakers the headline names by a role only are nobody's: headlines written for these
tests, with invented names."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.attribution.headlines import headline_quotation
from dossier.document import read_report
from dossier.statements import extract_statements

BODY = (
    "Union organiser Tomas Reni was detained in March. His wife, the campaigner Ada Ferrow, has written about him every day.\n\n"
    "Ferrow has posted a picture of her husband every day since his arrest."
)


def attributed_under(title: str, body: str = BODY) -> list[tuple[str, str]]:
    text = f'+++\ntitle = "{title}"\ndate = 2026-02-20\n+++\n\n{body}'
    report = read_report(text, "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.quote) for s in extract_statements(report, registry).statements]


def test_a_quotation_then_a_colon_and_the_named_speakers_verb_is_theirs():
    title = "‘We will not give up’: Activist Ada Ferrow vows to keep campaigning for jailed husband"
    assert attributed_under(title) == [("Ada Ferrow", "We will not give up")]


def test_a_description_before_the_name_and_straight_marks():
    found = headline_quotation("'I want them to remember him': Velmar poet Ada Ferrow campaigns for her husband")
    assert found is not None and (found.quote, found.speaker.name) == ("I want them to remember him", "Ada Ferrow")


def test_a_quotation_then_a_dash_and_a_name_is_theirs():
    body = "Consul General Ivo Marten spoke on Friday about the harbour law.\n\nThe talks will go on next month."
    assert attributed_under("“Keep the harbour open” – Consul General Ivo Marten", body) == [("Ivo Marten", "Keep the harbour open")]
    assert attributed_under("“Keep the harbour open”- Ivo Marten", body) == [("Ivo Marten", "Keep the harbour open")]


def test_a_label_before_a_colon_is_nobodys():
    assert attributed_under("‘Operation Dawn’: Velmar police raid harbour gangs") == []
    assert headline_quotation("‘Operation Dawn’: Police Chief Anna Berg vows a crackdown") is None  # a name in capitals
    assert headline_quotation("“Sewage Of The Cold War”: what Velmar says of the alliance") is None


def test_a_speaker_named_by_a_role_or_a_plural_is_nobody():
    assert headline_quotation("‘Ends the recession debate’: economists weigh in on the jobs report") is None
    assert headline_quotation("“Keep the harbour open”- Velden’s top envoy in Orlen") is None
    assert headline_quotation("“We’ve seen this before”: Inside Velmar’s war on reporters") is None


def test_a_headline_that_quotes_after_the_name_is_left_to_the_text():
    assert headline_quotation("Ada Ferrow vows ‘we will not give up’") is None


def test_a_quotation_then_a_comma_and_the_speakers_surname_and_verb_is_theirs():
    assert attributed_under("‘We will not give up’, Ferrow tells rally") == [("Ada Ferrow", "We will not give up")]


def test_a_quotation_closed_after_its_comma_then_the_full_name_and_verb_is_theirs():
    assert attributed_under("“We will not give up,” Ada Ferrow says") == [("Ada Ferrow", "We will not give up")]


def test_a_comma_then_a_plural_or_a_body_is_nobody():
    assert attributed_under("‘We will not give up’, police tell marchers") == []
    assert attributed_under("‘We will not give up’, Harbour Council says") == []


def test_a_comma_then_a_title_in_capitals_is_nobodys():
    assert attributed_under("‘Harbour Of Tears’, Ferrow says") == []


def test_a_comma_then_a_name_the_text_never_gives_is_nobody():
    assert attributed_under("‘We will not give up’, Velko Strand tells rally") == []
