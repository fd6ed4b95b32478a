"""A news site's boxes kept in a copied story: its related-stories box between paragraphs, its lists after the story
('EDITORS' PICK', 'Featured stories'), its poll and its keywords, and its in-article ad marker ('Article continues after
this advertisement'): the site's, never sections or paragraphs of the story. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import body_text, built, headings

HEAD = "Ferry fares rise again in Norvel\n\n3 April 2025\n\n"
OPENING = (
    "The ferry board raised fares for the second time this year, citing fuel costs and a shortage of crew on the night runs.\n\n"
    "Ada Quill, who chairs the riders' union, called the rise unfair to shift workers who have no other way to cross.\n\n"
)
CLOSING = '"We will take it to the council," Quill said on Monday.\n\n'


def test_an_editors_pick_list_after_a_short_story_is_the_sites():
    text = (
        HEAD
        + OPENING
        + CLOSING
        + "EDITORS' PICK\nCoast Authority calls for a review of night fares\nPort strike enters third day\nMOST READ\nQuill says fare rise ‘unfair’\n"
    )
    result, report = built(text)
    assert "Coast Authority calls" not in body_text(report) and not headings(report)
    assert "Coast Authority calls for a review of night fares" in result.dropped["site's lists after the story"]


def test_a_featured_stories_list_is_the_sites():
    text = HEAD + OPENING + CLOSING + "Featured Stories\nNight buses cut in the old town\nThe bridge that never opened\n"
    _, report = built(text)
    assert "Night buses" not in body_text(report) and not headings(report)


def test_a_picks_heading_over_prose_stays():  # near miss: prose follows the label, a section of the text
    text = HEAD + OPENING + "Editors' pick\n\nOur choice this week is the riders' own survey of the night crossings, read by all of us.\n"
    _, report = built(text)
    assert "riders' own survey" in body_text(report)


def test_the_papers_poll_and_keywords_are_the_sites():
    text = (
        HEAD
        + OPENING
        + CLOSING
        + (
            "NORVEL HERALD POLL\nWhich crossing do you use most?\nThe night ferry\nThe bridge\nKEYWORDS\nFerries\nFares\n"
            "Do you like the content of this article?\n8\n21\n"
        )
    )
    _, report = built(text)
    assert not headings(report)
    assert "night ferry" not in body_text(report) and "Ferries" not in body_text(report) and body_text(report).endswith("Monday.")


def test_a_poll_in_the_story_without_a_question_stays():  # near miss: the word in capitals, then prose
    text = HEAD + OPENING + "POLL\n\nA survey of riders by the union found that two in three would cross less often at the new fares.\n"
    _, report = built(text)
    assert "two in three" in body_text(report)


def test_a_related_box_between_paragraphs_is_the_sites():
    text = (
        HEAD
        + OPENING
        + (
            "RELATED\nbusiness\nFuel costs push port fees higher\ntransport\nNight buses cut in the old town\n\n"
            "She said the union would meet the board next week.\n\nThe board did not reply, she said.\n"
        )
    )
    result, report = built(text)
    assert not headings(report)
    assert "Night buses" not in body_text(report) and "meet the board" in body_text(report)
    assert "Fuel costs push port fees higher" in result.dropped["related stories inside the story"]


def test_a_heading_naming_related_work_stays():  # near miss: a heading that says more than the label
    text = HEAD + OPENING + "Related work\n\nTwo earlier studies of the crossings found the same gap in night service.\n"
    _, report = built(text)
    assert "Two earlier studies" in body_text(report)


def test_article_continues_after_this_advertisement_is_an_ad_marker():
    marker = "Article continues after this advertisement\n"
    text = HEAD + OPENING + marker + "She said the union would meet the board next week.\n" + marker + CLOSING
    result, report = built(text)
    assert not headings(report) and "advertisement" not in body_text(report)
    assert result.dropped["advertisement"] == [marker.strip()] * 2


def test_ad_markers_in_other_wordings_are_no_headings():
    for marker in (
        "Advertisement - story continues below",
        "Story continues below advertisement",
        "- ADVERTISEMENT -",
        "Advertisement — Continue Reading Below",
        "Content continues below",
    ):
        text = HEAD + OPENING + marker + "\n\nShe said the union would meet the board next week.\n\n" + marker + "\n\n" + CLOSING
        result, report = built(text)
        assert not headings(report) and "continue" not in body_text(report).lower(), marker
        assert result.dropped["advertisement"] == [marker] * 2


def test_a_heading_on_advertising_stays():  # near miss: a section on the board's advertising, then prose
    text = HEAD + OPENING + "Advertising\n\nThe board spent more on posters for the night ferry than on its crew, the union said.\n\n" + CLOSING
    _, report = built(text)
    assert "Advertising" in headings(report) and "posters" in body_text(report)


def test_a_sentence_about_an_advertisement_stays():  # near miss: prose about an ad
    text = HEAD + OPENING + "The article continues after this advertisement, the union complained in its letter to the board.\n"
    _, report = built(text)
    assert "union complained" in body_text(report)


def test_a_featured_stories_box_between_paragraphs_is_the_sites():
    text = (
        HEAD
        + OPENING
        + "FEATURED STORIES\nHARBOURNATION\nPier audit finds late vouchers\nHARBOURNATION\nTwo marshes listed as reserves\n\n"
        + "The union said it would meet the board next week, its chair told reporters.\n"
    )
    _, report = built(text)
    assert not headings(report) and "Pier audit" not in body_text(report) and "meet the board" in body_text(report)


def test_a_polls_data_notice_and_a_sign_up_consent_are_the_sites():
    text = (
        HEAD
        + OPENING
        + CLOSING
        + "By providing an email address. I agree to the\nTerms of Use and acknowledge that I have read the Privacy Policy.\n\n"
        + "NORVEL HERALD POLL\nWhich crossing do you use most?\nThe night ferry\nThe bridge\n"
        + "The collected data is used for marketing activities, adhering to the guidelines of our Privacy Policy.\n"
        + "KEYWORDS\nFerries\n"
    )
    _, report = built(text)
    assert body_text(report).endswith("Monday.") and not headings(report)


def test_a_sentence_on_a_companys_privacy_policy_stays():  # near miss: the story's prose about a policy
    text = HEAD + OPENING + "The data was used for marketing, the board said, in line with its privacy policy.\n"
    _, report = built(text)
    assert "in line with its privacy policy" in body_text(report)
