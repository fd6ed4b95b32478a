"""An explainer's subheads: an indirect question with no question mark; an embedded post's signature is none. Passages
of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, built, headings

LONG = f"The harbour board met on Monday, and {PROSE.lower()}. The pilots asked again for a second tug at night."

EXPLAINER = (
    "The Law That Keeps the River Port Waiting\n\n"
    f"{LONG}\n\n"
    "The mayor wrote about it on social media, and the post was shared widely.\n\n"
    "The ferry will be back when the pier is safe\n\n"
    "— Jane Roe (@JaneRoeMayor) March 4, 2021\n\n"
    f"{LONG}\n\n"
    "Why the river port’s harbour bar gets so badly crowded with waiting ships at this time of year\n\n"
    f"{LONG}\n\n{LONG}\n\n"
    f"{LONG}\n"
)


def test_an_indirect_question_is_a_subhead_and_a_posts_signature_is_none():
    _, report = built(EXPLAINER)
    assert headings(report) == ["Why the river port’s harbour bar gets so badly crowded with waiting ships at this time of year"]


def test_a_sentence_opening_with_why_is_no_subhead():
    """Near miss: a line opening with 'Why' that ends a sentence is a paragraph."""
    text = EXPLAINER.replace(
        "Why the river port’s harbour bar gets so badly crowded with waiting ships at this time of year\n",
        "Why the river port waits so long is no secret to the pilots.\n",
    )
    _, report = built(text)
    assert not [h for h in headings(report) if h.startswith("Why")]
