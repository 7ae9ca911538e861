"""Per-conversation model state: the last few in RAM, the rest in files, oldest dropped first.

Going back to a conversation would otherwise read its whole history again (about 5 s for
1,200 tokens on a 2-core laptop). After each answer the engine keeps what the model computed
for that conversation (llama.cpp's sequence state: the attention cache of the tokens used,
nothing else) with the exact tokens it stands for. A state is used again only for a prompt
that begins with every token of the prompt it was made from (so another system prompt, an
edited question or a shortened history never use it), and only by the same model file
loaded the same way (``fingerprint``). Files are checked (size and CRC-32); a damaged one
is removed and the conversation is simply read again.
"""

from __future__ import annotations

import json
import logging
import os
import struct
import threading
import zlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

STATE_FOLDER = "model-state"  # under the user data folder
MAGIC = b"LCSTATE1"
RAM_ENTRIES = 4  # conversations whose state the engine host keeps in memory
RAM_BYTES = 512 * 1024**2  # and at most this much of it (the files hold the rest)
DISK_BYTES = 4 * 1024**3  # the folder's bound; the oldest files go first
MIN_TOKENS = 64  # shorter conversations are read again in a moment: not worth a file
SUFFIX = ".state"


@dataclass(frozen=True)
class SavedState:
    """The model's state after a conversation's tokens, and what it may be used for.

    ``prompt_tokens``: how many of ``tokens`` were the prompt; a new prompt must repeat all
    of them to use the state (the answer's tokens may come back tokenized differently).
    """

    fingerprint: str
    tokens: tuple[int, ...]
    prompt_tokens: int
    data: bytes

    def reusable_tokens(self, prompt: Sequence[int]) -> int:
        """How many of ``prompt``'s first tokens this state holds; 0 when it must not be used."""
        head = self.prompt_tokens
        if head == 0 or len(prompt) < head or tuple(prompt[:head]) != self.tokens[:head]:
            return 0
        same = head
        for mine, theirs in zip(self.tokens[head:], prompt[head:], strict=False):
            if mine != theirs:
                break
            same += 1
        return same


def state_folder(data_dir: Path) -> Path:
    """Where the state files of a data folder live."""
    return data_dir / STATE_FOLDER


def state_file(folder: Path, conversation_id: int) -> Path:
    """The file of one conversation (ids only: nothing else reaches the file name)."""
    return folder / f"conversation-{int(conversation_id)}{SUFFIX}"


def delete_state(folder: Path, conversation_id: int) -> None:
    """Delete a conversation's state file (with the conversation); nothing if there is none."""
    state_file(folder, conversation_id).unlink(missing_ok=True)


def write_state(path: Path, state: SavedState) -> None:
    """Write a state file atomically: a crash leaves the old file or the new one."""
    header = json.dumps(
        {
            "fingerprint": state.fingerprint,
            "tokens": list(state.tokens),
            "prompt_tokens": state.prompt_tokens,
            "size": len(state.data),
            "crc32": zlib.crc32(state.data),
        },
        separators=(",", ":"),
    ).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    try:
        with tmp.open("wb") as out:
            out.write(MAGIC + struct.pack("<I", len(header)) + header)
            out.write(state.data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half file behind
        raise


def read_state(path: Path, fingerprint: str) -> SavedState | None:
    """A state file's state; None when missing or made by another model or setting.

    A damaged file (cut short, changed bytes, not a state file) is removed.
    """
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    try:
        state = _parse(raw)
    except (ValueError, KeyError, TypeError, struct.error) as error:
        logger.warning("Removed a damaged model state file %s: %s", path.name, error)
        path.unlink(missing_ok=True)
        return None
    return state if state.fingerprint == fingerprint else None


def _parse(raw: bytes) -> SavedState:
    if not raw.startswith(MAGIC):
        raise ValueError("not a model state file")
    (length,) = struct.unpack_from("<I", raw, len(MAGIC))
    start = len(MAGIC) + 4
    header = json.loads(raw[start : start + length])
    data = raw[start + length :]
    if len(data) != header["size"] or zlib.crc32(data) != header["crc32"]:
        raise ValueError("the state's bytes do not match its header")
    tokens = tuple(int(token) for token in header["tokens"])
    prompt_tokens = int(header["prompt_tokens"])
    if not 0 < prompt_tokens <= len(tokens):
        raise ValueError("bad token counts")
    return SavedState(str(header["fingerprint"]), tokens, prompt_tokens, data)


def trim_folder(folder: Path, limit: int = DISK_BYTES, keep: Path | None = None) -> None:
    """Delete the oldest state files until the folder holds at most ``limit`` bytes."""
    try:
        files = [(p.stat().st_mtime, p.stat().st_size, p) for p in folder.glob(f"*{SUFFIX}")]
    except OSError:
        return
    total = sum(size for _mtime, size, _path in files)
    for _mtime, size, path in sorted(files):
        if total <= limit:
            break
        if path == keep:
            continue
        path.unlink(missing_ok=True)
        total -= size


class StateCache:
    """The states of the last few conversations in RAM, and of all of them in ``folder``.

    Files are written by a background thread, so an answer's end does not wait for the
    disk; ``close`` waits for the last write. ``folder`` None: RAM only.
    """

    def __init__(self, fingerprint: str, folder: Path | None) -> None:
        self.fingerprint = fingerprint
        self.folder = folder
        self._ram: OrderedDict[int, SavedState] = OrderedDict()
        self._lock = threading.Lock()
        self._writer: threading.Thread | None = None

    def get(self, conversation_id: int) -> SavedState | None:
        """The conversation's state from RAM, else from its file (checked)."""
        with self._lock:
            state = self._ram.get(conversation_id)
            if state is not None:
                self._ram.move_to_end(conversation_id)
                return state
        if self.folder is None:
            return None
        self._wait_for_writer()
        return read_state(state_file(self.folder, conversation_id), self.fingerprint)

    def put(self, conversation_id: int, state: SavedState) -> None:
        """Keep a conversation's state in RAM and write it to its file in the background."""
        with self._lock:
            self._ram[conversation_id] = state
            self._ram.move_to_end(conversation_id)
            while len(self._ram) > RAM_ENTRIES or (
                len(self._ram) > 1 and sum(len(s.data) for s in self._ram.values()) > RAM_BYTES
            ):
                self._ram.popitem(last=False)
        if self.folder is not None and len(state.data) <= DISK_BYTES // 2:
            self._wait_for_writer()
            path = state_file(self.folder, conversation_id)
            self._writer = threading.Thread(
                target=self._write, args=(path, state), name="state-writer", daemon=True
            )
            self._writer.start()

    def forget(self, conversation_id: int) -> None:
        """Drop a conversation's state from RAM and disk."""
        with self._lock:
            self._ram.pop(conversation_id, None)
        if self.folder is not None:
            self._wait_for_writer()
            delete_state(self.folder, conversation_id)

    def close(self) -> None:
        """Wait for the file being written, if any."""
        self._wait_for_writer()

    def _wait_for_writer(self) -> None:
        if self._writer is not None:
            self._writer.join()
            self._writer = None

    def _write(self, path: Path, state: SavedState) -> None:
        try:
            write_state(path, state)
            trim_folder(path.parent, keep=path)
        except OSError as error:  # a full disk costs the cache, never the answer
            logger.warning("Could not keep the model state in %s: %s", path, error)
