"""A select-all copy of a news page with embedded posts: a share button's word alone between the date line and the
headline ('Tweet') is no line of the header, so the headline under it is the title; two posts' signatures by one
account on one day ('— Harbour Board (@HarbourBoard) May 2, 2024') are never 'the headline given twice'; and a post's
first line ending on a colon ('Board agrees to:') over its next line and its signature is the post's, no section."""

from __future__ import annotations

from dossier.importer import import_text

MENU = "Home\n\nAbout Us\n\nContact Us\n\nNews\n\nBusiness\n\n"
STORY = (
    "The Harbour Board of Wexmoor on Thursday closed the north quay after a crane fell into the basin during a storm.\n\n"
    "Nobody was hurt, and divers will lift the crane from the water next week.\n\n"
    "The board shared the news on its account , @WexmoorHarbour .\n\n"
    "See posts :\n\n"
)
FIRST_POST = "Board agrees to:\nClose the north quay until the crane is lifted.\n\n— Wexmoor Harbour (@WexmoorHarbour) May 2, 2024\n\n"
SECOND_POST = "Divers will start work on Monday at first light. #QuayNews\n\n— Wexmoor Harbour (@WexmoorHarbour) May 2, 2024\n\n"
TAIL = "Share this:\n\nTwitter\n\nFacebook\n\nRelated\n"
HEADLINE = "Harbour board closes north quay after crane falls into basin"


def page(share_word: str = "Tweet", posts: str = FIRST_POST + SECOND_POST, headline: str = HEADLINE) -> str:
    return MENU + "May 2, 2024 at 4:40 pm\n\n" + (f"{share_word}\n\n" if share_word else "") + headline + "\n\n" + STORY + posts + TAIL


def imported(text: str) -> tuple[str, str]:
    front, body = import_text(text, "quay-story.txt").markdown.split("+++")[1:3]
    return front, body


def test_the_headline_under_a_share_word_is_the_title() -> None:
    for word in ("Tweet", "Share", "Print"):
        front, _ = imported(page(share_word=word, posts=FIRST_POST))
        assert f'title = "{HEADLINE}"' in front, word


def test_two_posts_signatures_are_never_the_title() -> None:
    front, _ = imported(page())
    assert f'title = "{HEADLINE}"' in front
    assert "@WexmoorHarbour" not in front.split("summary")[0]


def test_two_signatures_without_a_headline_under_the_date_give_no_signature_title() -> None:
    front, _ = imported(page(headline="BREAKING: Harbour board closes north quay after crane falls into basin"))
    assert "(@WexmoorHarbour)" not in front


def test_a_posts_line_ending_on_a_colon_is_no_section() -> None:
    _, body = imported(page())
    assert "## Board agrees to:" not in body
    assert "Board agrees to:" in body


def test_near_miss_the_page_with_no_share_word_keeps_its_title() -> None:
    front, _ = imported(page(share_word="", posts=FIRST_POST))
    assert f'title = "{HEADLINE}"' in front


def test_near_miss_a_heading_with_a_colon_and_no_post_under_it_stays_a_heading() -> None:
    text = page(posts="").replace("See posts :\n\n", "What happens next:\n\nThe board will meet the crane's owners on Friday to agree who pays.\n\n")
    text = text.replace(TAIL, "The quay will open again once the crane is out of the water.\n\n" + TAIL)
    _, body = imported(text)
    assert "## What happens next:" in body or "## What happens next" in body
