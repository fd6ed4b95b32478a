"""A saved page's video set in a <figure> its class names a video (`media--video`, `wp-block-embed is-type-video`), its
script's player left out or shown by its poster image: the caption is the video's, said as a shown embed's is ('Video not
included in this edition: …'), never the story's first paragraph (nor its summary) nor a picture's caption. And a story
whose body a CMS splits over sibling boxes with advertisements between keeps every part. Pages of our own."""

from __future__ import annotations

from dossier.savedpage import read_saved_page

PARAS = [
    "The harbour board raised the quay toll on Tuesday for the second time this year, and ferry operators said the rise would be passed on.",
    '"We cannot carry this alone," said Bram Keller, who runs two boats from the quay and has done so for twenty years now.',
    "Operators have asked the board to spread the rise over two years, and to exempt the morning ferry that carries pupils.",
    "\"The school ferry is not a business, it is a lifeline,\" said Ana Vell, who chairs the island's parents' council here.",
    "The board will meet again in July to hear the operators' case, and a decision on the school ferry is expected by autumn.",
]


def page(figure: str) -> bytes:
    parts = "".join(
        f'<div class="story-paras">{"".join(f"<p>{p}</p>" for p in chunk)}</div><div class="ad ad--inline"><span>Advertisement</span></div>'
        for chunk in (PARAS[:2], PARAS[2:4], PARAS[4:])
    )
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Quay toll rises | Harbour Review</title>'
        '<meta property="article:published_time" content="2021-06-02T09:00:00+10:00"></head><body>'
        f'<article><h1>Quay toll rises</h1><p class="byline">By Ada Penhallow</p><div class="story__body">{figure}{parts}</div></article>'
        "</body></html>"
    ).encode()


def units(figure: str) -> list[tuple[str, str]]:
    result = read_saved_page(page(figure), "page.html")
    return [(u.kind, u.text) for u in result.body]


def test_a_video_figure_whose_player_is_left_out_gives_its_caption_as_the_video():
    figure = (
        '<figure class="media media--video"><div class="video-player" data-video-id="8812"></div>'
        "<figcaption>Ferry operators react to the new toll on Tuesday.</figcaption></figure>"
    )
    found = units(figure)
    assert found[0] == ("editorial", "Video not included in this edition: Ferry operators react to the new toll on Tuesday.")
    assert [t for k, t in found if k == "paragraph"] == PARAS  # every part of the split body, none of the ads


def test_a_video_figure_shown_by_its_poster_is_no_picture():
    figure = (
        '<figure class="wp-block-embed is-type-video"><img src="poster.jpg" alt="Ferry at the quay">'
        "<figcaption>The board's vote, filmed by a member</figcaption></figure>"
    )
    assert units(figure)[0] == ("editorial", "Video not included in this edition: The board's vote, filmed by a member.")


def test_a_photo_figure_stays_a_figure_and_a_caption_naming_a_video_stays_its_caption():
    # near misses: a photo's figure; a photo whose caption speaks of a video, in a box whose class names no video
    figure = (
        '<figure class="media media--photo"><img src="quay.jpg" alt=""><figcaption>A still from the board\'s video of the vote.</figcaption></figure>'
    )
    found = units(figure)
    assert found[0][0] == "figure" and "still from the board's video" in found[0][1]
