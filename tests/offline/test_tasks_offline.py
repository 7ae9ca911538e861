"""Chat, summarize and translate on the real default model make not one network call."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TASKS = """
import sys, threading
from pathlib import Path

from localchat.documents import read_pasted_text
from localchat.engines.base import ChatMessage, LoadOptions, SamplingParams
from localchat.engines.factory import open_engine
from localchat.tasks.job_support import JobContext
from localchat.tasks.summarize import SummaryJob, SummaryOptions
from localchat.tasks.translate import TranslateJob, TranslateOptions

engine = open_engine(Path(sys.argv[2]), LoadOptions(context_length=1024, threads=1))
tiny = SamplingParams(temperature=0.0, max_tokens=8)
answer = "".join(
    engine.stream_chat([ChatMessage("user", "Name three fruits.")], tiny, threading.Event())
)
assert answer.strip(), "no chat answer"
print("chat:", answer.strip().replace("\\n", " "))

text = "The council met to discuss the new library.\\n\\nThe budget is two million euros."
summary = SummaryJob(
    JobContext(engine, params=SamplingParams(max_tokens=16)),
    read_pasted_text(text),
    SummaryOptions("short"),
).run()
assert summary.status == "finished" and summary.text.strip(), summary
print("summary:", summary.text.strip().replace("\\n", " "))

translation = TranslateJob(
    JobContext(engine, params=SamplingParams(temperature=0.0, max_tokens=16)),
    read_pasted_text("Good morning, Ada."),
    TranslateOptions("en", "fr", ("Ada",)),
).run()
assert translation.status == "finished" and translation.text.strip(), translation
print("translation:", translation.text.strip().replace("\\n", " "))
engine.close()
"""

MAIN = "from localchat.__main__ import main\nsys.exit(main(sys.argv[2:]))\n"
REPORT = (
    "# Library\n\nThe council met to discuss the new library.\n\nThe budget is two million euros.\n"
)


def test_core_chat_summarize_translate_make_no_network_call(run_audited, default_model_path):
    result = run_audited(TASKS, str(default_model_path))
    assert result.returncode == 0, result.explain()
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [
        "chat",
        "summary",
        "translation",
    ]
    assert result.network == [], result.explain()  # not a connection, not a DNS lookup


@pytest.mark.parametrize(
    "command",
    [
        ["chat", "-p", "Name three fruits.", "--max-tokens", "8"],
        ["summarize", "--length", "short", "REPORT"],
        ["translate", "--from", "en", "--to", "fr", "REPORT"],
    ],
    ids=["chat", "summarize", "translate"],
)
def test_cli_commands_make_no_network_call(
    run_audited, offline_data_dir: Path, tmp_path: Path, command: list[str]
) -> None:
    report = tmp_path / "report.md"
    report.write_text(REPORT, encoding="utf-8")
    args = [str(report) if arg == "REPORT" else arg for arg in command]
    result = run_audited(MAIN, "--data-dir", str(offline_data_dir), *args)
    assert result.returncode == 0, result.explain()
    assert result.stdout.strip()
    assert result.network == [], result.explain()


def test_the_audit_hook_does_catch_a_connection(run_audited) -> None:
    """The control: without it, an empty log could mean a hook that sees nothing."""
    probe = """
    import socket
    for attempt in (
        lambda: socket.getaddrinfo("huggingface.co", 443),
        lambda: socket.socket().connect(("192.0.2.1", 80)),
    ):
        try:
            attempt()
        except PermissionError:
            print("refused")
    """
    result = run_audited(probe)
    assert result.returncode == 0, result.explain()
    assert result.stdout.split() == ["refused", "refused"], result.explain()
    assert result.network == [
        "socket.getaddrinfo 'huggingface.co'",
        "socket.connect ('192.0.2.1', 80)",
    ]
