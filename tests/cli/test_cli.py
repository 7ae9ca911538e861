"""The command line end to end, in a subprocess, on a temp --data-dir and the real model."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

NETWORK_AUDIT = """
import socket, sys
log = open(sys.argv[1], "w")
def hook(event, args):
    if event in ("socket.connect", "socket.sendto"):
        address = args[1]
        log.write(f"{event} {address!r}\\n"); log.flush()
        host = address[0] if isinstance(address, tuple) else str(address)
        if host not in ("127.0.0.1", "::1", "localhost") and not str(host).startswith("/"):
            raise PermissionError(f"network access to {host} is not allowed")
    elif event == "socket.getaddrinfo":
        log.write(f"{event} {args[0]!r}\\n"); log.flush()
sys.addaudithook(hook)
from localchat.__main__ import main
sys.exit(main(sys.argv[2:]))
"""


def run_localchat(
    data_dir: Path, *args: str, stdin: str | None = None, timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "localchat", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.slow
def test_one_question_prints_a_streamed_answer_and_stores_it(data_dir: Path) -> None:
    # Greedy, so that the answer is the same every run (sampled, it was once "1. Bananas").
    result = run_localchat(
        data_dir, "chat", "-p", "Name three fruits.", "--max-tokens", "30", "--temperature", "0"
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip()) > 10
    with sqlite3.connect(data_dir / "localchat.db") as db:
        rows = db.execute("SELECT role, status, text FROM messages ORDER BY id").fetchall()
    assert [(role, status) for role, status, _ in rows] == [
        ("user", "complete"),
        ("assistant", "complete"),
    ]
    assert rows[1][2] == result.stdout.strip()


@pytest.mark.slow
def test_interactive_chat_remembers_and_continues_a_conversation(data_dir: Path) -> None:
    first = run_localchat(
        data_dir, "chat", "--max-tokens", "12", stdin="My name is Ada.\nWhat is my name?\n/quit\n"
    )
    assert first.returncode == 0, first.stderr
    assert "Conversation #1" in first.stdout
    assert first.stdout.count("You: ") == 3
    again = run_localchat(
        data_dir, "chat", "--conversation", "1", "--max-tokens", "8", stdin="Thanks!\n"
    )
    assert again.returncode == 0, again.stderr
    assert "You: My name is Ada." in again.stdout  # the stored history is shown
    with sqlite3.connect(data_dir / "localchat.db") as db:
        count = db.execute("SELECT count(*) FROM messages WHERE conversation_id = 1").fetchone()
    assert count == (6,)


def test_unknown_conversation_is_a_plain_error(data_dir: Path) -> None:
    result = run_localchat(data_dir, "chat", "--conversation", "42", "-p", "hi")
    assert result.returncode == 1
    assert "There is no conversation #42" in result.stderr
    assert "Traceback" not in result.stderr


def test_models_list_shows_the_bundled_default(data_dir: Path) -> None:
    result = run_localchat(data_dir, "models", "list")
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if "SmolLM2" in line)
    for column in ("llama", "Q4_1", "93.8 MB", "8192", "llama_cpp", "(default)"):
        assert column in line


@pytest.mark.slow
def test_models_import_adds_a_second_model(data_dir: Path, gemma_model_path: Path) -> None:
    result = run_localchat(data_dir, "models", "import", str(gemma_model_path))
    assert result.returncode == 0, result.stderr
    listing = run_localchat(data_dir, "models", "list").stdout
    assert "gemma3" in listing and "Q4_K_M" in listing


def test_importing_a_png_is_refused_plainly(data_dir: Path, tmp_path: Path) -> None:
    fake = tmp_path / "cat.gguf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    result = run_localchat(data_dir, "models", "import", str(fake))
    assert result.returncode == 1
    assert "PNG image, not a language model" in result.stderr


@pytest.mark.slow
def test_doctor_reports_the_machine_and_a_speed(data_dir: Path) -> None:
    result = run_localchat(data_dir, "doctor")
    assert result.returncode == 0, result.stderr
    for label in ("Memory:", "Cores:", "Features:", "GPU:", "GPU offload", "Disk free:"):
        assert label in result.stdout
    assert "tokens/s" in result.stdout
    assert "All good." in result.stdout


def test_everything_goes_under_the_data_dir(data_dir: Path) -> None:
    run_localchat(data_dir, "models", "list")
    assert (data_dir / "localchat.db").is_file()
    assert (data_dir / "logs" / "localchat.log").is_file()
    assert (data_dir / "models").is_dir()
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    assert ((data_dir / "localchat.db").stat().st_mode & 0o777) == 0o600


@pytest.mark.slow
def test_chat_opens_no_network_connection(data_dir: Path, tmp_path: Path) -> None:
    log = tmp_path / "network.log"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            NETWORK_AUDIT,
            str(log),
            "--data-dir",
            str(data_dir),
            "chat",
            "-p",
            "Name three fruits.",
            "--max-tokens",
            "8",
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert log.read_text() == ""  # not one connection or name lookup, loopback included


@pytest.mark.parametrize("args", [["chat", "-p", "   "]])
def test_empty_prompt_is_a_plain_error(data_dir: Path, args: list[str]) -> None:
    result = run_localchat(data_dir, *args)
    assert result.returncode == 1
    assert "The message is empty" in result.stderr
