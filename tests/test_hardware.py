"""GPU detection on fake sysfs trees and fake tool output, and once on this machine."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from localchat import hardware
from localchat.hardware import (
    GpuInfo,
    HardwareProfile,
    detect_gpus,
    detect_hardware,
    parse_vulkan_summary,
    run_command,
)

GIB = 1024**3
MIB = 1024**2
RAM = 32 * GIB

# `vulkaninfo --summary` as Vulkan-Tools 1.3 prints it (header, layers shortened).
RADV_DISCRETE_AND_LLVMPIPE = """\
WARNING: [Loader Message] Code 0 : terminator_CreateInstance: Failed to CreateInstance in ICD 1.
==========
VULKANINFO
==========

Vulkan Instance Version: 1.3.275


Instance Extensions: count = 23
-------------------------------
VK_EXT_acquire_drm_display             : extension revision 1
VK_EXT_debug_report                    : extension revision 10
VK_KHR_surface                         : extension revision 25

Instance Layers: count = 1
--------------------------
VK_LAYER_MESA_device_select Linux device selection layer 1.3.211  version 1

Devices:
========
GPU0:
\tapiVersion         = 1.3.267
\tdriverVersion      = 23.3.6
\tvendorID           = 0x1002
\tdeviceID           = 0x73bf
\tdeviceType         = PHYSICAL_DEVICE_TYPE_DISCRETE_GPU
\tdeviceName         = AMD Radeon RX 6800 XT (RADV NAVI21)
\tdriverID           = DRIVER_ID_MESA_RADV
\tdriverName         = radv
\tdriverInfo         = Mesa 23.3.6
\tconformanceVersion = 1.3.0.0
\tdeviceUUID         = 00000000-0300-0000-0000-000000000000
\tdriverUUID         = 414d442d-4d45-5341-2d44-525600000000
GPU1:
\tapiVersion         = 1.3.267
\tdriverVersion      = 0.0.1
\tvendorID           = 0x10005
\tdeviceID           = 0x0000
\tdeviceType         = PHYSICAL_DEVICE_TYPE_CPU
\tdeviceName         = llvmpipe (LLVM 17.0.6, 256 bits)
\tdriverID           = DRIVER_ID_MESA_LLVMPIPE
\tdriverName         = llvmpipe
\tdriverInfo         = Mesa 23.3.6 (LLVM 17.0.6)
\tconformanceVersion = 1.3.1.1
\tdeviceUUID         = 6d657361-3233-2e33-2e36-000000000000
\tdriverUUID         = 6c6c766d-7069-7065-5555-494400000000
"""

# An older loader prints the versions as raw numbers with the readable form after them.
INTEL_AND_NVIDIA = """\
==========
VULKANINFO
==========

Vulkan Instance Version: 1.3.275

Devices:
========
GPU0:
        apiVersion         = 4206879 (1.3.287)
        driverVersion      = 100679686 (0x6004006)
        vendorID           = 0x8086
        deviceID           = 0xa788
        deviceType         = PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU
        deviceName         = Intel(R) Graphics (RPL-S)
        driverID           = DRIVER_ID_INTEL_OPEN_SOURCE_MESA
        driverName         = Intel open-source Mesa driver
GPU1:
        apiVersion         = 4206869 (1.3.277)
        driverVersion      = 2308620416 (0x899ac080)
        vendorID           = 0x10de
        deviceID           = 0x2860
        deviceType         = PHYSICAL_DEVICE_TYPE_DISCRETE_GPU
        deviceName         = NVIDIA GeForce RTX 4070 Laptop GPU
        driverID           = DRIVER_ID_NVIDIA_PROPRIETARY
        driverName         = NVIDIA
        driverInfo         = 550.107.02
GPU2:
        apiVersion         = 4206869 (1.3.277)
        vendorID           = 0x10005
        deviceID           = 0x0000
        deviceType         = PHYSICAL_DEVICE_TYPE_CPU
        deviceName         = llvmpipe (LLVM 15.0.6, 256 bits)
"""

APU_VULKAN = """\
Devices:
========
GPU0:
\tvendorID           = 0x1002
\tdeviceID           = 0x15bf
\tdeviceType         = PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU
\tdeviceName         = AMD Radeon 780M (RADV GFX1103_R1)
\tdriverName         = radv
"""


def write_card(root: Path, index: int, vendor: int, device: int, **files: object) -> Path:
    """A /sys/class/drm/cardN whose `device` links to a PCI device folder, as in Linux."""
    pci = root / "devices" / "pci0000:00" / f"0000:0{index}:00.0"
    pci.mkdir(parents=True)
    (pci / "vendor").write_text(f"0x{vendor:04x}\n")
    (pci / "device").write_text(f"0x{device:04x}\n")
    for name, value in files.items():
        (pci / name).write_text(f"{value}\n")
    card = root / "class" / "drm" / f"card{index}"
    card.mkdir(parents=True)
    (card / "device").symlink_to(pci)
    return pci


def fake_run(outputs: dict[str, str]) -> hardware.CommandRunner:
    """A command runner answering from ``outputs`` by program name; others are missing."""
    calls: list[Sequence[str]] = []

    def run(args: Sequence[str]) -> str | None:
        calls.append(tuple(args))
        return outputs.get(args[0])

    run.calls = calls  # type: ignore[attr-defined]
    return run


def gpus(
    tmp_path: Path, outputs: dict[str, str] | None = None, system: str = "Linux", **kw: object
) -> tuple[GpuInfo, ...]:
    return detect_gpus(
        RAM,
        RAM // 2,
        sysfs_root=tmp_path,
        run=fake_run(outputs or {}),
        nvml=kw.pop("nvml", list),
        system=system,
        machine=kw.pop("machine", "x86_64"),
    )


def discrete_amd(tmp_path: Path, index: int = 0) -> Path:
    return write_card(
        tmp_path,
        index,
        0x1002,
        0x73BF,
        mem_info_vram_total=8 * GIB,
        mem_info_vram_used=2 * GIB,
        mem_info_vis_vram_total=256 * MIB,
        mem_info_gtt_total=16 * GIB,
    )


def amd_apu(tmp_path: Path, index: int = 0) -> Path:
    return write_card(
        tmp_path,
        index,
        0x1002,
        0x15BF,
        mem_info_vram_total=512 * MIB,
        mem_info_vram_used=100 * MIB,
        mem_info_vis_vram_total=512 * MIB,
        mem_info_gtt_total=24 * GIB,
    )


def test_discrete_amd_card_memory_from_sysfs(tmp_path):
    discrete_amd(tmp_path)

    (gpu,) = gpus(tmp_path)

    assert gpu == GpuInfo("AMD graphics (1002:73bf)", 8 * GIB, 6 * GIB, integrated=False)


def test_amd_product_name_is_used_when_the_card_has_one(tmp_path):
    pci = discrete_amd(tmp_path)
    (pci / "product_name").write_text("Radeon PRO W6800\n")

    assert gpus(tmp_path)[0].name == "Radeon PRO W6800"


def test_amd_card_with_resizable_bar_is_still_discrete(tmp_path):
    pci = discrete_amd(tmp_path)
    (pci / "mem_info_vis_vram_total").write_text(f"{8 * GIB}\n")

    assert not gpus(tmp_path)[0].integrated


def test_amd_apu_is_integrated(tmp_path):
    amd_apu(tmp_path)

    (gpu,) = gpus(tmp_path)

    assert gpu.integrated
    assert not gpu.unified_memory
    assert (gpu.vram_total, gpu.vram_free) == (512 * MIB, 412 * MIB)


def test_amd_apu_with_a_bigger_carve_out_is_told_by_its_gtt(tmp_path):
    pci = amd_apu(tmp_path)
    (pci / "mem_info_vram_total").write_text(f"{2 * GIB}\n")
    (pci / "mem_info_vis_vram_total").write_text(f"{2 * GIB}\n")

    assert gpus(tmp_path)[0].integrated


def test_intel_igpu_shares_ram_and_has_no_memory_figure(tmp_path):
    write_card(tmp_path, 0, 0x8086, 0x46A6)

    (gpu,) = gpus(tmp_path)

    assert gpu == GpuInfo("Intel graphics (8086:46a6)", None, None, integrated=True)


def test_other_display_chips_are_not_gpus(tmp_path):
    write_card(tmp_path, 0, 0x1A03, 0x2000)  # ASPEED server BMC
    write_card(tmp_path, 1, 0x1AF4, 0x1050)  # virtio-gpu

    assert gpus(tmp_path) == ()


def test_connectors_render_nodes_and_second_card_nodes_are_skipped(tmp_path):
    pci = discrete_amd(tmp_path)
    drm = tmp_path / "class" / "drm"
    (drm / "card0-DP-1").mkdir()
    (drm / "card0-DP-1" / "device").symlink_to(pci)
    (drm / "renderD128").mkdir()
    (drm / "renderD128" / "device").symlink_to(pci)
    (drm / "card1").mkdir()
    (drm / "card1" / "device").symlink_to(pci)

    assert len(gpus(tmp_path)) == 1


def test_cards_are_listed_in_numeric_order(tmp_path):
    for index in (0, 2):
        write_card(tmp_path, index, 0x8086, 0x46A6)
    (tmp_path / "class" / "drm" / "card2").rename(tmp_path / "class" / "drm" / "card10")
    discrete_amd(tmp_path, 3)
    (tmp_path / "class" / "drm" / "card3").rename(tmp_path / "class" / "drm" / "card9")

    assert [g.name.split()[0] for g in gpus(tmp_path)] == ["Intel", "AMD", "Intel"]


def test_vulkan_summary_parsing_skips_llvmpipe():
    cards = parse_vulkan_summary(INTEL_AND_NVIDIA)

    assert [(c.gpu.name, c.gpu.integrated, c.vendor, c.device) for c in cards] == [
        ("Intel(R) Graphics (RPL-S)", True, 0x8086, 0xA788),
        ("NVIDIA GeForce RTX 4070 Laptop GPU", False, 0x10DE, 0x2860),
    ]


def test_only_llvmpipe_means_no_gpu(tmp_path):
    only_cpu = (
        RADV_DISCRETE_AND_LLVMPIPE.split("GPU0:")[0]
        + "GPU0:"
        + (RADV_DISCRETE_AND_LLVMPIPE.split("GPU1:")[1])
    )

    assert gpus(tmp_path, {"vulkaninfo": only_cpu}) == ()


def test_vulkan_names_a_card_sysfs_found_and_is_not_listed_twice(tmp_path):
    discrete_amd(tmp_path)

    (gpu,) = gpus(tmp_path, {"vulkaninfo": RADV_DISCRETE_AND_LLVMPIPE})

    assert gpu == GpuInfo("AMD Radeon RX 6800 XT (RADV NAVI21)", 8 * GIB, 6 * GIB, integrated=False)


def test_vulkan_type_settles_integrated_and_keeps_sysfs_memory(tmp_path):
    pci = amd_apu(tmp_path)
    # A 4 GiB carve-out on a 16 GiB machine: the sysfs guess says discrete.
    for name, value in (
        ("mem_info_vram_total", 4 * GIB),
        ("mem_info_vis_vram_total", 4 * GIB),
        ("mem_info_gtt_total", 12 * GIB),
    ):
        (pci / name).write_text(f"{value}\n")
    assert not gpus(tmp_path)[0].integrated

    (gpu,) = gpus(tmp_path, {"vulkaninfo": APU_VULKAN})

    assert gpu.integrated
    assert gpu.name == "AMD Radeon 780M (RADV GFX1103_R1)"
    assert gpu.vram_total == 4 * GIB


def only_devices(summary: str) -> str:
    return summary.split("Devices:\n========\n")[1]


AMDVLK = (
    only_devices(RADV_DISCRETE_AND_LLVMPIPE)
    .split("GPU1:")[0]
    .replace("GPU0:", "GPU2:")
    .replace("AMD Radeon RX 6800 XT (RADV NAVI21)", "AMD Radeon RX 6800 XT")
    .replace("DRIVER_ID_MESA_RADV", "DRIVER_ID_AMD_OPEN_SOURCE")
    .replace("radv", "AMD open-source driver")
)


def test_two_vulkan_drivers_for_one_card_list_it_once(tmp_path):
    discrete_amd(tmp_path)
    both = RADV_DISCRETE_AND_LLVMPIPE + AMDVLK

    assert len(parse_vulkan_summary(both)) == 2
    assert len(gpus(tmp_path, {"vulkaninfo": both})) == 1
    assert len(gpus(tmp_path / "no-sysfs", {"vulkaninfo": both})) == 1


def test_two_identical_cards_are_both_listed(tmp_path):
    discrete_amd(tmp_path, 0)
    discrete_amd(tmp_path, 1)
    second_radv = only_devices(RADV_DISCRETE_AND_LLVMPIPE).split("GPU1:")[0]
    summary = RADV_DISCRETE_AND_LLVMPIPE + second_radv.replace("GPU0:", "GPU2:")
    with_amdvlk = summary + AMDVLK + AMDVLK.replace("GPU2:", "GPU3:")
    name = "AMD Radeon RX 6800 XT (RADV NAVI21)"

    assert [g.name for g in gpus(tmp_path)] == ["AMD graphics (1002:73bf)"] * 2
    assert [g.name for g in gpus(tmp_path, {"vulkaninfo": summary})] == [name] * 2
    assert [g.name for g in gpus(tmp_path, {"vulkaninfo": with_amdvlk})] == [name] * 2
    assert [g.name for g in gpus(tmp_path / "none", {"vulkaninfo": summary})] == [name] * 2


def test_vulkan_lists_gpus_that_nothing_else_found(tmp_path):
    write_card(tmp_path, 0, 0x8086, 0xA788)

    found = gpus(tmp_path, {"vulkaninfo": INTEL_AND_NVIDIA})

    assert found == (
        GpuInfo("Intel(R) Graphics (RPL-S)", integrated=True),
        GpuInfo("NVIDIA GeForce RTX 4070 Laptop GPU", integrated=False),
    )


def test_vulkan_on_windows_without_sysfs(tmp_path):
    found = gpus(tmp_path, {"vulkaninfo": INTEL_AND_NVIDIA}, system="Windows")

    assert [g.name for g in found] == [
        "Intel(R) Graphics (RPL-S)",
        "NVIDIA GeForce RTX 4070 Laptop GPU",
    ]


NVIDIA_SMI = "NVIDIA GeForce RTX 4070 Laptop GPU, 8188, 7900, 0x286010DE\n"


def test_nvidia_smi_gives_memory_when_nvml_is_missing_and_vulkan_adds_no_copy(tmp_path):
    write_card(tmp_path, 0, 0x8086, 0xA788)
    write_card(tmp_path, 1, 0x10DE, 0x2860)

    found = gpus(tmp_path, {"nvidia-smi": NVIDIA_SMI, "vulkaninfo": INTEL_AND_NVIDIA})

    assert found == (
        GpuInfo("NVIDIA GeForce RTX 4070 Laptop GPU", 8188 * MIB, 7900 * MIB, integrated=False),
        GpuInfo("Intel(R) Graphics (RPL-S)", integrated=True),
    )


def test_nvml_cards_come_first_and_nvidia_smi_is_not_asked(tmp_path):
    card = hardware._Card(
        GpuInfo("NVIDIA GeForce RTX 4070 Laptop GPU", 8 * GIB, 7 * GIB), 0x10DE, None
    )
    run = fake_run({"nvidia-smi": NVIDIA_SMI, "vulkaninfo": INTEL_AND_NVIDIA})

    found = detect_gpus(RAM, RAM, sysfs_root=tmp_path, run=run, nvml=lambda: [card], system="Linux")

    assert [g.vram_total for g in found] == [8 * GIB, None]
    assert ("vulkaninfo", "--summary") in run.calls
    assert all(call[0] != "nvidia-smi" for call in run.calls)


def test_nvml_reader_with_a_fake_module(monkeypatch):
    class Memory:
        total, free = 24 * GIB, 20 * GIB

    class Pci:
        pciDeviceId = 0x268410DE

    class FakeNvml:
        nvmlInit = nvmlShutdown = staticmethod(lambda: None)
        nvmlDeviceGetCount = staticmethod(lambda: 1)
        nvmlDeviceGetHandleByIndex = staticmethod(lambda index: index)
        nvmlDeviceGetMemoryInfo = staticmethod(lambda handle: Memory)
        nvmlDeviceGetName = staticmethod(lambda handle: b"NVIDIA GeForce RTX 4090")
        nvmlDeviceGetPciInfo = staticmethod(lambda handle: Pci)

    monkeypatch.setitem(sys.modules, "pynvml", FakeNvml)

    (card,) = hardware._nvml_cards()

    assert card.gpu == GpuInfo("NVIDIA GeForce RTX 4090", 24 * GIB, 20 * GIB, integrated=False)
    assert (card.vendor, card.device) == (0x10DE, 0x2684)


def test_apple_silicon_has_unified_memory(tmp_path):
    (gpu,) = gpus(tmp_path, system="Darwin", machine="arm64")

    assert gpu == GpuInfo("Apple Silicon GPU", RAM, RAM // 2, unified_memory=True, integrated=True)
    assert gpus(tmp_path, system="Darwin", machine="x86_64") == ()


def test_missing_tools_and_an_empty_machine_give_no_gpu(tmp_path):
    assert gpus(tmp_path) == ()
    assert gpus(tmp_path / "nothing-here") == ()


def test_unreadable_files_give_no_gpu_and_no_error(tmp_path, monkeypatch):
    discrete_amd(tmp_path)
    read_text = Path.read_text

    def refuse(path: Path, *args: object, **kwargs: object) -> str:
        if path.name in ("vendor", "mem_info_vram_total"):
            raise PermissionError(13, "Permission denied", str(path))
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    assert gpus(tmp_path) == ()

    def refuse_listing(path: Path) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "iterdir", refuse_listing)
    assert gpus(tmp_path) == ()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_files_without_read_permission(tmp_path):
    pci = discrete_amd(tmp_path)
    (pci / "vendor").chmod(0)

    assert gpus(tmp_path) == ()


def test_garbage_everywhere_gives_no_gpu_and_no_error(tmp_path):
    pci = discrete_amd(tmp_path)
    (pci / "vendor").write_bytes(b"\xff\xfe not hex")
    write_card(tmp_path, 1, 0x1002, 0x73BF, mem_info_vram_total="lots")
    broken = tmp_path / "class" / "drm" / "card2"
    broken.mkdir()
    (broken / "device").symlink_to(broken / "device")  # a loop

    found = gpus(
        tmp_path,
        {"vulkaninfo": "GPU0:\n deviceType = ???\n", "nvidia-smi": "error, , ,\nNo devices"},
    )

    assert found == (GpuInfo("AMD graphics (1002:73bf)"),)


def test_a_source_that_raises_is_ignored(tmp_path):
    def broken_nvml() -> list:
        raise RuntimeError("driver went away")

    def broken_run(args: Sequence[str]) -> str | None:
        raise OSError("no such thing")

    discrete_amd(tmp_path)

    found = detect_gpus(
        RAM, RAM, sysfs_root=tmp_path, run=broken_run, nvml=broken_nvml, system="Linux"
    )

    assert [g.vram_total for g in found] == [8 * GIB]


def test_run_command_missing_failing_and_slow():
    assert run_command(["localchat-no-such-program"]) is None
    assert run_command([sys.executable, "-c", "print('hi'); raise SystemExit(3)"]) == "hi\n"


def test_run_command_gives_up_on_a_hanging_tool(monkeypatch):
    monkeypatch.setattr(hardware, "COMMAND_TIMEOUT_SECONDS", 0.2)

    assert run_command([sys.executable, "-c", "import time; time.sleep(30)"]) is None


def test_this_machine(tmp_path):
    profile = detect_hardware(tmp_path)

    assert isinstance(profile, HardwareProfile)
    assert isinstance(profile.gpus, tuple)
    assert all(isinstance(gpu, GpuInfo) for gpu in profile.gpus)
    assert profile.ram_total >= profile.ram_available > 0
    assert profile.logical_cores >= 1
    assert profile.disk_free > 0
    has_gpu = Path("/dev/dri").exists() or Path("/dev/nvidia0").exists()
    if not has_gpu:  # this VM: no GPU, no display device
        assert profile.gpus == ()


def test_vulkaninfo_here_if_installed():
    if run_command(["vulkaninfo", "--version"]) is None:
        pytest.skip("vulkaninfo is not installed here")
    output = run_command(["vulkaninfo", "--summary"]) or ""
    assert all(card.gpu.name for card in parse_vulkan_summary(output))
