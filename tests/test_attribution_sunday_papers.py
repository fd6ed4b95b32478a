"""A Sunday paper named for its weekday sister ("The Herald on Sunday", "the Mail on Sunday") is a paper of its own,
never the weekday one nor another paper named with the same word. Passages written for these tests, with the near
misses beside them."""

from __future__ import annotations

from dossier.attribution.names import head_of
from passages import attributed_with_kinds

QUOTE = '"the skipper was taken to hospital on Friday amid serious concerns"'


def speakers(body: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _quote in attributed_with_kinds(body)]


def test_a_sunday_paper_is_named_whole():
    for name, paper in (("The Herald on Sunday", "Herald on Sunday"), ("Mail on Sunday", "Mail on Sunday")):
        head = head_of(name, "x, ")
        assert head is not None and (head.name, head.kind) == (paper, "outlet"), name


def test_a_sunday_paper_reporting_is_itself_not_another_herald():
    body = f"The Harbour Herald is owned by a trust. On 7 September, The Herald on Sunday reported {QUOTE}, after a search."
    assert speakers(body) == [("Herald on Sunday", "outlet")]
    assert speakers(f"The Mail on Sunday reported {QUOTE}.") == [("Mail on Sunday", "outlet")]


def test_a_day_after_a_person_or_a_longer_papers_name_is_when():
    assert speakers(f"Mara Tiven on Sunday said: {QUOTE}.") == [("Mara Tiven", "person")]
    assert speakers(f"The Harbour Times on Sunday said: {QUOTE}.") == [("Harbour Times", "outlet")]
    assert speakers(f"On Sunday, the Herald reported {QUOTE}.") == [("Herald", "outlet")]


def test_a_generic_outlet_word_before_on_sunday_is_the_weekday_paper_on_a_sunday():
    # "Times", "Post", "News" name no Sunday paper of their own: the day is when
    for word in ("Times", "Post", "News"):
        head = head_of(f"The {word} on Sunday", "x, ")
        assert head is None or head.name != f"{word} on Sunday", word
    assert speakers(f"The Times on Sunday reported the plan. The Times on Sunday said: {QUOTE}.") == [("Times", "outlet")]
    # near misses: the names Sunday editions are made with
    for word in ("Herald", "Mail", "Independent", "Sun", "Wales"):
        head = head_of(f"The {word} on Sunday", "x, ")
        assert head is not None and (head.name, head.kind) == (f"{word} on Sunday", "outlet"), word
