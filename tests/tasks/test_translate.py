"""Translation: structure kept, glossary protected, streamed per paragraph, resumable; language
detection; exports."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from localchat.documents import Block, Document
from localchat.engines.base import GenerationStats, LoadOptions, SamplingParams
from localchat.engines.factory import open_engine
from localchat.engines.fake import FakeEngine
from localchat.errors import UserFacingError
from localchat.storage import Database, JobRepository
from localchat.tasks.document_export import export_summary, export_translation
from localchat.tasks.fact_check import FactProblem
from localchat.tasks.job_support import JobContext
from localchat.tasks.languages import LANGUAGES, detect_language, language
from localchat.tasks.translate import (
    TranslateJob,
    TranslateOptions,
    _RestoringStream,
    clean_translation,
    model_language_warning,
    protect_terms,
    restore_terms,
)

BLOCKS = (
    Block("heading", "Getting started", level=1),
    Block("paragraph", "LocalChat runs small models on your own computer."),
    Block("list_item", "Install it"),
    Block("list_item", "Open a document", level=1),
    Block("list_item", "Press Translate"),
    Block("heading", "Details", level=2),
    Block("code", "localchat --help"),
    Block("paragraph", "Nothing leaves your machine.\nEver."),
)
DOCUMENT = Document("Guide", BLOCKS, "guide.md", 300, "9" * 64)
GERMAN = TranslateOptions(source_language="en", target_language="de")


@pytest.fixture
def jobs(tmp_path: Path) -> Iterator[JobRepository]:
    database = Database.open(tmp_path / "jobs.db")
    yield JobRepository(database)
    database.close()


def _shape(line: str) -> str:
    """A line's structure: blank, heading level, list indent, or text."""
    if not line.strip():
        return "blank"
    match = re.match(r"^(#+ |\s*- |```)", line)
    return match.group(1) if match else "text"


def test_structure_is_kept() -> None:
    engine = FakeEngine(reply="Übersetzter Text.")
    result = TranslateJob(JobContext(engine), DOCUMENT, GERMAN).run()
    assert result.status == "finished"
    assert [(b.kind, b.level) for b in result.blocks] == [(b.kind, b.level) for b in BLOCKS]
    assert result.blocks[6].text == "localchat --help"  # code is not translated
    assert len(engine.prompts) == len(BLOCKS) - 1
    original = DOCUMENT.text().splitlines()
    translated = result.text.splitlines()
    assert [_shape(line) for line in translated] == [
        _shape(line) for line in original if not line.startswith("Ever")
    ]
    assert "# Übersetzter Text." in translated and "  - Übersetzter Text." in translated
    assert "from English into German" in engine.prompts[0]


def test_markers_the_model_adds_are_not_doubled() -> None:
    result = TranslateJob(JobContext(FakeEngine(reply="# Erste Schritte")), DOCUMENT, GERMAN).run()
    assert result.blocks[0].text == "Erste Schritte"
    assert result.text.startswith("# Erste Schritte\n\n")


def test_notes_and_extra_lines_from_the_model_are_dropped() -> None:
    heading = Block("heading", "Getting started", level=1)
    assert clean_translation('# Premiers pas\nTranslation: "Getting started"', heading) == (
        "Premiers pas"
    )
    paragraph = Block("paragraph", "Good morning.")
    assert clean_translation('Translation: "Bonjour."\n\n(Note: formal)', paragraph) == "Bonjour."
    two_lines = Block("paragraph", "Line one\nline two")
    assert clean_translation("Ligne un\nligne deux\n\nNote", two_lines) == "Ligne un\nligne deux"


def test_each_paragraph_is_streamed_under_its_index() -> None:
    engine = FakeEngine(reply="Hallo Welt.")
    streamed: dict[int, str] = {}
    finished: list[int] = []

    def emit(index: int, piece: str) -> None:
        streamed[index] = streamed.get(index, "") + piece

    TranslateJob(
        JobContext(engine, emit=emit, on_part=lambda i, _t: finished.append(i)), DOCUMENT, GERMAN
    ).run()
    assert finished == list(range(len(BLOCKS)))
    assert set(streamed) == set(range(len(BLOCKS))) - {6}
    assert all(text == "Hallo Welt." for text in streamed.values())


def test_glossary_terms_travel_as_placeholders() -> None:
    text, mapping = protect_terms(
        "LocalChat uses SmolLM2; LocalChatty is not a term.", ("LocalChat", "SmolLM2")
    )
    assert text == "⟦1⟧ uses ⟦2⟧; LocalChatty is not a term."
    assert restore_terms("⟦2⟧ und ⟦ 1 ⟧", mapping) == "SmolLM2 und LocalChat"
    assert restore_terms("nur ⟦1⟧", mapping) is None

    engine = FakeEngine(reply="⟦1⟧ führt kleine Modelle aus.")
    options = TranslateOptions("en", "de", glossary=("LocalChat",))
    result = TranslateJob(
        JobContext(engine), Document("d", BLOCKS[1:2], "d", 1, "8" * 64), options
    ).run()
    assert result.blocks[0].text == "LocalChat führt kleine Modelle aus."
    assert "⟦1⟧ runs small models" in engine.prompts[0]
    assert "untranslated: LocalChat" in engine.prompts[0]


def test_a_lost_placeholder_falls_back_to_instructions_only() -> None:
    engine = FakeEngine(reply="Das Programm führt Modelle aus.")
    options = TranslateOptions("en", "de", glossary=("LocalChat",))
    result = TranslateJob(
        JobContext(engine), Document("d", BLOCKS[1:2], "d", 1, "7" * 64), options
    ).run()
    assert "⟦" not in engine.prompts[1] and "LocalChat runs small" in engine.prompts[1]
    assert result.blocks[0].text == "Das Programm führt Modelle aus."
    # The term is still lost: one stricter try (markers, then instructions alone), flagged.
    assert len(engine.prompts) == 4
    assert "into German, writing only German." in engine.prompts[2]
    assert result.retried == 1
    assert result.problems == {0: (FactProblem("term", "LocalChat"),)}


def test_a_placeholder_split_across_pieces_is_restored_when_streamed() -> None:
    out: list[str] = []
    stream = _RestoringStream({"⟦1⟧": "LocalChat"}, lambda _i, piece: out.append(piece), 0)
    for piece in ["Hallo ⟦", "1", "⟧ und", " ⟦"]:
        stream.feed(piece)
    stream.flush()
    assert "".join(out) == "Hallo LocalChat und ⟦"


def test_cancel_stops_between_paragraphs(jobs: JobRepository) -> None:
    cancel = threading.Event()
    engine = FakeEngine(reply="Text.")

    def on_part(index: int, _text: str) -> None:
        if index == 2:
            cancel.set()

    result = TranslateJob(
        JobContext(engine, repository=jobs, cancel=cancel, on_part=on_part), DOCUMENT, GERMAN
    ).run()
    assert result.status == "stopped" and len(result.blocks) == 3
    assert len(engine.prompts) == 3
    assert jobs.get(result.job_id).status == "stopped"


class CrashingEngine(FakeEngine):
    def stream_prompt(self, prompt, params, cancel, stats: GenerationStats | None = None):  # noqa: ANN001, ANN201
        if len(self.prompts) == 3:
            raise SystemExit("killed")
        return super().stream_prompt(prompt, params, cancel, stats)


def test_resume_after_a_crash(jobs: JobRepository) -> None:
    with pytest.raises(SystemExit):
        TranslateJob(
            JobContext(CrashingEngine(reply="Eins."), repository=jobs), DOCUMENT, GERMAN
        ).run()
    (job,) = jobs.list_recent()
    assert [p.index for p in jobs.parts(job.id)] == [0, 1, 2]
    jobs.mark_unfinished_as_interrupted()
    engine = FakeEngine(reply="Zwei.")
    result = TranslateJob(JobContext(engine, repository=jobs), DOCUMENT, GERMAN).run()
    assert result.job_id == job.id and result.resumed_parts == 3
    assert len(engine.prompts) == len(BLOCKS) - 1 - 3
    assert [b.text for b in result.blocks[:3]] == ["Eins."] * 3
    assert jobs.get(job.id).result_text == result.text


def test_source_language_is_detected_when_not_given() -> None:
    engine = FakeEngine(reply="Hello.")
    french = Document(
        "f",
        (Block("paragraph", "Le chat est sur la table et il dort dans la maison."),),
        "f",
        1,
        "6" * 64,
    )
    result = TranslateJob(JobContext(engine), french, TranslateOptions(None, "en")).run()
    assert result.source_language == "fr"
    assert "from French into English" in engine.prompts[0]


SAMPLES = {
    "en": "The weather was cold and the children stayed at home with their books.",
    "fr": "Nous avons visité le musée et les enfants étaient très contents de la journée.",
    "de": "Der Hund ist nicht mit den Kindern in den Park gegangen, weil es regnete.",
    "es": "Los estudiantes de la escuela fueron al parque con sus profesores por la tarde.",
    "it": "Il ragazzo è andato al mercato con la madre per comprare della frutta.",
    "pt": "O menino foi ao mercado com a mãe para comprar frutas e não voltou cedo.",
    "nl": "De kinderen zijn met hun vader naar het strand gegaan en het was niet koud.",
    "ja": "今日はとても良い天気ですね。公園に行きましょう。",
    "zh": "今天天气很好，我们一起去公园散步吧。",
    "ko": "오늘은 날씨가 정말 좋네요. 공원에 갑시다.",
    "ar": "ذهب الأطفال إلى المدرسة في الصباح الباكر.",
    "ru": "Дети пошли в школу рано утром, потому что был экзамен.",
    "hi": "बच्चे सुबह जल्दी स्कूल गए क्योंकि परीक्षा थी।",
    "el": "Τα παιδιά πήγαν στο σχολείο νωρίς το πρωί.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_language_detection(code: str) -> None:
    assert detect_language(SAMPLES[code]) == code


def test_language_table_and_warnings() -> None:
    assert len(LANGUAGES) >= 25
    assert language("de").native_name == "Deutsch" and language("ja").native_name == "日本語"
    assert len({lang.code for lang in LANGUAGES}) == len(LANGUAGES)
    assert detect_language("1234 !!") is None
    assert model_language_warning(["en", "fr"], "fr") is None
    warning = model_language_warning(["en"], "ja")
    assert warning and "Japanese" in warning and "English" in warning
    assert "doesn't know" in (model_language_warning(None, "de") or "")
    assert model_language_warning(None, "en") is None


def test_exports_keep_structure(tmp_path: Path) -> None:
    result = TranslateJob(JobContext(FakeEngine(reply="Text.")), DOCUMENT, GERMAN).run()
    md = export_translation(tmp_path / "out.md", result.blocks, title="Anleitung")
    assert md.read_text(encoding="utf-8").startswith("# Anleitung\n\n# Text.\n\nText.\n\n- Text.")
    txt = export_translation(tmp_path / "out.txt", result.blocks, title="Anleitung")
    assert "• Text." in txt.read_text(encoding="utf-8")
    word = docx.Document(str(export_translation(tmp_path / "out.docx", result.blocks, "Anleitung")))
    styles = [p.style.name for p in word.paragraphs]
    assert styles[:3] == ["Title", "Heading 1", "Normal"] and "List Bullet" in styles
    summary = docx.Document(str(export_summary(tmp_path / "s.docx", "Intro.\n\n- one\n- two")))
    assert [p.style.name for p in summary.paragraphs] == ["Normal", "List Bullet", "List Bullet"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx", "out.md", "out.txt", "s.docx"]
    with pytest.raises(UserFacingError):
        export_summary(tmp_path / "s.pdf", "x")


@pytest.mark.slow
def test_real_model_translates_a_sentence(gemma_model_path: Path) -> None:
    engine = open_engine(gemma_model_path, LoadOptions(context_length=512, threads=1))
    try:
        document = Document(
            "d", (Block("paragraph", "Good morning, my friend."),), "d", 1, "5" * 64
        )
        params = SamplingParams(temperature=0.0, max_tokens=12)
        result = TranslateJob(
            JobContext(engine, params=params), document, TranslateOptions("en", "fr")
        ).run()
    finally:
        engine.close()
    assert result.status == "finished"
    assert result.blocks[0].text.strip()


class ScriptedEngine(FakeEngine):
    """Answers each prompt with the next scripted reply (the last one repeats)."""

    def __init__(self, *replies: str) -> None:
        super().__init__(reply=replies[0])
        self.replies = replies

    def stream_prompt(self, prompt, params, cancel, stats: GenerationStats | None = None):  # noqa: ANN001, ANN201
        self.reply = self.replies[min(len(self.prompts), len(self.replies) - 1)]
        return super().stream_prompt(prompt, params, cancel, stats)


LIGHTHOUSE = Document(
    "Lighthouse",
    (
        Block("paragraph", "The lighthouse was built in 1871 on the northern cliffs."),
        Block("paragraph", "Eleven sailors were rescued there during the great storm of 1888."),
    ),
    "lighthouse.md",
    120,
    "4" * 64,
)
FRENCH = TranslateOptions("en", "fr")
KEPT_1871 = "Le phare a été construit en 1871 sur les falaises du nord."
LOST_1888 = "Onze marins y ont été sauvés lors de la grande tempête."
KEPT_1888 = "Onze marins y ont été sauvés lors de la grande tempête de 1888."


def _run_checked(engine: FakeEngine, document: Document = LIGHTHOUSE, **kwargs: object):  # noqa: ANN202
    checks: list[tuple[int, tuple[FactProblem, ...]]] = []
    streamed: dict[int, str] = {}

    def emit(index: int, piece: str) -> None:
        streamed[index] = streamed.get(index, "") + piece

    options = kwargs.pop("options", FRENCH)
    context = JobContext(
        engine,
        on_check=lambda index, problems: checks.append((index, problems)),
        emit=emit,
        **kwargs,  # type: ignore[arg-type]
    )
    result = TranslateJob(context, document, options).run()  # type: ignore[arg-type]
    return result, checks, streamed


def test_a_paragraph_that_loses_a_number_is_retried_with_a_stricter_prompt() -> None:
    engine = ScriptedEngine(KEPT_1871, LOST_1888, KEPT_1888)
    result, checks, streamed = _run_checked(engine)
    assert len(engine.prompts) == 3
    first, strict = engine.prompts[1], engine.prompts[2]
    assert "storm of 1888" in first and "storm of 1888" in strict
    assert "keeping" not in first and "writing only" not in first
    assert "Translate from English into French, keeping 1888 unchanged." in strict
    assert strict.startswith(first.split(".")[0])  # the same request, with more said
    assert result.blocks[1].text == KEPT_1888
    assert result.retried == 1 and result.problems == {}
    assert checks == [(0, ()), (1, ())]  # always called: an empty tuple clears a mark
    assert streamed[1] == LOST_1888  # the second try is not streamed; on_part replaces


def test_a_paragraph_that_fails_twice_is_flagged() -> None:
    engine = ScriptedEngine(KEPT_1871, LOST_1888, "Onze marins furent sauvés pendant la tempête.")
    result, checks, _ = _run_checked(engine)
    assert len(engine.prompts) == 3
    lost = (FactProblem("number", "1888"),)
    assert result.problems == {1: lost} and result.retried == 1
    assert checks == [(0, ()), (1, lost)]
    assert result.blocks[1].text == LOST_1888  # not better: the first (streamed) try stays


def test_the_retry_is_kept_when_it_loses_less() -> None:
    german = "Elf Seeleute wurden dort während des großen Sturms gerettet."
    engine = ScriptedEngine(KEPT_1871, german, LOST_1888)
    result, checks, _ = _run_checked(engine)
    assert result.blocks[1].text == LOST_1888
    assert checks[1] == (1, (FactProblem("number", "1888"),))


def test_a_wrong_language_is_retried_and_the_strict_prompt_names_every_fact() -> None:
    engine = ScriptedEngine(
        "The lighthouse was built in 1871 on the northern cliffs, see https://example.org.",
        "Le phare a été construit en 1871 sur les falaises du nord, voir https://example.org.",
    )
    document = Document(
        "d",
        (
            Block(
                "paragraph",
                "The lighthouse was built in 1871 on the northern cliffs, see https://example.org.",
            ),
        ),
        "d",
        1,
        "3" * 64,
    )
    result, checks, _ = _run_checked(engine, document)
    assert "into French, keeping 1871, https://example.org unchanged." in engine.prompts[1]
    assert checks == [(0, ())] and result.retried == 1


def test_code_blocks_are_not_checked_and_resumed_blocks_keep_their_flags(
    jobs: JobRepository,
) -> None:
    first, second = LIGHTHOUSE.blocks
    document = Document("d", (first, Block("code", "print(1888)"), second), "d", 1, "2" * 64)
    cancel = threading.Event()
    stopped, checks, _ = _run_checked(
        FakeEngine(reply=LOST_1888),
        document,
        repository=jobs,
        cancel=cancel,
        on_part=lambda index, _text: cancel.set(),
    )
    assert stopped.status == "stopped" and len(stopped.blocks) == 2  # the code block too
    lost_1871 = (FactProblem("number", "1871"),)
    assert checks == [(0, lost_1871)]  # no check for code
    engine = FakeEngine(reply=KEPT_1871)
    result, checks, _ = _run_checked(engine, document, repository=jobs)
    assert result.resumed_parts == 2 and len(engine.prompts) == 2  # block 2, and its retry
    lost_1888 = (
        FactProblem("number", "1888"),
        FactProblem("number", "1871", added=True, original="original"),
    )
    assert checks == [(0, lost_1871), (2, lost_1888)]
    assert result.problems == {0: lost_1871, 2: lost_1888} and result.retried == 1
