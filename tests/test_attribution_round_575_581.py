"""Credits the detector learnt from the held-out round of files 575-581 (Brussels policy news, a civil-service journal,
a Gulf paper's news items): wrong credits taken away, each rule's passages written for these tests with the near miss
beside them."""

from __future__ import annotations

from dossier.attribution.labels import single_quoted_labels
from passages import attributed


def test_a_name_inside_a_label_in_single_marks_is_nobody_a_pronoun_means():
    framing = (
        "Verin Tosk, the Lakeside Green candidate for the regional council, dismisses the ‘Jobs v. Wild Country’ as a false "
        "choice, he told the Ledger: “Clean rivers matter as much as cheap bread.”"
    )
    assert attributed(framing) == [("Verin Tosk", "Clean rivers matter as much as cheap bread.")]
    straight = "Verin Tosk treats the 'Jobs v. Open Country' question as settled. He added: “Nobody else gains.”"
    assert attributed(straight) == [("Verin Tosk", "Nobody else gains.")]
    backed = "Tomas Ebert backed the ‘Marta Lind’ list, he said: “It was a hard spring.”"
    assert attributed(backed) == [("Tomas Ebert", "It was a hard spring.")]
    # near misses: a label with no pronoun after it is still nobody's words, and a name outside the label still speaks
    slogan = "Posters across the valley attack the ‘Farms v. Clean Water’ bill with a single line: “Keep the river ours.”"
    assert attributed(slogan) == []
    named = "Verin Tosk calls the ‘Jobs v. Open Country’ debate a trap. “Nobody else gains,” Tosk said."
    assert attributed(named) == [("Verin Tosk", "Nobody else gains,")]


def test_labels_in_single_marks_are_short_capitalised_runs_not_elisions_or_possessives():
    text = "the ‘Jobs v. Wild Country’ debate, rock 'n' roll in the '90s, and Jones' car"
    assert [text[start:end] for start, end in single_quoted_labels(text)] == ["‘Jobs v. Wild Country’"]
    assert single_quoted_labels("Britain’s plan and the council’s vote") == []


COUNCIL = "Members of the Harbour Council (HCMs) have asked for a review of the port levy. The HCMs also stressed the cost of inspections.\n\n"


def test_they_going_on_after_an_unnamed_speaker_is_nobody_not_a_body_named_before():
    dispatcher = (
        "After the council's vote on the levy, a Tessel Freight dispatcher has voiced deep worry, saying: “It could cost us the northern route.”"
    )
    assert attributed(COUNCIL + dispatcher + "\n\nThey added: “Half our trucks would sit idle.”") == []
    assert attributed(COUNCIL + dispatcher + "\n\n“Half our trucks would sit idle,” they added.") == []
    worker = "After the council's vote on the levy, one dock worker told the Ledger: “It could cost us the northern route.”"
    assert attributed(COUNCIL + worker + "\n\nThey went on: “Half our trucks would sit idle.”") == []
    # near misses: the body that spoke the quotation before goes on with it, and a body speaking for itself still speaks
    council = "The Harbour Council said in a statement on Monday: “It could cost us the northern route.”"
    assert attributed(COUNCIL + council + "\n\nThey added: “Half our trucks would sit idle.”") == [
        ("Harbour Council", "It could cost us the northern route."),
        ("Harbour Council", "Half our trucks would sit idle."),
    ]
    assert attributed(COUNCIL + "The Harbour Council added: “Half our trucks would sit idle.”") == [
        ("Harbour Council", "Half our trucks would sit idle.")
    ]


def test_a_pull_quote_between_leaves_they_going_on_from_the_unnamed_speaker():
    dispatcher = (
        "After the council's vote on the levy, a Tessel Freight dispatcher has voiced deep worry, saying: “It could cost us the northern route.”"
    )
    pull = "\n\n“We have sailed these waters for forty years and we will sail them for forty more.”\n\nMara Holt, harbour pilot"
    assert attributed(COUNCIL + dispatcher + pull + "\n\nThey added: “Half our trucks would sit idle.”") == [
        ("Mara Holt", "We have sailed these waters for forty years and we will sail them for forty more.")
    ]


VASKO = "Oren Vasko, the finance minister, spoke on Monday. “We will not leave the smallest firms behind,” Vasko said.\n\n"
FIRST = ("Oren Vasko", "We will not leave the smallest firms behind,")


def test_a_schemes_capitalised_name_after_an_article_is_a_label_not_the_announcers_words():
    assert attributed(VASKO + "In early May, Minister Vasko added a further 800 million “Orchard Fund”. It widened aid to growers.") == [FIRST]
    assert attributed(VASKO + "In May, Vasko announced the new “Harbour Renewal Fund” for the docks.") == [FIRST]
    assert attributed(VASKO + "Vasko added another “Support Package” for fishermen, his ministry said.") == [FIRST]
    # near misses: the words "added that" or "added:" report are his, and so is a capitalised phrase that names no scheme
    that = "In early May, Minister Vasko added that the plan “will save jobs and help families through the winter”."
    assert attributed(VASKO + that) == [FIRST, ("Oren Vasko", "will save jobs and help families through the winter")]
    assert attributed(VASKO + "Vasko added: “It will save jobs.”") == [FIRST, ("Oren Vasko", "It will save jobs.")]
    assert attributed(VASKO + "Vasko added a warning: “Nobody should expect more money this year.”") == [
        FIRST,
        ("Oren Vasko", "Nobody should expect more money this year."),
    ]


def test_a_name_given_under_the_title_or_banner_is_nobodys_words_whoever_tells_of_it():
    menotti = "The festival's founder, Dario Menotti, told the Pella Courier that the idea began when the city held a contest"
    assert attributed(menotti + " under the title “Award for Street Painting” in 2019.") == []
    assert attributed("Dario Menotti told the Ledger that the city held a contest under the name “Walls of Pella” in 2019.") == []
    assert attributed("Dario Menotti said the city ran the fair with the theme “Open Walls” last year.") == []
    # near miss: the words the sentence reports stay his
    reported = "Dario Menotti told the Pella Courier that the contest “changed how the city sees its walls” in 2019."
    assert attributed(reported) == [("Dario Menotti", "changed how the city sees its walls")]


BOARD = "The Tarsen Harbour Board widened relief for small shippers on Monday, its chairman Ilan Vesko said.\n\n"


def test_the_words_of_a_notice_or_banner_put_up_are_nobodys_statement():
    notice = "Vesko said the board had put up a notice at the gate. “No unloading after dark without a permit.” It is the first."
    assert attributed(BOARD + notice) == []
    banners = "Vesko said dock workers had hung banners across the main quay. “Fair levies for small ships.” Nobody removed them."
    assert attributed(BOARD + banners) == []
    # near misses: a quotation after a sentence that puts nothing up goes on with the one who spoke
    went_on = "Vesko said the board would not change course. “We will hold the levy where it is.” The board meets in June."
    assert attributed(BOARD + went_on) == [("Ilan Vesko", "We will hold the levy where it is.")]
    about = "Vesko talked about the old sign. “It has been there since 1990.” The board meets in June."
    assert attributed(BOARD + about) == [("Ilan Vesko", "It has been there since 1990.")]
