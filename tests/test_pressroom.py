"""A press room's release page saved whole: the labels of its kind and topics under the headline, its press officers'
cards under "Contacts:", its product reference and a heading hidden by the site's own class are furniture; the
release's text stays. Passages of our own, with near misses."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

TEXT = "<p>The board on Tuesday agreed to pay for the new breakwater at Tolk, which the storms of March had left in pieces.</p>"


def release(under_headline: str = "", after: str = "") -> str:
    return (
        "<main><div class='head'><h1>Board funds Tolk breakwater</h1>"
        f"{under_headline}<div class='byline'><time datetime='2025-05-06T10:00'>06-05-2025 - 10:00</time></div></div>"
        f"<div class='content'>{TEXT}<p>{LONG}</p><h3>Next steps</h3><p>{LONG}</p></div>{after}</main>"
    )


def sections(saved) -> list[str]:
    return [u.text for u in saved.body if u.kind == "heading"]


def test_the_labels_under_the_headline_are_furniture():
    for row in (
        "<div class='subtitle'><div class='cat'><span>News Releases</span></div><div class='type'><a href='/news?t=plenary'>Full board</a></div>"
        "<div class='type'><a href='/news?kw=PORT'><abbr title='Ports'>PORT</abbr></a></div></div>",
        "<ul class='kinds'><li>Statements</li><li><a href='/topics/coast'>Coast</a></li><li><a href='/topics/works'>Public works</a></li></ul>",
    ):
        saved = read(release(row))
        text = body_text(saved)
        for label in ("News Releases", "Full board", "PORT", "Statements", "Public works"):
            assert label not in text, (label, row)
        assert str(saved.meta["date"]) == "2025-05-06" and "breakwater at Tolk" in text, row


def test_rows_under_the_headline_that_are_no_labels_stay():
    for row, kept in (
        ("<div class='deck'>The money comes from the reserve fund, which the board set up in 2019.</div>", "reserve fund"),
        # one label only: a kicker this rule leaves alone
        ("<div class='sub'><a href='/news'>News Releases</a></div>", "News Releases"),
        # the writer's row: her link and her desk
        ("<div class='meta'><a href='/people/ines-holm/'>Ines Holm</a><a href='/desk/coast'>Coast desk</a></div>", "Coast desk"),
        # the writers' links, by their pages or by their names
        ("<div><a href='/contributors/ines-holm'>Ines Holm</a><a href='/contributors/per-vik'>Per Vik</a></div>", "Ines Holm"),
        ("<div><a href='/by/ines-holm'>Ines Holm</a> <a href='/by/per-vik'>Per Vik</a></div>", "Ines Holm"),
        ("<div><a href='/u/1'>Ines Holm</a> <a href='/u/2'>Tom Vik</a></div>", "Tom Vik"),
    ):
        saved = read(release(row))
        assert kept in body_text(saved) + " ".join(saved.meta.get("authors") or []) + str(saved.dropped.get("byline")), row


CONTACTS = (
    "<div class='product'><div class='contacts'><h2><span>Contacts:</span></h2><ul>"
    "<li><div class='card'><h3>Ola BERG</h3><p>Press officer</p><p>Phone number: (+45) 3 555 01 02</p>"
    "<p><a href='mailto:ola.berg@example.org'>ola.berg@example.org</a></p></div></li></ul></div>"
    "<div class='ref'><span><abbr title='Product reference'>Ref.:</abbr></span> <span>20250506IPR00042</span></div></div>"
)


def test_the_contacts_cards_and_the_reference_are_furniture():
    saved = read(release(after=CONTACTS))
    text = body_text(saved)
    assert "Contacts" not in text and "Ola BERG" not in text and "(+45)" not in text
    assert "20250506IPR00042" not in text
    assert sections(saved) == ["Next steps"]


def test_a_contacts_heading_over_the_releases_text_stays():  # near miss: a section of the release that names people
    section = f"<div class='more'><h2>Contacts</h2><p>{LONG} Write to tolk@example.org for the survey.</p></div>"
    saved = read(release(after=section))
    assert "Contacts" in sections(saved) and "for the survey" in body_text(saved)


def test_a_reference_in_a_sentence_stays():  # near miss
    saved = read(release(after="<p>Ref.: see the survey of May</p>"))
    assert "see the survey of May" in body_text(saved)


def test_a_heading_hidden_by_the_sites_class_is_furniture():
    for hidden in ("ep_hidden", "ab_hidden", "is-hidden", "u-hidden"):
        saved = read(release(after=f"<div class='foot'><h2 class='heading {hidden}'>Product information</h2><p>{LONG}</p></div>"))
        assert "Product information" not in sections(saved), hidden
    # near misses: hidden on small screens or large ones, clipped overflow, shown by scripts, "not hidden"
    for shown in (
        "hidden-xs",
        "sm-hidden",
        "js-hidden",
        "overflow-hidden",
        "o-hidden",
        "ov-hidden",
        "no-hidden",
        "mob-hidden",
        "tab-hidden",
        "pc-hidden",
        "sp-hidden",
        "sp_hidden",
        "pc_hidden",
        "no_hidden",
        "x-hidden",
    ):
        saved = read(release(after=f"<div class='foot'><h2 class='heading {shown}'>Product information</h2><p>{LONG}</p></div>"))
        assert "Product information" in sections(saved), shown


def test_a_paragraph_in_a_box_hidden_only_on_some_screens_stays():
    for shown in ("o-hidden", "ov-hidden", "no-hidden", "mob-hidden", "tab-hidden", "pc-hidden", "sp-hidden", "sp_hidden"):
        saved = read(release(after=f"<div class='{shown}'><p>The quay wall will be raised by a metre before the winter gales.</p></div>"))
        assert "raised by a metre" in body_text(saved), shown


def test_a_contacts_box_with_a_sentence_of_the_releases_stays():  # near miss: the release's closing words under the heading
    section = (
        "<section><h2>For more information</h2><p>Write to quay@example.org or call +45 3 555 01 02.</p>"
        "<p>The council will answer every letter within a month, its mayor said.</p></section>"
    )
    saved = read(release(after=section))
    assert "its mayor said" in body_text(saved)
