"""A saved page's picture box with no <figure>: `<div class="image-right"><img><br><i>caption (credit)</i></div>`, the
caption in italics under a line break, the box's only words. It is the picture's figure, not a paragraph of the story.
And a link whose address the page mistyped with a stray mark before it (href=">https://…") keeps the address. Passages
of our own, with near misses: italics in a box beside a paragraph of the story, a box holding two pictures."""

from __future__ import annotations

from saved_page_passages import LONG, read

CAPTION = "The closed boathouse at Lindqvist Quay. (<a href='https://example.org/c'>Emil Roth</a>/Quay Herald)"


def article(box: str) -> str:
    return f"<article><h1>Boathouse shut for winter</h1><p>{LONG}</p>{box}<p>{LONG.replace('minister', 'mayor')}</p></article>"


def kinds(saved) -> list[str]:
    return [u.kind for u in saved.body]


def test_an_italic_caption_under_a_picture_and_a_break_is_its_figure():
    for italic in ("i", "em"):
        saved = read(article(f"<div class='image-right'><img src='/b.jpg' alt='boathouse'><br><{italic}>{CAPTION}</{italic}></div>"))
        figures = [u for u in saved.body if u.kind == "figure"]
        assert len(figures) == 1, italic
        assert "closed boathouse" in figures[0].data["caption"]
        assert not any("closed boathouse" in u.text for u in saved.body if u.kind == "paragraph")


def test_near_miss_italics_beside_story_text_in_the_box_stay_the_story():
    box = f"<div class='image-right'><img src='/b.jpg' alt=''><br><i>Closed.</i> <p>{LONG}</p></div>"
    saved = read(article(box))
    assert sum(LONG in u.text for u in saved.body if u.kind == "paragraph") >= 2


def test_near_miss_two_pictures_over_one_italic_line_are_no_single_figure():
    box = f"<div class='gallery-row'><img src='/a.jpg' alt=''><img src='/b.jpg' alt=''><br><i>{CAPTION}</i></div>"
    saved = read(article(box))
    assert sum(u.kind == "figure" and "closed boathouse" in u.data.get("caption", "") for u in saved.body) <= 1


def test_a_stray_mark_before_a_links_address_is_dropped():
    saved = read(article("<p>The quay's plan is <a href='>https://example.org/plan.pdf'>on the port's site</a>, with its maps.</p>"))
    text = "\n".join(u.text for u in saved.body)
    assert "https://example.org/plan.pdf" in text and "%3E" not in text


def test_near_miss_an_italic_line_over_the_picture_stays_the_story():
    quote = "“We row in the dark all winter,” said coxswain Britt Amundsen, who trains the juniors three nights a week."
    saved = read(article(f"<div><i>{quote}</i><br><img src='/amundsen.jpg' alt=''></div>"))
    assert not any("row in the dark" in u.data.get("caption", "") for u in saved.body if u.kind == "figure")
    assert any("row in the dark" in u.text for u in saved.body if u.kind == "paragraph")


def test_near_miss_an_italic_line_beside_the_picture_with_no_break_is_no_caption():
    saved = read(article(f"<div class='image-right'><img src='/b.jpg' alt=''><i>{CAPTION}</i></div>"))
    assert not any("closed boathouse" in u.data.get("caption", "") for u in saved.body if u.kind == "figure")


def test_stray_marks_around_a_links_address_are_dropped_at_both_ends():
    for href in ("<https://example.org/maps>", '>https://example.org/maps"', "https://example.org/maps>"):
        saved = read(article(f"<p>The quay's maps are <a href='{href}'>on the port's site</a>, drawn in 1950.</p>"))
        text = "\n".join(u.text for u in saved.body)
        assert "(https://example.org/maps)" in text and "%3E" not in text and "%3C" not in text and "%22" not in text, href


def test_near_miss_an_address_with_a_query_keeps_its_last_character():
    saved = read(article("<p>The quay's maps are <a href='https://example.org/maps?q=1'>on the port's site</a>, drawn in 1950.</p>"))
    assert "(https://example.org/maps?q=1)" in "\n".join(u.text for u in saved.body)
