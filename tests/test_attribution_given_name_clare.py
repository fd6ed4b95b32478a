""" "Clare" is a woman's given name (British and Irish copy), so the "she" after "Author Clare Whitby" is hers. Passages
written for these tests."""

from __future__ import annotations

from dossier.attribution.given_names import given_name_sex
from passages import attributed


def test_clare_is_a_woman_s_name():
    assert given_name_sex("Clare") == "female"


def test_the_she_after_the_author_named_with_it():
    body = (
        "The Harbour Party's pamphlet for its autumn conference, Word Power, is out this week. Author Clare Whitby, a former"
        " councillor, warns in it that rivals have taken the language of welfare.\n\nShe argues that “whoever names the"
        " problem owns the answer”."
    )
    assert attributed(body) == [("Clare Whitby", "whoever names the problem owns the answer")]
