"""One engine host process and the pipes to it: start, send, route answers, notice death."""

from __future__ import annotations

import itertools
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import Final

from localchat import i18n
from localchat.engines import host_protocol as wire
from localchat.errors import UserFacingError
from localchat.i18n import translate

logger = logging.getLogger(__name__)

HELLO_TIMEOUT_SECONDS = 60.0  # a cold start on a slow disk imports the engine in ~1-5 s
STDERR_LINES_KEPT = 40
ENDED: Final = {"op": "ended"}  # put in every inbox when the host's pipe closes


def host_command() -> list[str]:
    """How to start a host: the ``localchat`` entry point itself, frozen bundle or not."""
    if getattr(sys, "frozen", False):  # the installed bundle: its executable is localchat
        return [sys.executable, wire.HOST_COMMAND]
    return [sys.executable, "-m", "localchat", wire.HOST_COMMAND]


def _host_environment() -> dict[str, str]:
    """The parent's environment, with this copy of LocalChat importable in the child."""
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        package_root = str(Path(__file__).resolve().parents[2])
        paths = [package_root, *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
        env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env.setdefault("PYTHONUNBUFFERED", "1")
    env["LOCALCHAT_LANGUAGE"] = i18n.current_language()  # the host's errors in it too
    return env


def describe_exit(returncode: int | None) -> str:
    """An exit status in words for the log: 'signal 6 (SIGABRT)' or 'exit status 3'."""
    if returncode is None:
        return "still running"
    if returncode < 0:
        try:
            return f"signal {-returncode} ({signal.Signals(-returncode).name})"
        except ValueError:
            return f"signal {-returncode}"
    return f"exit status {returncode}"


class HostProcess:
    """A running ``localchat engine-host`` and the routing of its answers by request id.

    A reader thread reads the host's messages and puts each in the inbox of its request;
    when the pipe closes (the host ended or crashed) every inbox gets ``ENDED``. Another
    thread keeps the host's last stderr lines for the log.
    """

    def __init__(self, label: str) -> None:
        self.label = label  # the model file's name, for the log
        self._ids = itertools.count(1)
        self._inboxes: dict[int, queue.Queue[wire.Message]] = {}
        self._lock = threading.Lock()
        self._stdin_lock = threading.Lock()
        self._ended = False
        self._hello: queue.Queue[wire.Message] = queue.Queue()
        self.stderr_tail: deque[str] = deque(maxlen=STDERR_LINES_KEPT)
        started = time.perf_counter()
        self._process = subprocess.Popen(
            host_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_host_environment(),
            **_detached(),
        )
        self._threads = [
            threading.Thread(target=self._read_messages, name="host-messages", daemon=True),
            threading.Thread(target=self._read_stderr, name="host-stderr", daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        self._check_hello()
        self.start_seconds = time.perf_counter() - started
        logger.info(
            "Engine host %d (%s) started for %s in %.2f s",
            self.pid,
            " ".join(host_command()),
            label,
            self.start_seconds,
        )

    @property
    def pid(self) -> int:
        """The host's process id."""
        return self._process.pid

    @property
    def alive(self) -> bool:
        """Whether the host is still running and talking."""
        return not self._ended and self._process.poll() is None

    def _check_hello(self) -> None:
        try:
            hello = self._hello.get(timeout=HELLO_TIMEOUT_SECONDS)
        except queue.Empty:
            hello = ENDED
        if hello is ENDED:
            self.kill()
            self.log_end()
            raise UserFacingError(
                translate("EngineErrors", "LocalChat could not start its engine."),
                translate("EngineErrors", "Reinstall LocalChat; the log file has the details."),
            )
        if hello.get("protocol") != wire.PROTOCOL_VERSION:
            self.kill()
            raise UserFacingError(
                translate(
                    "EngineErrors",
                    "The engine speaks another version of LocalChat's protocol "
                    "({engine}, this window speaks {window}).",
                ).format(engine=hello.get("protocol"), window=wire.PROTOCOL_VERSION),
                translate(
                    "EngineErrors", "Reinstall LocalChat so all its parts are the same version."
                ),
            )

    def request(self, op: str, **payload: object) -> tuple[int, queue.Queue[wire.Message]]:
        """Send a request; returns its id and the inbox its answers arrive in."""
        request_id = next(self._ids)
        inbox: queue.Queue[wire.Message] = queue.Queue()
        with self._lock:
            self._inboxes[request_id] = inbox
            if self._ended:
                inbox.put(ENDED)
                return request_id, inbox
        self.send({"op": op, "id": request_id, **payload})
        return request_id, inbox

    def call(self, op: str, timeout: float, **payload: object) -> wire.Message | None:
        """Send a request and wait for its one answer (ENDED if the host ended).

        None when no answer came within ``timeout`` seconds: the host is killed then, as a
        host that stopped answering may be stuck in the model.
        """
        request_id, inbox = self.request(op, **payload)
        try:
            return inbox.get(timeout=timeout)
        except queue.Empty:
            self.kill()
            return None
        finally:
            self.forget(request_id)

    def forget(self, request_id: int) -> None:
        """Drop a request's inbox: answers that still come for it are discarded."""
        with self._lock:
            self._inboxes.pop(request_id, None)

    def send(self, message: wire.Message) -> None:
        """Write one message; a host that is gone is noticed by the reader, not here."""
        stdin = self._process.stdin
        assert stdin is not None
        try:
            with self._stdin_lock:
                wire.write_message(stdin, message)
        except (BrokenPipeError, OSError, ValueError):  # ValueError: the pipe was closed
            logger.debug("Engine host %d is gone; %s not sent", self.pid, message.get("op"))

    def _read_messages(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        for line in stdout:
            try:
                message = wire.decode(line)
            except ValueError:
                logger.warning("Engine host %d wrote a line that is not a message", self.pid)
                continue
            if message["op"] == "hello":
                self._hello.put(message)
                continue
            with self._lock:
                inbox = self._inboxes.get(int(message.get("id", 0)))
            if inbox is not None:
                inbox.put(message)
        with self._lock:
            self._ended = True
            inboxes = list(self._inboxes.values())
        self._hello.put(ENDED)
        for inbox in inboxes:
            inbox.put(ENDED)

    def _read_stderr(self) -> None:
        stderr = self._process.stderr
        assert stderr is not None
        for raw in stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                self.stderr_tail.append(line)
                logger.debug("host %d: %s", self.pid, line)

    def exit_status(self, wait_seconds: float = 2.0) -> int | None:
        """The host's exit status, waiting a moment for a dying process to be reaped."""
        try:
            return self._process.wait(timeout=wait_seconds)
        except subprocess.TimeoutExpired:
            return None

    def log_end(self) -> str:
        """Log how the host ended, with its last stderr lines; returns the status in words."""
        status = describe_exit(self.exit_status())
        self._threads[1].join(timeout=1.0)  # the last lines of a crash
        tail = "\n".join(self.stderr_tail) or "(nothing)"
        logger.error(
            "Engine host %d for %s ended: %s. Its last output:\n%s",
            self.pid,
            self.label,
            status,
            tail,
        )
        return status

    def close(self, wait_seconds: float = 3.0) -> None:
        """Ask the host to end; end it if it does not within ``wait_seconds``."""
        if self._process.poll() is None:
            self.send({"op": "close"})
            try:
                self._process.stdin.close()  # type: ignore[union-attr]
            except OSError:
                pass
            try:
                self._process.wait(timeout=wait_seconds)
            except subprocess.TimeoutExpired:
                logger.warning("Engine host %d did not close; ending it", self.pid)
                self.kill()
        _end_group(self._process.pid)  # a copy the host forked would keep its pipes open
        self._join()

    def kill(self) -> None:
        """End the host at once (the last resort: a stop it did not honour, a hang).

        The whole process group goes: a copy the host forked would otherwise keep running
        and hold the pipes open.
        """
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        _end_group(self._process.pid)

    def _join(self) -> None:
        for thread in self._threads:
            thread.join(timeout=2.0)
        # A stream whose reader still waits in read() is left to it: closing it would wait
        # for that read (the buffer's lock), for ever if something still holds the pipe.
        readers = {thread.name: thread.is_alive() for thread in self._threads}
        streams = (("host-messages", self._process.stdout), ("host-stderr", self._process.stderr))
        for name, stream in streams:
            if stream is not None and not readers.get(name, False):
                stream.close()


def _end_group(pid: int) -> None:
    """End what is left of the host's process group (it leads its own session)."""
    if sys.platform == "win32":
        return
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:  # nothing left: the usual case
        pass


def _detached() -> dict[str, object]:
    """Popen arguments that keep terminal signals (Ctrl+C) and console windows away."""
    if sys.platform == "win32":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
        return {"creationflags": flags}
    return {"start_new_session": True}
