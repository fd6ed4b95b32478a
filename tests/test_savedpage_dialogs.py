"""A one-page site (an annual report, a campaign page) that keeps its letters in pop-up dialogs, each opened by a
'READ MORE' link: the letters are the report's text, read where their links stand; a dialog nothing opens, or one
holding a sign-up form, stays out."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

HEAD = "<!doctype html><html><head><meta charset='utf-8'><title>Lantern Society in 2024 - Annual Report</title></head><body>"
INTRO = (
    '<nav class="navbar"><a href="#top">Lantern Society</a></nav><section id="intro"><h2>Lantern Society in 2024</h2>'
    "<p>Our annual report gathers letters from several staff members about our work, with the accounts for the year.</p></section>"
)
OPENER = (
    '<section id="letter"><h4>A WORD FROM OUR DIRECTOR, ODA VRANE</h4>'
    '<a href="#DirectorModal" class="btn" data-toggle="modal">READ MORE</a></section>'
    '<section id="work"><h2>WORK</h2><p>We reopened the lamp room at the quay.</p></section>'
)
LETTER = (
    '<div class="portfolio-modal modal fade" id="DirectorModal" tabindex="-1" role="dialog" aria-hidden="true">'
    '<div class="modal-content"><div class="close-modal" data-dismiss="modal">close</div><div class="modal-body">'
    "<p>Dear friends,</p><p>This was the year the Society lit the old lamp room again, after three winters of repairs and "
    "more than two thousand letters from the people who walk past it every evening on their way home.</p>"
    "<p>None of it would have happened without the volunteers who kept the lamps trimmed through the storms, and I thank "
    "each of them by name in the pages that follow.</p><p>Oda Vrane, Director</p></div></div></div>"
)
SIGNUP = (
    '<a href="#JoinModal" class="btn" data-bs-toggle="modal">Join us</a>'
    '<div class="newsletter-signup modal fade" id="JoinModal" role="dialog" aria-hidden="true"><div class="modal-body">'
    '<form action="/subscribe"><p>Sign up for our newsletter and hear about every lamp we light this year.</p>'
    '<input type="email"><button>Subscribe</button></form></div></div>'
)


def read(body: str) -> str:
    result = import_page(read_saved_page((HEAD + body + "</body></html>").encode(), "lantern.html"), "lantern.html")
    return result.markdown.split("+++", 2)[2]


def test_a_letter_in_a_dialog_the_page_opens_is_the_reports_text():
    text = read(INTRO + OPENER + LETTER + "<footer>© 2024 Lantern Society</footer>")
    assert "lit the old lamp room again" in text and "Oda Vrane, Director" in text
    assert text.index("A WORD FROM OUR DIRECTOR") < text.index("Dear friends") < text.index("## WORK")
    assert "Our annual report gathers letters" in text and "READ MORE" not in text and "close" not in text


def test_near_miss_a_dialog_nothing_opens_and_a_sign_up_dialog_stay_out():
    unopened = LETTER.replace("DirectorModal", "OtherModal")
    text = read(INTRO + OPENER + unopened + SIGNUP)
    assert "lamp room again" not in text
    assert "Sign up for our newsletter" not in text


def test_the_letters_opening_given_over_its_button_is_read_once():
    """The teaser over the READ MORE button, the letter's opening cut with '…', is not given again before the letter."""
    teaser = "<div class='quote'><p>This was the year the Society lit the old lamp room again, after three winters…</p>"
    opener = OPENER.replace('<a href="#DirectorModal"', teaser + "<div align='center'><a href=\"#DirectorModal\"").replace(
        "READ MORE</a></section>", "READ MORE</a></div></div></section>"
    )
    text = read(INTRO + opener + LETTER)
    assert text.count("This was the year the Society lit") == 1
    assert text.index("Dear friends") < text.index("This was the year the Society lit")
