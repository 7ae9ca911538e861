"""PrivacyService: the gate's hook fills the ledger from any thread; the sentence; offline."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QThread

from localchat.errors import UserFacingError
from localchat.network import OFFLINE_MESSAGE, NetworkGate
from localchat.services.privacy import PrivacyService, describe, format_moment
from localchat.storage import Database, LedgerRepository, LedgerTotal, ModelInstall, ModelRepository

INSTALLED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
SMOL = ModelInstall(1, "SmolLM2 135M Instruct", INSTALLED)


def _install(db: Database, name: str = "SmolLM2 135M Instruct") -> str:
    model = ModelRepository(db).add(
        name=name,
        path=f"/models/{name}.gguf",
        source="bundled",
        size_bytes=1,
        architecture="llama",
        engine="llama_cpp",
        context_length=8,
    )
    return format_moment(model.added_at)


def test_the_gate_hook_writes_the_ledger_and_signals(qtbot, privacy, gate: NetworkGate) -> None:
    with qtbot.waitSignal(privacy.recorded) as blocker:
        gate.record("huggingface.co", "download", 1234)
    (entry,) = privacy.entries(10)
    assert (entry.host, entry.purpose, entry.nbytes) == ("huggingface.co", "download", 1234)
    assert blocker.args == [entry]


def test_record_from_a_download_thread_is_delivered_on_the_gui_thread(qtbot, qapp, privacy):
    seen: list[bool] = []
    privacy.recorded.connect(lambda _entry: seen.append(QThread.currentThread() is qapp.thread()))
    worker = threading.Thread(target=privacy.record, args=("huggingface.co", "download", 5))
    with qtbot.waitSignal(privacy.recorded):
        worker.start()
        worker.join(5)
    assert seen == [True]
    assert len(privacy.entries(10)) == 1


def test_no_install_and_no_request() -> None:
    assert describe([], None) == "No connection so far."


def test_sentence_after_an_install_with_nothing_sent(privacy: PrivacyService, db: Database) -> None:
    day = _install(db)
    assert privacy.summary_sentence() == (
        f"No connection since you installed SmolLM2 135M Instruct on {day}."
    )
    assert privacy.count_since_install() == 0


def test_requests_before_the_install_do_not_count(privacy, db, ledger: LedgerRepository) -> None:
    ledger.record("huggingface.co", "download", 99, at=datetime(2020, 1, 1, tzinfo=UTC))
    day = _install(db)
    assert privacy.summary_sentence().startswith("No connection since you installed")
    assert day in privacy.summary_sentence()
    assert len(privacy.entries(10)) == 1  # the table still shows it


def test_sentence_counts_bytes_per_host_and_purpose(privacy, db, ledger: LedgerRepository) -> None:
    day = _install(db)
    later = datetime.now(UTC) + timedelta(seconds=1)
    for size in (6_000_000, 6_000_000, 1_002_000):
        ledger.record("huggingface.co", "download", size, at=later)
    assert privacy.summary_sentence() == (
        f"3 connections (12.4 MB) since you installed SmolLM2 135M Instruct on {day}, "
        "all to huggingface.co for downloads you asked for."
    )
    assert privacy.count_since_install() == 3


def test_sentence_for_mixed_hosts_names_each() -> None:
    totals = [
        LedgerTotal("huggingface.co", "download", 2, 2048),
        LedgerTotal("huggingface.co", "download-metadata", 1, 0),
        LedgerTotal("gpu-box.example.org", "remote-chat", 1, 1024),
    ]
    sentence = describe(totals, SMOL)
    assert sentence.startswith("4 connections (3.0 KB) since you installed SmolLM2 135M Instruct")
    assert sentence.endswith(
        ": 3 to huggingface.co for downloads you asked for "
        "and 1 to gpu-box.example.org for chats with your team server."
    )
    one = describe([LedgerTotal("huggingface.co", "hub-search", 1, 10)], None)
    assert one == (
        "1 connection (10 bytes) so far, all to huggingface.co for searches you asked for."
    )


def test_offline_switch_closes_the_gate_and_is_saved(qtbot, privacy, gate, saved) -> None:
    assert privacy.offline is False
    with qtbot.waitSignal(privacy.offline_changed) as blocker:
        privacy.offline = True
    assert blocker.args == [True]
    assert gate.offline is True
    assert saved == [True]
    with pytest.raises(UserFacingError, match=OFFLINE_MESSAGE):
        gate.check("download", "https://huggingface.co/x")
    with qtbot.assertNotEmitted(privacy.offline_changed, wait=10):
        privacy.offline = True  # unchanged: not saved again
    assert saved == [True]
    privacy.offline = False
    assert (gate.offline, saved) == (False, [True, False])
