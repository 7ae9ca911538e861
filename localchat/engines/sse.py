"""Server-sent events of OpenAI-compatible streams: event payloads and the text in each chunk."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from localchat.i18n import translate

DONE = "[DONE]"
StreamKind = Literal["chat", "completion"]


class StreamError(Exception):
    """The server sent an error, or something that is not an OpenAI stream chunk.

    ``str()`` is the reason (for the log); ``sentence`` is what the user is told, whole.
    """

    def __init__(self, reason: str, sentence: str) -> None:
        super().__init__(reason)
        self.sentence = sentence


@dataclass(frozen=True)
class StreamChunk:
    """What one ``data:`` payload of a completion stream says."""

    text: str = ""
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


def iter_sse_data(lines: Iterable[str]) -> Iterator[str]:
    """Yield the data of each event, from the lines of an event stream.

    Follows the SSE rules that matter here: ``data:`` lines of one event are joined with
    newlines, a blank line ends the event, comments (``: ping``) and other fields are skipped.
    A last event without its closing blank line is still delivered.
    """
    data: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line:
            if data:
                yield "\n".join(data)
                data = []
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        if field == "data":
            data.append(value[1:] if value.startswith(" ") else value)
    if data:
        yield "\n".join(data)


def parse_chunk(data: str, kind: StreamKind) -> StreamChunk:
    """Read one JSON payload of a chat or completion stream; raise StreamError on errors."""
    try:
        payload = json.loads(data)
    except ValueError as exc:
        start = repr(data[:80])
        raise StreamError(
            f"the server sent something that is not JSON: {start}",
            translate(
                "EngineErrors",
                "The server could not answer: the server sent something that is not JSON: {start}.",
            ).format(start=start),
        ) from exc
    if not isinstance(payload, dict):
        raise StreamError(
            "the server sent a stream chunk that is not a JSON object",
            translate(
                "EngineErrors",
                "The server could not answer: the server sent a stream chunk that is not a JSON "
                "object.",
            ),
        )
    if "error" in payload:
        message = error_text(payload)
        if not message:
            raise StreamError(
                "the server reported an error",
                translate(
                    "EngineErrors", "The server could not answer: the server reported an error."
                ),
            )
        raise StreamError(
            message,
            translate("EngineErrors", "The server could not answer: {message}.").format(
                message=message
            ),
        )
    usage = payload.get("usage") or {}
    choices = payload.get("choices") or []
    choice: dict[str, Any] = choices[0] if choices and isinstance(choices[0], dict) else {}
    if kind == "chat":
        text = (choice.get("delta") or {}).get("content") or ""
    else:
        text = choice.get("text") or ""
    return StreamChunk(
        text=str(text),
        finish_reason=choice.get("finish_reason"),
        prompt_tokens=_int_or_none(usage.get("prompt_tokens")),
        completion_tokens=_int_or_none(usage.get("completion_tokens")),
    )


def error_text(payload: Any) -> str:
    """The human message inside an error body of the usual shapes, or ""."""
    if isinstance(payload, str):
        return payload.strip()[:300]
    if not isinstance(payload, dict):
        return ""
    for key in ("error", "detail", "message"):
        value = payload.get(key)
        if isinstance(value, dict):
            value = value.get("message") or value.get("msg") or ""
        if isinstance(value, list) and value and isinstance(value[0], dict):
            value = value[0].get("msg") or ""  # FastAPI validation errors
        if isinstance(value, str) and value.strip():
            return value.strip()[:300]
    return ""


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
