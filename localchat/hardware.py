"""What this computer has: memory, cores, CPU features, GPUs, disk, battery."""

from __future__ import annotations

import logging
import platform
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from localchat.i18n import number, translate

# psutil is imported by the functions that read the machine: the window imports this module
# (for human_bytes) before its first frame, which needs none of it.

logger = logging.getLogger(__name__)

_CPU_FLAGS_OF_INTEREST = ("avx", "avx2", "avx512f", "fma", "f16c", "neon", "asimd", "sse4_2")

SYSFS_ROOT = Path("/sys")
COMMAND_TIMEOUT_SECONDS = 3.0

# A command's output, or None when it could not be run (see ``run_command``).
CommandRunner = Callable[[Sequence[str]], str | None]

AMD, INTEL, NVIDIA, APPLE = 0x1002, 0x8086, 0x10DE, 0x106B
_VENDOR_WORDS = {AMD: "AMD", INTEL: "Intel", NVIDIA: "NVIDIA"}
_APU_CARVE_OUT = 1024**3  # an AMD adapter with at most this much "VRAM" is an APU
_APU_GTT_RATIO = 8
_VULKAN_KINDS = {
    "PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU": "integrated",
    "PHYSICAL_DEVICE_TYPE_DISCRETE_GPU": "discrete",
    "PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU": "virtual",
    "PHYSICAL_DEVICE_TYPE_CPU": "cpu",
}


@dataclass(frozen=True)
class GpuInfo:
    """One graphics adapter; memory figures are None where they cannot be read."""

    name: str
    vram_total: int | None = None
    vram_free: int | None = None
    unified_memory: bool = False  # Apple Silicon: the GPU's memory is the RAM
    integrated: bool = False  # shares the computer's RAM (Intel, AMD APUs, Apple)


@dataclass(frozen=True)
class HardwareProfile:
    """A snapshot of the machine's resources."""

    ram_total: int
    ram_available: int
    physical_cores: int
    logical_cores: int
    cpu_name: str
    cpu_features: tuple[str, ...]
    gpus: tuple[GpuInfo, ...] = field(default_factory=tuple)
    gpu_offload: bool = False
    disk_free: int = 0
    on_battery: bool | None = None


def _cpu_flags_and_name() -> tuple[tuple[str, ...], str]:
    flags: set[str] = set()
    name = platform.processor() or platform.machine()
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip()
        if key in ("flags", "Features") and not flags:
            flags = set(value.split())
        elif key == "model name" and value.strip():
            name = value.strip()
    if platform.machine() in ("arm64", "aarch64"):
        flags.add("neon")
    return tuple(f for f in _CPU_FLAGS_OF_INTEREST if f in flags), name


@dataclass(frozen=True)
class _Card:
    """A GPU as one source saw it, with what is needed to match it against other sources.

    ``kind`` is "integrated" or "discrete" when the source is the driver's own word on it
    (Vulkan's device type), None when ``gpu.integrated`` is an inference.
    """

    gpu: GpuInfo
    vendor: int | None = None
    device: int | None = None
    generic_name: bool = False  # made from PCI ids: a better name replaces it
    kind: str | None = None
    driver: str | None = None


def run_command(args: Sequence[str]) -> str | None:
    """A short command's output, or None when it is missing, fails to start or is slow.

    A driver tool can hang on a broken driver; start-up must not, so it gets a few seconds.
    """
    if shutil.which(args[0]) is None:
        return None
    try:
        completed = subprocess.run(
            list(args),
            capture_output=True,
            text=True,
            errors="replace",
            timeout=COMMAND_TIMEOUT_SECONDS,
            check=False,
            stdin=subprocess.DEVNULL,
            # Without it Windows flashes a console window over the app.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, ValueError, subprocess.SubprocessError):
        logger.debug("%s did not run", args[0], exc_info=True)
        return None
    return completed.stdout


def _nvml_cards() -> list[_Card]:
    """NVIDIA GPUs through NVML (the ``pynvml`` module, when installed): memory free now."""
    try:
        import pynvml
    except ImportError:
        return []
    try:
        pynvml.nvmlInit()
    except Exception:  # noqa: BLE001 - NVML missing or no driver: no NVIDIA GPU to report
        return []
    cards = []
    try:
        for index in range(pynvml.nvmlDeviceGetCount()):
            handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            memory = pynvml.nvmlDeviceGetMemoryInfo(handle)
            name = pynvml.nvmlDeviceGetName(handle)
            name = name.decode() if isinstance(name, bytes) else str(name)
            try:
                # The combined id: device in the high 16 bits, vendor in the low 16.
                pci_id = int(pynvml.nvmlDeviceGetPciInfo(handle).pciDeviceId)
                vendor, device = pci_id & 0xFFFF, pci_id >> 16
            except Exception:  # noqa: BLE001 - ids only help to avoid double listing
                vendor, device = NVIDIA, None
            gpu = GpuInfo(name, int(memory.total), int(memory.free), integrated=False)
            cards.append(_Card(gpu, vendor, device))
    except Exception:  # noqa: BLE001 - keep the GPUs read before the failure
        logger.debug("NVML stopped answering", exc_info=True)
    finally:
        try:
            pynvml.nvmlShutdown()
        except Exception:  # noqa: BLE001
            logger.debug("nvmlShutdown failed", exc_info=True)
    return cards


_NVIDIA_SMI_QUERY = (
    "nvidia-smi",
    "--query-gpu=name,memory.total,memory.free,pci.device_id",
    "--format=csv,noheader,nounits",
)


def _nvidia_smi_cards(run: CommandRunner) -> list[_Card]:
    """NVIDIA GPUs through ``nvidia-smi`` (installed with the driver) when NVML is not."""
    cards = []
    for line in (run(_NVIDIA_SMI_QUERY) or "").splitlines():
        parts = [part.strip() for part in line.rsplit(",", 3)]
        if len(parts) != 4 or not parts[0]:
            continue
        name, total, free, pci = parts
        if _mib(total) is None:  # an error message, not a GPU
            continue
        pci_id = _parse_int(pci)
        device = pci_id >> 16 if pci_id is not None else None
        gpu = GpuInfo(name, _mib(total), _mib(free), integrated=False)
        cards.append(_Card(gpu, NVIDIA, device))
    return cards


def _sysfs_cards(root: Path) -> list[_Card]:
    """AMD, Intel and NVIDIA adapters in Linux's ``/sys/class/drm`` (card0, card1, ...)."""
    drm = root / "class" / "drm"
    try:
        names = [entry.name for entry in drm.iterdir() if re.fullmatch(r"card\d+", entry.name)]
    except OSError:
        return []
    cards: list[_Card] = []
    seen: set[Path] = set()
    for name in sorted(names, key=lambda n: int(n[4:])):
        device = drm / name / "device"
        try:
            resolved = device.resolve()
        except (OSError, RuntimeError):
            continue
        if resolved in seen:  # one adapter can have two card nodes
            continue
        seen.add(resolved)
        card = _sysfs_card(device)
        if card is not None:
            cards.append(card)
    return cards


def _sysfs_card(device: Path) -> _Card | None:
    vendor = _parse_int(_read(device / "vendor"))
    if vendor not in _VENDOR_WORDS:  # server BMC chips, virtual displays: no compute
        return None
    device_id = _parse_int(_read(device / "device"))
    product = _read(device / "product_name")
    ids = f" ({vendor:04x}:{device_id:04x})" if device_id is not None else ""
    name = product or f"{_VENDOR_WORDS[vendor]} graphics{ids}"
    generic = not product
    if vendor == AMD:
        total = _parse_int(_read(device / "mem_info_vram_total"))
        used = _parse_int(_read(device / "mem_info_vram_used"))
        free = max(total - used, 0) if total is not None and used is not None else None
        integrated = _amd_is_apu(
            total,
            _parse_int(_read(device / "mem_info_vis_vram_total")),
            _parse_int(_read(device / "mem_info_gtt_total")),
        )
        return _Card(GpuInfo(name, total, free, integrated=integrated), vendor, device_id, generic)
    # Intel's adapters (bar the Arc cards, which Vulkan tells apart) share the RAM; sysfs
    # gives no memory figure for them or for NVIDIA, whose memory NVML gives.
    integrated = vendor == INTEL
    return _Card(GpuInfo(name, integrated=integrated), vendor, device_id, generic)


def _amd_is_apu(total: int | None, visible: int | None, gtt: int | None) -> bool:
    """Whether an AMD adapter is an APU (graphics in the processor, memory carved from RAM).

    Only a discrete card shows its memory through a smaller window than its size (no
    resizable BAR); an APU's carve-out is small, and the system memory it may map (GTT) is
    many times larger. Guesses both ways can be wrong (a small card on a big machine);
    Vulkan's device type, when ``vulkaninfo`` is there, has the last word.
    """
    if total is None or (visible is not None and visible < total):
        return False
    return total <= _APU_CARVE_OUT or (gtt is not None and gtt >= _APU_GTT_RATIO * total)


def _apple_card(ram_total: int, ram_available: int) -> _Card:
    gpu = GpuInfo(
        "Apple Silicon GPU", ram_total, ram_available, unified_memory=True, integrated=True
    )
    return _Card(gpu, APPLE)


def _vulkan_cards(run: CommandRunner) -> list[_Card]:
    return parse_vulkan_summary(run(("vulkaninfo", "--summary")) or "")


def parse_vulkan_summary(text: str) -> list[_Card]:
    """The GPUs in ``vulkaninfo --summary`` output; CPU renderers (llvmpipe) left out."""
    devices: list[dict[str, str]] = []
    for line in text.splitlines():
        if re.fullmatch(r"\s*GPU\d+:\s*", line):
            devices.append({})
        elif devices and (match := re.fullmatch(r"\s*(\w+)\s*=\s*(.*?)\s*", line)):
            devices[-1].setdefault(match[1], match[2])
    cards = []
    for fields in devices:
        kind = _VULKAN_KINDS.get(fields.get("deviceType", ""), "other")
        name = fields.get("deviceName", "")
        if kind == "cpu" or not name:
            continue
        gpu = GpuInfo(name, integrated=kind == "integrated")
        vendor = _parse_int(fields.get("vendorID"))
        device = _parse_int(fields.get("deviceID"))
        known_kind = kind if kind in ("integrated", "discrete") else None
        driver = fields.get("driverID") or fields.get("driverName")
        cards.append(_Card(gpu, vendor, device, kind=known_kind, driver=driver))
    return cards


def _merge(cards: list[_Card], others: list[_Card]) -> list[_Card]:
    """``cards`` with another source's ``others`` added, each adapter once.

    An other that matches a card not yet matched completes it (a better name, Vulkan's word
    on integrated); one that matches only already-matched cards is a second driver's view
    of an adapter listed (RADV and AMDVLK both list the same card) and is dropped. Among
    the others added, the same ids through a different driver are one adapter, through the
    same driver two (two cards of one model).
    """
    merged = list(cards)
    known = len(cards)
    matched: set[int] = set()
    for other in others:
        same = [index for index in range(known) if _same_adapter(merged[index], other)]
        free = [index for index in same if index not in matched]
        if free:
            merged[free[0]] = _completed(merged[free[0]], other)
            matched.add(free[0])
        elif not same and not any(
            _same_adapter(card, other) and card.driver != other.driver for card in merged[known:]
        ):
            merged.append(other)
    return merged


def _same_adapter(card: _Card, other: _Card) -> bool:
    if card.vendor is not None and other.vendor is not None:
        if card.vendor != other.vendor:
            return False
        return card.device is None or other.device is None or card.device == other.device
    if card.generic_name or other.generic_name:
        return False
    a, b = card.gpu.name.casefold(), other.gpu.name.casefold()
    return a in b or b in a


def _completed(card: _Card, other: _Card) -> _Card:
    gpu = card.gpu
    if card.generic_name and not other.generic_name:
        gpu = replace(gpu, name=other.gpu.name)
    if other.kind is not None:
        gpu = replace(gpu, integrated=other.kind == "integrated")
    return replace(
        card,
        gpu=gpu,
        generic_name=card.generic_name and other.generic_name,
        kind=other.kind or card.kind,
    )


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip() or None
    except (OSError, ValueError):
        return None


def _parse_int(text: str | None) -> int | None:
    """'0x1002', '8589934592' or '4206869 (1.3.277)' -> the number; None when not one."""
    if not text:
        return None
    try:
        return int(text.split()[0], 0)
    except ValueError:
        return None


def _mib(text: str) -> int | None:
    value = _parse_int(text)
    return value * 2**20 if value is not None else None


def _safely(source: Callable[[], list[_Card]]) -> list[_Card]:
    """What one detection source found; nothing when it fails in a way not foreseen."""
    try:
        return source()
    except Exception:  # noqa: BLE001 - start-up must go on: a broken source finds no GPU
        logger.debug("GPU detection source failed", exc_info=True)
        return []


def detect_gpus(
    ram_total: int,
    ram_available: int,
    *,
    sysfs_root: Path = SYSFS_ROOT,
    run: CommandRunner = run_command,
    nvml: Callable[[], list[_Card]] | None = None,
    system: str | None = None,
    machine: str | None = None,
) -> tuple[GpuInfo, ...]:
    """The graphics adapters an engine build could use, each listed once; never raises.

    Memory comes from the driver (NVML or ``nvidia-smi`` for NVIDIA, sysfs for AMD on
    Linux); ``vulkaninfo --summary`` adds names and integrated/discrete for adapters with
    nothing better (Intel, or any GPU on Windows without NVIDIA's tools). Apple Silicon's
    GPU shares the RAM (unified memory). Intel Macs are not reported: llama.cpp's Metal
    backend is for Apple Silicon.

    Args:
        ram_total: The RAM, for Apple Silicon's unified memory.
        ram_available: The RAM free now, likewise.
        sysfs_root: Where Linux's sysfs is (tests pass a fake tree).
        run: Runs ``nvidia-smi`` and ``vulkaninfo`` (tests pass canned output).
        nvml: The NVML source (tests pass a stand-in; ``list`` finds nothing).
        system: ``platform.system()`` unless given.
        machine: ``platform.machine()`` unless given.
    """
    system = system or platform.system()
    machine = machine or platform.machine()
    try:
        cards = _safely(nvml or _nvml_cards)
        if not cards and system in ("Linux", "Windows"):
            cards = _safely(lambda: _nvidia_smi_cards(run))
        if system == "Linux":
            cards = _merge(cards, _safely(lambda: _sysfs_cards(sysfs_root)))
        if system == "Darwin" and machine == "arm64":
            cards.append(_apple_card(ram_total, ram_available))
        if system in ("Linux", "Windows"):
            cards = _merge(cards, _safely(lambda: _vulkan_cards(run)))
    except Exception:  # noqa: BLE001 - a bug here must not stop the start-up
        logger.exception("GPU detection failed")
        return ()
    return tuple(card.gpu for card in cards)


def _on_battery() -> bool | None:
    import psutil

    try:
        battery = psutil.sensors_battery()
    except (AttributeError, OSError):
        return None
    return None if battery is None else not battery.power_plugged


def detect_hardware(models_dir: Path | None = None, gpu_offload: bool = False) -> HardwareProfile:
    """Read the machine's resources; never fails on a machine without a GPU or NVML."""
    import psutil

    memory = psutil.virtual_memory()
    features, cpu_name = _cpu_flags_and_name()
    disk_path = models_dir if models_dir and models_dir.exists() else Path.home()
    return HardwareProfile(
        ram_total=int(memory.total),
        ram_available=int(memory.available),
        physical_cores=psutil.cpu_count(logical=False) or 1,
        logical_cores=psutil.cpu_count(logical=True) or 1,
        cpu_name=cpu_name,
        cpu_features=features,
        gpus=detect_gpus(int(memory.total), int(memory.available)),
        gpu_offload=gpu_offload,
        disk_free=int(shutil.disk_usage(disk_path).free),
        on_battery=_on_battery(),
    )


def human_bytes(size: float) -> str:
    """1536 -> '1.5 KB'; plain units a non-technical person reads, in the user's language."""
    if abs(size) < 1024:
        # No grouping under 1 KB ("1000 bytes"): a four-digit count reads fine without it.
        return translate("Sizes", "{size} bytes").format(size=f"{size:.0f}")
    size /= 1024
    if abs(size) < 1024:
        return translate("Sizes", "{size} KB").format(size=number(size, 1))
    size /= 1024
    if abs(size) < 1024:
        return translate("Sizes", "{size} MB").format(size=number(size, 1))
    return translate("Sizes", "{size} GB").format(size=number(size / 1024, 1))
