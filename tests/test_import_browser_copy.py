"""A news site's article copied by a scraper as the browser shows it: the paragraphs one a line, a link's words left on a
line of their own where the words after them were lost, then the site's donation box, its related stories (headline /
'Article' / date line) and its footer. Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built, headings

HEAD = [
    "Norland court sentences photographer again",
    "27 February 2026, 19:06",
    "In Norton, Judge Peter Holm sentenced the photographer Karl Berg to a further six years in prison, finding him guilty of justifying terrorism in court.",
]
TAIL = "The photographer has continued to face pressure since his transfer to a penal colony in the north of Norland, his lawyer said."


def copied(*lines: str) -> str:
    return "\n".join([*HEAD, *lines]) + "\n"


def test_a_links_words_under_a_sentence_stopped_on_its_article_go_on_with_it():
    """'… was held in a cell with a former' / 'Wagner' / a new sentence: the link's word is the paragraph's, no heading."""
    _, report = built(
        copied(
            "During his time in detention, Berg reported being placed in a cell with soldiers accused of violent crimes, and he claimed a former",
            "Wagner",
            TAIL,
            "Berg, who once worked for an opposition campaign office, was first arrested in 2022. He was prosecuted over comments posted on the",
            "Telegram",
            "Znak.com,",
            "The court did not hear his lawyer's motion to call the site's editor as a witness, the lawyer told reporters after the hearing.",
        )
    )
    assert headings(report) == []
    text = body_text(report)
    assert "he claimed a former Wagner" in text
    assert "posted on the Telegram Znak.com," in text


def test_a_heading_under_a_paragraph_cut_after_a_noun_stays_a_heading():
    """Near miss: a paragraph that stops on a noun ('… to report or comment') over a short line: a heading, as before."""
    _, report = built(
        copied(
            "Official media in Norland were not observed to report the verdict, and the ministry's spokesman declined to report or comment",
            "Implications",
            TAIL,
            "The verdict is the third against a photographer in the region this year, and the first to include a ban on travel.",
            "Reactions",
            "The union of journalists in Norton called the sentence a warning to every reporter who covers the courts in the region.",
        )
    )
    assert headings(report) == ["Implications", "Reactions"]


STORY = [
    "Berg said in his closing statement that he did not consider himself guilty of anything and would appeal the sentence.",
    "His lawyer said the defence would ask the appeal court to hear the site's editor, whom the trial court refused to call.",
    TAIL,
]
APPEAL = ["Norland News won’t survive without you", "We are in a difficult position. Only you, our readers, can save Norland News", "Donate now"]
TEASERS = [
    "Six years for a joke. The trial of a comedian ends with a prison sentence",
    "Article",
    "4 February 2026, 20:15",
    "Banned in 48 hours. How Norland targeted the arts",
    "Article",
    "3 February 2026, 20:44",
]


def test_the_sites_appeal_and_its_teasers_of_other_stories_are_not_the_story():
    """Under the story: the appeal box, then other stories as headline / 'Article' / date line, then 'Load more' and the footer."""
    _, report = built(copied(*STORY, *APPEAL, *TEASERS, "Load more", "Contact us", "Authors", "Donate"))
    assert headings(report) == []
    text = body_text(report)
    assert TAIL in text
    assert "Donate" not in text and "Six years for a joke" not in text and "Authors" not in text


def test_one_dated_headline_under_the_story_is_no_list():
    """Near miss: one headline with a label and a date line under the story is not a run of teasers; it stays."""
    _, report = built(copied(*STORY, *TEASERS[:3], "The court's press office said the verdict would be published in full next week."))
    assert "Six years for a joke" in body_text(report) or "Six years for a joke" in headings(report)


# -- a news site's byline over its time stamp -------------------------------------------------------------------------------

HARBOUR = "The council met on Thursday to vote on the plan for the harbour, which the mayor has defended against critics for a year."


def test_a_name_over_a_published_and_updated_stamp_is_the_byline():
    """'Lena Ford' over 'Published 5:00 a.m. ET Oct. 17, 2019 | Updated 10:08 a.m. ET Oct. 18, 2019': the byline, no heading."""
    stamp = "Published 5:00 a.m. ET Oct. 17, 2019 | Updated 10:08 a.m. ET Oct. 18, 2019"
    _, report = built(f"Harbour plan passes after a year of dispute\n\nLena Ford\n\n{stamp}\n\n{HARBOUR}\n")
    assert [a.name for a in report.authors] == ["Lena Ford"]
    assert str(report.date) == "2019-10-17"
    assert headings(report) == []


def test_a_videos_caption_over_its_agency_credit_under_the_headline_is_a_figure():
    """The lead video's caption and its credit 'AP, AP' between the headline and the byline: a figure, no section."""
    caption = "The mayor speaks at the harbour on Monday, where the plan was first shown to the public. (Oct 11)"
    stamp = "Published 5:00 a.m. ET Oct. 17, 2019"
    result, report = built(f"Harbour plan passes after a year of dispute\n\n{caption}\nAP, AP\n\nLena Ford\n\n{stamp}\n\n{HARBOUR}\n")
    assert [a.name for a in report.authors] == ["Lena Ford"]
    assert headings(report) == []
    assert "AP, AP" in result.markdown and ":credit: AP, AP" in result.markdown


def test_a_standfirst_over_the_byline_with_no_credit_stays_the_standfirst():
    """Near miss: the line under the headline with no agency's credit under it is the standfirst, not a photo's caption."""
    stand = "The mayor defended the plan at the harbour on Monday, where it was first shown to the public."
    result, report = built(f"Harbour plan passes after a year of dispute\n\n{stand}\n\nBy Lena Ford\n\nOct. 17, 2019\n\n{HARBOUR}\n")
    assert ":::{figure}" not in result.markdown
    assert [a.name for a in report.authors] == ["Lena Ford"]


def test_a_heading_under_a_sentence_cut_after_the_and_a_noun_stays_a_heading():
    """Near miss: '… a halo of blessing for the war' may end a sentence cut short; 'Section Two' under it is a heading."""
    _, report = built(
        copied(
            "Support from the religious establishment in Norland provides the leader with a halo of spiritual blessing for the war",
            "Section Two",
            TAIL,
        )
    )
    assert "Section Two" in headings(report)


def test_the_headline_given_again_under_the_sites_labels_and_date_is_no_paragraph():
    """'Headline' / 'Donate' / 'Article' / date line / 'Headline' again / the photo's credit / the story."""
    _, report = built("\n".join([HEAD[0], "Donate", "Article", HEAD[1], HEAD[0], "Photo: Jane Roe / Norland News", HEAD[2], *STORY]) + "\n")
    assert report.title == HEAD[0]
    assert HEAD[0] not in body_text(report)


def test_a_first_paragraph_that_opens_with_the_headlines_words_stays():
    """Near miss: the story's first paragraph opening with the headline's words and going on is the story's."""
    first = f"{HEAD[0]}, the court's press office said on Friday, after a hearing that lasted less than an hour."
    _, report = built("\n".join([HEAD[0], HEAD[1], first, *STORY]) + "\n")
    assert first in body_text(report)


def test_a_short_clause_leading_into_a_quotation_is_no_heading():
    """'It also noted:' and 'Scientist Jane Roe told Norland Watch:' over a quotation lead into it; they head nothing."""
    _, report = built(
        copied(
            *STORY[:2],
            "It also noted:",
            "“The rules change every month, every year, and nobody tells the people who wait,” the board's report said.",
            "Scientist Jane Roe told Norland Watch:",
            "“It is like a marine against a cub scout when it comes to the scientists defending themselves,” she said.",
            TAIL,
        )
    )
    assert headings(report) == []


def test_a_heading_naming_what_was_said_stays_a_heading():
    """Near miss: 'What the minister said' (no colon) over two paragraphs is a heading."""
    _, report = built(copied(*STORY[:2], "What the minister said", TAIL, STORY[2]))
    assert "What the minister said" in headings(report)


def test_a_broadcasters_photo_widget_and_freelance_credits_are_no_headings():
    """NPR's 'toggle caption' / 'Brian L. Frank for NPR' and the BBC's 'Image caption …' lines, copied with the page, are the
    photos' furniture: no section and no paragraph."""
    page = (
        "Harbour plan passes after a year of dispute\n\nLena Ford\n\nOct. 17, 2019\n\n"
        f"{HARBOUR}\n\n"
        "toggle captionTom A. Berg for NPR\n\n"
        "Tom A. Berg for NPR\n\n"
        "Image caption The mayor at the harbour\n\n"
        "The council met again on Monday and passed the plan by seven votes to four, its clerk said.\n"
    )
    result, report = built(page)
    assert headings(report) == []
    assert "for NPR" not in result.markdown and "Image caption" not in result.markdown
    # near miss: a heading in title case with "for" is a heading ("New Rules for Ports" names no newsroom)
    _, report = built(page.replace("Tom A. Berg for NPR\n\nImage caption", "New Rules for Ports\n\nImage caption"))
    assert headings(report) == ["New Rules for Ports"]


def test_a_paragraph_cut_mid_sentence_by_a_page_break_goes_on_with_the_next():
    """'… said Mira Oduya, Senior Counsel on' / 'Children’s Rights at Fairwork, who led it.'; '… to resist policies that' /
    'harm health.': one sentence each, as printed before the page broke it."""
    cut = "“Nobody should be asked to work under these conditions, and nobody should look away,” said Mira Oduya, Senior Counsel on"
    _, report = built(copied(cut, "Children’s Rights at Fairwork Watch, who led the inquiry for the union.", TAIL))
    assert f"{cut} Children’s Rights at Fairwork Watch, who led the inquiry for the union." in body_text(report)
    cut = "Doctors have a duty of care to their patients, and the association urges its members to resist policies that"
    _, report = built(copied(cut, "harm health. The ministry has not replied.", TAIL))
    assert f"{cut} harm health. The ministry has not replied." in body_text(report)
    # near misses: a list's item ending '; and', a new sentence after an article, a heading under a cut line stay apart
    item = "Review the decisions of their governments to share intelligence with other states and agencies abroad; and"
    _, report = built(copied(item, "Cooperate with other oversight bodies to supervise the sharing of intelligence.", TAIL))
    assert f"{item}\nCooperate" in body_text(report)
    cut = "The first cause is known in the literature as the structural effect of the economy on the gap, and the"
    _, report = built(copied(cut, "The decomposition analysis shows that four sectors of high intensity account for most of it.", TAIL))
    assert f"{cut}\nThe decomposition" in body_text(report)
