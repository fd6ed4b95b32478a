"""Roman numerals, for notes numbered i, ii, iii …"""

from __future__ import annotations

import re

ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.I)
_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def is_roman(text: str) -> bool:
    return bool(ROMAN.match(text))


def roman_value(text: str) -> int:
    total = 0
    values = [_VALUES[ch] for ch in text.lower()]
    for index, value in enumerate(values):
        total += -value if index + 1 < len(values) and values[index + 1] > value else value
    return total
