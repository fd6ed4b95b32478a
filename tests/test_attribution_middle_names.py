"""A middle name stays with the given name before it ("a harbour engineer named Edward Norton Okafor", then "Okafor
wrote") (the attr58 round; passages written for these tests, each with its near misses)."""

from __future__ import annotations

from passages import attributed


def test_a_middle_name_is_kept_with_the_given_name_for_a_later_surname():
    body = 'Instructions came from a harbour engineer named Edward Norton Okafor. Later, Okafor wrote, "Special thanks are due."'
    assert attributed(body) == [("Edward Norton Okafor", "Special thanks are due.")]
    body = 'Instructions came from Edward Norton Okafor, a harbour engineer. Later, Okafor wrote, "Special thanks are due."'
    assert attributed(body) == [("Edward Norton Okafor", "Special thanks are due.")]


def test_near_miss_a_title_before_a_full_name_is_no_given_name():
    for body, name in (
        ('Harbour Minister Tom Vell spoke. Later, Vell said, "Special thanks are due."', "Tom Vell"),
        ('Secretary of State Ana Lind spoke. Later, Lind said, "Special thanks are due."', "Ana Lind"),
        ('A harbour engineer named Edward Okafor spoke. Later, Okafor wrote, "Special thanks are due."', "Edward Okafor"),
    ):
        assert attributed(body) == [(name, "Special thanks are due.")]
