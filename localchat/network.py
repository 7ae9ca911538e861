"""The one gate every network request of LocalChat passes: offline switch, endpoint, ledger hook."""

from __future__ import annotations

import contextlib
import contextvars
import ipaddress
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from localchat.errors import UserFacingError
from localchat.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the HTTP stack is imported on first use, keeping start-up fast
    import httpx2

logger = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://huggingface.co"
OFFLINE_MESSAGE = QT_TRANSLATE_NOOP(
    "Network", "LocalChat is in offline mode, so nothing was downloaded."
)
OFFLINE_ACTION = QT_TRANSLATE_NOOP("Network", "Turn off Offline in Settings to download.")
SELF_COUNTED = "localchat_counts_bytes"  # request extension: the caller records the bytes itself

RecordHook = Callable[[str, str, int], None]
"""Called once per request with (host, purpose, bytes received)."""

_PURPOSE: contextvars.ContextVar[str] = contextvars.ContextVar("network_purpose", default="hub")


def is_loopback(host: str) -> bool:
    """Whether a host name is this machine (localhost or a loopback address)."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url_is_secure(url: str) -> str:
    """Return the URL's host; refuse anything but https, except plain http to loopback (tests)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return host
    if parts.scheme == "http" and host and is_loopback(host):
        return host
    raise UserFacingError(
        translate(
            "Network",
            "LocalChat will not download from {address}: only secure (https) addresses are "
            "allowed.",
        ).format(address=repr(url)),
        translate("Network", "Check the hub address in Settings; it must start with https://."),
    )


def offline_error() -> UserFacingError:
    """The refusal of a request in offline mode, in the user's language."""
    return UserFacingError(
        translate("Network", OFFLINE_MESSAGE), translate("Network", OFFLINE_ACTION)
    )


class NetworkGate:
    """Decides whether a request may go out, and reports every one to a record hook.

    One gate is built by the composition root and handed to downloads and hub search.
    ``install()`` makes huggingface_hub's shared HTTP client run every request through
    :meth:`on_request`, so even calls made deep inside huggingface_hub obey offline mode.
    """

    def __init__(
        self,
        *,
        offline: bool = False,
        endpoint: str | None = None,
        record: RecordHook | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.offline = offline
        self._record = record
        env = os.environ if environ is None else environ
        chosen = endpoint or env.get("HF_ENDPOINT") or DEFAULT_ENDPOINT
        self._endpoint = chosen.rstrip("/")
        check_url_is_secure(self._endpoint)

    @property
    def endpoint(self) -> str:
        """The hub base address, e.g. https://huggingface.co (no trailing slash)."""
        return self._endpoint

    def check(self, purpose: str, url: str) -> str:
        """Refuse the request when offline or insecure; return the host it would reach."""
        if self.offline:
            logger.info("Refused %s request to %s: offline mode", purpose, url)
            raise offline_error()
        return check_url_is_secure(url)

    def record(self, host: str, purpose: str, nbytes: int) -> None:
        """Tell the record hook about one finished request."""
        logger.debug("Network: %s %s %d bytes", host, purpose, nbytes)
        if self._record is not None:
            try:
                self._record(host, purpose, nbytes)
            except Exception:
                logger.exception("The network record hook failed")

    @contextlib.contextmanager
    def purpose(self, purpose: str, url: str) -> Iterator[None]:
        """Check ``url`` and label every request made inside the block with ``purpose``."""
        self.check(purpose, url)
        token = _PURPOSE.set(purpose)
        try:
            yield
        finally:
            _PURPOSE.reset(token)

    def on_request(self, request: httpx2.Request) -> None:
        """Event hook for httpx: the same checks for every request, redirects included."""
        from huggingface_hub.utils._http import hf_request_event_hook  # not re-exported in 2.4

        self.check(_PURPOSE.get(), str(request.url))
        hf_request_event_hook(request)

    def on_response(self, response: httpx2.Response) -> None:
        """Event hook for httpx: record requests whose caller does not count bytes itself."""
        request = response.request
        if request.extensions.get(SELF_COUNTED):
            return
        nbytes = 0
        if request.method != "HEAD":
            length = response.headers.get("Content-Length", "0")
            nbytes = int(length) if length.isdigit() else 0
        self.record(request.url.host, _PURPOSE.get(), nbytes)

    def make_client(self) -> httpx2.Client:
        """A client like huggingface_hub's own, with TLS verification on and this gate's hooks."""
        import httpx2

        return httpx2.Client(
            event_hooks={"request": [self.on_request], "response": [self.on_response]},
            follow_redirects=True,
            timeout=None,
            verify=True,
        )

    def install(self) -> NetworkGate:
        """Make huggingface_hub's shared client (``get_session()``) go through this gate."""
        from huggingface_hub.utils import set_client_factory

        set_client_factory(self.make_client)
        return self

    def session(self) -> httpx2.Client:
        """The shared HTTP client huggingface_hub uses (proxies, headers identical)."""
        from huggingface_hub.utils import get_session

        return get_session()
