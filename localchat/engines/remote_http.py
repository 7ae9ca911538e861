"""The HTTP side of the remote engine: one server, its key, the network gate, plain errors."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx2

from localchat.engines.sse import error_text
from localchat.errors import UserFacingError
from localchat.i18n import number, translate

logger = logging.getLogger(__name__)

PURPOSE = "remote-chat"
_CONNECT_ERRORS = (httpx2.ConnectError, httpx2.ConnectTimeout)


class Gate(Protocol):
    """What the engine needs of ``localchat.network.NetworkGate`` (engines may not import it)."""

    offline: bool

    def check(self, purpose: str, url: str) -> str:
        """Refuse the request (UserFacingError) or return the host it would reach."""
        ...

    def record(self, host: str, purpose: str, nbytes: int) -> None:
        """Note one finished request and the bytes it received."""
        ...


@dataclass(frozen=True)
class RemoteTimeouts:
    """How long to wait for a server, and how often to try again to reach it.

    ``read`` is the longest silence between two pieces of a stream, the wait for the first
    one included (a long prompt is read by the server before anything comes back).
    Retries happen only when the connection could not be made, never once output arrived.
    """

    connect: float = 5.0
    read: float = 120.0
    retries: int = 2
    backoff: float = 0.25  # seconds before the first retry; doubles each time

    def httpx(self) -> httpx2.Timeout:
        """The same limits as an httpx timeout."""
        return httpx2.Timeout(connect=self.connect, read=self.read, write=30.0, pool=self.connect)


def normalize_base_url(address: str) -> str:
    """``gpu-box:8000`` -> ``http://gpu-box:8000/v1``: add a scheme, add /v1 to a bare host."""
    url = address.strip().rstrip("/")
    if "://" not in url:
        url = f"http://{url}"
    if not urlsplit(url).path:
        url += "/v1"
    return url


class ServerClient:
    """One server address, its key, the gate and an httpx client: every request goes here."""

    def __init__(
        self, base_url: str, api_key: str | None, gate: Gate, timeouts: RemoteTimeouts
    ) -> None:
        self.base_url = base_url
        self.gate = gate
        self.timeouts = timeouts
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.client = httpx2.Client(timeout=timeouts.httpx(), follow_redirects=False)

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    @property
    def root(self) -> str:
        """The address without its /v1 (where llama.cpp's /tokenize lives)."""
        return self.base_url.removesuffix("/v1")

    def check(self, url: str) -> str:
        """Ask the gate; explain a refused plain-http address in terms of servers."""
        try:
            return self.gate.check(PURPOSE, url)
        except UserFacingError as exc:
            if self.gate.offline:
                raise
            raise UserFacingError(
                translate(
                    "EngineErrors",
                    "LocalChat will not send conversations to {address}: only secure "
                    "(https) addresses are allowed, or plain http on this computer.",
                ).format(address=self.base_url),
                translate("EngineErrors", "Use the server's https address."),
            ) from exc

    def open(
        self,
        method: str,
        url: str,
        body: Any,
        cancel: threading.Event | None = None,
        accept: str = "application/json",
    ) -> httpx2.Response | None:
        """Send a request and return the unread response; None when cancelled while retrying.

        Connection failures are tried again with backoff; nothing has reached the server
        then, so nothing is sent twice.
        """
        self.check(url)
        headers = {**self.headers, "Accept": accept}
        request = self.client.build_request(method, url, json=body, headers=headers)
        delay = self.timeouts.backoff
        for attempt in range(self.timeouts.retries + 1):
            try:
                return self.client.send(request, stream=True)
            except _CONNECT_ERRORS as exc:
                logger.info("Could not connect to %s (try %d): %s", url, attempt + 1, exc)
                if attempt == self.timeouts.retries:
                    raise self.unreachable() from exc
            except (httpx2.UnsupportedProtocol, httpx2.InvalidURL) as exc:
                raise UserFacingError(
                    translate("EngineErrors", "{address} is not a valid server address.").format(
                        address=self.base_url
                    ),
                    translate("EngineErrors", "Enter an address like http://gpu-box:8000/v1."),
                ) from exc
            except httpx2.TimeoutException as exc:
                raise self.silent() from exc
            if cancel is not None and cancel.wait(delay):
                return None
            if cancel is None:
                time.sleep(delay)
            delay *= 2
        return None  # pragma: no cover - the loop returns or raises

    def finish(self, response: httpx2.Response) -> None:
        """Close a response and record it with the gate."""
        response.close()
        self.gate.record(response.request.url.host, PURPOSE, response.num_bytes_downloaded)

    def json(self, method: str, url: str, body: Any = None) -> Any:
        """A small request answered with JSON; raise plain errors for the rest."""
        response = self.open(method, url, body)
        assert response is not None
        try:
            response.read()
        except httpx2.TimeoutException as exc:
            raise self.silent() from exc
        except httpx2.TransportError as exc:
            raise self.lost() from exc
        finally:
            self.finish(response)
        self.raise_for_status(response)
        try:
            return response.json()
        except ValueError as exc:
            raise self.not_openai() from exc

    def models(self) -> list[dict[str, Any]]:
        """The entries of GET /v1/models."""
        payload = self.json("GET", f"{self.base_url}/models")
        data = payload.get("data") if isinstance(payload, dict) else None
        if not isinstance(data, list):
            raise self.not_openai()
        return [entry for entry in data if isinstance(entry, dict) and "id" in entry]

    def raise_for_status(self, response: httpx2.Response) -> None:
        """Turn an HTTP error status into a plain sentence (the body must be read)."""
        status = response.status_code
        if status < 300:
            return
        if status in (401, 403):
            raise UserFacingError(
                translate("EngineErrors", "The server refused the API key."),
                translate("EngineErrors", "Check the API key saved for this server in Settings."),
            )
        try:
            detail = error_text(response.json())
        except ValueError:
            detail = ""
        if status < 400 or (status == 404 and "model" not in detail.lower()):
            raise self.not_openai()
        if status >= 500:
            raise UserFacingError(
                translate(
                    "EngineErrors", "The server at {address} failed to answer: {reason}."
                ).format(address=self.base_url, reason=detail or status),
                translate(
                    "EngineErrors", "Try again; if it keeps failing, look at the server's log."
                ),
            )
        raise UserFacingError(
            translate("EngineErrors", "The server could not answer: {message}.").format(
                message=detail or status
            ),
            translate(
                "EngineErrors",
                "Shorten the conversation, or check the model name and the server's log.",
            ),
        )

    def unreachable(self) -> UserFacingError:
        """The error for a server that cannot be connected to."""
        return UserFacingError(
            translate(
                "EngineErrors",
                "LocalChat could not reach the server at {address}. "
                "Check the address and that the server is running.",
            ).format(address=self.base_url)
        )

    def not_openai(self) -> UserFacingError:
        """The error for an address that answers, but not like the OpenAI API."""
        return UserFacingError(
            translate(
                "EngineErrors", "{address} does not look like an OpenAI-compatible server."
            ).format(address=self.base_url),
            translate(
                "EngineErrors", "The address usually ends in /v1, e.g. http://gpu-box:8000/v1."
            ),
        )

    def silent(self) -> UserFacingError:
        """The error for a server that stopped sending."""
        read = self.timeouts.read
        decimals = len(f"{read:g}".partition(".")[2])
        return UserFacingError(
            translate(
                "EngineErrors", "The server at {address} did not answer within {seconds} seconds."
            ).format(address=self.base_url, seconds=number(read, decimals)),
            translate("EngineErrors", "Try again; the server may be busy."),
        )

    def lost(self) -> UserFacingError:
        """The error for a connection that broke while reading."""
        return UserFacingError(
            translate("EngineErrors", "The connection to the server at {address} was lost.").format(
                address=self.base_url
            ),
            translate("EngineErrors", "Try again; the answer so far was kept."),
        )
