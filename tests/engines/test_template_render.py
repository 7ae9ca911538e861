"""How a model's own chat template is rendered: the switches LocalChat sets."""

from __future__ import annotations

from localchat.engines.base import ChatMessage
from localchat.engines.templates import render_with_template


def test_templates_that_can_think_are_told_not_to() -> None:
    # The switch as Qwen3's own template writes it: an empty think block when it is off.
    qwen3_style = (
        "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
        "{% if add_generation_prompt %}<|im_start|>assistant\n"
        "{% if enable_thinking is defined and enable_thinking is false %}"
        "<think>\n\n</think>\n\n{% endif %}{% endif %}"
    )
    prompt = render_with_template(qwen3_style, [ChatMessage("user", "Hi")])
    assert prompt.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
