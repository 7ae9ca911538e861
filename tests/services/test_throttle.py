"""The one throttle: at most one send per interval, the first value at once, joined per key."""

from __future__ import annotations

from localchat.services.throttle import Throttle, latest


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def text_throttle(clock: Clock, sent: list) -> Throttle:
    return Throttle(lambda key, text: sent.append((key, text)), 0.03, "".join, clock)


def test_the_first_value_goes_out_at_once_then_at_most_one_send_per_interval() -> None:
    clock, sent = Clock(), []
    throttle = text_throttle(clock, sent)
    for step, piece in enumerate("abcdefg"):
        clock.now = 100.0 + step * 0.01  # a piece every 10 ms
        throttle.add(None, piece)
    # a at once; b, c held; d at 30 ms with them; e, f held; g at 60 ms with them
    assert sent == [(None, "a"), (None, "bcd"), (None, "efg")]


def test_flush_sends_what_is_held_and_nothing_when_nothing_is() -> None:
    clock, sent = Clock(), []
    throttle = text_throttle(clock, sent)
    throttle.add(None, "a")
    throttle.add(None, "b")
    throttle.add(None, "c")
    assert sent == [(None, "a")]
    throttle.flush()
    throttle.flush()
    assert sent == [(None, "a"), (None, "bc")]


def test_a_flush_starts_a_new_interval() -> None:
    clock, sent = Clock(), []
    throttle = text_throttle(clock, sent)
    throttle.add(None, "a")
    clock.now += 0.05
    throttle.flush()  # nothing held, yet the interval starts again
    throttle.add(None, "b")
    assert sent == [(None, "a")]
    clock.now += 0.03
    throttle.add(None, "c")
    assert sent == [(None, "a"), (None, "bc")]


def test_a_new_key_sends_what_the_last_one_held_and_waits_an_interval() -> None:
    clock, sent = Clock(), []
    throttle = text_throttle(clock, sent)
    throttle.add(0, "a")  # a new key: its first piece waits for the interval
    throttle.add(0, "b")
    throttle.add(1, "c")  # 0's pieces go out joined, never mixed with 1's
    assert sent == [(0, "ab")]
    clock.now += 0.02
    throttle.add(1, "d")
    clock.now += 0.01
    throttle.add(1, "e")
    assert sent == [(0, "ab"), (1, "cde")]
    throttle.add(2, "f")
    throttle.flush()
    assert sent == [(0, "ab"), (1, "cde"), (2, "f")]


def test_a_final_value_always_goes_out() -> None:
    clock, sent = Clock(), []
    throttle = text_throttle(clock, sent)
    throttle.add(None, "a")
    throttle.add(None, "b")
    throttle.add(None, "c", final=True)
    assert sent == [(None, "a"), (None, "bc")]


def test_latest_keeps_only_the_newest_value() -> None:
    clock, sent = Clock(), []
    throttle: Throttle[None, float] = Throttle(
        lambda _key, value: sent.append(value), 0.05, latest, clock
    )
    for step, fraction in enumerate([0.1, 0.2, 0.3, 0.4, 0.5]):
        clock.now = 100.0 + step * 0.03  # a value every 30 ms
        throttle.add(None, fraction, final=fraction >= 0.5)
    assert sent == [0.1, 0.3, 0.5]  # the first, the newest after 60 ms, the final one
