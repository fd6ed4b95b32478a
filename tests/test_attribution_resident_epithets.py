"""The writer's epithet for the person the passage is about by where they live or what they own, after an inverted cue
("“…,” said the Dunmore homeowner", "says the longtime tenant"): consumer and local stories name someone, then call
them so. The epithet tells no sex: the words are the passage's person's, a woman's or a man's."""

from __future__ import annotations

import pytest
from passages import attributed

SOUP = "One morning the ice cream was soup,"


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        ("Maria Okafor has had bad luck with freezers.", "Maria Okafor"),
        ("Maria Okafor, a Dunmore homeowner, has had bad luck with freezers.", "Maria Okafor"),
        ("Tomas Lind has had bad luck with freezers.", "Tomas Lind"),
        ("Maria Okafor’s luck with freezers is as poor as the fish she has tried to keep frozen.", "Maria Okafor"),
    ],
)
@pytest.mark.parametrize("epithet", ["the Dunmore homeowner", "the longtime tenant", "the 72-year-old retiree"])
def test_an_epithet_by_home_or_custom_after_the_quote_is_the_passages_person(lede: str, speaker: str, epithet: str) -> None:
    assert attributed(f"{lede}\n\n“{SOUP}” said {epithet}.") == [(speaker, SOUP)]


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the bare noun (an unnamed source's as often), someone unnamed who spoke before, nobody named at all
        f"Maria Okafor has had bad luck with freezers.\n\n“{SOUP}” said the homeowner.",
        f"Maria Okafor has had bad luck with freezers. A homeowner who asked not to be named told us the pump failed.\n\n“{SOUP}” said the Dunmore homeowner.",
        f"Freezers keep failing across the county.\n\n“{SOUP}” said the Dunmore homeowner.",
        # an epithet that goes on after the noun is another's ("the Dunmore homeowner's lawyer")
        f"Maria Okafor has had bad luck with freezers.\n\n“{SOUP}” said the Dunmore homeowner’s lawyer.",
    ],
)
def test_no_epithet_or_an_unnamed_one_credits_no_one_named(body: str) -> None:
    assert "Maria Okafor" not in [speaker for speaker, _quote in attributed(body)]
