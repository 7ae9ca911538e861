"""Threads that fit the moment: the choice from cores, other programs' load and the battery."""

from __future__ import annotations

from localchat.engines.threads import ThreadPicker, threads_for


def test_automatic_leaves_the_cores_others_use() -> None:
    assert threads_for("automatic", 2, 0.0, battery=False) == 2
    assert threads_for("automatic", 2, 0.2, battery=False) == 2  # a little background work
    assert threads_for("automatic", 2, 1.0, battery=False) == 1
    assert threads_for("automatic", 2, 4.0, battery=False) == 1  # never fewer than one
    assert threads_for("automatic", 8, 2.0, battery=False) == 6


def test_battery_halves_the_threads_in_automatic_only() -> None:
    assert threads_for("automatic", 8, 0.0, battery=True) == 4
    assert threads_for("automatic", 1, 0.0, battery=True) == 1
    assert threads_for("fastest", 8, 3.0, battery=True) == 8
    assert threads_for("quietest", 8, 0.0, battery=False) == 1


def test_a_thread_count_from_the_settings_wins() -> None:
    assert ThreadPicker("quietest", fixed=3).pick() == 3
    picker = ThreadPicker("automatic")
    assert 1 <= picker.pick() <= picker.cores
