"""A news page's writer with her post, the post naming the newsroom's desk or medium ('Digital Journalist', 'Multimedia
Reporter', 'Health Correspondent'): on the line under the name or the byline, or after a comma, the post is the
writer's role, never a second author nor a name of its own over the date line. A writer whose given name no list holds
('Tomas Berg') is read so where the post is a newsroom's. Near misses: a bare 'Staff' under such a name, a desk's word
with no post after it, and a second writer after the comma stay as they were. Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

TITLE = "Ferry crews walk out as talks over night shifts stall"
LEDE = (
    "Ferry crews across the Vell estuary stopped work on Tuesday after a week of talks with the operator broke down over pay "
    "and the rota for the winter months."
)
REST = "“We gave them every chance,” said union organiser Mira Ostrand, as the last sailing of the day left the quay."


def authors(*header: str) -> str:
    result = import_text("\n\n".join([TITLE, *header, LEDE, REST, REST]) + "\n", "story.txt")
    return next(line for line in result.summary if line.startswith("authors:"))


def test_a_desk_or_medium_post_under_the_name_is_the_writers_role() -> None:
    for name in ("Marta Lind", "Jane Roe", "Tomas Berg"):
        for header, post in (
            ((f"By {name}", "Digital Journalist", "12 March 2025"), "Digital Journalist"),
            ((name, "Digital Journalist", "12 March 2025"), "Digital Journalist"),
            (("12 March 2025", name, "Multimedia Reporter"), "Multimedia Reporter"),
            ((f"{name}, Health Correspondent", "12 March 2025"), "Health Correspondent"),
            ((name, "Journalist", "12 March 2025"), "Journalist"),
        ):
            assert authors(*header) == f"authors: {name} ({post})", header


def test_a_post_alone_over_the_date_line_is_no_author() -> None:
    """Near miss: 'Digital Journalist' with no name over it names nobody."""
    assert authors("Digital Journalist", "12 March 2025") == "authors: none found"


def test_a_second_writer_after_the_comma_stays_a_writer() -> None:
    assert authors("Tomas Berg, Ana Lutz", "12 March 2025") == "authors: Tomas Berg; Ana Lutz"


def test_a_desk_word_alone_is_no_post() -> None:
    """Near miss: 'Health' or 'Digital' alone under a name is no post (the post's head word is missing)."""
    for word in ("Health", "Digital"):
        assert f"({word})" not in authors("By Jane Roe", word, "12 March 2025"), word


def test_a_name_over_a_bare_staff_label_is_the_writer_never_staff() -> None:
    """'Staff' under a writer's name is the newsroom's label: the name is the writer's, 'Staff' never an author."""
    for name in ("Tomas Berg", "Marta Lind", "Jane Roe"):
        assert authors(name, "Staff", "12 March 2025") == f"authors: {name}", name


def test_a_given_name_in_no_list_before_a_newsroom_post_after_the_comma_is_the_writer() -> None:
    """The post says a writer stands before it: the given name need be in no list, the post is her role, no author."""
    for name in ("Ravindra Kulkarni", "Oyelaran Adebayo"):
        assert authors(f"{name}, Health Correspondent", "12 March 2025") == f"authors: {name} (Health Correspondent)", name


def test_a_post_between_two_writers_is_the_first_one_s() -> None:
    assert authors("Tomas Berg, Science Editor, and Ana Lutz", "12 March 2025") == "authors: Tomas Berg (Science Editor); Ana Lutz"


def test_near_miss_a_desk_a_body_or_a_place_gains_no_post() -> None:
    """A desk's, a body's or a site's name beside a newsroom's post is no writer with a role ('Weather Desk', 'Selm Council',
    'Victoria Barracks'), and the post is never an author of its own."""
    for header in (
        ("Weather Desk", "Digital Journalist", "12 March 2025"),
        ("Weather Desk, Digital Journalist", "12 March 2025"),
        ("Victoria Barracks", "Video Journalist", "12 March 2025"),
        ("Victoria Barracks, Video Journalist", "12 March 2025"),
        ("Selm Council, Digital Editor", "12 March 2025"),
    ):
        found = authors(*header)
        assert "Journalist" not in found and "Editor" not in found, header
