"""The right installed model for each task, and a plain sentence when a choice fits poorly.

Every front end asks here: the Chat, Summarize and Translate panes, the first-start
welcome and the command line. What a model is good at comes from the catalog (``kind``,
``good_at``, ``languages``); a file the catalog does not list is judged by its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from localchat.i18n import number, translate
from localchat.model_location import installed_files, local_path
from localchat.tasks.languages import language_name

# The catalog and its estimates are imported by the functions that need them: the window
# asks for a pane's model before its first frame, when the catalog is not read yet.
if TYPE_CHECKING:
    from localchat.catalog.catalog import Catalog, CatalogModel, CatalogVariant
    from localchat.catalog.fit import Assessment
    from localchat.storage import InstalledModel

TASKS = ("chat", "summarize", "translate")

# A document this many times longer than what the model reads at once is summarized in so
# many parts that the summary loses how they connect.
FAR_LONGER = 4
TOKENS_PER_WORD = 1.33
_CHAT_NAME = re.compile(r"instruct|chat|[-_.]it\b|[-_.]it[-_.]|assistant", re.I)
_ENCODER_NAME = re.compile(r"bert|embed|minilm|e5[-_]|bge[-_]", re.I)


@dataclass(frozen=True)
class ModelTraits:
    """What is known about an installed model, from the catalog or guessed from its name."""

    name: str
    kind: str  # "chat", "base", "encoder" or "unknown"
    good_at: tuple[str, ...]
    languages: tuple[str, ...] | None  # None: not known
    parameters: int
    catalog_entry: tuple[CatalogModel, CatalogVariant] | None


def short_name(model: InstalledModel, entry: tuple[CatalogModel, CatalogVariant] | None) -> str:
    """The catalog's name for a model (e.g. 'SmolLM2 135M Instruct'), else its own name."""
    return entry[0].name if entry else model.name


def traits(model: InstalledModel, catalog: Catalog | None) -> ModelTraits:
    """What LocalChat knows about an installed model."""
    file = local_path(model)
    file_name = file.name if file is not None else ""  # a server's model has no file
    entry = None
    if catalog is not None:
        entry = catalog.find_file(model.source_file or "") or catalog.find_file(file_name)
    if entry is not None:
        found, _variant = entry
        return ModelTraits(
            found.name, found.kind, found.good_at, found.languages, found.parameters, entry
        )
    label = f"{model.name} {file_name}"
    if _ENCODER_NAME.search(label):
        kind = "encoder"
    elif model.engine == "remote" or _CHAT_NAME.search(label):
        kind = "chat"
    else:
        kind = "unknown"
    return ModelTraits(model.name, kind, (), None, model.size_bytes, None)


def _rank(task: str, item: ModelTraits, model: InstalledModel) -> tuple[int, int, int, int, int]:
    kind_rank = {"chat": 3, "unknown": 2, "base": 1}.get(item.kind, 0)
    local = 0 if model.engine == "remote" else 1  # a server is picked only by the user
    good = 1 if task in item.good_at else 0
    languages = len(item.languages or ()) if task == "translate" else 0
    return (local, kind_rank, good, languages, item.parameters)


def choose_for_task(
    task: str,
    installed: Sequence[InstalledModel],
    catalog: Catalog | None,
    remembered_id: int | None = None,
) -> InstalledModel | None:
    """The model a pane starts with: the user's own choice for it, else the best installed.

    Best: an instruction model the catalog says is good at the task, then (for
    translation) the one that knows the most languages, then the largest. Encoder models
    are never picked, and base models never for chat.
    """
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}")
    for model in installed:
        if model.id == remembered_id:
            return model
    candidates = []
    for model in installed:
        item = traits(model, catalog)
        if item.kind == "encoder" or (task == "chat" and item.kind == "base"):
            continue
        candidates.append((_rank(task, item, model), model))
    if not candidates:
        return None
    return max(candidates, key=lambda pair: pair[0])[1]


def _and_list(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C': a list in the user's language."""
    if len(items) == 1:
        return items[0]
    separator = translate("ModelChoice", ", ", "between the items of a list")
    return translate("ModelChoice", "{items} and {last}").format(
        items=separator.join(items[:-1]), last=items[-1]
    )


def _languages_phrase(codes: Iterable[str]) -> str:
    names = [language_name(code) for code in codes]
    if len(names) == 1:
        return translate("ModelChoice", "only {language}").format(language=names[0])
    if len(names) <= 4:
        return _and_list(names)
    separator = translate("ModelChoice", ", ", "between the items of a list")
    others = len(names) - 3  # a plain name: lupdate keeps a count only as one
    return translate("ModelChoice", "{languages} and %n other language(s)", None, others).format(
        languages=separator.join(names[:3])
    )


def _kind_problem(item: ModelTraits, task: str) -> str | None:
    """An encoder or base model cannot do a document job (summarize, translate)."""
    if item.kind == "encoder" and task == "translate":
        return translate(
            "ModelChoice", "{name} cannot write text, so it cannot translate. Choose another model."
        ).format(name=item.name)
    if item.kind == "encoder":
        return translate(
            "ModelChoice", "{name} cannot write text, so it cannot summarize. Choose another model."
        ).format(name=item.name)
    if item.kind == "base" and task == "translate":
        return translate(
            "ModelChoice",
            "{name} is a base model: it continues text rather than following instructions, "
            "so this translation will be poor.",
        ).format(name=item.name)
    if item.kind == "base":
        return translate(
            "ModelChoice",
            "{name} is a base model: it continues text rather than following instructions, "
            "so its summary will be poor.",
        ).format(name=item.name)
    return None


def translate_problem(item: ModelTraits, source: str | None, target: str) -> str | None:
    """Why this model would translate poorly between these languages, or None."""
    problem = _kind_problem(item, "translate")
    if problem is not None:
        return problem
    wanted = [code for code in (source, target) if code]
    if item.languages is None:
        if all(code == "en" for code in wanted):
            return None
        return translate(
            "ModelChoice",
            "LocalChat does not know which languages {name} knows, so check this "
            "translation carefully.",
        ).format(name=item.name)
    missing = [code for code in dict.fromkeys(wanted) if code not in item.languages]
    if not missing:
        return None
    knows = _languages_phrase(item.languages)
    if len(item.languages) == 1:
        text = translate(
            "ModelChoice", "{name} knows {languages}, so this translation will be poor."
        )
        return text.format(name=item.name, languages=knows)
    lacking = language_name(missing[0])
    if len(missing) > 1:  # at most two: the source and the target
        lacking = translate("ModelChoice", "{first} or {second}").format(
            first=lacking, second=language_name(missing[1])
        )
    return translate(
        "ModelChoice",
        "{name} knows {languages}, but not {missing}, so this translation will be poor.",
    ).format(name=item.name, languages=knows, missing=lacking)


def summarize_problem(item: ModelTraits, document_words: int, context_tokens: int) -> str | None:
    """Why this model would summarize this document poorly, or None."""
    problem = _kind_problem(item, "summarize")
    if problem is not None:
        return problem
    document_tokens = document_words * TOKENS_PER_WORD
    if context_tokens <= 0 or document_tokens <= FAR_LONGER * context_tokens:
        return None
    reads = round(context_tokens / TOKENS_PER_WORD, -2)
    parts = max(2, round(document_tokens / (context_tokens * 0.6)))
    return translate(
        "ModelChoice",
        "This document is about {words} words, far more than {name} reads at once (about "
        "{reads}), so it is summarized in about {parts} parts and the summary may miss how "
        "they connect.",
    ).format(words=number(document_words), name=item.name, reads=number(reads), parts=number(parts))


def chat_problem(item: ModelTraits) -> str | None:
    """Why this model is a poor choice for chatting, or None."""
    if item.kind == "encoder":
        return translate(
            "ModelChoice",
            "{name} turns text into numbers for search; it cannot write answers. "
            "Choose another model to chat with.",
        ).format(name=item.name)
    if item.kind == "base":
        return translate(
            "ModelChoice",
            "{name} is a base model: it continues text instead of answering, so its "
            "replies will ramble. Choose an instruction model to chat with.",
        ).format(name=item.name)
    return None


@dataclass(frozen=True)
class Suggestion:
    """A better model for a task: an installed one to switch to, or one to download."""

    assessment: Assessment
    installed: InstalledModel | None

    @property
    def name(self) -> str:
        """The catalog's name, e.g. 'Gemma 3 4B Instruct'."""
        return self.assessment.model.name

    @property
    def download_size(self) -> str:
        """E.g. '2.3 GB'."""
        from localchat.hardware import human_bytes

        return human_bytes(self.assessment.variant.size)

    def sentence(self, task: str) -> str:
        """E.g. 'Gemma 3 4B Instruct translates this.'."""
        if self.installed:
            sentences = {
                "chat": translate(
                    "ModelChoice", "{name} chats well. It is installed: choose it above."
                ),
                "summarize": translate(
                    "ModelChoice", "{name} summarizes this. It is installed: choose it above."
                ),
                "translate": translate(
                    "ModelChoice", "{name} translates this. It is installed: choose it above."
                ),
            }
        else:
            sentences = {
                "chat": translate("ModelChoice", "{name} chats well."),
                "summarize": translate("ModelChoice", "{name} summarizes this."),
                "translate": translate("ModelChoice", "{name} translates this."),
            }
        return sentences[task].format(name=self.name)


def suggest(
    task: str,
    assessments: Iterable[Assessment],
    installed: Sequence[InstalledModel],
    *,
    languages: Sequence[str] = (),
    min_context: int = 0,
    exclude_file: str | None = None,
) -> Suggestion | None:
    """The model to suggest instead: the task's pick among those that know ``languages``.

    ``min_context`` asks for a model that reads at least that many tokens at once; when
    none does, the pick ignores it. ``exclude_file`` is the model already chosen.
    """
    from localchat.catalog.fit import recommend

    wanted = {code for code in languages if code}
    pool = [
        item
        for item in assessments
        if wanted <= set(item.model.languages) and item.variant.file != exclude_file
    ]
    roomy = [item for item in pool if item.model.context_length >= min_context]
    pick = recommend(roomy, task) or recommend(pool, task)
    if pick is None:
        return None
    by_file = installed_files(installed)
    by_file.update({model.source_file: model for model in installed if model.source_file})
    return Suggestion(pick, by_file.get(pick.variant.file))


def abilities(item: ModelTraits) -> str:
    """What a model is good and poor at, in plain words (the welcome says it of the default).

    E.g. 'SmolLM2 135M Instruct is good for quick chats and summaries of short texts, in
    English only. It translates poorly and often gets facts wrong.'
    """
    small = 0 < item.parameters < 1_000_000_000
    # The lists' items are phrases a translator words to fit the sentences around them.
    jobs = {
        "chat": translate("ModelChoice", "quick chats")
        if small
        else translate("ModelChoice", "chats"),
        "summarize": translate("ModelChoice", "summaries of short texts")
        if small
        else translate("ModelChoice", "summaries"),
        "translate": translate("ModelChoice", "translation"),
    }
    good = [jobs[task] for task in TASKS if task in item.good_at]
    if not good:
        return translate(
            "ModelChoice", "{name} is not made for chats, summaries or translation."
        ).format(name=item.name)
    if item.languages is not None and len(item.languages) == 1:
        text = translate("ModelChoice", "{name} is good for {jobs}, in {language} only.")
    else:
        text = translate("ModelChoice", "{name} is good for {jobs}.")
    sentences = [
        text.format(
            name=item.name,
            jobs=_and_list(good),
            language=language_name(item.languages[0]) if item.languages else "",
        )
    ]
    weak = []
    if "chat" not in item.good_at:
        weak.append(translate("ModelChoice", "does not chat well"))
    if "translate" not in item.good_at:
        weak.append(translate("ModelChoice", "translates poorly"))
    if small:
        weak.append(translate("ModelChoice", "often gets facts wrong"))
    if weak:
        sentences.append(
            translate("ModelChoice", "It {weaknesses}.").format(weaknesses=_and_list(weak))
        )
    return " ".join(sentences)
