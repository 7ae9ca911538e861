"""Run one download in its own process (for kill and disk-full tests); prints the outcome."""

from __future__ import annotations

import argparse
import resource
import signal
import sys
from pathlib import Path

from localchat.downloads import DownloadManager, DownloadRequest, TransferSettings
from localchat.network import NetworkGate


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("endpoint")
    parser.add_argument("models_dir")
    parser.add_argument("repo_id")
    parser.add_argument("filename")
    parser.add_argument("--fsize-limit", type=int)
    args = parser.parse_args()
    if args.fsize_limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (args.fsize_limit, args.fsize_limit))
    gate = NetworkGate(endpoint=args.endpoint).install()
    settings = TransferSettings(stall_timeout=2, backoff_base=0.05, free_space_margin=0)
    manager = DownloadManager(gate, Path(args.models_dir), settings=settings)
    job = manager.download(DownloadRequest(args.repo_id, args.filename))
    job.wait()
    if job.error is not None:
        print(f"ERROR: {job.error}", flush=True)
        return 1
    print(f"OK: {job.result.path}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
