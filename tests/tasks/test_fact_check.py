"""The fact check: numbers in any script and grouping, dates, addresses, code, kept terms,
the target language, and numbers a summary made up."""

from __future__ import annotations

import sys

import pytest

from localchat.tasks import fact_check
from localchat.tasks.fact_check import (
    FactProblem,
    check_summary,
    check_translation,
    facts_to_keep,
)

LIGHTHOUSE = "The lighthouse was built in 1871 on the northern cliffs."
PHARE = "Le phare a été construit en {} sur les falaises du nord."


def test_all_kept_passes() -> None:
    source = (
        "Version 2.1 of `localchat` ships on 1 March 2024 with 1,000 fixes; details at "
        "https://example.org/notes and from ada@example.org."
    )
    translation = (
        "La version 2.1 de `localchat` sort le 1 mars 2024 avec 1 000 corrections ; détails "
        "sur https://example.org/notes et auprès de ada@example.org."
    )
    assert check_translation(source, translation, "fr") == ()


def test_a_dropped_number_is_flagged() -> None:
    problems = check_translation(
        LIGHTHOUSE, "Le phare a été construit sur les falaises du nord.", "fr"
    )
    assert problems == (FactProblem("number", "1871"),)
    assert problems[0].describe() == "the number 1871 is missing"


def test_a_changed_number_is_flagged() -> None:
    problems = check_translation(LIGHTHOUSE, PHARE.format("1817"), "fr")
    assert problems == (
        FactProblem("number", "1871"),
        FactProblem("number", "1817", added=True, original="original"),
    )
    assert problems[1].describe() == "the number 1817 is not in the original"


@pytest.mark.parametrize(
    "written",
    ["١٨٧١", "۱۸۷۱", "१८७१", "１８７１", "1871"],
    ids=["arabic-indic", "persian", "devanagari", "full-width", "ascii"],
)
def test_digits_of_any_script_equal_ascii(written: str) -> None:
    assert check_translation(LIGHTHOUSE, PHARE.format(written), "fr") == ()
    assert check_translation(PHARE.format(written), LIGHTHOUSE, "en") == ()


def test_japanese_with_full_width_digits() -> None:
    assert (
        check_translation(LIGHTHOUSE, "灯台は１８７１年に北の崖の上に建てられました。", "ja") == ()
    )


@pytest.mark.parametrize("written", ["1,000", "1.000", "1 000", "1\u202f000", "1'000", "1000"])
def test_digit_grouping_compares_equal(written: str) -> None:
    source = "The library holds 1,000 books."
    assert check_translation(source, f"La bibliothèque contient {written} livres.", "fr") == ()


def test_decimals_compare_by_value() -> None:
    source = "The harbour was deepened to 3.5 metres and 1,234.5 tonnes were removed."
    good = "Le port a été creusé à 3,5 mètres et 1.234,5 tonnes ont été retirées."
    assert check_translation(source, good, "fr") == ()
    bad = "Le port a été creusé à 3,6 mètres et 1.234,5 tonnes ont été retirées."
    assert check_translation(source, bad, "fr") == (
        FactProblem("number", "3.5"),
        FactProblem("number", "3,6", added=True, original="original"),
    )


def test_a_run_of_numbers_is_checked_part_by_part() -> None:
    source = "Install Python 3.11.7 from the usual place today, please."
    assert check_translation(source, "Installez Python 3.11.7 depuis le site habituel.", "fr") == ()
    assert check_translation(source, "Installez Python 3.11 depuis le site habituel.", "fr") == (
        FactProblem("number", "7"),
    )


def test_dates_in_another_order_pass_by_their_numbers() -> None:
    source = "The hall opens on 1 March 2024 for the whole town."
    assert check_translation(source, "The hall opens on March 1, 2024 for the town.", "en") == ()
    assert check_translation(source, "La salle ouvre le 1er mars 2024 pour la ville.", "fr") == ()
    assert check_translation(source, "Der Saal öffnet am 1. März 2024 für die Stadt.", "de") == ()
    problems = check_translation(source, "La salle ouvre le 2 mars 2024 pour la ville.", "fr")
    assert problems[:1] == (FactProblem("date", "1 March 2024"),)
    assert problems[0].describe() == "the date 1 March 2024 is missing or changed"


def test_an_altered_url_is_flagged() -> None:
    source = "The archive is online at https://example.org/port-ellis/archive today."
    good = "Les archives sont en ligne sur https://example.org/port-ellis/archive aujourd'hui."
    assert check_translation(source, good, "fr") == ()
    bad = "Les archives sont en ligne sur https://exemple.org/port-ellis/archive aujourd'hui."
    problems = check_translation(source, bad, "fr")
    assert problems == (FactProblem("url", "https://example.org/port-ellis/archive"),)
    assert "address https://example.org/port-ellis/archive" in problems[0].describe()


def test_numbers_inside_an_address_are_not_numbers_of_the_text() -> None:
    source = "See https://example.org/2024/notes for the list of changes."
    problems = check_translation(source, "Voir https://example.org/notes pour la liste.", "fr")
    assert problems == (FactProblem("url", "https://example.org/2024/notes"),)


def test_an_altered_email_is_flagged() -> None:
    source = "Write to archive@example.org for a copy of the old maps."
    good = "Écrivez à Archive@Example.org pour obtenir une copie des anciennes cartes."
    assert check_translation(source, good, "fr") == ()
    bad = "Écrivez à archives@example.org pour obtenir une copie des anciennes cartes."
    assert check_translation(source, bad, "fr") == (FactProblem("email", "archive@example.org"),)


def test_altered_inline_code_is_flagged() -> None:
    source = "Run `pip install localchat==2` and then restart the computer."
    good = "Exécutez `pip install localchat==2` puis redémarrez l'ordinateur."
    assert check_translation(source, good, "fr") == ()
    bad = "Exécutez `pip installer localchat` puis redémarrez l'ordinateur."
    problems = check_translation(source, bad, "fr")
    assert problems == (FactProblem("code", "pip install localchat==2"),)
    assert problems[0].describe() == "the code `pip install localchat==2` is missing or changed"


def test_a_lost_keep_term_is_flagged() -> None:
    source = "LocalChat runs SmolLM2 on your own computer every day."
    keep = ("LocalChat", "SmolLM2", "Ollama")
    good = "LocalChat exécute SmolLM2 sur votre propre ordinateur chaque jour."
    assert check_translation(source, good, "fr", keep) == ()
    bad = "Chat Local exécute SmolLM2 sur votre propre ordinateur chaque jour."
    problems = check_translation(source, bad, "fr", keep)
    assert problems == (FactProblem("term", "LocalChat"),)  # Ollama: not in the source
    assert problems[0].describe() == 'the term "LocalChat" is missing'


def test_the_wrong_language_is_flagged() -> None:
    problems = check_translation(LIGHTHOUSE, LIGHTHOUSE, "fr")
    assert problems == (FactProblem("language", "fr"),)
    assert problems[0].describe() == "the text is not in French"
    german = "Der Leuchtturm wurde 1871 auf den nördlichen Klippen gebaut."
    assert check_translation(LIGHTHOUSE, german, "fr") == (FactProblem("language", "fr"),)
    assert check_translation(LIGHTHOUSE, german, "de") == ()


def test_short_text_is_not_language_checked() -> None:
    assert check_translation("Getting started", "Getting started", "fr") == ()
    assert check_translation("Port Ellis, 1871", "Port Ellis, 1871", "ja") == ()


def test_number_words_count_as_the_number() -> None:
    source = "11 sailors were rescued during the storm of 1888."
    assert (
        check_translation(source, "Onze marins furent sauvés lors de la tempête de 1888.", "fr")
        == ()
    )
    source = "Eleven sailors were rescued during the storm of 1888."
    assert (
        check_translation(source, "11 marins furent sauvés lors de la tempête de 1888.", "fr") == ()
    )


def test_numbers_the_translation_made_up_are_flagged_a_few_at_most() -> None:
    source = "Eleven sailors were rescued there during the great storm of 1888."
    runaway = "1890. 1888. 1924. 1936. 1957. 1978. 1992. 2008."
    problems = check_translation(source, runaway, "fr")
    assert [p.detail for p in problems] == ["1890", "1924", "1936"]
    assert all(p.added and p.kind == "number" for p in problems)


def test_the_language_check_works_without_py3langid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "py3langid.langid", None)  # import fails
    monkeypatch.setattr(fact_check, "_identifier", [])
    assert check_translation(LIGHTHOUSE, LIGHTHOUSE, "fr") == (FactProblem("language", "fr"),)
    assert check_translation(LIGHTHOUSE, PHARE.format(1871), "fr") == ()
    monkeypatch.setattr(fact_check, "_identifier", [])  # the real one for later tests


def test_facts_to_keep_lists_what_a_prompt_names() -> None:
    source = (
        "On 1 March 2024 version 3.11.7 fixed 1,000 bugs; see https://example.org or run "
        "`ls -l`. SmolLM2 helped."
    )
    assert facts_to_keep(source, ("SmolLM2",)) == (
        "1 March 2024",
        "3.11.7",
        "1,000",
        "https://example.org",
        "`ls -l`",
    )


def test_a_number_the_summary_made_up_is_flagged() -> None:
    source = "The council met on day 3 and discussed a budget of two million euros, or 1.000.000."
    assert check_summary(source, "On day 3 the council discussed 2 million euros.") == ()
    assert check_summary(source, "The budget is 1,000,000 euros.") == ()
    problems = check_summary(source, "On day 3, 42 people discussed 2.5 million euros.")
    assert problems == (
        FactProblem("number", "42", added=True),
        FactProblem("number", "2.5", added=True),
    )
    assert problems[0].describe() == "the number 42 is not in the document"


def test_summary_list_markers_are_not_numbers() -> None:
    source = "The council approved the library and the park."
    assert check_summary(source, "1. The library.\n2. The park.") == ()


def test_a_summary_job_reports_the_numbers_it_made_up() -> None:
    from localchat.documents import Block, Document
    from localchat.engines.fake import FakeEngine
    from localchat.tasks.job_support import JobContext
    from localchat.tasks.summarize import SummaryJob, SummaryOptions

    document = Document(
        "d",
        (Block("paragraph", "The council met on day 3 to plan the library."),),
        "d",
        1,
        "5" * 64,
    )
    made_up = SummaryJob(
        JobContext(FakeEngine(reply="On day 3, 42 people planned it.")), document, SummaryOptions()
    ).run()
    assert made_up.problems == (FactProblem("number", "42", added=True),)
    faithful = SummaryJob(
        JobContext(FakeEngine(reply="On day 3 the council planned it.")), document, SummaryOptions()
    ).run()
    assert faithful.problems == ()
