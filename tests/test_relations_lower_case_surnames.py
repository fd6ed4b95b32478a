"""A person's name that is also a common word ("Major", "Field", "Early") names them only where it is capitalised: "no
major programs", "a trump card", "the early days" name no one, so no one is "named together" with the others there; a
handle ("@ann_lee") or a name the registry itself writes in lower case still names its owner. Passages of our own."""

from __future__ import annotations

import pytest
from dossier.actors import parse_registry
from dossier.clauses import mentions_in

REGISTRY = """
[[actor]]
name = "Tom Major"
kind = "person"
aliases = ["Major"]

[[actor]]
name = "Ann Bell"
kind = "person"
aliases = ["Bell"]

[[actor]]
name = "ann_lee"
kind = "person"

[[actor]]
name = "Ida Ross"
kind = "person"
aliases = ["@idaross", "idaross"]
"""


def named(sentence: str) -> list[str]:
    mentions, _roles = mentions_in(sentence, parse_registry(REGISTRY, "content/actors.toml"))
    return [mention.key for mention in mentions]


def test_a_surname_in_lower_case_names_no_one() -> None:
    assert named("Under Ann Bell, Tom Hale writes, “no major programs were cut.”") == ["ann-bell", "~tom hale"]


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("When Major was elected, Ann Bell left.", ["tom-major", "ann-bell"]),
        ("Ann Bell met Tom Major on Monday.", ["ann-bell", "tom-major"]),
        ("At noon, @ann_lee posted a video of Ann Bell.", ["ann-lee", "ann-bell"]),
        ("At noon, @idaross posted a video of Ann Bell.", ["ida-ross", "ann-bell"]),
        ("At noon, idaross posted a video of Ann Bell.", ["ida-ross", "ann-bell"]),
    ],
)
def test_near_misses_a_capitalised_name_or_a_handle_still_names_its_owner(sentence: str, keys: list[str]) -> None:
    assert named(sentence) == keys
