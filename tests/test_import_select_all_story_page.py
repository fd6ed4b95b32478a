"""A local news site's story copied whole with select-all: the headline over a byline in lower case and the date lines,
the lead photo's caption (twice) and credit, captions among the paragraphs, and the site's boxes after the story.
Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built, headings

HEADLINE = "Lamps Out on the Point: Few of the Old Harbour Beacons Still Work"
STORY = [
    "You have seen the towers along the coast, beside the piers and the ferry docks. Fifty years ago the harbour kept dozens of working beacons, and nobody is sure how many are left.",
    "Nobody has counted the working towers since the council stopped paying the keepers, the harbour master said.",
    "The good news is that the harbour now has radar, and the ferries rarely need the old beacons at all.",
]


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_byline_in_lower_case_under_the_headline_is_the_byline():
    _, report = built(page(HEADLINE, "by Sven Marsh", "Published March 9, 2017", *STORY))
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["Sven Marsh"]


def test_a_headline_wrapped_on_by_and_capitalised_words_gives_no_author():
    headline = "A Guide to the Old Beacons Kept Lit Through the Winter Storms"
    _, report = built(page(headline, "by Volunteer Crews", "Published March 9, 2017", *STORY))
    assert [a.name for a in report.authors] == []


def test_a_wrapped_sentence_going_on_in_by_and_a_name_stays_one_paragraph():
    first = "The survey of the old towers along the quay that the council ordered last spring was carried out"
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", first, "by Tomas Brenner", *STORY))
    assert f"{first} by Tomas Brenner" in body_text(report)
    assert [a.name for a in report.authors] == ["Lena Marsh"]


CAPTION = "Rust on the stair of the lamp room at 12 Quay Street, shut since the last keeper left in 1994."


def figures(markdown: str) -> list[tuple[str, str]]:
    """(caption, credit) of each figure the import writes: ':::{figure}' / ':credit: …' / the caption / ':::'."""
    found = []
    for block in markdown.split(":::{figure}")[1:]:
        lines = [line for line in block.split(":::")[0].strip().splitlines() if line.strip()]
        credit = next((line.split(":credit:", 1)[1].strip() for line in lines if line.startswith(":credit:")), "")
        found.append((" ".join(line for line in lines if not line.startswith(":")), credit))
    return found


def test_a_lead_caption_given_twice_over_its_photographers_credit_is_one_photo_and_no_summary():
    result, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", CAPTION, CAPTION, "Pavel Marsk/Harbour Ledger", *STORY))
    assert figures(result.markdown) == [(CAPTION, "Pavel Marsk/Harbour Ledger")]
    assert headings(report) == []
    assert result.markdown.count(CAPTION) == 1
    assert report.summary == STORY[0]


def test_captions_closed_by_a_bracketed_credit_are_photos_no_headings():
    lines = [
        STORY[0],
        "A keeper at work on the north tower, 1958. (Public domain)",
        STORY[1],
        "The tower at 12 Quay. (Pavel Marsk/Harbour Ledger)",
        STORY[2],
    ]
    result, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", *lines))
    assert figures(result.markdown) == [
        ("A keeper at work on the north tower, 1958.", "Public domain"),
        ("The tower at 12 Quay.", "Pavel Marsk/Harbour Ledger"),
    ]
    assert headings(report) == []


def test_captions_with_an_initial_an_uploaders_credit_or_naming_the_picture_are_photos():
    lines = [
        STORY[0],
        "As mayor of Eastport, Jane K. Roe was keen on the old towers. (Pavel Marsk/Harbour Ledger)",
        "Poet J. K. Varga beside the U.K. ferry at the north pier. (Pavel Marsk/Harbour Ledger)",
        STORY[1],
        "The north tower's lamp room is now a bicycle store. (Sea Gull/Flickr)",
        STORY[2],
        "A screenshot of the ferry company's winter timetable page. (Harbour Lines)",
        "The archive photo of the keepers' cottage beside the north light. (Skarn Museum)",
    ]
    result, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", *lines))
    assert figures(result.markdown) == [
        ("As mayor of Eastport, Jane K. Roe was keen on the old towers.", "Pavel Marsk/Harbour Ledger"),
        ("Poet J. K. Varga beside the U.K. ferry at the north pier.", "Pavel Marsk/Harbour Ledger"),
        ("The north tower's lamp room is now a bicycle store.", "Sea Gull/Flickr"),
        ("A screenshot of the ferry company's winter timetable page.", "Harbour Lines"),
        ("The archive photo of the keepers' cottage beside the north light.", "Skarn Museum"),
    ]
    assert headings(report) == []
    assert report.summary == STORY[0]


def test_a_paragraph_of_sentences_or_a_source_in_brackets_after_prose_is_no_photo():  # near misses
    lines = [
        "Mayor Jane K. Roe spoke first. Then the board voted. (Pavel Marsk/Harbour Ledger)",  # two sentences
        "The board chose Plan B. Then it voted to shut the north tower. (Pavel Marsk/Harbour Ledger)",  # no initial
        "The keepers met at Pier C. Two of them left the service. (Pavel Marsk/Harbour Ledger)",
        "The council keeps its old charts of the towers. (Harbour Board)",  # a source, no picture named
        "A photo of the keeper hangs in the hall. (It was taken in 1990.)",  # an aside
        "The harbour board moved its files to the cloud last year. (Harbour Files/Dropbox)",  # no photo host
        "The picture from the north pier is bleak, with every lamp dark. (Skarn Harbour Trust)",  # prose, no picture named
        "The image of the ferry town as a quiet place took a knock in the storm. (Eastwick Courier Desk)",
        "A drawing of the new breakwater is on the board's notice wall. (Norland Port Office)",  # a sentence with its verb
        "A photo of the quay at night: no lamps, no ferries, no keepers. (Norland Port Office)",  # a colon
        "An illustration of the quay from the archive. (Corrected)",  # an editor's mark, no source
    ]
    result, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], *lines, *STORY[1:]))
    assert figures(result.markdown) == []
    assert all(line in body_text(report) for line in lines)


def test_a_bracketed_aside_or_a_slash_between_places_is_no_credit():
    aside = "The board met again on Friday. (The minutes are not yet public.)"
    route = "Harbourton/North Quay"
    result, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], aside, STORY[1], route, STORY[2]))
    assert figures(result.markdown) == []
    assert aside in body_text(report)


def test_sections_named_for_two_places_are_headings_no_credits():
    intro = "Queues of ships outside the big harbours grew all winter, and the three ports handled them in different ways."
    sections = [
        "East Haven/West Haven",
        "The joint port board opened two night shifts.",
        "Port Ellis/Cape Ellis",
        "The twin ports moved empty boxes inland.",
        "Dunmore",
        "The small port leased a second crane.",
    ]
    result, report = built(page("Where the Ships Wait: Three Ports", "By Lena Marsh", "Published March 9, 2017", intro, *sections))
    assert figures(result.markdown) == []
    assert headings(report) == ["East Haven/West Haven", "Port Ellis/Cape Ellis", "Dunmore"]


def test_a_letters_signature_or_a_cited_source_with_a_slash_is_no_credit():
    signed = [*STORY, "Yours faithfully,", "Karl Brenner / Harbour Trust"]
    result, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", *signed))
    assert figures(result.markdown) == []
    assert "Karl Brenner / Harbour Trust" in body_text(report)
    cited = "Rents in the old town rose by a third in two years. (Karl Brenner / Harbour Ledger)"
    result, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], cited, *STORY[1:]))
    assert figures(result.markdown) == []
    assert cited in body_text(report)


def test_a_modified_date_line_under_the_published_one_is_the_pages_no_heading():
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", "Modified March 10, 2017", *STORY))
    assert headings(report) == []
    assert str(report.date) == "2017-03-09"
    assert "Modified" not in body_text(report)


def test_a_sentence_opening_on_modified_stays():
    modified = "Modified boats from the old yard were still in service in March 2017, the harbour master said at the meeting."
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], modified, *STORY[1:]))
    assert modified in body_text(report)


TAIL = [
    "Stay on top of the tides. Sign up for our Morning Tide newsletter, free every weekday.",
    "Have a news tip? Write to the desk at any hour",
    "We count on readers' support to keep this reporting free for everyone.",
    "Give today",
    "Featured in Harbour Life",
    "Ferry timetable changes for the winter season start on the first of the month at every one of the island stops",
    "Nadia Orlo",
    "Latest in Harbour Life",
    "Council to vote on new parking rules near the quay",
    "Sven Ulm",
    "Filed under",
    "Harbour Life",
]


def test_the_sites_boxes_after_the_story_are_no_section_and_no_text():
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", *STORY, *TAIL))
    assert headings(report) == []
    assert body_text(report).splitlines() == STORY


def test_a_plea_a_button_or_a_newsletter_inside_the_story_stays():
    plea = "We rely on your support to keep the beacons lit, the mayor told the crowd at the quay on Monday."
    advice = [
        "What residents can do:",
        "Subscribe to the council's newsletter and read the minutes of each meeting before you vote.",
        "Write to your councillor about the beacons.",
    ]
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], plea, *advice, *STORY[1:]))
    assert plea in body_text(report)
    assert advice[1] in body_text(report)
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], "Give today", *STORY[1:]))
    assert headings(report) == ["Give today"]


def test_a_story_telling_of_a_newsletter_or_a_label_over_prose_stays():
    told = "Readers can get the harbour board newsletter at the library, the clerk said on Monday."
    recent = ["Recent in News", "The board met again on Friday and agreed to keep the north beacon lit through the winter storms."]
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", *STORY, told, *recent))
    assert told in body_text(report)
    assert recent[1] in body_text(report)


def test_a_reports_recent_section_with_its_lines_stays():
    recent = [
        "Recent in Scandinavia",
        "Norway closed its last staffed lighthouse in 2002",
        "Sweden keeps eleven towers lit for tourists",
        "Denmark sold its towers to private owners",
    ]
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", *STORY, *recent))
    assert all(line in body_text(report) for line in recent[1:])


def test_hashtags_of_several_words_in_lower_case_are_the_pages_tags():
    tags = ["#harbour lights", "#ferry service", "#longform"]
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", *STORY, *tags))
    assert body_text(report).splitlines() == STORY


def test_a_lone_hashtag_of_words_inside_the_story_stays():
    line = "#nightshift on the ferries"
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], line, *STORY[1:]))
    assert line in body_text(report) or line in headings(report)


def test_a_line_opening_on_a_hash_and_a_capital_or_a_number_stays():
    lines = ["#1 priority for the board is the north beacon, the clerk said on Monday at the meeting."]
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], *lines, *STORY[1:]))
    assert lines[0] in body_text(report)


EXCERPT = "Of course, the shelter rooms could be used only by those close enough to reach them in time, and the rest would have to stay at home."


def quotes(report) -> list[str]:
    return [p.text for s in report.sections for p in s.paragraphs if p.kind == "quote"]


def test_an_excerpt_under_a_clause_describing_it_in_some_terms_is_a_block_quote():
    lead = "Writing home from the pier in 1961, a young clerk described the keepers in wry, almost fond terms:"
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], lead, EXCERPT, *STORY[1:]))
    assert quotes(report) == [EXCERPT]


def test_the_authors_own_summary_in_so_many_words_leads_into_no_quotation():
    lead = "The case against the beacons can be summed up in three plain words:"
    summary = "Fog, radar and money. Each of them has changed since the towers were built, and the board has studied all three."
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], lead, summary, *STORY[1:]))
    assert quotes(report) == []


def test_a_clause_on_terms_with_no_verb_of_describing_leads_into_no_quotation():
    lead = "The board and the ferry company finally agreed in March on new terms:"
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], lead, EXCERPT, *STORY[1:]))
    assert quotes(report) == []


def test_the_words_of_a_thing_read_or_an_example_of_a_texts_wording_are_a_block_quote():
    for lead in (
        "The sign on the north tower's door read:",
        "The keepers' old service manual reads, in part:",
        "The rules the council wrote for the keepers make for grim reading. For example:",
        "Their wording is blunt. For instance:",
    ):
        _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], lead, EXCERPT, *STORY[1:]))
        assert quotes(report) == [EXCERPT], lead


def test_a_readers_list_a_noun_read_or_the_writers_own_example_leads_into_no_quotation():  # near misses
    for lead in (
        "Books every keeper should read:",
        "The board's report is a hard read:",
        "The board tried many things over the years. For example:",
        "Many towns have tried. For instance:",
        "The council's old manual is blunt. For example:",
        "Every winter the lighthouse keepers' daughters read:",  # readers, no written thing
        "The ferry company's annual review is a dry but useful read:",  # the noun 'read' after a copula
        "My choice for a rainy evening read:",
        "The court's reading of the harbour act was strict. For example:",  # an interpretation, no text's wording
        "The language gap slowed the new crews for months. For example:",
    ):
        _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", STORY[0], lead, EXCERPT, *STORY[1:]))
        assert quotes(report) == [], lead
