"""What the hub knows about a file (size, commit, sha256) and GGUF repository search."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import httpx2
from huggingface_hub import HfApi, get_hf_file_metadata, hf_hub_url
from huggingface_hub.errors import (
    GatedRepoError,
    HfHubHTTPError,
    OfflineModeIsEnabled,
    RemoteEntryNotFoundError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)

from localchat.downloads.names import check_filename, check_repo_id
from localchat.errors import UserFacingError
from localchat.i18n import QT_TRANSLATE_NOOP, translate
from localchat.network import NetworkGate, offline_error

logger = logging.getLogger(__name__)

SHA256_HEX = re.compile(r"[0-9a-f]{64}")
NO_NETWORK_ACTION = QT_TRANSLATE_NOOP(
    "DownloadErrors", "Check your internet connection, then try again."
)


@dataclass(frozen=True)
class RemoteFile:
    """One file on the hub, as its metadata (HEAD) describes it."""

    repo_id: str
    filename: str
    commit: str
    etag: str
    size: int | None
    url: str  # where the bytes are (the hub, or the CDN it redirects to)

    @property
    def lfs_sha256(self) -> str | None:
        """The sha256 the hub publishes for an LFS file (its X-Linked-Etag), else None."""
        return self.etag if SHA256_HEX.fullmatch(self.etag) else None


@dataclass(frozen=True)
class HubRepo:
    """A repository found by a hub search."""

    repo_id: str
    downloads: int
    likes: int
    last_modified: datetime | None
    files: tuple[str, ...]  # GGUF files, when the hub listed them


def resolve_remote_file(
    gate: NetworkGate, repo_id: str, filename: str, revision: str = "main", timeout: float = 20
) -> RemoteFile:
    """Ask the hub for a file's commit, sha256 and size (one HEAD request through the gate)."""
    check_repo_id(repo_id)
    check_filename(filename)
    url = hf_hub_url(repo_id, filename, revision=revision, endpoint=gate.endpoint)
    with gate.purpose("download-metadata", url), hub_errors(f"{repo_id}/{filename}"):
        meta = get_hf_file_metadata(url, timeout=timeout, endpoint=gate.endpoint)
    if not meta.commit_hash or not meta.etag:
        raise UserFacingError(
            translate(
                "DownloadErrors", "The address {address} did not answer like a model hub."
            ).format(address=gate.endpoint),
            translate("DownloadErrors", "Check the hub address in Settings."),
        )
    gate.check("download", meta.location)  # a redirect may not downgrade to plain http
    return RemoteFile(repo_id, filename, meta.commit_hash, meta.etag, meta.size, meta.location)


def search_gguf_repos(gate: NetworkGate, query: str, limit: int = 20) -> list[HubRepo]:
    """Search the hub for repositories with GGUF files (only when the user asks)."""
    url = f"{gate.endpoint}/api/models"
    with gate.purpose("hub-search", url), hub_errors(f"the search for {query!r}"):
        api = HfApi(endpoint=gate.endpoint)
        found = list(api.list_models(search=query, filter="gguf", limit=limit))
    return [
        HubRepo(
            repo_id=info.id,
            downloads=info.downloads or 0,
            likes=info.likes or 0,
            last_modified=info.last_modified,
            files=tuple(
                s.rfilename for s in info.siblings or () if s.rfilename.lower().endswith(".gguf")
            ),
        )
        for info in found
    ]


@contextlib.contextmanager
def hub_errors(what: str) -> Iterator[None]:
    """Turn huggingface_hub and connection errors inside the block into UserFacingErrors."""
    try:
        yield
    except UserFacingError:
        raise
    except Exception as error:
        translated = translate_error(error, what)
        if translated is None:
            raise
        raise translated from error


def translate_error(error: BaseException, what: str) -> UserFacingError | None:
    """A plain sentence for a hub or connection error; None for anything else (a bug)."""
    if isinstance(error, OfflineModeIsEnabled):
        return offline_error()
    if isinstance(error, GatedRepoError):
        return UserFacingError(
            translate(
                "DownloadErrors", "{name} needs you to accept its terms on the hub first."
            ).format(name=what),
            translate(
                "DownloadErrors",
                "Open the model's page on the hub, accept its terms, then try again.",
            ),
        )
    if isinstance(
        error, (RepositoryNotFoundError, RevisionNotFoundError, RemoteEntryNotFoundError)
    ):
        return UserFacingError(
            translate("DownloadErrors", "{name} was not found on the hub.").format(name=what),
            translate("DownloadErrors", "Check the name, or pick another model."),
        )
    if isinstance(error, HfHubHTTPError):
        return UserFacingError(
            translate("DownloadErrors", "The hub refused the request for {name}.").format(
                name=what
            ),
            translate("DownloadErrors", NO_NETWORK_ACTION),
        )
    if isinstance(error, httpx2.TransportError):
        return UserFacingError(
            translate("DownloadErrors", "LocalChat could not reach the hub for {name}.").format(
                name=what
            ),
            translate("DownloadErrors", NO_NETWORK_ACTION),
        )
    return None
