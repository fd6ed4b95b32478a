"""A newsletter's sign-up prompts closing a copied story ('Thank you for your subscription!', 'To view and subscribe to
any of our other newsletters, please click here.') are page furniture, never the text nor a video placeholder."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = (
    "Quay board delays ferry plan\n\nBy Ada Roe\n\nMay 4, 2019\n\n"
    "The quay board put off its ferry plan on Tuesday after a row over berth fees.\n\n"
    '"The fees are the worst in a decade," the harbour master, Ilse Moor, said.\n\n'
)


def test_sign_up_prompts_closing_the_story_are_left_out():
    for prompts in (
        "Thank you for your subscription!\n\nTo view and subscribe to any of our other newsletters, please click here.\n",
        "Thanks for subscribing.\n\nTo see all our newsletters and manage your subscriptions, tap here.\n",
    ):
        result = import_text(HEAD + prompts, "story.txt")
        assert "Video not included" not in result.markdown and "subscri" not in result.markdown.split("+++")[2]
        assert len(result.dropped["newsletter prompt"]) == 2


def test_near_miss_a_video_placeholder_is_still_a_note():
    result = import_text(HEAD + "To view the video of the board's meeting, click here.\n", "story.txt")
    assert "Video not included in this edition: the board's meeting." in result.markdown


def test_near_miss_thanks_in_the_text_stay():
    text = HEAD + "Thank you for your patience, the board told ferry users in a letter on Wednesday.\n"
    assert "Thank you for your patience, the board told ferry users" in import_text(text, "story.txt").markdown
