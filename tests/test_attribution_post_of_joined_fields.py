"""A minister's or a secretary's post whose portfolio joins its fields with "and" or "and the" ("Minister of Finance and
the Economy Ann Black", "Secretary of State for Health and Social Care Paul Green") is the role, the whole of it; the
holder is the full name after the last field, never "Economy Ann Black". Passages written for these tests."""

from __future__ import annotations

import time

import pytest
from dossier.attribution.descriptions import describe
from dossier.attribution.names import _post_of_fields_then_name, chunks, head_of
from passages import attributed

QUOTE = "We need the money,"


@pytest.mark.parametrize(
    "post",
    [
        "Minister of Finance and the Economy",
        "Minister of Finance and Economy",
        "Minister of Trade and Industry",
        "Secretary of State for Health and Social Care",
        "Minister of Ports and the Coast",
    ],
)
def test_the_holder_after_a_post_of_joined_fields_opening_a_sentence(post):
    body = f"{post} Ann Black said the levy would stay. “{QUOTE}” she said."
    assert attributed(body) == [("Ann Black", QUOTE)]


def test_the_whole_post_is_the_role():
    head = head_of("Minister of Finance and the Economy Ann Black")
    assert head is not None and (head.name, head.role) == ("Ann Black", "Minister of Finance and the Economy")


def test_the_minister_later_is_the_holder_of_the_post_of_joined_fields():
    # what a reader sees of the whole post: "the minister" is the one who holds it, not the farmer named since
    body = "Minister of Finance and the Economy Ann Black opened the session. Tom Keel, a farmer, spoke next. “We need the money,” the minister said."
    assert attributed(body) == [("Ann Black", "We need the money,")]


def test_a_body_of_joined_fields_stays_one_body():
    assert [c.text for c in chunks("the Ministry of Trade and Industry said")] == ["Ministry of Trade and Industry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second person after the post: a given name, or a title, right after "and"
        ("the Minister of Finance and Tom Keel said", ["Minister of Finance", "Tom Keel"]),
        ("the Minister of Finance and Deputy Mayor Ann Black said", ["Minister of Finance", "Deputy Mayor Ann Black"]),
        # no post before "and the": a body and another body
        ("the Harbour Board and the Coast Guild said", ["Harbour Board", "Coast Guild"]),
    ],
)
def test_two_named_after_and_stay_two(text, expected):
    assert [c.text for c in chunks(text)] == expected


@pytest.mark.parametrize("post", ["Minister of Finance and the Economy", "Minister of Trade and Industry"])
def test_the_holder_after_a_post_of_joined_fields_after_the_cue(post):
    assert attributed(f"“{QUOTE}” said {post} Ann Black.") == [("Ann Black", QUOTE)]


def test_a_second_person_after_the_cue_and_a_post_is_not_joined():
    body = f"“{QUOTE}” said the Minister of Finance and Tom Keel, her deputy, agreed."
    assert attributed(body) == []  # the minister, unnamed: no one the passage names


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("“The quays are full,” said Lena Okafor, Minister of Ports and the Coast.", "Minister of Ports and the Coast"),
        ("Lena Okafor, Minister of Finance and the Economy, said the levy would stay.", "Minister of Finance and the Economy"),
        # near misses: a second apposition after "and", lower case after its article, as before
        ("Lena Okafor, an expert at Harbour College and the author of two books, said so.", "Expert at Harbour College"),
        ("Lena Okafor, Minister of Trade and Industry, said so.", "Minister of Trade and Industry"),
    ],
)
def test_a_post_of_joined_fields_in_apposition_is_read_whole(text, description):
    assert describe(text, "Lena Okafor") == description


def test_a_second_apposition_after_and_the_stays_apart():
    text = "Lena Okafor, a senior fellow at the Harbour Policy Forum and the Coast Region coordinator for the Ports Office, said so."
    assert describe(text, "Lena Okafor") == "Senior fellow at the Harbour Policy Forum"


def test_a_long_text_passed_as_a_post_is_read_in_bounded_time():
    # a post is one chunk's words; a caller passing a whole page must not make the pattern retry from every title
    post = "Minister of " + " ".join(["Harbour of Coast"] * 4000) + " x"
    started = time.monotonic()
    assert not _post_of_fields_then_name(post, "Economy Ann Black")
    assert time.monotonic() - started < 2
