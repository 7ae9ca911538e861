"""Telling text from binary, choosing a text encoding, and decoding a byte stream into lines.

The order of trust: a byte-order mark; UTF-16 without a mark (every other byte NUL); UTF-8
(valid UTF-8 with accents is almost never another encoding, whatever an HTML page declares);
a charset the file declares (HTML); Windows-1252 when the result reads like a Western European
text; then charset-normalizer, accepted only when its guess is confident. A file
whose first megabyte is UTF-8 is decoded as UTF-8 throughout, and any invalid byte found later
is taken as Windows-1252 (the usual way such files are mixed) instead of failing.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterable, Iterator

from localchat.errors import UserFacingError
from localchat.i18n import translate

log = logging.getLogger(__name__)


def not_text() -> UserFacingError:
    """The refusal of a file that is not text (nor a document LocalChat reads)."""
    return UserFacingError(
        translate("DocumentErrors", "This file is not text LocalChat can read."),
        translate("DocumentErrors", "Choose a text, Markdown, HTML, PDF or Word (.docx) file."),
    )


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_MULTIBYTE = {"cp932", "shift_jis", "euc_jp", "gb18030", "gb2312", "gbk", "big5", "cp949"}
_MULTIBYTE |= {"euc_kr", "big5hkscs", "cp950", "iso2022_jp", "johab", "hz"}
_UTF8_FALLBACK = "localchat-utf8-cp1252"


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: take the invalid bytes of a UTF-8 stream as Windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_UTF8_FALLBACK, _cp1252_fallback)


def _error_encoding_unknown() -> UserFacingError:
    return UserFacingError(
        translate(
            "DocumentErrors",
            "LocalChat can't tell which text encoding this file uses, so it can't read it safely.",
        ),
        translate(
            "DocumentErrors", "Open it in a text editor and save it as UTF-8, then try again."
        ),
    )


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start names, if any."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[: len(head) - len(head) % 2][:65536]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nuls, odd_nuls = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _valid_utf8(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _reads_as_western(text: str) -> bool:
    """True when Windows-1252 text has accents and typography, not mojibake of another script.

    Western European words have an accented letter here and there among ASCII letters;
    Cyrillic or Greek decoded as Windows-1252 gives long runs of accented letters.
    """
    non_ascii = [char for char in text if ord(char) > 127]
    if not non_ascii:
        return True
    letters = sum(1 for char in text if char.isalpha())
    accented = sum(1 for char in non_ascii if char.isalpha())
    in_runs = sum(len(run) for run in re.findall(r"[^\x00-\x7f]{3,}", text))
    return accented <= 0.3 * max(letters, 1) and in_runs <= 0.2 * len(non_ascii)


def _guess_legacy(head: bytes) -> str:
    try:
        as_cp1252 = head.decode("cp1252")
    except UnicodeDecodeError:
        as_cp1252 = None
    if as_cp1252 is not None and _reads_as_western(as_cp1252):
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(head[:65536]).best()
    if best is None:
        raise _error_encoding_unknown()
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    confident = (name in _MULTIBYTE and len(head) >= 64) or best.coherence >= 0.2
    log.debug("charset-normalizer: %s chaos=%s coherence=%s", name, best.chaos, best.coherence)
    if best.chaos > 0.2 or not confident:
        raise _error_encoding_unknown()
    return best.encoding


def looks_binary(head: bytes) -> bool:
    """True when the first bytes are not text in any encoding LocalChat reads."""
    if bom_encoding(head) or _utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > 0.05 * len(head)


def choose_encoding(head: bytes, declared: str | None = None) -> str:
    """The encoding to decode a file with, judged from its first bytes.

    Raises the ``not_text()`` error for binary data, and a plain error when no encoding can be
    chosen with confidence. `declared` is a charset the file names (an HTML <meta>); it is
    trusted over UTF-8 only while the first bytes are plain ASCII.
    """
    bom = bom_encoding(head)
    if bom:
        return bom
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16
    if looks_binary(head):
        raise not_text()
    legacy = _declared_legacy(declared)
    if _valid_utf8(head) and not (legacy and head.isascii()):
        return "utf-8"
    return legacy or _guess_legacy(head)


def _declared_legacy(declared: str | None) -> str | None:
    """A declared single- or multi-byte legacy charset (trusted only when UTF-8 fails)."""
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    if name.startswith(("utf-", "utf_")):
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def decode_chunks(chunks: Iterable[bytes], encoding: str) -> Iterator[str]:
    """Decode a stream of byte chunks incrementally (multi-byte characters may span chunks).

    Stray NUL characters are dropped: they are never meant as text and break C libraries.
    """
    errors = _UTF8_FALLBACK if codecs.lookup(encoding).name == "utf-8" else "replace"
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    for chunk in chunks:
        text = decoder.decode(chunk).replace("\x00", "")
        if text:
            yield text
    tail = decoder.decode(b"", final=True).replace("\x00", "")
    if tail:
        yield tail


def _strip_break(line: str) -> str:
    """A line from str.splitlines(keepends=True) without its one line ending."""
    return line.splitlines()[0] if line else ""


def split_lines(texts: Iterable[str]) -> Iterator[str]:
    """The lines of a stream of text pieces, without their line endings.

    Handles LF, CRLF and CR endings (a CRLF split between two pieces counts once); a line
    longer than a piece is gathered across pieces.
    """
    carry: list[str] = []
    pending_cr = False
    for text in texts:
        if pending_cr:
            pending_cr = False
            text = text.removeprefix("\n")
            yield "".join(carry)
            carry = []
        if not text:
            continue
        pieces = text.splitlines(keepends=True)
        last = pieces.pop()
        for piece in pieces:
            carry.append(piece)
            yield _strip_break("".join(carry))
            carry = []
        bare = _strip_break(last)
        if bare == last:
            carry.append(last)
        elif last.endswith("\r"):
            carry.append(bare)
            pending_cr = True
        else:
            carry.append(bare)
            yield "".join(carry)
            carry = []
    if carry or pending_cr:
        yield "".join(carry)
