"""Who said what: each attribution pattern on small passages of our own, and the registry's checks."""

from __future__ import annotations

import datetime as dt

import pytest
from dossier.actors import Registry, parse_registry
from dossier.document import read_report
from dossier.model import ContentError
from dossier.quotes import quote_spans
from dossier.statements import extract_statements

REGISTRY = """
[[actor]]
id = "rahimi"
name = "Leila Rahimi"
kind = "person"
affiliation = "norland"
aliases = ["Rahimi", "Minister Rahimi"]
[[actor.roles]]
title = "Foreign Minister of Norland"
from = 2020-01-01
to = 2022-12-31
aliases = ["Norland's Foreign Minister"]

[[actor]]
id = "okafor"
name = "Daniel Okafor"
kind = "person"
affiliation = "southmark"
aliases = ["Okafor"]
[[actor.roles]]
title = "Foreign Minister of Norland"
from = 2023-01-01
aliases = ["Norland's Foreign Minister"]

[[actor]]
id = "varga"
name = "Tomas Varga"
aliases = ["Varga"]
affiliation = "southmark"

[[actor]]
id = "norland"
name = "Norland"
kind = "state"
aliases = ["Norlandic"]

[[actor]]
id = "southmark"
name = "Southmark"
kind = "state"

[[actor]]
id = "the-herald"
name = "The Northern Herald"
kind = "outlet"
affiliation = "norland"
aliases = ["Herald", "the Herald"]

[[actor]]
id = "gazette"
name = "Gazette"
kind = "outlet"
"""


def registry() -> Registry:
    return parse_registry(REGISTRY, "content/actors.toml")


def statements_of(body: str, date: str = "2022-06-30", known: Registry | None = None):
    text = f'+++\ntitle = "A Report"\ndate = {date}\n+++\n{body}'
    report = read_report(text, "content/reports/a.md")
    return extract_statements(report, known if known is not None else registry())


def summary(extraction):
    return [(s.speaker, s.quote) for s in extraction.statements]


# --- quotation marks ---------------------------------------------------------------------------


def test_quote_spans_pair_straight_and_curly_marks_and_run_an_unclosed_quote_to_the_end():
    text = 'He said "one two" and “three” then "open to the end'
    spans = quote_spans(text)
    assert [text[s.inner_start : s.inner_end] for s in spans] == ["one two", "three", "open to the end"]
    assert [s.closed for s in spans] == [True, True, False]


# --- attribution ------------------------------------------------------------------------------


def test_a_heading_speaker_governs_the_block_quotes_of_its_section():
    found = statements_of(
        '## Minister Rahimi: "We Will Not Wait"\n\n> "We will not wait for others to act on our behalf.\n>\n> "Our patience has limits."\n'
    )
    assert summary(found) == [("rahimi", "We will not wait for others to act on our behalf. Our patience has limits.")]
    assert found.statements[0].reason == "heading: the heading names the speaker"
    assert found.statements[0].inline is False and len(found.statements[0].paragraphs) == 2


@pytest.mark.parametrize("verb", ["said", "stated", "told reporters", "wrote", "explained", "announced", "warned", "replied"])
def test_an_introducing_sentence_with_a_speech_verb_names_the_speaker(verb):
    found = statements_of(f'On May 3, 2022, Varga {verb}: "The border will stay open for trade."\n')
    assert summary(found) == [("varga", "The border will stay open for trade.")]
    assert found.statements[0].inline is True


def test_according_to_and_speech_verbs_after_the_quote():
    found = statements_of(
        '"The talks were useful and will continue," according to Varga.\n\n'
        '"We expect a reply within the week," said Rahimi.\n\n'
        'Okafor arrived later. "Nothing has been agreed so far," he said.\n',
        date="2023-06-30",
    )
    assert summary(found) == [
        ("varga", "The talks were useful and will continue,"),
        ("rahimi", "We expect a reply within the week,"),
        ("okafor", "Nothing has been agreed so far,"),
    ]


def test_the_main_points_of_a_speech_introduce_the_block_quote_and_give_the_occasion():
    found = statements_of(
        "In a speech on March 14, 2022, Varga spoke about the border. The following are the main points of Varga's speech:\n\n"
        '> "The border is not a wall. It is a door that we open and close as we choose."\n'
    )
    statement = found.statements[0]
    assert (statement.speaker, statement.occasion, statement.date) == ("varga", "speech", dt.date(2022, 3, 14))
    assert statement.reason.startswith("main_points: the main points of")


def test_a_lead_in_naming_whose_words_follow_is_its_own_sieve():
    found = statements_of(
        "Edda Lind spoke to the harbour board on Monday. Her answer was as follows:\n\n"
        '> "The quay will stay open to every boat until the new wall is finished."\n'
    )
    statement = found.statements[0]
    assert (statement.speaker, statement.reason) == ("edda-lind", "owned_words: a lead-in: X’s answer is")


def test_his_statements_and_he_refer_to_the_speaker_named_before():
    found = statements_of(
        "Rahimi said on April 2, 2022 that the talks had stalled. Following are the main points of his statements:\n\n"
        '> "The other side has not answered our proposals for three months."\n\n'
        "She later met the press. She emphasized that patience was running out:\n\n"
        '> "We cannot wait for ever, and we will not."\n'
    )
    assert [s.speaker for s in found.statements] == ["rahimi", "rahimi"]


def test_a_reply_is_credited_to_the_one_who_replies_and_dated_from_the_exchange():
    found = statements_of(
        'Speaking with Varga on May 9, 2022, Rahimi said: "We want the crossings reopened soon."\n\n'
        'Varga replied: "The crossings will reopen when the inspections are done."[^1]\n\n'
        "[^1]: Herald, May 10, 2022.\n"
    )
    assert summary(found) == [
        ("rahimi", "We want the crossings reopened soon."),
        ("varga", "The crossings will reopen when the inspections are done."),
    ]
    reply = found.statements[1]
    assert reply.date == dt.date(2022, 5, 9) and reply.date_basis == "text"
    assert [s.note_key for s in found.statements] == ["1", "1"]


def test_a_quote_inside_a_quote_belongs_to_the_outer_speaker_and_the_inner_one_is_recorded():
    found = statements_of(
        "The Herald wrote on June 1, 2022:\n\n"
        "> \"Last week Varga said: 'Southmark will not be pressured by anyone.' That is not what his ministers say.\"\n"
    )
    statement = found.statements[0]
    assert statement.speaker == "the-herald"
    assert [(q.actor_id, q.text) for q in statement.quoted] == [("varga", "Southmark will not be pressured by anyone.")]


def test_an_outlet_speaks_in_its_own_editorial_and_cartoon():
    found = statements_of(
        'The Northern Herald published a cartoon on June 5, 2022. The caption under the cartoon states: "The door is open, but nobody walks through."\n\n'
        "## Gazette: The Talks Must Go On\n\nOn June 6, 2022, the Gazette argued in an editorial that the talks must continue. The following are the main points of the article:\n\n"
        '> "Nobody gains from a failure of these talks, least of all the two capitals."\n'
    )
    assert [(s.speaker, s.occasion) for s in found.statements] == [("the-herald", "cartoon"), ("gazette", "article")]


def test_paraphrase_labels_titles_and_mere_mentions_are_not_statements():
    found = statements_of(
        'Rahimi said that the talks would resume in May. The so-called "roadmap" was not discussed, and the "unfriendly" states '
        'were not named. Varga wrote an essay, "On The Borders Of Norland And Southmark", last year. Norland was not mentioned.\n\n'
        "Varga spoke at length about trade, security and borders.\n"
    )
    assert found.statements == []


def test_a_word_the_speaker_used_is_a_statement_when_a_cue_credits_it():
    found = statements_of('Varga called the proposal "unworkable" and Okafor described the plan as "a step in the right direction for everyone."\n')
    assert summary(found) == [("varga", "unworkable"), ("okafor", "a step in the right direction for everyone.")]


def test_a_stance_in_the_speakers_own_quoted_words_is_a_statement():
    found = statements_of(
        'In a June 3, 2022 call, Minister Rahimi expressed support for "talks among all six countries of the region, '
        'without outside powers, on every open border question."\n\n'
        'Varga called for "calm" and Okafor urged restraint.\n'
    )
    assert summary(found) == [
        ("rahimi", "talks among all six countries of the region, without outside powers, on every open border question."),
        ("varga", "calm"),
    ]
    assert found.statements[0].reason == "cue_before: 'expressed support for'"
    assert found.statements[0].date == dt.date(2022, 6, 3)


# --- unknown speakers ---------------------------------------------------------------------------


def test_a_title_and_name_before_a_speech_verb_make_a_provisional_speaker():
    found = statements_of(
        'Deputy Foreign Minister Arash Kamali said on May 2, 2022: "We are ready to talk without conditions."\n\nKamali added: "But not for ever."\n'
    )
    assert [(s.speaker, s.quote) for s in found.statements] == [
        ("arash-kamali", "We are ready to talk without conditions."),
        ("arash-kamali", "But not for ever."),
    ]
    (actor,) = found.provisional
    assert (actor.name, actor.kind, actor.provisional, actor.aliases) == ("Arash Kamali", "person", True, ["Kamali"])
    assert actor.line == 5  # the line of the report's file where the name first appears


def test_a_name_line_above_a_quote_and_a_date_line_below_it_in_a_quote_collection():
    body = (
        "## Reactions\n\n"
        "Senator Mira Holt:\n\n"
        '> "This agreement is a disgrace to everyone who signed it."\n\n'
        "(October 5)\n\n"
        "Tomas Varga:\n\n"
        '> "This agreement is the best we could get in the circumstances."\n\n'
        "October 6, 2021\n"
    )
    found = statements_of(body, date="2022-01-15")
    assert [(s.speaker, s.date) for s in found.statements] == [("mira-holt", dt.date(2021, 10, 5)), ("varga", dt.date(2021, 10, 6))]
    assert found.statements[0].reason == "colon_line: a name line before the quote"


def test_a_news_digest_in_bullets_with_speaker_and_outlet():
    body = (
        "## Digest\n\n"
        '- Varga: "We will not accept new tariffs on our goods." (Herald, March 3)\n'
        '- The Gazette quoted Okafor as saying: "The tariffs are a temporary measure."\n'
    )
    found = statements_of(body, date="2023-05-01")
    assert [(s.speaker, s.date) for s in found.statements] == [("varga", dt.date(2023, 3, 3)), ("okafor", dt.date(2023, 5, 1))]
    assert found.statements[1].date_is_guess


# --- dates --------------------------------------------------------------------------------------


def test_dates_come_from_the_sentence_else_the_note_else_the_report_with_a_flag():
    found = statements_of(
        'On February 2, 2022, Varga said: "The first date is in the sentence itself."[^1]\n\n'
        "## Later\n\n"
        'Rahimi said: "The second date comes from the note that sources it."[^2]\n\n'
        "## Undated\n\n"
        'Okafor said: "The third has no date at all, so it takes the report date."\n\n'
        "[^1]: Herald, February 3, 2022.\n\n[^2]: Gazette (Norland), March 9, 2022.\n",
        date="2023-04-01",
    )
    assert [(s.date, s.date_basis) for s in found.statements] == [
        (dt.date(2022, 2, 2), "text"),
        (dt.date(2022, 3, 9), "note"),
        (dt.date(2023, 4, 1), "report"),
    ]


def test_a_yearless_date_takes_its_year_from_the_note_and_never_lands_after_the_report():
    found = statements_of(
        'Varga, who met Rahimi on November 16, said: "The meeting was frank and useful for both sides."[^1]\n\n'
        "## Earlier\n\n"
        'On December 20, Rahimi said: "A yearless date after the report date belongs to the year before."\n\n'
        "[^1]: Herald, November 15, 2021.\n",
        date="2022-01-10",
    )
    assert [s.date for s in found.statements] == [dt.date(2021, 11, 16), dt.date(2021, 12, 20)]


def test_a_role_alias_names_whoever_held_the_role_on_the_date():
    before = statements_of('On May 3, 2022, Norland\'s Foreign Minister said: "We will sign the treaty this year."\n')
    after = statements_of('On May 3, 2023, Norland\'s Foreign Minister said: "We will sign the treaty this year."\n', date="2023-06-01")
    assert [s.speaker for s in before.statements] == ["rahimi"]
    assert [s.speaker for s in after.statements] == ["okafor"]


def test_an_unclosed_inline_quote_continues_in_the_block_quote_below():
    found = statements_of('Varga said: "The first part of what I say is here...\n\n> "And the second part is in the block quote below."\n')
    assert len(found.statements) == 1
    assert found.statements[0].paragraphs == ["The first part of what I say is here...", "And the second part is in the block quote below."]


def test_new_reports_work_with_an_empty_registry():
    found = statements_of('Foreign Minister Leila Rahimi said on May 3, 2022: "The border will stay open for trade."\n', known=Registry([]))
    assert [(s.speaker, s.date) for s in found.statements] == [("leila-rahimi", dt.date(2022, 5, 3))]


# --- the registry's own checks ----------------------------------------------------------------------


def registry_error(text: str) -> str:
    with pytest.raises(ContentError) as caught:
        parse_registry(text, "content/actors.toml")
    return str(caught.value)


def test_registry_errors_name_the_file_and_line():
    assert registry_error('[[actor]]\nname = "A"\n\n[[actor]]\nname = "B"\nid = "a"\n') == (
        "content/actors.toml:6: actor 'B' would get the page speakers/a.html, which the actor at line 1 already has; give one of them another id"
    )
    assert registry_error('[[actor]]\nname = "A"\naliases = ["X"]\n[[actor]]\nname = "B"\naliases = ["x"]\n').startswith(
        "content/actors.toml:6: the name 'x' is already used by 'a'"
    )
    assert registry_error('[[actor]]\nname = "A"\naffiliation = "nobody"\n') == (
        "content/actors.toml:3: affiliation 'nobody' is not an actor id in this registry"
    )
    assert registry_error('[[actor]]\nname = "A"\nkind = "robot"\n').startswith("content/actors.toml:3: kind 'robot' is not one of person")
    assert registry_error('[[actor]]\nname = "A\n').startswith("content/actors.toml:2: not valid TOML")


def test_two_names_that_give_one_page_are_an_error_not_a_merge():
    message = registry_error('[[actor]]\nname = "Çavuşoğlu"\n\n[[actor]]\nname = "Cavusoglu!"\n')
    assert message.startswith("content/actors.toml:5: actor 'Cavusoglu!' would get the page speakers/cavusoglu.html")


def test_a_role_name_may_not_mean_two_actors_at_once():
    message = registry_error(
        '[[actor]]\nname = "A"\n[[actor.roles]]\ntitle = "Chair"\naliases = ["the Chair"]\n\n'
        '[[actor]]\nname = "B"\n[[actor.roles]]\ntitle = "Chair"\naliases = ["the Chair"]\n'
    )
    assert "the role name 'the Chair' means both 'a' and 'b' at the same time" in message
