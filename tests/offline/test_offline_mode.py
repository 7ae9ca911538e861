"""Offline mode refuses downloads, hub search and team servers plainly, with zero requests."""

from __future__ import annotations

from pathlib import Path

from localchat.network import OFFLINE_ACTION, OFFLINE_MESSAGE

REFUSALS = """
import sys
from pathlib import Path

from localchat.downloads import (
    DownloadManager, DownloadRequest, resolve_remote_file, search_gguf_repos,
)
from localchat.engines.remote import list_models
from localchat.errors import UserFacingError
from localchat.network import NetworkGate

REPO, FILE = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF", "smollm2-135m-instruct-q4_1.gguf"
recorded = []
gate = NetworkGate(
    offline=True, endpoint="https://127.0.0.1:9", environ={}, record=lambda *r: recorded.append(r)
).install()


def attempt(name, call):
    try:
        call()
    except UserFacingError as error:
        print(f"{name}|{error}")
    except Exception as error:
        print(f"{name}|{type(error).__name__}: {error}")
    else:
        print(f"{name}|NOT REFUSED")


attempt("search", lambda: search_gguf_repos(gate, "smollm2"))
attempt("resolve", lambda: resolve_remote_file(gate, REPO, FILE))
attempt("server", lambda: list_models("https://127.0.0.1:9/v1", None, gate))
job = DownloadManager(gate, Path(sys.argv[2])).download(DownloadRequest(REPO, FILE))
assert job.wait(60), "the download job never settled"
print(f"download|{job.error}" if job.error else f"download|NOT REFUSED ({job.state})")


def hub_download():
    from huggingface_hub import hf_hub_download

    hf_hub_download(REPO, FILE, cache_dir=sys.argv[3])


attempt("huggingface_hub", hub_download)
print(f"ledger|{recorded}")

# The control: with offline mode off, a request through the gate does reach the closed port.
_AUDIT_LOG.write("--- online ---\\n")
_AUDIT_LOG.flush()
gate.offline = False
attempt("online request", lambda: gate.make_client().get("https://127.0.0.1:9/api/models"))
"""


def test_offline_mode_refuses_everything_without_a_single_request(
    run_audited, tmp_path: Path
) -> None:
    models = tmp_path / "models"
    models.mkdir()
    result = run_audited(REFUSALS, str(models), str(tmp_path / "hub-cache"), timeout=120)
    assert result.returncode == 0, result.explain()
    answers = dict(line.split("|", 1) for line in result.stdout.splitlines())
    refusal = f"{OFFLINE_MESSAGE} {OFFLINE_ACTION}"
    for name in ("search", "resolve", "server", "download"):
        assert answers[name] == refusal, result.explain()
    assert "offline mode" in answers["huggingface_hub"], result.explain()
    assert answers["ledger"] == "[]"  # nothing for the Privacy view to record
    assert answers["online request"].startswith("ConnectError"), result.explain()
    marker = result.network.index("--- online ---")
    assert result.network[:marker] == [], result.explain()  # offline: nothing at all
    assert any("('127.0.0.1', 9)" in line for line in result.network[marker:]), result.explain()
    assert not list(models.rglob("*.gguf"))
