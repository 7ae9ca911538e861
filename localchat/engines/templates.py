"""Chat prompts rendered from the model's own template, in a sandboxed Jinja environment.

Templates come from model files, which come from strangers: rendering happens in
``ImmutableSandboxedEnvironment`` so a hostile template cannot reach Python internals, and
within a time limit so one cannot loop for hours.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from types import FrameType
from typing import Any

from jinja2 import TemplateError
from jinja2.runtime import Context, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from localchat.engines.base import ChatMessage
from localchat.errors import UserFacingError
from localchat.i18n import number, translate

FALLBACK_TEMPLATE_DOC = """\
Models without a chat template get a plain transcript:

    System: <system prompt>

    User: <message>

    Assistant: <answer>

ending with "Assistant:" so the model continues as the assistant; generation stops at
the next "\\nUser:" line."""

FALLBACK_STOP = ("\nUser:", "\nSystem:")
MAX_REPEAT = 1_000_000  # longest string or list a template may build with "*"
MAX_EXPONENT = 1_000
RENDER_SECONDS = 1.0  # real templates render in well under 10 ms


def _raise_exception(message: str) -> None:
    raise TemplateError(message)


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


class _StrictSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, but an unsafe attribute fails at once instead of rendering "".

    Jinja's sandbox turns ``x.__class__`` into an empty Undefined, so a probing template
    renders quietly; here it is refused. ``*`` and ``**`` are limited so a template
    cannot build a string of gigabytes or a number of millions of digits.
    """

    intercepted_binops = frozenset({"*", "**"})

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        """Refuse access to an attribute the sandbox considers unsafe."""
        raise SecurityError(f"access to {attribute!r} of a {type(obj).__name__} is not allowed")

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """Refuse a repetition or power whose result would be huge."""
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                if isinstance(sequence, str | list | tuple) and isinstance(times, int):
                    if len(sequence) * times > MAX_REPEAT:
                        raise SecurityError("the template builds a string that is too long")
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_EXPONENT:
            raise SecurityError("the template computes a number that is too large")
        return super().call_binop(context, operator, left, right)


@lru_cache(maxsize=8)
def _compile(template: str):  # noqa: ANN202 - jinja2 Template
    env = _StrictSandbox(trim_blocks=True, lstrip_blocks=True)
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    return env.from_string(template)


class TemplateTimeout(Exception):
    """A template ran past its time limit."""


def render_within(compiled: Any, seconds: float, **context: Any) -> str:
    """Render, giving up after ``seconds``.

    A compiled Jinja template is Python code, so a trace function on this thread sees
    every line it runs (a loop's every turn) and can end it there. A thread cannot be
    stopped from outside, and a signal works only on the main thread of one platform.
    """
    deadline = time.monotonic() + seconds

    def check(_frame: FrameType, _event: str, _arg: object) -> object:
        if time.monotonic() > deadline:
            raise TemplateTimeout(f"the template ran for more than {seconds:g} s")
        return check

    previous = sys.gettrace()
    sys.settrace(check)  # type: ignore[arg-type]
    try:
        return str(compiled.render(**context))
    finally:
        sys.settrace(previous)


def render_with_template(
    template: str,
    messages: Sequence[ChatMessage],
    bos_token: str = "",
    eos_token: str = "",
    seconds: float = RENDER_SECONDS,
) -> str:
    """Render messages the way transformers' ``apply_chat_template`` does."""
    try:
        compiled = _compile(template)
        return render_within(
            compiled,
            seconds,
            messages=[{"role": m.role, "content": m.content} for m in messages],
            add_generation_prompt=True,
            bos_token=bos_token,
            eos_token=eos_token,
            # Qwen3 and SmolLM3 templates read this: without it the model writes its
            # reasoning (<think>...</think>) first, into the chat, summary or translation.
            enable_thinking=False,
        )
    except TemplateTimeout as exc:
        decimals = len(f"{seconds:g}".partition(".")[2])
        raise UserFacingError(
            translate(
                "EngineErrors",
                "This model's chat template could not be used: it ran for more than "
                "{seconds} s without finishing.",
            ).format(seconds=number(seconds, decimals)),
            translate(
                "EngineErrors", "Use another model, or a version of this one from a trusted source."
            ),
        ) from exc
    except (SecurityError, RecursionError, MemoryError, OverflowError) as exc:
        # OverflowError: the sandbox's range() limit; the others: templates built to exhaust.
        raise UserFacingError(
            translate(
                "EngineErrors",
                "This model's chat template tried to do something unsafe and was blocked.",
            ),
            translate("EngineErrors", "Use a model from a trusted source."),
        ) from exc
    except TemplateError as exc:
        raise UserFacingError(
            translate(
                "EngineErrors", "This model's chat template could not be used ({reason})."
            ).format(reason=exc),
            translate("EngineErrors", "Try another model, or a different version of this one."),
        ) from exc


def render_fallback(messages: Sequence[ChatMessage]) -> str:
    """A plain transcript for models with no template (see FALLBACK_TEMPLATE_DOC)."""
    names = {"system": "System", "user": "User", "assistant": "Assistant"}
    parts = [f"{names[m.role]}: {m.content.strip()}" for m in messages]
    parts.append("Assistant:")
    return "\n\n".join(parts)


def render_chat(
    messages: Sequence[ChatMessage],
    template: str | None,
    bos_token: str = "",
    eos_token: str = "",
) -> tuple[str, tuple[str, ...]]:
    """The prompt for a conversation, and extra stop strings it needs."""
    if template:
        return render_with_template(template, messages, bos_token, eos_token), ()
    return render_fallback(messages), FALLBACK_STOP
