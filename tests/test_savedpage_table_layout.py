"""A page laid out in tables: an e-mail newsletter's "view in browser" page keeps all its stories, an old site its one."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

STORIES = (
    ("Ferry strike spreads", "Deckhands on the island routes stopped work on Tuesday, their union said, and the morning sailings were cancelled."),
    ("Harbour dues frozen", "The harbour board froze its dues for a year after the operators warned that fares would rise again in the spring."),
    ("Lighthouse sold", "The last keeper's cottage on the point was sold at auction to a trust that means to open it to walkers next summer."),
)
FOOTER = (
    "<tr><td><p>You’re receiving this email because you signed up for the Coast Letter. "
    "<a href='https://example.org/prefs'>Manage your preferences</a> or <a href='https://example.org/unsub'>unsubscribe</a>.</p></td></tr>"
)


def newsletter(nested: bool = False) -> bytes:
    rows = "".join(
        f"<tr><td><table><tr><td><span>{n}</span><h2>{title}</h2><p>{text} {text}</p></td></tr></table></td></tr><tr><td><span>↓</span></td></tr>"
        for n, (title, text) in enumerate(STORIES[:2], start=1)
    )  # each story numbered over its heading, an arrow under it
    essay = f"<h2>{STORIES[2][0]}</h2><p>{STORIES[2][1]} {STORIES[2][1]} {STORIES[2][1]}</p>"
    essay = f"<body>{essay}</body>" if nested else essay  # the digest's own HTML set in a cell, its <body> and all
    return (
        "<html><head><meta charset='utf-8'><title>Coast Letter</title></head><body><table>"
        "<tr><td><a href='https://example.org/web'>View in browser</a></td></tr>"
        "<tr><td><div><img alt='sunny' src='sun.png'> Portree 14°</div></td><td><div><img alt='rain' src='rain.png'> Oban</div></td></tr>"
        f"<tr><td><h1>Coast Letter</h1><p>June 3, 2026</p></td></tr>{rows}<tr><td><table><tr><td>{essay}</td></tr></table></td></tr>"
        f"{FOOTER}</table></body></html>"
    ).encode()


def test_a_newsletter_set_in_tables_keeps_every_story() -> None:
    for nested in (False, True):
        result = import_page(read_saved_page(newsletter(nested), "letter.html"), "letter.html")
        for title, text in STORIES:
            assert f"## {title}" in result.markdown and text in result.markdown, (nested, title)
        assert "receiving this email" not in result.markdown and "Manage your preferences" not in result.markdown
        assert "Portree" not in result.markdown and "Oban" not in result.markdown  # the weather strip's cities
        assert "↓" not in result.markdown and "\n1\n" not in result.markdown and "View in browser" not in result.markdown
        assert any(line.startswith("dropped as page furniture:") and "e-mail footer ×1" in line for line in result.summary)


def test_columns_beside_an_article_cell_are_not_stories() -> None:
    # near miss: an old site's row of three cells, a menu and a sidebar of blurbs beside the article's cell
    article = "".join(f"<p>{text} {text}</p>" for _, text in STORIES)
    sidebar = "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in STORIES[:2])
    page = (
        "<html><head><meta charset='utf-8'><title>Island News</title></head><body><table>"
        "<tr><td><p><a href='/'>Home</a> <a href='/news'>News</a></p></td>"
        f"<td><h1>Island News</h1>{article}</td><td>{sidebar}</td></tr></table></body></html>"
    ).encode()
    result = import_page(read_saved_page(page, "island.html"), "island.html")
    assert "Ferry strike spreads" not in result.markdown and "Harbour dues frozen" not in result.markdown
    assert f"\n{STORIES[0][1]}\n" not in result.markdown  # the sidebar's blurb; the article's paragraphs are kept
    assert f"\n{STORIES[2][1]} {STORIES[2][1]}\n" in result.markdown


def test_the_date_line_under_a_newsletters_name_dates_it() -> None:
    result = import_page(read_saved_page(newsletter(), "letter.html"), "letter.html")
    assert "date = 2026-06-03" in result.markdown.split("+++")[1]
    assert not [p for p in result.problems if "no publication date" in p.message]
    # near miss: the date the page's metadata give stays the date; the date line is still left out of the text
    dated = newsletter().replace(b"</title>", b"</title><meta property='article:published_time' content='2026-06-02T07:00:00'>")
    result = import_page(read_saved_page(dated, "letter.html"), "letter.html")
    assert "date = 2026-06-02" in result.markdown.split("+++")[1] and "June 3, 2026" not in result.markdown
