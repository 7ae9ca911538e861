"""What this computer has: memory, cores, CPU features, GPUs, disk, battery."""

from __future__ import annotations

import logging
import platform
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import psutil

logger = logging.getLogger(__name__)

_CPU_FLAGS_OF_INTEREST = ("avx", "avx2", "avx512f", "fma", "f16c", "neon", "asimd", "sse4_2")


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


def _nvidia_gpus() -> list[GpuInfo]:
    try:
        import pynvml
    except ImportError:
        return []
    try:
        pynvml.nvmlInit()
    except Exception:  # noqa: BLE001 - NVML missing or no driver: no NVIDIA GPU to report
        return []
    gpus = []
    try:
        for index in range(pynvml.nvmlDeviceGetCount()):
            handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            memory = pynvml.nvmlDeviceGetMemoryInfo(handle)
            name = pynvml.nvmlDeviceGetName(handle)
            name = name.decode() if isinstance(name, bytes) else str(name)
            gpus.append(GpuInfo(name, int(memory.total), int(memory.free)))
    finally:
        pynvml.nvmlShutdown()
    return gpus


def _apple_gpu(ram_total: int, ram_available: int) -> list[GpuInfo]:
    if platform.system() == "Darwin" and platform.machine() == "arm64":
        return [
            GpuInfo(
                "Apple Silicon GPU", ram_total, ram_available, unified_memory=True, integrated=True
            )
        ]
    return []


def _on_battery() -> bool | None:
    try:
        battery = psutil.sensors_battery()
    except (AttributeError, OSError):
        return None
    return None if battery is None else not battery.power_plugged


def detect_hardware(models_dir: Path | None = None, gpu_offload: bool = False) -> HardwareProfile:
    """Read the machine's resources; never fails on a machine without a GPU or NVML."""
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
        gpus=tuple(_nvidia_gpus() + _apple_gpu(int(memory.total), int(memory.available))),
        gpu_offload=gpu_offload,
        disk_free=int(shutil.disk_usage(disk_path).free),
        on_battery=_on_battery(),
    )


def human_bytes(size: float) -> str:
    """1536 -> '1.5 KB'; plain units a non-technical person reads."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if abs(size) < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
