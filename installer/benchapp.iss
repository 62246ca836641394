; Inno Setup 6 script: the Windows setup program of benchapp, packing the one-folder bundle
; that installer/build.py made (dist\benchapp). Build on Windows (docs/install.md):
;   py -3.11 installer\build.py
;   iscc installer\benchapp.iss            (add /DSign "/Sbenchsign=signtool sign ..." to sign)
; Per-machine install into Program Files, a Start-menu entry, the machine configuration
; %PROGRAMDATA%\benchapp\benchapp.toml created from the template when there is none. Uninstall
; removes the program only: the machine configuration and every user's data stay.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\benchapp"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this program: never change it.
AppId={{6F4B8E52-0C1D-4E7A-9B3F-2D7A5C1E9B40}
AppName=benchapp
AppVersion={#AppVersion}
AppVerName=benchapp {#AppVersion}
AppPublisher=benchapp
DefaultDirName={autopf}\benchapp
DefaultGroupName=benchapp
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\LICENSE
OutputDir=..\dist
OutputBaseFilename=benchapp-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\benchapp.exe
; A bench upgraded while benchapp runs: close it first, never replace a loaded DLL.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=benchsign
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the previous version may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Dirs]
Name: "{commonappdata}\benchapp"; Flags: uninsneveruninstall

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The machine configuration: written once, from the commented template; an upgrade or an
; uninstall never touches the one IT filled in. Created by an administrator, it is read-only
; for the bench users (ProgramData's inherited permissions).
Source: "benchapp.toml.example"; DestDir: "{commonappdata}\benchapp"; DestName: "benchapp.toml"; Flags: onlyifdoesntexist uninsneveruninstall
Source: "benchapp.toml.example"; DestDir: "{app}"

[Icons]
Name: "{autoprograms}\benchapp"; Filename: "{app}\benchapp.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\benchapp machine configuration"; Filename: "notepad.exe"; Parameters: """{commonappdata}\benchapp\benchapp.toml"""
Name: "{autodesktop}\benchapp"; Filename: "{app}\benchapp.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\benchapp.exe"; Description: "{cm:LaunchProgram,benchapp}"; Flags: nowait postinstall skipifsilent unchecked

; No [UninstallDelete]: %PROGRAMDATA%\benchapp (machine configuration) and each user's
; %LOCALAPPDATA%\benchapp (SQLite database, logs, settings, translation cache) stay.
