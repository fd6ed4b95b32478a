"""A digest's or a news feed's items, each a headline over a one-sentence lead: a headline that names its speaker with
"Says" ("Treaty Was ‘A Sacred Duty,’ Ivo Ostrov Says") is whom the lead's "he said" means, never the previous item's
speaker. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from dossier.attribution.headlines import headline_speaker
from passages import attributed

FIRST = '"This spring must be the start of real talks," Pell Brannic told allies in Velmar.'
LEAD = "“It was our sacred duty to carry this heavy burden for the sake of our homeland,” he said."


def speakers(body: str) -> list[str]:
    return [who for who, _ in attributed(body)]


def test_a_headline_names_its_speaker_closing_or_opening_it():
    assert headline_speaker("Treaty Was ‘A Sacred Duty,’ Ivo Ostrov Says").name == "Ivo Ostrov"
    assert headline_speaker("Velmar Will End the Dispute Only on Its Terms, Ostrov Warns").name == "Ostrov"
    assert headline_speaker("Foreign Minister Ivo Ostrov Says Talks Will Resume").name == "Ivo Ostrov"
    assert headline_speaker("Treaty Was ‘A Sacred Duty,’ Harbour Council Says") is None  # a body's
    assert headline_speaker("Pell Brannic Wants Talks ‘This Spring’ on Treaty Anniversary") is None  # no verb of saying
    assert headline_speaker("He said the talks were over, Ivo Ostrov says.") is None  # a sentence, no headline


def test_the_lead_under_an_item_heading_is_its_speakers():
    body = f"### Pell Brannic Wants Talks ‘This Spring’ on Treaty Anniversary\n\n{FIRST}\n\n### Treaty Was ‘A Sacred Duty,’ Ivo Ostrov Says\n\n{LEAD}"
    assert speakers(body) == ["Pell Brannic", "Ivo Ostrov"]


def test_the_same_with_the_headlines_as_paragraphs():
    body = f"Pell Brannic Wants Talks ‘This Spring’ on Treaty Anniversary\n\n{FIRST}\n\nTreaty Was ‘A Sacred Duty,’ Ivo Ostrov Says\n\n{LEAD}"
    assert speakers(body) == ["Pell Brannic", "Ivo Ostrov"]


def test_an_item_alone_and_a_headline_opening_on_the_speaker():
    assert speakers(f"### Treaty Was ‘A Sacred Duty,’ Ivo Ostrov Says\n\n{LEAD}") == ["Ivo Ostrov"]
    assert speakers(f"### Ivo Ostrov Says Treaty Was a Sacred Duty\n\n{LEAD}") == ["Ivo Ostrov"]


def test_a_speaker_named_in_prose_is_read_as_before():
    assert speakers(f"Ivo Ostrov spoke at the memorial on Monday.\n\n{LEAD}") == ["Ivo Ostrov"]
    assert speakers(f"{FIRST}\n\nIvo Ostrov says the treaty was a duty.\n\n{LEAD}") == ["Pell Brannic", "Ivo Ostrov"]
    # a heading naming no speaker leaves the lead's "he" as it was (the person salient before)
    assert speakers(f"{FIRST}\n\nVelmar Talks Resume\n\n{LEAD}") == ["Pell Brannic", "Pell Brannic"]


def test_a_verb_like_noun_ending_a_headline_makes_no_name():
    # "Claims", "Pledges" are nouns too: "Ostrov Denies" before them is no name
    assert headline_speaker("Ostrov Denies Claims") is None or headline_speaker("Ostrov Denies Claims").name == "Ostrov"
    assert headline_speaker("Harren Rejects Claims") is None
    assert headline_speaker("Ivo Ostrov Denies Pledges").name == "Ivo Ostrov"
    first = "Pol Harren spoke first.\n\n"
    assert "Harren Rejects" not in speakers(first + 'Harren Rejects Claims\n\n"Talks will resume," he said.')
    assert "Ostrov Denies" not in speakers(first + 'Ostrov Denies Claims\n\n"Talks will resume," he said.')
    # near miss: the verb closing the headline after a comma still names its speaker
    assert headline_speaker("Harbour Deal Is Dead, Ivo Ostrov Claims").name == "Ivo Ostrov"


def test_any_plain_verb_of_saying_names_the_headlines_speaker():
    """The headline's verbs are the cue words' own present forms: "Predicts", "Explains", "Stresses" as "Says" does."""
    assert headline_speaker("Talks Will Resume in the Spring, Ivo Ostrov Predicts").name == "Ivo Ostrov"
    assert headline_speaker("Ivo Ostrov Explains Why the Treaty Was a Sacred Duty").name == "Ivo Ostrov"
    assert speakers(f"{FIRST}\n\n### Ivo Ostrov Stresses Treaty Was a Sacred Duty\n\n{LEAD}") == ["Pell Brannic", "Ivo Ostrov"]


def test_near_miss_a_weak_or_describing_verb_names_no_headline_speaker():
    assert headline_speaker("Ivo Ostrov Believes Talks Will Resume in the Spring") is None
    assert headline_speaker("Ivo Ostrov Calls the Treaty a Sacred Duty") is None
    assert headline_speaker("Ivo Ostrov Rejects Treaty Terms") is None


def test_a_headline_opening_on_a_name_and_a_verb_that_is_no_plain_saying_names_no_speaker():
    for rest in (
        "Reports for Duty at the Harbour",
        "Writes New Chapter in Harbour Saga",
        "Speaks at Harbour Rally",
        "Proposes to Longtime Partner",
        "Adds Two Goals in Win",
        "Tweets Photo of Dog",
        "Quizzes Minister Tom Reed Over Port",
    ):
        assert headline_speaker(f"Ivo Ostrov {rest}") is None, rest


def test_the_answer_under_a_headline_naming_its_object_is_not_the_subjects():
    assert speakers("### Ivo Ostrov Writes to Harbour Master Tom Reed\n\n“I have not read the letter,” he said.") != ["Ivo Ostrov"]


def test_near_miss_a_closing_verb_of_saying_still_names_the_speaker():
    assert headline_speaker("Talks Will Resume in Spring, Ivo Ostrov Predicts") is not None
    assert headline_speaker("Ivo Ostrov Explains Why Talks Will Resume") is not None
