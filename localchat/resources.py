"""Where LocalChat's read-only resources (catalog, icons) are, however it was installed."""

from __future__ import annotations

from pathlib import Path

REPOSITORY_RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def resource_candidates(relative: str) -> list[Path]:
    """Every place ``resources/<relative>`` can be, most specific first.

    1. ``resources/`` next to ``localchat/`` (a source checkout, an editable install, or a
       PyInstaller bundle that keeps that layout);
    2. ``<prefix>/share/localchat/`` where setuptools ``data-files`` put it (``pip install .``).
    """
    import sysconfig  # only when asked: the window's icons are found next to localchat/

    candidates = [REPOSITORY_RESOURCES / relative]
    for scheme in (sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user")):
        data = sysconfig.get_path("data", scheme)
        candidates.append(Path(data) / "share" / "localchat" / relative)
    return candidates


def find_resource(relative: str) -> Path | None:
    """The first existing copy of ``resources/<relative>``, or None."""
    local = REPOSITORY_RESOURCES / relative
    if local.is_file():  # the usual case, without sysconfig's look-ups (the window's icons)
        return local
    return next((path for path in resource_candidates(relative)[1:] if path.is_file()), None)
