"""A name ending in a public body's office noun after an outlet's word ("Schools Review Office", "Press Complaints
Commission", "Post Office") is a body, not a publication; an inspectorate is a body too. Passages written for these
tests."""

from __future__ import annotations

import pytest
from dossier.attribution.names import head_of
from passages import attributed_with_kinds


@pytest.mark.parametrize("body", ["Schools Review Office", "Lakeland Schools Inspectorate", "Harbour Press Council"])
def test_an_office_is_a_body(body):
    text = f"In a report out on Friday, the {body} found “serious gaps in reading” at three of the town's schools."
    assert attributed_with_kinds(text) == [(body, "organization", "serious gaps in reading")]


@pytest.mark.parametrize("chunk", ["Post Office", "Press Complaints Commission", "Herald Review Board"])
def test_the_head_is_a_body(chunk):
    head = head_of(chunk)
    assert head is not None and head.kind == "organization"


@pytest.mark.parametrize("chunk", ["Harbour Review", "The Harbour Herald", "Kelby News Agency", "Daily News Bureau"])
def test_outlets_stay_outlets(chunk):
    head = head_of(chunk)
    assert head is not None and head.kind == "outlet"


def test_the_office_endings_are_a_body_s_and_named_so():
    from dossier.attribution.names import BODY_OFFICE_ENDINGS

    assert {"office", "inspectorate", "commission"} <= BODY_OFFICE_ENDINGS
