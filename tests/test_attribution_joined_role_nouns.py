"""A post named by two role nouns joined by "and" before the body they share ("skipper and co-owner of the Sea Lark"),
and a role noun shared with others ("co-owner", "co-chair", "co-rapporteur"), describe the person. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe


@pytest.mark.parametrize(
    ("apposition", "description"),
    [
        ("skipper and co-owner of the Sea Lark, unloads halibut.", "Skipper and co-owner of the Sea Lark"),
        ("co-owner of the Sea Lark, unloads halibut.", "Co-owner of the Sea Lark"),
        ("skipper of the Sea Lark, unloads halibut.", "Skipper of the Sea Lark"),
        ("co-chair of the Harbour Forum, said.", "Co-chair of the Harbour Forum"),
        # a parliament's rapporteur for a file, of whom there may be two
        ("co-rapporteur for the port safety rule, said.", "Co-rapporteur for the port safety rule"),
        ("shadow co-rapporteur for the port safety rule, said.", "Shadow co-rapporteur for the port safety rule"),
    ],
)
def test_the_post_is_described(apposition, description):
    assert describe("Wade Tarro, " + apposition, "Wade Tarro") == description


@pytest.mark.parametrize(
    ("apposition", "description"),
    [
        ("a skipper and a father of three, unloads halibut.", "Skipper"),  # a second apposition, no shared body
        ("an analyst at the Harbour Institute and a graduate of Marlow College, said.", "Analyst at the Harbour Institute"),
        ("co-host of the show, said.", ""),
        (  # joined, too long for a post: the first noun's alone, as before
            "a Harbour Board member and chairman of the National Committee of the Westland People’s Consultative Conference, met.",
            "Harbour Board member",
        ),  # no role's noun after "co-"
    ],
)
def test_near_misses_stay(apposition, description):
    assert describe("Wade Tarro, " + apposition, "Wade Tarro") == description


@pytest.mark.parametrize(
    ("apposition", "description"),
    [
        ("a spokesman and critic of the mayor, said.", "Spokesman"),  # a relation to the mayor, no post at his office
        ("a spokesman and ally of the mayor, said.", "Spokesman"),
        ("co-worker of the mayor, said.", ""),  # "co-" before no post of holding or leading
        ("co-author of the report, said.", ""),
        ("co-pilot of the ferry, said.", ""),
        ("the king and queen of Vells, said.", "King"),  # a man's and a woman's post: two people
    ],
)
def test_a_relation_a_shared_task_or_two_peoples_posts_is_no_joined_post(apposition, description):
    assert describe("Wade Tarro, " + apposition, "Wade Tarro") == description
