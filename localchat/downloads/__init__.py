"""Model downloads over huggingface_hub: resumable, verified, installed atomically."""

from localchat.downloads.base import (
    DownloadProgress,
    DownloadRequest,
    DownloadResult,
    TransferSettings,
)
from localchat.downloads.hub import HubRepo, RemoteFile, resolve_remote_file, search_gguf_repos
from localchat.downloads.manager import DownloadEvents, DownloadJob, DownloadManager, JobState

__all__ = [
    "DownloadEvents",
    "DownloadJob",
    "DownloadManager",
    "DownloadProgress",
    "DownloadRequest",
    "DownloadResult",
    "HubRepo",
    "JobState",
    "RemoteFile",
    "TransferSettings",
    "resolve_remote_file",
    "search_gguf_repos",
]
