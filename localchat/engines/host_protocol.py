"""The engine host's message protocol: one JSON object per line over the host's pipes.

The parent sends ``load``, ``stream``, ``cancel``, ``count``, ``render`` and ``close``; the
host answers with ``hello`` (once, at start), ``loaded``, ``token``, ``done``, ``counted``,
``rendered`` and ``error``. Every request and every answer to it carries the request's
``id``. A ``stream`` of chat messages may name its stored ``conversation`` (an id): the host
then restores and keeps that conversation's model state. An embedding model is served by
``load_encoder`` and ``embed``, answered by ``encoder_loaded`` and ``embedded``
(host_encoder.py). ``hello`` names the protocol
version, so a parent and a host from different versions of LocalChat refuse each other
plainly instead of misreading messages.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import IO, Any

from localchat.engines.base import (
    ChatMessage,
    GenerationStats,
    LoadOptions,
    ModelMetadata,
    SamplingParams,
)

PROTOCOL_VERSION = 1
HOST_COMMAND = "engine-host"  # the hidden sub-command of ``localchat`` that runs a host

Message = dict[str, Any]


def encode(message: Message) -> bytes:
    """One message as a line of UTF-8 JSON."""
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def decode(line: bytes) -> Message:
    """A message from one line; ValueError if the line is not one."""
    message = json.loads(line)
    if not isinstance(message, dict) or not isinstance(message.get("op"), str):
        raise ValueError(f"not a protocol message: {line[:80]!r}")
    return message


def write_message(stream: IO[bytes], message: Message) -> None:
    """Write and flush one message (the caller holds any lock the stream needs)."""
    stream.write(encode(message))
    stream.flush()


def options_to_wire(options: LoadOptions) -> Message:
    """LoadOptions as plain JSON values."""
    return asdict(options)


def options_from_wire(data: Message) -> LoadOptions:
    """LoadOptions from plain JSON values, ignoring names this version does not know."""
    return LoadOptions(**_known(LoadOptions, data))


def params_to_wire(params: SamplingParams) -> Message:
    """SamplingParams as plain JSON values."""
    return {**asdict(params), "stop": list(params.stop)}


def params_from_wire(data: Message) -> SamplingParams:
    """SamplingParams from plain JSON values."""
    known = _known(SamplingParams, data)
    known["stop"] = tuple(known.get("stop", ()))
    return SamplingParams(**known)


def messages_to_wire(messages: list[ChatMessage] | tuple[ChatMessage, ...]) -> list[Message]:
    """Chat messages as plain JSON values."""
    return [{"role": m.role, "content": m.content} for m in messages]


def messages_from_wire(data: list[Message]) -> list[ChatMessage]:
    """Chat messages from plain JSON values."""
    return [ChatMessage(item["role"], item["content"]) for item in data]


def metadata_to_wire(metadata: ModelMetadata) -> Message:
    """ModelMetadata as plain JSON values."""
    return asdict(metadata)


def metadata_from_wire(data: Message) -> ModelMetadata:
    """ModelMetadata from plain JSON values."""
    return ModelMetadata(**_known(ModelMetadata, data))


def stats_to_wire(stats: GenerationStats) -> Message:
    """GenerationStats as plain JSON values."""
    return asdict(stats)


def stats_into(stats: GenerationStats, data: Message) -> None:
    """Copy the host's counts and stop reason into the parent's stats object."""
    stats.prompt_tokens = int(data.get("prompt_tokens", 0))
    stats.completion_tokens = int(data.get("completion_tokens", 0))
    stats.stop_reason = data.get("stop_reason", "") or stats.stop_reason
    stats.extra.update(data.get("extra", {}))


def _known(cls: type, data: Message) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {key: value for key, value in data.items() if key in names}
