"""A report named after an operation ("the Coastguard Operation Driftnet review") is about the operation, made by the
body named before it; "Op" inside a word ("the Co-Op Bank") is no operation. Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_a_co_op_is_no_operation():
    body = "The Co-Op Bank report stated that lending “fell sharply”."
    assert attributed(body) == [("Co-Op Bank", "fell sharply")]


def test_a_hyphenated_op_in_a_firm_s_name_is_no_operation():
    body = "A Farm-Op Dairies review found that milk prices were “the lowest in a decade”."
    assert attributed(body) == [("Farm-Op Dairies", "the lowest in a decade")]


def test_the_body_before_an_operation_s_name_made_the_review():
    body = "The Coastguard Operation Driftnet review found that the nets were “left adrift for weeks”."
    assert attributed(body) == [("Coastguard", "left adrift for weeks")]
