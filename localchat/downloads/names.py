"""Safe local names for hub files: no path can leave the models folder."""

from __future__ import annotations

import re
from pathlib import Path

from localchat.errors import UserFacingError
from localchat.i18n import translate

PARTIAL_DIR = ".partial"
_REPO_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_FORBIDDEN = ("/", "\\", "\x00", ":")


def check_filename(filename: str) -> str:
    """Return ``filename`` if it is one plain file name; refuse paths and traversal."""
    bad = (
        not filename
        or filename in (".", "..")
        or filename.startswith(".")
        or any(mark in filename for mark in _FORBIDDEN)
        or filename != filename.strip()
        or len(filename) > 255
    )
    if bad:
        raise UserFacingError(
            translate(
                "DownloadErrors",
                "LocalChat refused the file name {name}: it is not a plain file name.",
            ).format(name=repr(filename)),
            translate(
                "DownloadErrors", "Choose another file; names with folders or '..' are not allowed."
            ),
        )
    return filename


def check_repo_id(repo_id: str) -> str:
    """Return ``repo_id`` if it is ``owner/name`` with plain parts."""
    parts = repo_id.split("/")
    if len(parts) != 2 or not all(_REPO_PART.fullmatch(p) and ".." not in p for p in parts):
        raise UserFacingError(
            translate("DownloadErrors", "LocalChat refused the repository name {name}.").format(
                name=repr(repo_id)
            ),
            translate("DownloadErrors", "A repository name looks like owner/name."),
        )
    return repo_id


def local_folder_name(repo_id: str) -> str:
    """The models subfolder for a repository: ``owner__name``."""
    return check_repo_id(repo_id).replace("/", "__")


def destination_path(models_dir: Path, repo_id: str, filename: str) -> Path:
    """Where an installed file lives: ``models_dir/owner__name/filename``."""
    path = models_dir / local_folder_name(repo_id) / check_filename(filename)
    _check_inside(models_dir, path)
    return path


def partial_path(models_dir: Path, repo_id: str, filename: str) -> Path:
    """Where the bytes of an unfinished download collect: ``models_dir/.partial/<key>.part``."""
    key = f"{local_folder_name(repo_id)}__{check_filename(filename)}"
    path = models_dir / PARTIAL_DIR / f"{key}.part"
    _check_inside(models_dir, path)
    return path


def _check_inside(models_dir: Path, path: Path) -> None:
    root = models_dir.resolve()
    if not path.resolve().is_relative_to(root):
        raise UserFacingError(
            translate(
                "DownloadErrors",
                "LocalChat refused a file that would be saved outside the models folder.",
            ),
            translate("DownloadErrors", "Choose another file."),
        )
