"""A US paper's saved story page: a lead gallery whose slide the story shows again in its text, and the reporter's
contact line (the 'extended byline' box) closing it. Pages of our own, with near misses."""

from __future__ import annotations

from saved_page_passages import LONG, read


def figure(src: str, caption: str) -> str:
    return f'<figure><img src="{src}" alt="{caption}"><figcaption>{caption}</figcaption></figure>'


GALLERY = f'<div class="gallery">{figure("a.jpg", "Skipper Ivo Renk stands by his boat.")}{figure("b.jpg", "The grocer cut the price of cod.")}</div>'


def captions(saved) -> list[str]:
    return [unit.text for unit in saved.body if unit.kind == "figure"]


def test_a_gallery_slide_shown_again_in_the_text_is_shown_once_where_the_text_has_it():
    body = f"<article><h1>Cod deal shows the grocer's plan</h1>{GALLERY}<p>{LONG}</p>{figure('b.jpg', 'The grocer cut the price of cod.')}<p>{LONG}</p></article>"
    saved = read(body)
    assert captions(saved) == ["Skipper Ivo Renk stands by his boat.", "The grocer cut the price of cod."]
    kinds = [unit.kind for unit in saved.body]
    assert kinds.index("figure", 1) > kinds.index("paragraph")


def test_two_pictures_with_their_own_images_both_stay():
    body = f"<article><h1>Cod deal shows the grocer's plan</h1>{GALLERY}<p>{LONG}</p>{figure('c.jpg', 'The grocer cut the price of cod.')}<p>{LONG}</p></article>"
    assert len(captions(read(body))) == 3


CONTACT = (
    '<div class="extended-byline"><div class="single-byline"><span class="name">Sven Marsh:</span> <span>206-555-0100</span> or '
    '<span><a href="mailto:smarsh@example.com">smarsh@example.com</a>;</span> <span>on Twitter: <a href="https://twitter.com/smarsh">@smarsh</a>.</span></div></div>'
)


def lazy_figure(placeholder: str, attribute: str, src: str, caption: str) -> str:
    return f'<figure><img src="{placeholder}" {attribute}="{src}" alt=""><figcaption>{caption}</figcaption></figure>'


def test_lazy_pictures_sharing_one_placeholder_all_stay():
    for placeholder in ("https://static.ferrytown.example/spacer.png", "/img/spacer.png"):
        for attribute in ("data-src", "data-srcset", "data-original"):
            shots = [("mill.jpg", "The old mill by the weir."), ("lock.jpg", "The lock gates at noon."), ("quay.jpg", "Boats tied up at the quay.")]
            gallery = "".join(lazy_figure(placeholder, attribute, src, caption) for src, caption in shots)
            body = f'<base href="https://ferrytown.example/"><article><h1>A walk along the canal</h1><p>{LONG}</p>{gallery}<p>{LONG}</p></article>'
            assert captions(read(body)) == [caption for _, caption in shots], (placeholder, attribute)


def test_the_reporters_contact_line_closing_the_story_is_left_out():
    saved = read(f"<article><h1>Cod deal shows the grocer's plan</h1><p>{LONG}</p><p>{LONG}</p>{CONTACT}</article>")
    assert not any("555-0100" in unit.text for unit in saved.body)
    assert "author's contact" in saved.dropped


def test_a_help_line_or_a_contact_inside_the_story_stays():
    for line in ("<p>Ferrytown Help Line: 206-555-0199 or help@helpline.example</p>", "<p>Sven Marsh: 206-555-0100 or smarsh@example.com</p>"):
        saved = read(f"<article><h1>Cod deal shows the grocer's plan</h1><p>{LONG}</p>{line}<p>{LONG}</p><p>{LONG}</p></article>")
        assert any("555-01" in unit.text for unit in saved.body), line


def test_a_speakers_line_giving_a_number_stays():
    line = "<p>Lena Marsh: Call the harbour office on 206-555-0100 before noon.</p>"
    saved = read(f"<article><h1>Cod deal shows the grocer's plan</h1><p>{LONG}</p>{line}<p>{LONG}</p></article>")
    assert any("555-0100" in unit.text for unit in saved.body)


def test_an_offices_line_closing_the_story_stays_whatever_given_name_it_opens_on():
    # a given name only a photo's credit is read under ('Anna', 'Nina'), or a place's ('Alma'), opens no reporter's contact
    for name in ("Alma College", "Anna University", "Nina County Library", "Sofia Airport", "Linda Vista Clinic"):
        line = f"<p>{name}: 989-555-0100 or desk@office.example</p>"
        saved = read(f"<article><h1>Cod deal shows the grocer's plan</h1><p>{LONG}</p><p>{LONG}</p>{line}</article>")
        assert any("555-0100" in unit.text for unit in saved.body), name
        assert "author's contact" not in saved.dropped, name
