"""A provisional speaker's description from a new user's reports: a title in one hyphenated word before the name
("Vice-chancellor Oda Brenn", also in lower case), and the post in apposition after a name whose title is only how the
person is addressed ("Professor Oda Brenn, President of the Harbour Commission"). Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe


@pytest.mark.parametrize(
    "text, description",
    [
        ("Vice-chancellor Oda Brenn said the audit would trim overlapping courses.", "Vice-chancellor"),
        ("Tenants wrote to vice-chancellor Oda Brenn about the parking fees.", "Vice-chancellor"),
        ("Harbour University vice-chancellor Oda Brenn said the audit would trim overlapping courses.", "Harbour University vice-chancellor"),
        ("Governor-elect Oda Brenn said the port would reopen.", "Governor-elect"),
    ],
)
def test_a_title_in_one_hyphenated_word_before_the_name_describes_the_speaker(text: str, description: str) -> None:
    assert describe(text, "Oda Brenn") == description


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a rank cut short, a word in two parts that is no title
        "The port was searched on the orders of Maj-Gen Oda Brenn, the board said.",
        "“The review is overdue,” said the well-known Oda Brenn.",
    ],
)
def test_a_hyphenated_word_that_is_no_title_spelled_out_describes_no_one(text: str) -> None:
    assert describe(text, "Oda Brenn") == ""


# --- the post after the name, over a form of address before it ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, description",
    [
        (
            "“The review is overdue,” says Professor Oda Brenn, President of the Harbour Commission.",
            "President of the Harbour Commission",
        ),
        (
            "“The review is overdue,” says Professor Oda Brenn, a senior fellow at the Harbour Policy Institute.",
            "Senior fellow at the Harbour Policy Institute",
        ),
    ],
)
def test_the_post_after_the_name_describes_the_speaker_over_a_form_of_address(text: str, description: str) -> None:
    assert describe(text, "Oda Brenn") == description


@pytest.mark.parametrize(
    "text, description",
    [
        # near misses: no post after the name, or a post before it
        ("“The review is overdue,” says Professor Oda Brenn.", "Professor"),
        ("“The review is overdue,” says Professor Oda Brenn, 54.", "Professor"),
        ("“The review is overdue,” said Commissioner Oda Brenn, a former judge.", "Commissioner"),
    ],
)
def test_a_title_before_the_name_stays_where_no_post_follows_or_it_is_a_post(text: str, description: str) -> None:
    assert describe(text, "Oda Brenn") == description
