"""A saved news page with no <article>, only a <div class="article">, whose rail of the site's other stories ("Recent in
Sport", "Featured in Sport") sits inside that div under the story: each card a linked headline with its byline and at
times a quoted line of excerpt. The rail is furniture, never a section, and a card's byline never a speaker. Passages
of our own, with near misses: a report's own section headed "More in the archive" over paragraphs, and a section whose
paragraphs hold a link each."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

STORY = (
    "<h1>Harbour Baths Close Early</h1><p class='byline'>by Lene Dorsch</p>"
    "<div class='story-text'>"
    "<p>The harbour baths at Kelmstad will shut a month early this autumn because the boiler has failed again.</p>"
    "<p>“We patched it twice last winter,” said facilities manager Arvid Solberg. “A third patch will not hold.”</p>"
    "<p>The council will vote on a new boiler in November, after the budget is settled.</p>"
    "</div>"
)


def card(headline: str, byline: str, excerpt: str = "") -> str:
    slug = headline.lower().replace(" ", "-")
    extra = f"<p class='card-text'>{excerpt}</p>" if excerpt else ""
    return f"<div class='card'><a href='/sport/{slug}'>{headline}</a>{extra}<div class='card-author'>{byline}</div></div>"


def rail(wrapper_class: str, group_class: str) -> str:
    return (
        f"<div class='{wrapper_class}'>"
        f"<div class='{group_class}'><h2>Recent in Sport</h2>{card('Rowing club wins the autumn regatta', 'Piet Mollen')}"
        f"{card('Stadium roof repairs run late', 'Carla Uhde')}</div>"
        f"<div class='{group_class}'><h2>Featured in Sport</h2>"
        f"{card('Coach on what the new league rules mean', 'Nadia Ferreux', '“It rewards the clubs that already have money.”')}</div>"
        "</div>"
    )


def imported(body: str):
    html = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Harbour Baths Close Early - Kelmstad Post</title></head>"
        f"<body><header><nav><a href='/'>Kelmstad Post</a></nav></header><main>{body}</main><footer>© Kelmstad Post</footer></body></html>"
    )
    return import_page(read_saved_page(html.encode(), "baths.html"), "baths.html")


def assert_rail_dropped(result) -> None:
    assert "Arvid Solberg" in result.markdown and "new boiler" in result.markdown
    for gone in ("Recent in Sport", "Featured in Sport", "regatta", "Nadia Ferreux", "rewards the clubs", "Carla Uhde"):
        assert gone not in result.markdown
    assert "## " not in result.markdown


def test_a_recirculation_rail_inside_a_div_article_is_dropped():
    result = imported(f"<div class='article wide'>{STORY}{rail('recirculation-module', 'recirculation-module-group')}</div>")
    assert_rail_dropped(result)


def test_a_rail_named_by_nothing_but_its_labels_and_cards_is_dropped():
    result = imported(f"<div class='article wide'>{STORY}{rail('rail-wrap', 'rail-group')}</div>")
    assert_rail_dropped(result)
    assert "Recent in Sport" in result.dropped["related articles"]


def test_near_miss_a_section_of_the_report_named_more_in_is_kept():
    section = (
        "<h2>More in the archive</h2>"
        "<p>The baths opened in 1931, and the first boiler ran on coal until the war, when it was converted to oil.</p>"
        "<p>A second boiler was added in 1978 and it is this one, now more than forty years old, that failed in June.</p>"
    )
    result = imported(f"<div class='article wide'>{STORY}{section}</div>")
    assert "## More in the archive" in result.markdown and "converted to oil" in result.markdown


def test_near_miss_a_section_whose_paragraphs_each_hold_a_link_is_kept():
    section = (
        "<h2>Latest in Kelmstad</h2>"
        "<div><p>The pool report of 2019 <a href='/docs/pool-report-2019'>found the boiler beyond its service life</a> and urged a new one.</p>"
        "<p>The council minutes for May say the money was moved to road works; more than half of this paragraph is the "
        "council's own reasoning, quoted at length, with no link standing for it and a few words of <a href='/docs/minutes'>the minutes</a>.</p></div>"
    )
    result = imported(f"<div class='article wide'>{STORY}{section}</div>")
    assert "found the boiler beyond its service life" in result.markdown


def test_near_miss_featured_in_a_lower_case_phrase_over_sentences_opening_on_links_is_kept():
    section = (
        "<h2>Featured in this piece</h2>"
        "<div><a href='/people/halvorsen'>Ruth Halvorsen, who runs the baths' swimming school</a>, on the classes lost to the closure.</div>"
        "<div><a href='/docs/boiler-audit'>The 2022 audit of the harbour boilers by the county surveyors</a>, which warned of the failure.</div>"
    )
    result = imported(f"<div class='article wide'>{STORY}{section}</div>")
    assert "## Featured in this piece" in result.markdown
    assert "on the classes lost to the closure" in result.markdown and "warned of the failure" in result.markdown


def test_near_miss_a_capitalised_section_over_sentences_that_go_on_past_their_links_is_kept():
    section = (
        "<h2>Featured in Kelmstad</h2>"
        "<div><a href='/people/halvorsen'>Ruth Halvorsen, who runs the swimming school</a>, says the classes will move to Brenn.</div>"
        "<div><a href='/people/tambo'>Joel Tambo of the rowing club</a> wants the boiler money spent on the boathouse.</div>"
    )
    result = imported(f"<div class='article wide'>{STORY}{section}</div>")
    assert "classes will move to Brenn" in result.markdown and "spent on the boathouse" in result.markdown


def test_near_miss_latest_in_a_lower_case_phrase_over_sentences_with_links_inside_is_kept():
    section = (
        "<h2>Latest in the boiler dispute</h2>"
        "<div>On Friday the swimmers' club wrote to the mayor; <a href='/docs/letter'>the letter, printed in full on its site</a>, asks for a delay.</div>"
        "<div>The council replied on Monday that <a href='/docs/reply'>a delay would cost the baths a season</a>, and it will not wait.</div>"
    )
    result = imported(f"<div class='article wide'>{STORY}{section}</div>")
    assert "## Latest in the boiler dispute" in result.markdown
    assert "asks for a delay" in result.markdown and "it will not wait" in result.markdown
