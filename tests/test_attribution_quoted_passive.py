"""The passive of quoting ("Marten is quoted as saying, “…”", "Marten was quoted by the Harbour Times as saying: “…”"),
as digests and wire round-ups relay a speaker, gives the words to the passive's subject, who was quoted, never to the
outlet that quoted them. The passive read is the one nearest before "as saying" ("Brisk was cited …, and Marten is
quoted as saying" is not Brisk's); someone unnamed ("An official was quoted as saying") or someone's ("Marten's
spokesman was quoted as saying") stays nobody. Passages written for these
tests."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "The quays will stay shut until the tide turns."
NAMED = "Ivo Marten, the harbour minister, spoke on Thursday. "


@pytest.mark.parametrize(
    "cue",
    [
        "Marten is quoted as saying,",
        "Marten was quoted as saying:",
        "Marten was also quoted as saying",
        "Marten was quoted by the Harbour Times as saying:",
        "He was quoted as saying:",
    ],
)
def test_the_one_quoted_speaks(cue: str) -> None:
    assert attributed(f"{NAMED}{cue} “{WORDS}”") == [("Ivo Marten", WORDS)]


def test_the_active_quoting_reads_as_before() -> None:
    assert attributed(f"{NAMED}The Harbour Times quoted Marten as saying: “{WORDS}”") == [("Ivo Marten", WORDS)]


@pytest.mark.parametrize("cue", ["An official was quoted as saying:", "The Harbour Times quoted an unnamed official as saying:"])
def test_someone_unnamed_quoted_stays_nobody(cue: str) -> None:
    assert attributed(f"{NAMED}{cue} “{WORDS}”") == []


@pytest.mark.parametrize(
    "cue",
    [
        "Marten's spokesman was quoted as saying:",
        "Marten’s deputy is quoted as saying:",
        "Lena Brisk was cited in the report and Marten's aide is quoted as saying:",
    ],
)
def test_someone_s_aide_quoted_is_not_the_one_named(cue: str) -> None:
    assert ("Ivo Marten", WORDS) not in attributed(f"{NAMED}{cue} “{WORDS}”")


def test_an_earlier_cited_is_not_the_one_quoted() -> None:
    cue = "Lena Brisk was cited in the report and Marten is quoted as saying:"
    assert ("Lena Brisk", WORDS) not in attributed(f"Lena Brisk runs the port. {NAMED}{cue} “{WORDS}”")
