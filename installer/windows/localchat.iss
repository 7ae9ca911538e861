; Inno Setup script: a per-user LocalChat installer for Windows (no administrator rights).
; NOT VERIFIED: written on Linux; build and test it on Windows (see installer/README.md).
;
; Build on Windows, from the repository root, after the PyInstaller bundle exists
; (installer\build\dist\localchat\localchat.exe):
;   iscc /DAppVersion=0.1.0 installer\windows\localchat.iss
; Output: installer\build\LocalChat-<version>-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "LocalChat"
#define AppExe "localchat.exe"
; SourcePath is this script's folder, with a trailing backslash.
#define Root SourcePath + "..\.."

[Setup]
; A fixed id keeps upgrades and the uninstaller tied to one app; never change it.
AppId={{6C1F2B7E-5A3D-4C8E-9F21-7D4B0E6A1C53}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LocalChat
; Per-user install: no UAC prompt, nothing under Program Files.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\installer\build
OutputBaseFilename=LocalChat-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\localchat.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running LocalChat before files are replaced on upgrade.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle (localchat.exe + _internal\).
Source: "{#Root}\installer\build\dist\localchat\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\resources\icons\localchat.ico"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; An upgrade replaces the bundle completely, so no stale library of the old version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\localchat.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\localchat.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; User data lives in %LOCALAPPDATA%\LocalChat (platformdirs), outside {app}: the uninstaller
; leaves chats, models and settings in place, and an upgrade never touches them.
