"""What the second held-out round of saved pages still left in the reports (tests/fixtures/saved-pages-heldout2): a
sidebar's sign-up heading and tabs, an "up next" widget's buttons, a gallery teaser's credit and link, a wire story's
rule line, and a standfirst set as a heading on a page with no <h1>. One small page of our own per rule, with its near miss."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

OTHER = "The harbour board met twice in March and agreed that the cranes would be replaced before the autumn season began."


def headings_of(saved) -> list[str]:
    return [unit.text for unit in saved.body if unit.kind == "heading"]


def test_a_subscribe_heading_and_a_sidebars_latest_popular_tabs_are_furniture():
    saved = read(
        f"<main><h1>T</h1><p>{LONG}</p><p>{OTHER}</p>"
        "<div class='black-box'><h4>Subscribe</h4></div>"
        "<ul class='tabs'><li><a href='/tabs/0'>Latest</a></li><li><a href='/tabs/1'>Popular</a></li></ul></main>"
    )
    assert headings_of(saved) == [] and "Latest" not in body_text(saved) and "Popular" not in body_text(saved)


def test_a_section_heading_and_a_list_of_stories_stay():
    saved = read(
        f"<main><h1>T</h1><p>{LONG}</p><h2>Subscribers and the new rules</h2><p>{OTHER}</p>"
        "<ul><li>Latest figures from the port</li><li>Popular votes in the region</li></ul></main>"
    )
    assert headings_of(saved) == ["Subscribers and the new rules"] and "Latest figures from the port" in body_text(saved)


def test_next_story_buttons_a_gallery_link_its_credit_and_a_rule_line_are_furniture():
    saved = read(
        "<main><h1>T</h1><div class='teaser'><a href='/gallery/1'><img src='a.jpg' alt='x'></a>"
        "<span class='gallery-teaser-caption'>Jane Roe, ASSOCIATED PRESS</span></div>"
        f"<p>{LONG}</p><div><a id='view-all' href='/gallery/1'>View all (12)</a></div><p>{OTHER}</p><p>___</p>"
        "<p>Associated Press writer John Doe contributed to this report.</p>"
        "<div class='nx'><a href='' onclick='go()'><span>Next</span></a></div>"
        "<div class='nx'><a href='' onclick='go()'><span>Next story</span> in <span></span></a></div></main>"
    )
    text = body_text(saved)
    assert "ASSOCIATED PRESS" not in text and "View all" not in text and "___" not in text and "Next" not in text
    assert "John Doe contributed" in text


def test_a_credit_in_a_figure_and_a_sentence_opening_with_next_stay():
    saved = read(
        "<main><h1>T</h1><figure><img src='a.jpg' alt='x'><figcaption>The harbour at dawn. "
        "<span class='caption-credit'>Jane Roe, ASSOCIATED PRESS</span></figcaption></figure>"
        f"<p>{LONG}</p><p>Next, the board will vote on the budget for the new quays.</p></main>"
    )
    assert "Next, the board will vote" in body_text(saved)
    assert any("Jane Roe" in (unit.data.get("credit", "") + unit.data.get("caption", "") + unit.text) for unit in saved.body)


def test_a_sentence_set_as_the_first_heading_of_a_page_without_h1_is_its_standfirst():
    saved = read(
        "<div class='top'><h2 class='title-block'>Harbours Need a Plan</h2></div>"
        "<div class='article-content'><h2>Only a plan for every port can keep the trade of the region alive.</h2>"
        f"<p>{LONG}</p><h2>What the board decided</h2><p>{OTHER}</p></div>",
        '<meta property="og:title" content="Harbours Need a Plan">',
    )
    assert headings_of(saved) == ["What the board decided"]
    assert body_text(saved).startswith("Only a plan for every port")


def test_a_first_section_title_without_a_full_stop_stays_a_heading():
    saved = read(
        "<div class='top'><h2 class='title-block'>Harbours Need a Plan</h2></div>"
        f"<div class='article-content'><h2>What the ports lost over the last ten years</h2><p>{LONG}</p>"
        f"<h2>What the board decided</h2><p>{OTHER}</p></div>",
        '<meta property="og:title" content="Harbours Need a Plan">',
    )
    assert headings_of(saved) == ["What the ports lost over the last ten years", "What the board decided"]


def test_a_subheadline_giving_the_page_s_description_is_the_standfirst_without_a_full_stop():
    deck = "The port board is asking firms to bid for running its new cranes and keeping them busy all year"
    saved = read(
        "<div class='top'><h1>Port Seeks Crane Operator</h1></div>"
        f"<div class='article-content'><figure><img src='a.jpg' alt='x'><figcaption>The cranes.</figcaption></figure>"
        f"<h2 class='subHeadline'>{deck}</h2><p>{LONG}</p><h2>What the board decided</h2><p>{OTHER}</p></div>",
        f'<meta property="og:title" content="Port Seeks Crane Operator"><meta property="og:description" content="{deck}">',
    )
    assert headings_of(saved) == ["What the board decided"]
    assert deck not in body_text(saved) and saved.meta["summary"] == deck  # said once, as the summary
