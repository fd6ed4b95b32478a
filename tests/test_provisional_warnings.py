"""The build's warning for each actor a report names that the registry lacks says what the site makes of it: a page
for a speaker, none for one whose words only a speaker quotes (nu27, nu28: 'a provisional page was made' for a page
that was never made)."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.speakers import SpeakerBook
from speakers import provisional_warnings

BODY = (
    "The Harbour Ministry said in a statement: “Northland Minister Karl Dorn described the dispute as “not a subject of our"
    " relations”. We regard this as a ploy.”\n"
)


def book(body: str) -> SpeakerBook:
    text = f'+++\ntitle = "Ministry answers"\ndate = 2021-03-04\nslug = "answers"\n+++\n\n{body}'
    return SpeakerBook([read_report(text, "content/reports/answers.md")], Registry([]))


def test_one_only_quoted_in_a_speakers_words_gets_no_page_and_the_warning_says_so():
    found = book(BODY)
    assert sorted(found.speakers) == ["harbour-ministry"]
    warnings = provisional_warnings(found, "actors.toml")
    assert len(warnings) == 2
    ministry, dorn = sorted(warnings, key=lambda line: "Karl Dorn" in line)
    assert "speaker 'Harbour Ministry' is not in actors.toml; a provisional page was made" in ministry
    assert "'Karl Dorn', quoted in a speaker's words, is not in actors.toml; no page of its own" in dorn
    assert "page was made" not in dorn
