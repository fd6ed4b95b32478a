"""A static site's front matter that keys its author by a slug ('author: harbour-policy-institute', as a store of pages
keyed by author writes it): the author is the name in words, as the text writes it where it names it, else the slug's
words in title case; a key that holds figures is no name and is left out with a problem line. Passages of our own."""

from __future__ import annotations

from imported import PROSE, built


def page(author: str, body: str = "") -> str:
    return (
        f'---\ntitle: "Harbour Report"\ndate: 2004-04-21\nauthor: {author}\n---\n\n'
        f"The harbour board has run the pier badly for a decade, and the town pays for it in lost trade. {PROSE}.\n\n{body}{PROSE}, again.\n"
    )


def names(report) -> list[str]:
    return [a.name for a in report.authors]


def test_a_slug_the_text_names_is_the_name_as_the_text_writes_it():
    _, report = built(page("kelby-harbour-policy-institute", "**Speech: [Kelby Harbour Policy Institute](https://example.org/hpi)**\n\n"))
    assert names(report) == ["Kelby Harbour Policy Institute"]
    _, report = built(page("institute-for-river-studies-uk", "A paper of the Institute for River Studies UK.\n\n"))
    assert names(report) == ["Institute for River Studies UK"]


def test_a_slug_the_text_does_not_name_is_its_words_in_title_case():
    _, report = built(page("harbour-policy-institute"))
    assert names(report) == ["Harbour Policy Institute"]
    _, report = built(page("jane-roe"))
    assert names(report) == ["Jane Roe"]
    _, report = built(page("institute-for-river-studies"))
    assert names(report) == ["Institute for River Studies"]


def test_a_key_with_figures_is_no_name():
    result, report = built(page("user-48213"))
    assert names(report) == []
    assert any("user-48213" in problem.message for problem in result.problems)


def test_names_written_out_stay():
    """Near misses: a name in words, a hyphenated surname, a lower-case name with a space."""
    for author, expected in (("Jane Roe", "Jane Roe"), ("Jane Roe-Doe", "Jane Roe-Doe"), ("jane roe", "jane roe")):
        _, report = built(page(author))
        assert names(report) == [expected], author


def test_a_cms_number_after_a_name_goes():
    for slug in ("jane-roe-2", "ivo-renk-12"):
        _, report = built(page(slug))
        assert names(report) == [" ".join(word.capitalize() for word in slug.split("-")[:2])], slug


def test_a_post_or_a_team_is_no_name():
    for slug in ("staff-writer", "guest-author", "site-editor", "news-desk"):
        result, report = built(page(slug))
        assert names(report) == [], slug
        assert any(slug in problem.message for problem in result.problems), slug


def test_a_name_in_capitals_in_the_text_is_spelt():
    _, report = built(page("harbour-policy-institute", "A paper of the HARBOUR POLICY INSTITUTE.\n\n"))
    assert names(report) == ["Harbour Policy Institute"]


def test_a_person_whose_surname_is_a_post_stays():
    """Near misses: a given name before a post's word, a body's name ending on a post's word."""
    _, report = built(page("jane-head"))
    assert names(report) == ["Jane Head"]
    _, report = built(page("kelby-harbour-council"))
    assert names(report) == ["Kelby Harbour Council"]


def test_a_states_or_a_bodys_letters_in_a_slug_are_in_capitals():
    """'us-china-harbour-council' the text does not name: 'US China Harbour Council', not 'Us China …' (imp73 item 7)."""
    _, report = built(page("us-varn-harbour-council"))
    assert names(report) == ["US Varn Harbour Council"]
    _, report = built(page("eu-delta-ports-forum", "The EU has asked the ports for their figures.\n\n"))
    assert names(report) == ["EU Delta Ports Forum"]


def test_the_pronoun_us_in_a_slug_stays_a_word():
    """Near miss: 'stand-with-us' is 'Stand with Us', no state's letters."""
    _, report = built(page("stand-with-us"))
    assert names(report) == ["Stand with Us"]


def test_a_slug_word_the_text_writes_only_in_capitals_is_in_capitals():
    _, report = built(page("qpa-harbour-forum", "The QPA has met twice this year.\n\n"))
    assert names(report) == ["QPA Harbour Forum"]


def test_a_persons_slug_keeps_its_case():
    """Near miss: a person's name is no body's letters ('Una Roe', not 'UNA Roe'), and a name the text writes in title case stays so."""
    _, report = built(page("una-roe"))
    assert names(report) == ["Una Roe"]
