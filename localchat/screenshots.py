"""Render the window with a sample conversation, light and dark, to PNG files for reviews.

Usage: python -m localchat.screenshots OUTDIR [LANGUAGE]   (a code such as de, ja, ar)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from localchat import i18n
from localchat.app import Application
from localchat.bootstrap import Core, open_core
from localchat.paths import resolve_paths
from localchat.ui.screenshots import shoot_all

SAMPLE = [
    ("user", "How do I read a CSV file in Python and print the first rows?"),
    (
        "assistant",
        "Use the built-in **csv** module:\n\n```python\nimport csv\n\n"
        'with open("data.csv", newline="") as f:\n    for i, row in enumerate(csv.reader(f)):\n'
        "        print(row)\n        if i == 4:\n            break\n```\n\n"
        '- `newline=""` keeps line endings right\n- each `row` is a list of strings',
    ),
    ("user", "And with pandas?"),
    ("assistant", 'With pandas it is one line: `pd.read_csv("data.csv").head()`.'),
]
OTHER_TITLES = ["Trip to Lisbon: packing list", "Summary of the tenancy agreement"]


def _populate(core: Core) -> int:
    """Three conversations; returns the id of the one to show."""
    for title in OTHER_TITLES:
        other = core.conversations.create(title=title)
        core.conversations.add_message(other.id, "user", title)
    sample = core.conversations.create(title="Reading CSV files in Python")
    for role, text in SAMPLE:
        core.conversations.add_message(sample.id, role, text)
    return sample.id


def main(argv: list[str]) -> int:
    """Write light.png and dark.png, and each with -models, -summarize, -translate."""
    out = Path(argv[1] if len(argv) > 1 else "screenshots")
    language = i18n.chosen_language(argv[2] if len(argv) > 2 else "")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        core = open_core(resolve_paths(folder))
        sample_id = _populate(core)
        shoot_all(lambda qt_app: Application(core, qt_app), sample_id, out, language)
        core.close()
    sys.stdout.write(f"Wrote {out / 'light.png'} and {out / 'dark.png'}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
