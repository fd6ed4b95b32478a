"""The court a legal report names once and then calls "the court" ("The appeal was heard in the Harlow Court of Appeals.
… The filing, the court said, was “…”"): that court, where the report has named one court and only one before; nobody
where it has named two or more (which one?) or none."""

from __future__ import annotations

import functools
import re

from ..actors import fold_chars
from .names import Head, chunks

# a capitalised word before "Court" that names no particular court ("This Court", "The Court" opening a sentence)
NO_COURT_OPENERS = frozenset({"The", "This", "That", "Our", "Your", "Their", "A", "Any", "Every", "In", "At", "Before"})
# the kinds of court of law written before "Court" ("Harlow District Court", "the High Court"); a court named otherwise
# must be "Court of …" ("Court of Appeal", "Velm Court of Appeals"): "Margaret Court" (a person), "Centre Court" (a
# tennis court) and "Alder Court" (an address) name none
COURT_KINDS = frozenset(
    """Supreme High District Crown Magistrates Magistrates' Magistrates’ County Family Federal Appeals Appellate
    Constitutional Superior Circuit Bankruptcy Tax Claims Probate Juvenile Youth Municipal Criminal Civil Coroners
    Coroners' Coroners’ Sheriff Chancery Admiralty Employment Land Environment""".split()
)
# "the Court of Public Opinion": a figure of speech, no court
FIGURATIVE_COURTS = re.compile(r"\bCourt of (?:Public )?Opinion\b")
# where a sentence or paragraph ends inside a capitalised run ("… the Court of Appeal.¶The court said"): the name stops
SENTENCE_STOP = re.compile(r"[.!?]\s")
# a lower-case court of some kind the report mentions ("a district court in Velm", "an appeals court"): another court
LOWER_CASE_COURT = re.compile(
    r"\b(?:an?|another)\s+(?:[a-z]+\s+)?(?:supreme|high|district|crown|magistrates[’']?|county|family|federal|appeals|"
    r"appellate|constitutional|superior|circuit|bankruptcy|tax|probate|juvenile|youth|municipal|criminal|civil|trial|"
    r"lower|state)\s+court\b"
)


def court_name(chunk: str) -> str:
    """The court a capitalised chunk names ("Harlow Court of Appeals", "Court of Appeal", "Westland Superior Court"),
    "" where "Court" is no court's head noun ("Court Filings", "Supreme Court Justice Ana Roe"), names none ("This
    Court") or is no court of law ("Margaret Court", "Centre Court", "Alder Court", "Court of Public Opinion"). The name
    stops where a sentence does ("Court of Appeal. The" is "Court of Appeal")."""
    stop = SENTENCE_STOP.search(chunk)
    words = (chunk[: stop.start()] if stop is not None else chunk).rstrip(".,").split()
    if "Court" not in words or len(words) < 2:
        return ""
    at = words.index("Court")
    after = words[at + 1 : at + 2]
    if after and after[0] not in ("of", "for"):
        return ""  # "Court Filings": a court's word before the noun it qualifies
    if not after and (at == 0 or words[at - 1] not in COURT_KINDS):
        return ""  # "Margaret Court", "Centre Court", "of Alder Court": no court of law's kind before it
    while words and words[0] in NO_COURT_OPENERS:
        words = words[1:]
    name = " ".join(words)
    return name if len(words) >= 2 and FIGURATIVE_COURTS.search(name) is None else ""


@functools.lru_cache(maxsize=64)
def _courts_at(text: str) -> tuple[tuple[int, str], ...]:
    """Each (offset, name) of a court the text names, in order."""
    return tuple((chunk.begin, name) for chunk in chunks(text) if "Court" in chunk.text and (name := court_name(chunk.text)))


def courts_named_before(text: str, at: int) -> list[str]:
    """The courts the text names before `at`, each once, in the order first named, a court mentioned in lower case with
    an article ("a district court in Velm") counting as one more; none where `at` is not known (-1)."""
    if at < 0 or "ourt" not in text:
        return []
    names: dict[str, str] = {}
    ends: set[str] = set()  # the word-wise ends of the courts named, each shorter than the court's own name
    for offset, name in _courts_at(text):
        words = fold_chars(name).lower().split()
        key = " ".join(words)
        shorter = {" ".join(words[start:]) for start in range(1, len(words))}
        if offset >= at or key in names or key in ends or not shorter.isdisjoint(names):
            continue  # "the High Court" after "the Velm High Court" (or before it): the same court, named shorter
        names[key] = name
        ends |= shorter
    for mention in LOWER_CASE_COURT.finditer(text, 0, at):
        names.setdefault(f"{mention.start()}:{mention.group(0)}", mention.group(0))
    return list(names.values())


def the_one_court(text: str, role_noun: str, at: int) -> Head | None:
    """The one court the text names before `at` (where "the court" stands), its words holding the role noun's qualifiers
    ("the appeals court" for "Harlow Court of Appeals"); None where it names none or two or more."""
    words = role_noun.split()
    names = courts_named_before(text, at) if words and words[-1] == "court" else []
    if len(names) != 1 or not names[0][:1].isupper() or not set(words[:-1]) <= set(fold_chars(names[0]).lower().split()):
        return None  # none, two or more, or only a court mentioned in lower case ("a district court"): which one?
    return Head(names[0], "", "organization")
