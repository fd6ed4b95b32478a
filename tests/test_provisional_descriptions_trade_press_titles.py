"""A provisional speaker's description from the title shapes of trade and business papers: an executive's letters
("EVP of …", "said CFO …"), two posts joined before the body ("senior group officer and vice president of …"), two
qualifiers of one post's noun ("chief operating and growth officer") and a post at "the company" the report is about
("the company's head of retail"). Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe

DESCRIBED = [
    ("Shoppers stay, Lena Dahl, EVP of Halvorsen's Nordic retail operations, said.", "EVP of Halvorsen's Nordic retail operations"),
    ("Shoppers stay, Lena Dahl, CFO of Halvorsen, said.", "CFO of Halvorsen"),
    ("Shoppers stay, said CFO Lena Dahl.", "CFO"),
    (
        "Shoppers stay, Lena Dahl, senior group officer and vice president of Halvorsen's Nordic retail operations, said.",
        "Senior group officer and vice president of Halvorsen's Nordic retail operations",
    ),
    (
        "Shoppers stay, Lena Dahl, senior group officer and EVP of Halvorsen’s retail arm, said.",
        "Senior group officer and EVP of Halvorsen’s retail arm",
    ),
    ("Shoppers stay, Lena Dahl, the company’s head of retail, said.", "Head of retail"),
    ("Shoppers stay, Lena Dahl, the company's chief operating and growth officer, said.", "Chief operating and growth officer"),
    ("Shoppers stay, Lena Dahl, the bank's chief economist, said.", "Chief economist"),
    # the forms that worked before, unchanged
    ("Shoppers stay, Lena Dahl, executive vice president of Halvorsen's retail arm, said.", "Executive vice president of Halvorsen's retail arm"),
    ("Shoppers stay, Lena Dahl, chairman and CEO of Halvorsen, said.", "Chairman and CEO of Halvorsen"),
    ("Shoppers stay, Lena Dahl, skipper and co-owner of the Sea Lark, said.", "Skipper and co-owner of the Sea Lark"),
    ("Shoppers stay, Lena Dahl, a spokesman and critic of the mayor, said.", "Spokesman"),  # a relation, not a second post
    ("Shoppers stay, Lena Dahl, the king and queen of Vells, said.", "King"),
    ("Shoppers stay, Lena Dahl, director of research and development at Halvorsen, said.", "Director of research"),
    ("Shoppers stay, Lena Dahl, an analyst and former adviser to the mayor, said.", "Analyst"),
]

NOT_DESCRIBED = [
    "Shoppers stay, Lena Dahl, the report’s editor, said.",  # whose report, the page cannot tell
    "Shoppers stay, Lena Dahl, the company’s, said.",
    "Shoppers stay, Lena Dahl, a friend and fellow analyst at Merrow Bank, said.",  # a relation first
    "Shoppers stay, Lena Dahl, the company's hungry and tired shoppers, said.",  # no post's noun
    # a critic of the owner holds no post there; a bare "head" or "chief" says of what
    "Shoppers stay, said Lena Dahl, the company's fiercest critic.",
    "Shoppers stay, said Lena Dahl, the carrier's frequent critic.",
    "Shoppers stay, said Lena Dahl, Halvorsen's chief critic.",
    "Shoppers stay, said Lena Dahl, the bank's head.",
    "Shoppers stay, said Lena Dahl, the firm's chief.",
]

STILL_DESCRIBED = [
    ("Shoppers stay, said Lena Dahl, the bank's head of lending.", "Head of lending"),
    ("Shoppers stay, said Lena Dahl, the Courier's film critic.", "Courier's film critic"),  # a paper's reviewer
]


@pytest.mark.parametrize(("text", "description"), STILL_DESCRIBED)
def test_an_owner_s_post_and_a_paper_s_critic(text: str, description: str) -> None:
    assert describe(text, "Lena Dahl") == description


@pytest.mark.parametrize(("text", "description"), DESCRIBED)
def test_trade_press_titles(text: str, description: str) -> None:
    assert describe(text, "Lena Dahl") == description


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_no_title_for_a_whose_the_page_cannot_tell_or_a_relation(text: str) -> None:
    assert describe(text, "Lena Dahl") == ""
