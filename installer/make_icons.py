"""Draw the LocalChat app icon (a rounded square with a speech bubble) as PNGs and an .ico.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python installer/make_icons.py``.
Writes ``resources/icons/localchat-<size>.png`` for each size, ``localchat.png`` (512) and
``localchat.ico`` (16-256). The icons are committed; run this again only to change them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
)

SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)
TOP_COLOUR = QColor("#4f8df7")
BOTTOM_COLOUR = QColor("#2b5fd9")
BUBBLE_COLOUR = QColor("#ffffff")
DOT_COLOUR = QColor("#2b5fd9")


def _background(size: float) -> QPainterPath:
    """The rounded square, with a small margin so it does not touch the edges."""
    margin = size * 0.04
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    path = QPainterPath()
    path.addRoundedRect(rect, size * 0.22, size * 0.22)
    return path


def _bubble(size: float) -> QPainterPath:
    """A speech bubble: a rounded rectangle with a tail at its lower left."""
    body = QRectF(size * 0.2, size * 0.24, size * 0.6, size * 0.42)
    path = QPainterPath()
    path.addRoundedRect(body, size * 0.12, size * 0.12)
    tail = QPainterPath()
    tail.moveTo(QPointF(size * 0.3, size * 0.6))
    tail.lineTo(QPointF(size * 0.26, size * 0.79))
    tail.lineTo(QPointF(size * 0.48, size * 0.62))
    tail.closeSubpath()
    return path.united(tail)


def draw_icon(size: int) -> QImage:
    """The icon at one size, transparent around the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    gradient = QLinearGradient(0, 0, 0, size)
    gradient.setColorAt(0.0, TOP_COLOUR)
    gradient.setColorAt(1.0, BOTTOM_COLOUR)
    painter.fillPath(_background(size), QBrush(gradient))
    painter.fillPath(_bubble(size), BUBBLE_COLOUR)
    if size >= 32:  # three "typing" dots; too small to read below 32 px
        radius = size * 0.045
        for index in range(3):
            centre = QPointF(size * (0.36 + 0.14 * index), size * 0.45)
            painter.setBrush(DOT_COLOUR)
            painter.drawEllipse(centre, radius, radius)
    painter.end()
    return image


def write_ico(images: list[QImage], target: Path) -> None:
    """Write a Windows .ico holding PNG-compressed images (Vista and later read these)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs: list[bytes] = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        blobs.append(bytes(data.data()))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")
    header += len(images).to_bytes(2, "little")
    offset = 6 + 16 * len(images)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256 in an .ico entry
        entries += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little")
        entries += (32).to_bytes(2, "little") + len(blob).to_bytes(4, "little")
        entries += offset.to_bytes(4, "little")
        offset += len(blob)
    target.write_bytes(header + entries + b"".join(blobs))


def main(argv: list[str] | None = None) -> int:
    """Draw every size into the output folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).resolve().parents[1] / "resources" / "icons"
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    images = {size: draw_icon(size) for size in SIZES}
    for size, image in images.items():
        if not image.save(str(out / f"localchat-{size}.png")):
            raise OSError(f"could not write {out / f'localchat-{size}.png'}")
    images[512].save(str(out / "localchat.png"))
    write_ico([images[size] for size in ICO_SIZES], out / "localchat.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
