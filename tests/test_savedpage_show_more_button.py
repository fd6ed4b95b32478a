"""A theme's button that unfolds the story ('Show More' under a WordPress Jannah story, 'Load more', 'View all') is page
furniture, saved or copied; a sentence opening with the words stays the story's."""

from __future__ import annotations

from dossier.importer import import_text
from saved_page_passages import LONG, body_text, read


def test_a_show_more_button_under_a_saved_story_is_furniture() -> None:
    for words in ("Show More", "Load more", "View all"):
        saved = read(
            f'<article class="post-content"><h1>Harbour prices rise</h1><div class="entry-content"><p>{LONG}</p><p></p></div>'
            f'<div class="toggle-post-content"> <a id="toggle-post-button" class="button" href="#"> {words} <span></span></a></div></article>'
        )
        assert words not in body_text(saved), words
        assert saved.dropped.get("widget button") == [words], words


def test_a_copied_show_more_line_is_furniture_and_a_sentence_with_the_words_stays() -> None:
    text = f"Harbour prices rise\n\nBy Ola Brenn\n\nMarch 3, 2023\n\n{LONG}\n\nShow more of the same, the traders said.\n\nShow More\n"
    result = import_text(text, "page.txt")
    assert "Show more of the same, the traders said." in result.markdown
    assert "\nShow More\n" not in result.markdown
    assert result.dropped.get("widget button") == ["Show More"]
