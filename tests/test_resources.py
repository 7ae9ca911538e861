"""The catalog and the icons are found in a checkout and shipped by ``pip install .``."""

from __future__ import annotations

import tomllib
from pathlib import Path

from localchat.resources import find_resource
from localchat.ui.app_icon import ICON_SIZES, app_icon

ROOT = Path(__file__).resolve().parents[1]


def test_icon_has_every_size_for_title_bars_and_docks(qapp):
    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(ICON_SIZES)
    assert not icon.pixmap(48, 48).toImage().isNull()


def test_missing_resource_is_none_not_a_crash():
    assert find_resource("icons/no-such-icon.png") is None
    assert find_resource("catalog.json") == ROOT / "resources" / "catalog.json"


def test_pip_install_ships_the_catalog_and_every_icon():
    """``pip install .`` (not editable) copies these data files to <prefix>/share/localchat."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    data_files = config["tool"]["setuptools"]["data-files"]
    assert "resources/catalog.json" in data_files["share/localchat"]
    icons = data_files["share/localchat/icons"]
    assert icons == [f"resources/icons/localchat-{size}.png" for size in ICON_SIZES]
    for relative in icons + data_files["share/localchat"]:
        assert (ROOT / relative).is_file(), relative
