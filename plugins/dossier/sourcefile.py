"""Reading a content file (a report, an export, the registry): its bytes, its text as UTF-8 with the line of the first
byte that is not, its line ends, and where a TOML error is. Each caller words its own message; the counting is here."""

from __future__ import annotations

import re
import tomllib

from .model import ContentError

_TOML_POSITION = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)")


class NotUtf8(ValueError):
    """The bytes are not UTF-8; line is the line of the first byte that is not."""

    def __init__(self, line: int) -> None:
        self.line = line
        super().__init__(f"line {line}: not UTF-8")


def read_bytes(path: str, shown_path: str) -> bytes:
    """The file's bytes; a file that cannot be read is a ContentError naming it as shown_path."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise ContentError(shown_path, None, f"cannot be read: {error.strerror}") from None


def decode_utf8(raw: bytes) -> str:
    """raw as UTF-8 text, a byte-order mark dropped; NotUtf8 with the line of the first bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NotUtf8(line_of_byte(raw, error.start)) from None


def line_of_byte(raw: bytes, offset: int) -> int:
    return raw[:offset].count(b"\n") + 1


def unify_line_ends(text: str) -> str:
    """Text with a byte-order mark dropped and CRLF and CR line ends made LF, so that line numbers count as editors do."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def toml_error(error: tomllib.TOMLDecodeError) -> tuple[int | None, str]:
    """The line tomllib's error names (None at the end of the document) and its message without the position."""
    match = _TOML_POSITION.search(str(error))
    line = int(match.group(1)) if match and match.group(1) else None
    return line, _TOML_POSITION.sub("", str(error))
