"""Which model architectures each engine can run, known before anything is downloaded.

llama-cpp-python has no call that lists the architectures its llama.cpp build knows, so
the list is kept here: architectures (GGUF ``general.architecture`` values) supported by
llama.cpp since about b4000 (late 2024), which every llama-cpp-python LocalChat accepts has.
GGML-era files are served by ctransformers, which names them by model type.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from localchat.catalog.catalog import CatalogModel
from localchat.i18n import translate

LLAMA_CPP_ARCHITECTURES = frozenset(
    {
        "llama",
        "mistral",
        "qwen",
        "qwen2",
        "qwen2moe",
        "qwen3",
        "qwen3moe",
        "gemma",
        "gemma2",
        "gemma3",
        "phi2",
        "phi3",
        "gpt2",
        "gptneox",
        "starcoder",
        "starcoder2",
        "stablelm",
        "falcon",
        "mpt",
        "bloom",
        "refact",
        "baichuan",
        "internlm2",
        "minicpm",
        "olmo",
        "olmo2",
        "granite",
        "deepseek",
        "deepseek2",
        "command-r",
        "exaone",
        "chatglm",
        "orion",
        "nemotron",
        "smollm3",
    }
)
CTRANSFORMERS_MODEL_TYPES = frozenset(
    {"gpt2", "gptj", "gpt_neox", "dolly-v2", "mpt", "falcon", "starcoder", "gpt_bigcode", "replit"}
)
ENCODER_ARCHITECTURES = frozenset(
    {"bert", "distilbert", "roberta", "nomic-bert", "jina-bert-v2", "t5encoder"}
)


class Support(enum.Enum):
    """Whether this LocalChat can run a model."""

    SUPPORTED = "supported"
    CANNOT_CHAT = "cannot chat"
    UNSUPPORTED = "unsupported"


@dataclass(frozen=True)
class SupportCheck:
    """The verdict for one model, with a sentence for the user when it is not supported."""

    support: Support
    engine: str | None
    reason: str = ""

    @property
    def runnable(self) -> bool:
        """True when the model can be downloaded and used for chat."""
        return self.support is Support.SUPPORTED


def supported_architectures(engine: str = "llama.cpp") -> frozenset[str]:
    """Architectures (or, for ctransformers, model types) an engine can load."""
    if engine == "llama.cpp":
        return LLAMA_CPP_ARCHITECTURES
    if engine == "ctransformers":
        return CTRANSFORMERS_MODEL_TYPES
    return frozenset()


def check_support(
    model: CatalogModel,
    ctransformers_available: bool = True,
    llama_cpp_architectures: frozenset[str] = LLAMA_CPP_ARCHITECTURES,
) -> SupportCheck:
    """Say whether this LocalChat can run a catalog model, before its file is downloaded."""
    if model.kind == "encoder" or model.architecture in ENCODER_ARCHITECTURES:
        return SupportCheck(
            Support.CANNOT_CHAT,
            None,
            translate(
                "Support", "{name} is an encoder model: it reads text but cannot write answers."
            ).format(name=model.name),
        )
    if model.engine == "ctransformers":
        types = {variant.model_type or model.architecture for variant in model.variants}
        if not ctransformers_available:
            return SupportCheck(
                Support.UNSUPPORTED,
                "ctransformers",
                translate(
                    "Support", "{name} needs the ctransformers engine, which is not installed."
                ).format(name=model.name),
            )
        if types <= CTRANSFORMERS_MODEL_TYPES:
            return SupportCheck(Support.SUPPORTED, "ctransformers")
        return SupportCheck(
            Support.UNSUPPORTED,
            "ctransformers",
            translate(
                "Support", 'The ctransformers engine cannot run the "{architecture}" architecture.'
            ).format(architecture=model.architecture),
        )
    if model.architecture in llama_cpp_architectures:
        return SupportCheck(Support.SUPPORTED, "llama.cpp")
    return SupportCheck(
        Support.UNSUPPORTED,
        "llama.cpp",
        translate(
            "Support",
            'This version of the llama.cpp engine cannot run the "{architecture}" '
            "architecture of this model.",
        ).format(architecture=model.architecture),
    )
