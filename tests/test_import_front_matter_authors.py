"""A static site theme's author fields: names kept as links, and the authors' posts in a field of their own."""

from __future__ import annotations

from dossier.importer import import_text

BODY = """
The harbour board published its figures on Monday, and the port's users asked how to read them.

## What the figures show

Traffic fell by a tenth over the winter, the board said.
"""


def _head(front_matter: str) -> str:
    return import_text(f"---\ntitle: Reading the Harbour Figures\ndate: 2024-03-04\n{front_matter}---\n{BODY}", "figures.md").markdown.split("+++")[1]


def test_an_author_kept_as_a_markdown_link_is_the_link_text() -> None:
    head = _head('authors: ["[Ada Roe](https://adaroe.example.org/)"]\n')
    assert 'name = "Ada Roe"' in head
    assert "https://" not in head and "[" not in head.split("[[authors]]")[1]


def test_two_linked_authors_and_a_plain_one() -> None:
    head = _head('authors: ["[Ada Roe](https://a.example.org/)", "Tom Hale", "[Lin Voss](/people/lin-voss/)"]\n')
    assert [line for line in head.splitlines() if line.startswith("name = ")] == ['name = "Ada Roe"', 'name = "Tom Hale"', 'name = "Lin Voss"']


def test_the_authors_posts_in_their_own_field_are_their_roles() -> None:
    head = _head('authors: ["Ada Roe", "Tom Hale"]\nauthor_title: ["Senior Fellow, Harbour Institute", "Data Editor"]\n')
    assert 'name = "Ada Roe"\nrole = "Senior Fellow, Harbour Institute"' in head
    assert 'name = "Tom Hale"\nrole = "Data Editor"' in head


def test_near_miss_a_posts_field_of_another_length_pairs_with_nobody() -> None:
    head = _head('authors: ["Ada Roe", "Tom Hale"]\nauthor_title: ["Senior Fellow, Harbour Institute"]\n')
    assert "role = " not in head


def test_near_miss_a_name_with_brackets_but_no_link_is_kept() -> None:
    head = _head('author: "Ada Roe [guest]"\n')
    assert 'name = "Ada Roe [guest]"' in head
