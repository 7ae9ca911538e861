"""`localchat models recommend / download / remove`, end to end against a hub on 127.0.0.1."""

from __future__ import annotations

import io
import json
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_hub import (
    DAMAGED,
    GOOD,
    CatalogHub,
    Faults,
    Runner,
    catalog_variant,
    cli_command,
    hub_environment,
)

from localchat.__main__ import build_parser
from localchat.bootstrap import open_core
from localchat.catalog.catalog import catalog_path, load_catalog
from localchat.catalog.fit import FitLabel, assess
from localchat.cli import run_cli
from localchat.cli_progress import ProgressBar
from localchat.downloads import DownloadProgress
from localchat.hardware import HardwareProfile
from localchat.paths import resolve_paths

TITLES = ("Chat", "Summarize", "Translate")


def _models(data_dir: Path) -> list[tuple[int, str, str, str | None]]:
    with sqlite3.connect(data_dir / "localchat.db") as db:
        return db.execute(
            "SELECT id, source, path, sha256 FROM installed_models ORDER BY id"
        ).fetchall()


def _partial(data_dir: Path, key: str) -> Path:
    variant = catalog_variant(key)
    folder = variant.repo.replace("/", "__")
    return data_dir / "models" / ".partial" / f"{folder}__{variant.file}.part"


def _downloaded(data_dir: Path, key: str) -> Path:
    variant = catalog_variant(key)
    return data_dir / "models" / variant.repo.replace("/", "__") / variant.file


def _file_gets(hub: CatalogHub) -> list[dict]:
    return hub.hub.gets()


# --- recommend -------------------------------------------------------------------------


def test_recommend_prints_this_computer_and_a_pick_per_task(run_with_hub: Runner) -> None:
    result = run_with_hub("models", "recommend")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("This computer:") and "memory" in lines[0] and "cores" in lines[0]
    for title in TITLES:
        heading = next(line for line in lines if line.startswith(f"{title}:"))
        assert "is the pick for this computer" in heading
    picks = [line for line in lines if line.startswith("  * ")]
    assert len(picks) == 3
    assert "Too big" not in result.stdout
    # The bundled default is SmolLM2 Q4_1: listed as installed, with its id.
    smol = next(line for line in lines if "smollm2-135m-instruct:Q4_1 " in line)
    assert "yes (#1)" in smol and "Runs well" in smol and "MB" in smol and "words/s" in smol


def test_recommend_for_one_task(run_with_hub: Runner) -> None:
    result = run_with_hub("models", "recommend", "--task", "translate")
    assert result.returncode == 0, result.stderr
    assert "Translate:" in result.stdout
    assert "Chat:" not in result.stdout and "Summarize:" not in result.stdout


def test_recommend_never_lists_a_model_too_big_for_a_small_computer(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    small = HardwareProfile(
        ram_total=4 << 30,
        ram_available=2 << 30,
        physical_cores=2,
        logical_cores=4,
        cpu_name="Test CPU",
        cpu_features=("avx2",),
        disk_free=50 << 30,
    )
    monkeypatch.setattr("localchat.hardware.detect_hardware", lambda *a, **k: small)
    too_big = {
        a.variant.key
        for a in assess(load_catalog(), small)
        if a.fit.label is FitLabel.TOO_BIG and a.model.engine == "llama.cpp"
    }
    assert too_big, "the small computer must be too small for some catalog models"
    core = open_core(resolve_paths(data_dir))
    try:
        assert run_cli(build_parser().parse_args(["models", "recommend"]), core) == 0
    finally:
        core.close()
    out = capsys.readouterr().out
    assert out.startswith("This computer: 4.0 GB memory (2.0 GB free now), 2 cores")
    listed = set(re.findall(r"^  [* ] (\S+:\S+) ", out, flags=re.MULTILINE))
    assert listed and not listed & too_big
    assert "Too big" not in out
    assert "too big for this computer." in out  # it says how many were left out


# --- download --------------------------------------------------------------------------


@pytest.mark.slow
def test_download_shows_progress_verifies_and_registers(
    run_with_hub: Runner, catalog_hub: CatalogHub, data_dir: Path
) -> None:
    catalog_hub.hub.faults = Faults(throttle_bps=24 << 20, once=False)  # ~4 s: 16 reports
    result = run_with_hub("models", "download", GOOD)
    assert result.returncode == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if re.match(r"^ *\d+% ", line)]
    assert 5 <= len(progress) <= 12, result.stderr  # about one line per tenth, not a flood
    assert progress[-1].startswith("100% ") and "93.8 MB / 93.8 MB" in progress[-1]
    assert f"sha256 {catalog_hub.sha256} (matches the checksum the hub publishes)" in result.stdout
    assert "Installed SmolLM2 135M Instruct Q4_0 as #2" in result.stdout
    file = _downloaded(data_dir, GOOD)
    assert file.stat().st_size == catalog_hub.size
    assert _models(data_dir)[-1] == (2, "download", str(file), catalog_hub.sha256)
    listing = run_with_hub("models", "list").stdout
    assert "SmolLM2 135M Instruct Q4_0" in listing
    assert not _partial(data_dir, GOOD).exists()
    # The network ledger (Privacy pane) lists the download, as for the app's downloads.
    with sqlite3.connect(data_dir / "localchat.db") as db:
        purposes = {row[0] for row in db.execute("SELECT purpose FROM network_ledger")}
    assert "download" in purposes

    gets = len(_file_gets(catalog_hub))
    again = run_with_hub("models", "download", GOOD)
    assert again.returncode == 0, again.stderr
    assert "already installed (#2)" in again.stdout
    assert len(_file_gets(catalog_hub)) == gets

    # A verified download that an earlier run did not get to list is checked and listed,
    # not fetched again.
    with sqlite3.connect(data_dir / "localchat.db") as db:
        db.execute("DELETE FROM installed_models WHERE id = 2")
    relisted = run_with_hub("models", "download", GOOD)
    assert relisted.returncode == 0, relisted.stderr
    assert "is already downloaded; checking that it loads" in relisted.stderr
    assert "Installed SmolLM2 135M Instruct Q4_0" in relisted.stdout
    assert len(_file_gets(catalog_hub)) == gets
    assert _models(data_dir)[-1][1:] == ("download", str(file), catalog_hub.sha256)


def test_download_of_the_default_quant_sees_the_bundled_file(
    run_with_hub: Runner, catalog_hub: CatalogHub
) -> None:
    # SmolLM2 135M has Q4_1 (bundled) and Q4_0; recommend prefers the larger Q4_1.
    result = run_with_hub("models", "download", "smollm2-135m-instruct")
    assert result.returncode == 0, result.stderr
    assert "is already installed (#1)" in result.stdout
    assert catalog_hub.hub.requests == []


@pytest.mark.slow
def test_download_refuses_a_file_whose_sha256_does_not_match(
    run_with_hub: Runner, catalog_hub: CatalogHub, data_dir: Path
) -> None:
    result = run_with_hub("models", "download", DAMAGED)
    assert result.returncode == 1
    assert "did not match its published checksum, so it was not installed" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(_models(data_dir)) == 1  # only the bundled model
    assert not _downloaded(data_dir, DAMAGED).exists()
    assert not _partial(data_dir, DAMAGED).exists()


# The CLI with its catalog read from a file: the shipped catalog has no checksums for the
# files the test hub serves.
WITH_CATALOG = """
import json, sys
from localchat.catalog import catalog
data = json.loads(open(sys.argv[1], encoding="utf-8").read())
catalog.load_catalog = lambda path=None: catalog.parse_catalog(data)
from localchat.__main__ import main
sys.exit(main(sys.argv[2:]))
"""


def _run_with_catalog_sha256(
    sha256: str, catalog_hub: CatalogHub, data_dir: Path, tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    data = json.loads(catalog_path().read_text(encoding="utf-8"))
    model_id, _, quant = GOOD.partition(":")
    model = next(m for m in data["models"] if m["id"] == model_id)
    next(v for v in model["variants"] if v["quant"] == quant)["sha256"] = sha256
    patched = tmp_path / "catalog.json"
    patched.write_text(json.dumps(data), encoding="utf-8")
    command = [sys.executable, "-c", WITH_CATALOG, str(patched), "--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, "models", "download", GOOD],
        capture_output=True,
        text=True,
        timeout=240,
        env=hub_environment(catalog_hub.endpoint),
    )


@pytest.mark.slow
def test_download_checks_the_catalogs_sha256(
    catalog_hub: CatalogHub, data_dir: Path, tmp_path: Path
) -> None:
    result = _run_with_catalog_sha256(catalog_hub.sha256, catalog_hub, data_dir, tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"sha256 {catalog_hub.sha256} (matches the catalog)" in result.stdout


def test_download_refuses_a_file_that_is_not_the_one_the_catalog_lists(
    catalog_hub: CatalogHub, data_dir: Path, tmp_path: Path
) -> None:
    result = _run_with_catalog_sha256("ab" * 32, catalog_hub, data_dir, tmp_path)
    assert result.returncode == 1
    assert "is not the file LocalChat's catalog lists" in result.stderr
    assert "Traceback" not in result.stderr
    assert _file_gets(catalog_hub) == []  # refused before a byte of it was fetched
    assert len(_models(data_dir)) == 1


@pytest.mark.slow
def test_ctrl_c_pauses_and_the_next_run_continues_without_fetching_again(
    catalog_hub: CatalogHub, data_dir: Path
) -> None:
    catalog_hub.hub.faults = Faults(throttle_bps=8 << 20, once=False)  # ~12 s for the file
    partial = _partial(data_dir, GOOD)
    process = subprocess.Popen(
        cli_command(data_dir, "models", "download", GOOD),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=hub_environment(catalog_hub.endpoint),
    )
    deadline = time.monotonic() + 60
    while not (partial.exists() and partial.stat().st_size > 16 << 20):
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "Paused with" in err
    assert f"localchat --data-dir {data_dir} models download {GOOD}` to continue" in err
    assert "Traceback" not in err
    kept = partial.stat().st_size
    assert 16 << 20 < kept < catalog_hub.size

    catalog_hub.hub.faults = Faults()
    served = catalog_hub.hub.bytes_served
    result = subprocess.run(
        cli_command(data_dir, "models", "download", GOOD),
        capture_output=True,
        text=True,
        timeout=240,
        env=hub_environment(catalog_hub.endpoint),
    )
    assert result.returncode == 0, result.stderr
    assert "were already downloaded" in result.stderr
    assert catalog_hub.hub.bytes_served - served == catalog_hub.size - kept
    assert _file_gets(catalog_hub)[-1]["range"] == f"bytes={kept}-"
    assert f"sha256 {catalog_hub.sha256}" in result.stdout
    assert _downloaded(data_dir, GOOD).stat().st_size == catalog_hub.size


def test_download_is_refused_offline_without_touching_the_network(
    run_with_hub: Runner, catalog_hub: CatalogHub, data_dir: Path
) -> None:
    settings = data_dir / "config" / "settings.json"
    settings.parent.mkdir()
    settings.write_text(json.dumps({"offline": True}), encoding="utf-8")
    result = run_with_hub("models", "download", GOOD)
    assert result.returncode == 1
    assert "LocalChat is set to work offline, so nothing was downloaded." in result.stderr
    assert "Turn off Offline in Settings" in result.stderr
    assert catalog_hub.hub.requests == []
    assert not (data_dir / "models" / ".partial").exists()


def test_download_says_plainly_when_the_hub_cannot_be_reached(data_dir: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    partial = _partial(data_dir, GOOD)
    partial.parent.mkdir(parents=True)
    partial.write_bytes(b"\0" * 1000)  # an earlier run's part
    result = subprocess.run(
        cli_command(data_dir, "models", "download", GOOD),
        capture_output=True,
        text=True,
        timeout=120,
        env=hub_environment(f"http://127.0.0.1:{port}"),
    )
    assert result.returncode == 1
    assert "could not reach the hub" in result.stderr
    assert "1000 bytes already downloaded are kept" in result.stderr
    assert "Traceback" not in result.stderr
    assert partial.stat().st_size == 1000


def test_download_of_an_unknown_model_is_a_plain_error(run_with_hub: Runner) -> None:
    result = run_with_hub("models", "download", "no-such-model")
    assert result.returncode == 1
    assert 'The catalog has no model "no-such-model"' in result.stderr
    wrong_quant = run_with_hub("models", "download", "smollm2-135m-instruct", "--quant", "Q9")
    assert wrong_quant.returncode == 1
    assert "has no Q9 file; it has Q4_1, Q4_0" in wrong_quant.stderr


def test_progress_bar_redraws_one_line_on_a_terminal() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, interactive=True)
    mb = 1 << 20
    bar.update(DownloadProgress(0, 100 * mb, 0.0, None))
    bar.update(DownloadProgress(45 * mb, 100 * mb, 10 * mb, 5.5))
    bar.update(DownloadProgress(100 * mb, 100 * mb, 10 * mb, 0))
    bar.end()
    text = stream.getvalue()
    assert text.count("\n") == 1 and text.endswith("\n")
    frames = text.rstrip("\n").split("\r")[1:]
    assert frames[1].startswith(" 45% [==========>") and "45.0 MB / 100.0 MB" in frames[1]
    assert "10.0 MB/s" in frames[1] and "6 s left" in frames[1]
    assert frames[2].startswith("100% [========================]") and "left" not in frames[2]


# --- remove ----------------------------------------------------------------------------


@pytest.mark.slow
def test_remove_asks_first_and_yes_deletes_the_download(
    run_with_hub: Runner, data_dir: Path
) -> None:
    assert run_with_hub("models", "download", GOOD).returncode == 0
    file = _downloaded(data_dir, GOOD)
    settings = data_dir / "config" / "settings.json"
    settings.write_text(json.dumps({"task_models": {"chat": 2, "translate": 1}}), encoding="utf-8")

    kept = run_with_hub("models", "remove", "2", stdin="n\n")
    assert kept.returncode == 1
    assert "Remove SmolLM2 135M Instruct Q4_0 (93.8 MB)? The file will be deleted. [y/N]" in (
        kept.stdout
    )
    assert "Nothing was removed." in kept.stdout
    assert file.exists() and len(_models(data_dir)) == 2

    removed = run_with_hub("models", "remove", file.name, "--yes")
    assert removed.returncode == 0, removed.stderr
    assert "its file was deleted (93.8 MB freed)" in removed.stdout
    assert not file.exists() and not file.parent.exists()
    assert len(_models(data_dir)) == 1
    assert json.loads(settings.read_text(encoding="utf-8"))["task_models"] == {"translate": 1}


@pytest.mark.slow
def test_removing_an_imported_model_keeps_its_file(
    run_with_hub: Runner, data_dir: Path, default_model_path: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.gguf"
    shutil.copyfile(default_model_path, mine)
    assert run_with_hub("models", "import", str(mine), "--name", "Mine").returncode == 0
    result = run_with_hub("models", "remove", "Mine", stdin="y\n")
    assert result.returncode == 0, result.stderr
    assert "It is only taken off the list; the file is kept." in result.stdout
    assert f"the file stays where it is: {mine}" in result.stdout
    assert mine.exists() and len(_models(data_dir)) == 1


def test_the_bundled_model_cannot_be_removed(run_with_hub: Runner, data_dir: Path) -> None:
    result = run_with_hub("models", "remove", "1", "--yes")
    assert result.returncode == 1
    assert "comes with LocalChat and cannot be removed" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(_models(data_dir)) == 1
