"""A saved page's numbered blocks of its own prose (recommendations, findings) are its text, never a box of other stories;
furniture that took sentences with it is told in a problem line with the words it took."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

HEAD = "<!doctype html><html><head><meta charset='utf-8'><title>Pier Review</title></head><body><article><h1>Pier Review</h1>"
LEAD = "<p>The harbour board made three recommendations to the council, and the council has answered each of them below.</p>"
BLOCKS = [
    ("The council should publish every dredging contract over one million before it is signed.", "The council adopted a rule on publication in May."),
    ("The council should train its members to read the auditors' findings.", "Training began for the finance committee in the autumn."),
    ("The council should report on the pier's repairs every year.", "A first yearly report is due in the spring."),
]


def blocks(box: str) -> str:
    return "".join(
        f'<div class="{box}-block"><div class="{box}-number">{n}</div><div class="{box}">{ask}</div><div>{answer}</div></div>'
        for n, (ask, answer) in enumerate(BLOCKS, 1)
    )


def read(page: str) -> tuple[str, list[str]]:
    result = import_page(read_saved_page(page.encode(), "pier.html"), "pier.html")
    return result.markdown, [p.message for p in result.problems]


def test_numbered_blocks_of_the_reports_prose_are_kept_with_their_numbers() -> None:
    markdown, _ = read(HEAD + LEAD + blocks("recommendation") + "</article></body></html>")
    body = markdown.split("+++")[2]
    assert "1\\. The council should publish every dredging contract" in body  # 'recommend' in a class: no box of stories
    assert "3\\. The council should report on the pier's repairs every year." in body
    assert "A first yearly report is due in the spring." in body
    assert "\n\n1\n\n" not in body  # the number is the block's, not a paragraph of its own


def test_a_box_of_recommended_stories_is_still_dropped() -> None:
    # near miss: the same class word on a box of headlines, each a link to another story
    box = (
        '<div class="recommended-stories"><h3>Recommended</h3><ul>'
        '<li><a href="/a">Ferry fares rise again as the fleet ages</a></li>'
        '<li><a href="/b">Council to review the harbour lease next month</a></li>'
        '<li><a href="/c">Pilots warn of silt in the outer channel</a></li></ul></div>'
    )
    markdown, problems = read(HEAD + LEAD + "<p>" + BLOCKS[0][0] + " " + BLOCKS[0][1] + "</p>" + box + "</article></body></html>")
    assert "Ferry fares rise again" not in markdown
    assert not any("were left out" in p for p in problems)


def test_a_related_storys_teaser_with_a_full_excerpt_is_still_dropped() -> None:
    # near miss: one link among many words, but the link is the teaser's headline, over the other story's excerpt
    teaser = (
        '<div class="related-story"><a href="/ferries">Ferry fares rise again</a><p>The island ferries cost twice what they did '
        "five years ago. The operators blame the fleet's age and the councils blame the operators.</p></div>"
    )
    markdown, _ = read(HEAD + LEAD + "<p>" + BLOCKS[0][0] + " " + BLOCKS[0][1] + "</p>" + teaser + "</article></body></html>")
    assert "Ferry fares rise again" not in markdown and "cost twice what they did" not in markdown


def test_sentences_a_link_box_took_are_counted_in_a_problem_line() -> None:
    prose = " ".join(f"The board met on day {n} of the month and heard the pilots on the silt in the channel." for n in range(1, 13))
    page = HEAD + LEAD + f"<p>{prose}</p><p>{prose}</p>" + f'<div class="promo-panel"><p>{prose}</p></div>' + "</article></body></html>"
    _, problems = read(page)
    told = [p for p in problems if "were left out as advertisement" in p]  # a class said so; its sentences may be the report's
    assert told and told[0].startswith("228 words inside the article (")
