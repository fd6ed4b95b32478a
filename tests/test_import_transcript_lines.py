"""A hearing's transcript: stage directions, broken-off turns and questions put alone are its text, not its sections;
a part's title stays a heading, and an explainer's questions outside a transcript stay its subheads."""

from __future__ import annotations

from imported import built, headings

ANSWER = (
    "Because the silt never stops. We took advice from the engineers, and they were clear that a yearly dredge was the "
    "minimum the harbour could run on, whatever the board said about the cost of it in the spring."
)
HEARING = "\n\n".join(
    [
        "Hearing of the Kessel Harbour Inquiry",
        "DAME ORLA FENWICK (affirmed).",
        "Questions From Counsel to the Inquiry",
        "Mr Quillan: Thank you, Dame Orla. I want to ask about the dredging budget, which the board cut twice in three "
        "years and then restored after the quay wall failed in the spring storms.",
        "Why do you think that that is a good idea?",
        f"Dame Orla Fenwick: {ANSWER}",
        "(Alarm)",
        "Lady Marsh: We will pause there.",
        "A second --",
        "Mr Quillan: Now --",
        f"Dame Orla Fenwick: The board met again in May and restored the budget in full. {ANSWER}",
        "Have I summarised those accurately?",
        f"Dame Orla Fenwick: Yes. {ANSWER}",
        "Lady Marsh: Thank you, Dame Orla.",
    ]
)


def test_a_transcripts_asides_and_questions_are_no_sections_and_its_parts_title_stays():
    result, report = built(HEARING + "\n")
    assert headings(report) == ["Questions From Counsel to the Inquiry"]
    for line in ("(Alarm)", "A second --", "Mr Quillan: Now --", "Have I summarised those accurately?"):
        assert line in result.markdown


def test_near_miss_an_explainers_questions_outside_a_transcript_stay_its_subheads():
    """One speaker's line in passing makes no transcript: the short questions over their answers are subheads."""
    text = "\n\n".join(
        [
            "Why the Kessel Harbour Silts Up",
            "March 3, 2024",
            f"The harbour board has argued about dredging for years. {ANSWER}",
            "Why does the silt never stop?",
            f"The river brings it down every winter. {ANSWER}",
            "Who pays for the dredge?",
            f"Lady Marsh: The board pays, and the owners of the boats pay the board. {ANSWER}",
        ]
    )
    _, report = built(text + "\n")
    assert "Why does the silt never stop?" in headings(report) and "Who pays for the dredge?" in headings(report)


def test_a_briefings_q_and_an_offices_turns_make_a_transcript_as_the_engine_reads_them():
    """The importer counts the turns the attribution engine reads by their label alone (turns.py): Q and A, an office in
    the proceedings ("THE HARBOUR MASTER", "Counsel to the Inquiry", "The DEPUTY CHAIRPERSON (Mr J Doe)"), besides names;
    so a stage direction or a broken-off question between them is no heading that cuts a turn in two."""
    briefing = "\n\n".join(
        [
            "Press Briefing by the Harbour Master",
            f"THE HARBOUR MASTER: Good afternoon. {ANSWER}",
            "Q: Will the quay reopen?",
            f"THE HARBOUR MASTER: Not this year. {ANSWER}",
            "(Laughter.)",
            "Q: And the dredge?",
            f"THE HARBOUR MASTER: In May. {ANSWER}",
            "Q: Who pays --",
            f"THE HARBOUR MASTER: The board. {ANSWER}",
        ]
    )
    record = "\n\n".join(
        [
            "Record of the Kessel Harbour Council",
            f"The DEPUTY CHAIRPERSON (Mr M L Quillan): Order. {ANSWER}",
            f"Counsel to the Inquiry: Thank you. {ANSWER}",
            "(Interjections.)",
            f"The DEPUTY CHAIRPERSON: Order! {ANSWER}",
            f"Counsel to the Inquiry: Then the board. {ANSWER}",
            "Is that accurate?",
            f"The DEPUTY CHAIRPERSON: Yes. {ANSWER}",
        ]
    )
    for text in (briefing, record):
        _, report = built(text + "\n")
        assert headings(report) == []


def test_near_miss_a_reports_analysis_and_context_lines_make_no_transcript():
    """ "Analysis:" and "Context:" lines name nobody: the explainer's questions over their answers stay its subheads."""
    text = "\n\n".join(
        [
            "Why the Kessel Harbour Silts Up",
            "March 3, 2024",
            f"The harbour board has argued about dredging for years. {ANSWER}",
            "Why does the silt never stop?",
            f"The river brings it down every winter. {ANSWER}",
            f"Analysis: the harbour board. {ANSWER}",
            f"Context: the figures are the board's. {ANSWER}",
            "Who pays for the dredge?",
            f"The owners of the boats pay the board. {ANSWER}",
            f"Analysis: the river authority. {ANSWER}",
            f"Context: the authority's figures are older. {ANSWER}",
        ]
    )
    _, report = built(text + "\n")
    assert "Why does the silt never stop?" in headings(report) and "Who pays for the dredge?" in headings(report)


# --- one advocate's submission as the hearing's transcript gives it ---------------------------------------------------

SUBMISSION = "\n\n".join(
    [
        "4. Submissions on Behalf of the Harbour Families Group by Ms Roe KC",
        "**Ms Roe**: Good afternoon, my Lady, and thank you for that.",
        f"The families ask why the dredging stopped. {ANSWER}",
        f"The board was warned in writing. {ANSWER}",
        f"And the board did nothing. {ANSWER}",
        "**Lady Marsh**: Thank you very much indeed, Ms Roe.",
        "**Ms Roe**: Thank you.",
    ]
)


def test_a_submission_as_a_transcript_gives_it_has_its_speaker_as_author_and_no_item_number():
    """The speaker whose turns hold the text's words (the chair's thanks between them) gave the speech: its author, as a
    judgment's judge is; the title's '4.' is the item's place in the day's order, no part of it. With the title
    underlined as a setext or rST export sets it, the underline is no paragraph."""
    title = "Submissions on Behalf of the Harbour Families Group by Ms Roe KC"
    for text in (SUBMISSION, SUBMISSION.replace("KC\n\n", f"KC\n{'=' * 70}\n\n", 1)):
        result, _ = built(text + "\n")
        assert f'title = "{title}"' in result.markdown
        assert '[[authors]]\nname = "Ms Roe"' in result.markdown
        assert "===" not in result.markdown


def test_near_miss_a_dialogue_and_a_numbered_name_keep_their_reading():
    """Two speakers sharing the words (an interview) have no author; a title whose number is part of a name
    ('1. FC Vells …') keeps it."""
    dialogue = SUBMISSION.replace("**Lady Marsh**: Thank you very much indeed, Ms Roe.", f"**Mr Dunn**: I disagree. {ANSWER} {ANSWER}")
    dialogue = dialogue.replace(f"And the board did nothing. {ANSWER}", f"**Mr Dunn**: The board acted. {ANSWER} {ANSWER}")
    result, _ = built(dialogue + "\n")
    assert "[[authors]]" not in result.markdown
    result, _ = built(SUBMISSION.replace("4. Submissions on Behalf of", "1. FC Vells and", 1) + "\n")
    assert 'title = "1. FC Vells and the Harbour Families Group by Ms Roe KC"' in result.markdown


# --- a government's press conference, as its PDF's text gives it (pdftotext: a form feed ends each page) ------------------------------------------------------

PRESS_CONFERENCE_PDF = """Premier and Harbour Officer press conference page 1 of 3

4 May 2026

PREMIER AND HARBOUR OFFICER PRESS CONFERENCE:
MONDAY, 4 MAY 2026
PM: Good afternoon. I will ask Captain Ines Vale to give today's figures from the harbour
and the two ferry terminals before we take any of your questions this afternoon.
Captain Ines Vale: Thank you. Three ferries were held at Dunmore this morning, all of them
for the storm damage to the north pier, and the pier will be surveyed again on Thursday.
PM: Thank you, Captain Vale. Cabinet will look again at the rules for the northern ferries
on Friday, and I will give its decision at this podium on the afternoon after it meets.
Media: Can you say anything about people who need to cross to the islands this week, rather
than to the mainland, and is there a lower bar for them?
PM: Sorry, what was that?
Media: If people have a sick relative on one of the islands—
PM: Yes.
Media: —would there be a lower bar for them to cross—
PM: That is one of the cases the harbour staff weigh up when they look at each request, as to
how far it can be done safely and without any risk to the other passengers or the crews.
Media: A question on the ferry companies. Some of them have told us, "We are ready to sail
tomorrow, and we have the crews and the life rafts and the new timetables in place."
Have they asked you?
PM: No company has put that to me directly, but I would expect them to go through the
harbour authority, which is the right channel for it, and which will advise us on Friday.
Media: Premier?
\f
Premier and Harbour Officer press conference page 2 of 3

PM: Oh, sorry, I thought you had finished. Go ahead, please, and then we will wrap up today.
Media: Will the schools on the islands stay open next week?
\f
Premier and Harbour Officer press conference page 3 of 3

Captain Ines Vale: They stay open. The risk to the children is very low, and no pupil has
been kept at home on the islands since the storm began in the last week of April.
"""


def test_a_press_conferences_pdf_text_keeps_its_turns_as_text_and_its_title_without_the_colon():
    """ "PM:" and "Media:" are a Commonwealth government's turn labels (turns.py): the transcript's broken-off turns and
    short questions are its text, no sections and no photo captions; the headline's colon led into the date line."""
    result, report = built(PRESS_CONFERENCE_PDF)
    assert headings(report) == []
    assert ":::{figure}" not in result.markdown
    for line in ("Media: If people have a sick relative on one of the islands—", "Media: Premier?", "Media: —would there be"):
        assert line in result.markdown
    assert report.title == "Premier and Harbour Officer Press Conference"
    assert not report.summary.startswith("PM:")
