"""Read a remote GGUF file's header from its first megabytes, fetched by the caller.

This module does no network access itself: the downloads module passes a ``fetch``
callable (an HTTP Range request behind the offline switch) or bytes it already has.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence

from localchat.engines.gguf_header import GgufHeader, TruncatedHeader, parse_gguf_header
from localchat.errors import UserFacingError
from localchat.i18n import number, translate

logger = logging.getLogger(__name__)

MIB = 1024 * 1024
RANGES = (1 * MIB, 4 * MIB, 16 * MIB)
Fetch = Callable[[int, int], bytes]
"""fetch(start, end) returns the file's bytes [start, end): end is exclusive, so the HTTP
header is ``Range: bytes={start}-{end - 1}``. It may return fewer bytes at the file's end."""


class HeaderTooLarge(UserFacingError):
    """The header did not end within the largest range tried."""


def parse_header_prefix(prefix: bytes) -> GgufHeader:
    """Parse a header from bytes already fetched; TruncatedHeader if they end too soon."""
    try:
        return parse_gguf_header(io.BytesIO(prefix))
    except TruncatedHeader:
        raise
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise UserFacingError(
            translate("ModelHeader", "This file is not a GGUF model, or its header is damaged."),
            translate("ModelHeader", "Pick another file."),
        ) from exc


def read_remote_header(source: bytes | Fetch, ranges: Sequence[int] = RANGES) -> GgufHeader:
    """The header of a remote GGUF file, fetching a growing prefix (1, 4, then 16 MiB).

    Each try fetches only the bytes beyond what it already has. Vocabularies are skipped,
    not decoded, so the first megabyte is often enough; models with 150k-260k token
    vocabularies need the larger ranges.
    """
    if isinstance(source, bytes):
        try:
            return parse_header_prefix(source)
        except TruncatedHeader as exc:
            raise _too_large(len(source)) from exc
    data = b""
    for end in ranges:
        if end <= len(data):
            continue
        chunk = source(len(data), end)
        data += chunk
        try:
            return parse_header_prefix(data)
        except TruncatedHeader:
            if len(data) < end:  # the file itself ended inside its header
                raise UserFacingError(
                    translate(
                        "ModelHeader",
                        "This model file ends in the middle of its header: it is damaged.",
                    ),
                    translate("ModelHeader", "Pick another file."),
                ) from None
            logger.debug("GGUF header longer than %d bytes, fetching more", len(data))
    raise _too_large(len(data))


def _too_large(size: int) -> HeaderTooLarge:
    return HeaderTooLarge(
        translate(
            "ModelHeader",
            "This model's description (its header) is longer than the {size} MB "
            "LocalChat reads to preview it.",
        ).format(size=number(size // MIB)),
        translate(
            "ModelHeader", "You can still download it; its details show once it is installed."
        ),
    )
