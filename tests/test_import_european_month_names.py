"""A multilingual site's date line in another European language ('9 mai 2022', '9. Mai 2022', '9 de mayo de 2022',
'9 maggio 2022', '9 de maio de 2022', '9 mei 2022'): the report's day, read day first; a line of the text that only
looks so ('Room 9 parts 2022') dates nothing."""

from __future__ import annotations

import pytest
from dossier.dates import find_line_date
from dossier.importer import import_text

TEXT = ["Reading at home in Harbourton", "By Ida Kern", "{date}", "The Civic Lab in Harbourton has been asking why families read less at home."]
TEXT += ["We interviewed thirty parents and teachers over the spring."]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("3 mai 2022", "2022-05-03"),
        ("3 MAI 2022", "2022-05-03"),
        ("1er mars 2021", "2021-03-01"),
        ("3. Mai 2022", "2022-05-03"),
        ("3 de mayo de 2022", "2022-05-03"),
        ("12 agosto 2020", "2020-08-12"),
        ("3 maggio 2022", "2022-05-03"),
        ("3 de maio de 2022", "2022-05-03"),
        ("3 mei 2022", "2022-05-03"),
        ("17 décembre 2019", "2019-12-17"),
    ],
)
def test_the_date_line_in_another_language(line: str, day: str) -> None:
    result = import_text("\n\n".join(TEXT).format(date=line) + "\n", "blog.txt")
    assert f"date = {day}" in result.markdown


def test_words_that_are_no_months_date_nothing() -> None:
    assert find_line_date("Room 9 parts 2022") is None
    assert find_line_date("Gate 3 mainly 2022") is None
