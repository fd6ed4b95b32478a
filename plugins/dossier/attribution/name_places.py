"""Where each name stands in a report, found once a name.

The rules that read a surname's full forms ("Yulia Florinskaya" for "Florinskaya"), the initials before it ("John F.
Kennedy") or the relative's noun before a full name ("his wife, Zhou Lanting") each looked for every place the name
stands with a str.find over the whole report, and several rules ask for the same name. Each name's places are found
once and kept. (An index of every capitalised word, made in one pass, cost more than the scans it saved: a report asks
for a dozen names or so, and str.find runs through a text far faster than a pattern collects its words.)
"""

from __future__ import annotations


class NamePlaces:
    """The places of the names asked for in one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._places: dict[str, list[int]] = {}

    def of(self, word: str) -> list[int]:
        """Every place the word stands with no letter or digit right before it (or at the text's start) and, where the
        word is all letters and digits, none right after it, in order."""
        if word not in self._places:
            text, whole, size = self.text, word.isalnum(), len(word)
            places = []
            at = text.find(word)
            while at >= 0:
                if not text[at - 1 : at].isalnum() and not (whole and text[at + size : at + size + 1].isalnum()):
                    places.append(at)
                at = text.find(word, at + 1)
            self._places[word] = places
        return self._places[word]
