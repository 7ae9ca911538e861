"""A Hugging Face-compatible hub on 127.0.0.1 for tests, with fault modes and counters."""

from __future__ import annotations

import hashlib
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

_RESOLVE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<rev>[^/]+)/(?P<file>.+)$")
_API_MODEL = re.compile(r"^/api/models/(?P<repo>[^/]+/[^/]+?)(?:/revision/(?P<rev>[^/]+))?$")


@dataclass
class HubFile:
    path: Path
    size: int
    sha256: str


@dataclass
class Faults:
    """What goes wrong, per GET of a file body. `*_once` faults fire on the first GET only."""

    cut_after: int | None = None  # close the connection after this many body bytes
    stall_after: int | None = None  # stop sending after this many body bytes ...
    stall_seconds: float = 0.0  # ... for this long (or until the server stops), then close
    throttle_bps: int | None = None  # body bytes per second
    wrong_sha256: bool = False
    once: bool = True


@dataclass
class Hub:
    """The served repositories and everything the server saw."""

    repos: dict[str, dict[str, HubFile]] = field(default_factory=dict)
    faults: Faults = field(default_factory=Faults)
    requests: list[dict] = field(default_factory=list)
    bytes_served: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)  # ends stalls

    def add(self, repo_id: str, filename: str, path: Path, sha256: str | None = None) -> HubFile:
        if sha256 is None:
            sha256 = sha256_file(path)
        entry = HubFile(path, path.stat().st_size, sha256)
        self.repos.setdefault(repo_id, {})[filename] = entry
        return entry

    def commit(self, repo_id: str) -> str:
        return hashlib.sha1(repo_id.encode()).hexdigest()

    def gets(self) -> list[dict]:
        return [r for r in self.requests if r["method"] == "GET" and "/resolve/" in r["path"]]


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(4 << 20):
            digest.update(block)
    return digest.hexdigest()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HubServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    @property
    def hub(self) -> Hub:
        return self.server.hub

    def _note(self) -> None:
        with self.hub.lock:
            self.hub.requests.append(
                {"method": self.command, "path": self.path, "range": self.headers.get("Range")}
            )

    def do_HEAD(self) -> None:  # noqa: N802
        self._note()
        self._resolve(body=False)

    def do_GET(self) -> None:  # noqa: N802
        self._note()
        if self.path.startswith("/api/models"):
            self._api()
        else:
            self._resolve(body=True)

    def _error(self, status: int, code: str) -> None:
        self.send_response(status)
        self.send_header("X-Error-Code", code)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _resolve(self, body: bool) -> None:
        match = _RESOLVE.match(urlsplit(self.path).path)
        if not match:
            return self._error(404, "RepoNotFound")
        repo = self.hub.repos.get(match["repo"])
        if repo is None:
            return self._error(404, "RepoNotFound")
        entry = repo.get(unquote(match["file"]))
        if entry is None:
            return self._error(404, "EntryNotFound")
        start = self._range_start(entry.size)
        sha = "0" * 64 if self.hub.faults.wrong_sha256 else entry.sha256
        self.send_response(206 if start else 200)
        self.send_header("X-Repo-Commit", self.hub.commit(match["repo"]))
        self.send_header("ETag", f'"{sha}"')
        self.send_header("X-Linked-Etag", f'"{sha}"')
        self.send_header("X-Linked-Size", str(entry.size))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(entry.size - start))
        if start:
            self.send_header("Content-Range", f"bytes {start}-{entry.size - 1}/{entry.size}")
        self.end_headers()
        if body:
            self._send_body(entry, start)

    def _range_start(self, size: int) -> int:
        header = self.headers.get("Range", "")
        match = re.fullmatch(r"bytes=(\d+)-", header.strip())
        return int(match.group(1)) if match and int(match.group(1)) < size else 0

    def _take_faults(self) -> Faults:
        with self.hub.lock:
            faults = self.hub.faults
            if faults.once and (faults.cut_after is not None or faults.stall_after is not None):
                self.hub.faults = Faults(
                    throttle_bps=faults.throttle_bps, wrong_sha256=faults.wrong_sha256
                )
            return faults

    def _send_body(self, entry: HubFile, start: int) -> None:
        faults = self._take_faults()
        sent = 0
        chunk = 64 << 10
        began = time.monotonic()
        with open(entry.path, "rb") as f:
            f.seek(start)
            while block := f.read(chunk):
                if faults.cut_after is not None and sent + len(block) > faults.cut_after:
                    block = block[: faults.cut_after - sent]
                    self._write(block)
                    return self._drop()
                if faults.stall_after is not None and sent + len(block) > faults.stall_after:
                    self._write(block[: faults.stall_after - sent])
                    self.hub.stopping.wait(faults.stall_seconds)
                    return self._drop()
                if not self._write(block):
                    return None
                sent += len(block)
                if faults.throttle_bps:
                    ahead = sent / faults.throttle_bps - (time.monotonic() - began)
                    if ahead > 0:
                        time.sleep(ahead)
        return None

    def _write(self, block: bytes) -> bool:
        try:
            self.wfile.write(block)
            self.wfile.flush()
        except OSError:
            self.close_connection = True
            return False
        with self.hub.lock:
            self.hub.bytes_served += len(block)
        return True

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _api(self) -> None:
        parts = urlsplit(self.path)
        match = _API_MODEL.match(parts.path)
        if match:
            if match["repo"] not in self.hub.repos:
                return self._error(404, "RepoNotFound")
            return self._json(self._model_info(match["repo"]))
        query = parse_qs(parts.query).get("search", [""])[0].lower()
        limit = int(parse_qs(parts.query).get("limit", ["1000"])[0])
        found = [self._model_info(r) for r in sorted(self.hub.repos) if query in r.lower()]
        return self._json(found[:limit])

    def _model_info(self, repo_id: str) -> dict:
        files = self.hub.repos[repo_id]
        return {
            "id": repo_id,
            "modelId": repo_id,
            "sha": self.hub.commit(repo_id),
            "downloads": 7,
            "likes": 3,
            "lastModified": "2025-01-02T03:04:05.000Z",
            "tags": ["gguf"],
            "siblings": [
                {
                    "rfilename": name,
                    "size": f.size,
                    "lfs": {"sha256": f.sha256, "size": f.size, "pointerSize": 134},
                }
                for name, f in files.items()
            ],
        }

    def _json(self, value: object) -> None:
        data = json.dumps(value).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _HubServer(ThreadingHTTPServer):
    daemon_threads = True
    hub: Hub


class HubServer:
    """Runs a Hub on a free loopback port in a background thread."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self._server = _HubServer(("127.0.0.1", 0), _Handler)
        self._server.hub = hub
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def endpoint(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> HubServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.hub.stopping.set()
        self._server.shutdown()
        self._server.server_close()
