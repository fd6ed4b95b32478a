"""A body's staff named by the post alone after a quote ("“…,” said the Marlow Wanderers manager"): the words are the
body's, as the gold's convention gives an unnamed official's words to the body (tests/corpus/gold: 201, 255, 267, 347);
but where the report names the post's holder ("Marlow Wanderers manager Tom Reed", "Tom Reed, the Marlow Wanderers
manager,"), they are that person's. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

QUOTE = "“We were poor from the first whistle,”"


def speakers(body: str) -> list[str]:
    return [name for name, _quote in attributed(body)]


def test_the_post_whose_holder_the_report_names_is_the_holders():
    body = f"Marlow Wanderers manager Tom Reed was furious after the game.\n\n{QUOTE} said the Marlow Wanderers manager."
    assert speakers(body) == ["Tom Reed"]
    body = f"Tom Reed, the Marlow Wanderers manager, was furious after the game.\n\n{QUOTE} said the Marlow Wanderers manager."
    assert speakers(body) == ["Tom Reed"]


def test_near_miss_an_unnamed_post_of_the_body_is_the_bodys():
    assert speakers(f"The club lost again on Saturday.\n\n{QUOTE} said the Marlow Wanderers manager.") == ["Marlow Wanderers"]
    assert speakers("The trust met on Monday.\n\n“We will not sell the quay,” said the Harbour Trust chairman.") == ["Harbour Trust"]


def test_near_miss_another_bodys_holder_of_the_post_is_not_the_speaker():
    body = f"Harbour Trust manager Pat Lune met the fans on Friday.\n\n{QUOTE} said the Marlow Wanderers manager."
    assert speakers(body) == ["Marlow Wanderers"]


def test_a_former_or_replaced_holder_of_the_post_is_not_the_speaker():
    body = f"Former Marlow Wanderers manager Tom Reed watched from the stand as Pat Lune's side lost.\n\n{QUOTE} said the Marlow Wanderers manager."
    assert speakers(body) == ["Marlow Wanderers"]
    body = "Harbour Trust chairman Tom Reed resigned on Monday and was replaced by Pat Lune.\n\n“We will not sell the quay,” said the Harbour Trust chairman."
    assert speakers(body) == ["Harbour Trust"]
    body = f"Marlow Wanderers manager Tom Reed was sacked on Monday, and Pat Lune was named interim manager.\n\n{QUOTE} said the Marlow Wanderers manager."
    assert speakers(body) == ["Marlow Wanderers"]
    body = f"Tom Reed, the Marlow Wanderers manager, was sacked in May. Pat Lune took over.\n\n{QUOTE} said the Marlow Wanderers manager."
    assert speakers(body) == ["Marlow Wanderers"]


def test_near_miss_a_holder_named_only_after_the_quote_is_not_the_speaker():
    body = f"The club lost again on Saturday.\n\n{QUOTE} said the Marlow Wanderers manager.\n\nOn Monday the fans cheered Marlow Wanderers manager Tom Reed."
    assert speakers(body) == ["Marlow Wanderers"]
