"""A pull quote set without quotation marks over its credit ('— Major Ines Varga' / 'Chief, Harbour Police'), its words
given in marks in the text with a cue ('"…," she said.'): the pull quote, its credit and role line are furniture, the
text's quotation stays."""

from __future__ import annotations

from dossier.importer import import_text

PULL = "We found the officer who fired at the crowd. We took away his badge the next morning."


def imported(*blocks: str) -> tuple[str, dict[str, list[str]]]:
    result = import_text("\n\n".join(["Night at the harbour", *blocks]) + "\n", "story.txt")
    return result.markdown, result.dropped


OPENING = [
    "The harbour police chief, Major Ines Varga, keeps her post after the night of the march.",
    "At a press conference on Friday she said she had ordered her officers to hold their fire.",
]


def test_the_unmarked_pull_quote_goes_and_the_texts_quotation_stays() -> None:
    markdown, dropped = imported(
        *OPENING,
        f"{PULL}\n— Major Ines Varga\nChief, Harbour Police",
        "She said the order had come from no single source but from “several senior figures.”",
        '"We found the officer who fired at the crowd," she said.',
        '"We took away his badge the next morning."',
    )
    assert '"We found the officer who fired at the crowd," she said.' in markdown
    assert PULL not in markdown and "Chief, Harbour Police" not in markdown and "## " not in markdown
    assert "— Major Ines Varga" in dropped["pull quote"]


def test_a_credited_quotation_the_text_gives_nowhere_else_stays() -> None:
    markdown, _ = imported(*OPENING, f"{PULL}\n— Major Ines Varga", "The council meets on Monday to hear the families.")
    assert PULL in markdown and "Major Ines Varga" in markdown


def test_an_unmarked_repeat_with_no_dashed_credit_is_read_as_before() -> None:
    markdown, _ = imported(
        *OPENING,
        PULL,
        '"We found the officer who fired at the crowd. We took away his badge the next morning," she said at the gate.',
    )
    assert "she said at the gate." in markdown
