"""A release as a library's catalogue stores it, the sender's name in capitals between the release's date line and its
own headline ('HARBOUR PILOTS GUILD'): the catalogue's stopped headline is still the title, and the sender's name and
the headline given again are the release's furniture, no sections."""

from __future__ import annotations

from imported import built, headings

LEDE = "The Harbour Pilots Guild says it is alarmed by remarks made by the Minister for Ports about the night roster."
QUOTE = '"This is a reckless attack on the pilots," says the President of the Guild, Mr Ivo Brandt.'


def test_the_senders_name_in_capitals_between_the_date_and_the_headline_given_again() -> None:
    top = ["Port minister's remarks reckless, says Pilots Guild.", "2019-03-04", "Media Release", "Monday 4 March 2019", "HARBOUR PILOTS GUILD"]
    result, report = built("\n\n".join([*top, "Port Minister's Remarks Reckless, Says Pilots Guild", LEDE, QUOTE]) + "\n")
    assert 'title = "Port minister\'s remarks reckless, says Pilots Guild."' in result.markdown
    assert not headings(report) and "HARBOUR PILOTS GUILD" not in result.markdown


def test_near_miss_a_capitals_line_over_another_headline_stays() -> None:
    top = ["Port minister's remarks reckless, says Pilots Guild.", "2019-03-04", "Media Release", "Monday 4 March 2019", "HARBOUR PILOTS GUILD"]
    result, _ = built("\n\n".join([*top, "Night Roster Leaves Channel Unpiloted", LEDE, QUOTE]) + "\n")
    assert 'title = "Port minister\'s remarks reckless, says Pilots Guild."' not in result.markdown
