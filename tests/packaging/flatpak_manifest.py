#!/usr/bin/env python3
"""Offline checks of the Flatpak manifest (it cannot be built without the KDE runtime).

    flatpak_manifest.py SOURCE_DIR

The YAML parses; the app id is the manifest's file name and the name of the desktop
entry, the metainfo, its launchable, the MIME file and the icon the desktop entry
names; the runtime is org.kde.Platform 6.x; the permissions the sandbox and the lab need
are there and nothing gives host access; every downloaded source is pinned by a SHA-256,
and QScintilla and llhttp are modules. Exit 77 (skip) without PyYAML (Debian package
python3-yaml), a failure instead under CI=true.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

try:
    import yaml
except ImportError:
    if os.environ.get("CI") == "true":
        print("FAIL: PyYAML is missing (Debian package python3-yaml), and CI=true")
        sys.exit(1)
    print("SKIP: PyYAML is missing; install the Debian package python3-yaml")
    sys.exit(77)

source = sys.argv[1]
packaging = os.path.join(source, "packaging")
app_id = "io.github.statusdeck.StatusDeck"
failures = []


def check(what, ok):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


manifest_path = os.path.join(packaging, "flatpak", app_id + ".yml")
with open(manifest_path, encoding="utf-8") as f:
    manifest = yaml.safe_load(f)

check("app id is the manifest's file name", manifest.get("id") == app_id)
check("runtime org.kde.Platform", manifest.get("runtime") == "org.kde.Platform")
check("SDK org.kde.Sdk", manifest.get("sdk") == "org.kde.Sdk")
check("runtime version 6.x", re.fullmatch(r"6\.\d+", str(manifest.get("runtime-version", ""))) is not None)
check("command statusdeck", manifest.get("command") == "statusdeck")

args = manifest.get("finish-args", [])
for needed in ("--share=network", "--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"):
    check("finish-args has " + needed, needed in args)
check("no host file system access", not any(a.startswith("--filesystem=host") for a in args))
check("no flatpak-spawn --host escape", "--talk-name=org.freedesktop.Flatpak" not in args)
check("no X11 socket beside fallback-x11", "--socket=x11" not in args)

modules = manifest.get("modules", [])
names = [m.get("name") if isinstance(m, dict) else m for m in modules]
check("modules qscintilla, llhttp, statusdeck in that order", names == ["qscintilla", "llhttp", "statusdeck"])
for module in modules:
    for src in module.get("sources", []):
        kind = src.get("type")
        where = "%s: %s" % (module["name"], src.get("url") or src.get("path"))
        if kind in ("archive", "file"):
            check(where + " pinned by sha256",
                  re.fullmatch(r"[0-9a-f]{64}", str(src.get("sha256", ""))) is not None)
            check(where + " over https", str(src.get("url", "")).startswith("https://"))
        elif kind == "git":
            check(where + " pinned by commit", re.fullmatch(r"[0-9a-f]{40}", str(src.get("commit", ""))) is not None)
        elif kind == "dir":
            check(where + ": a local dir only for the app itself", module["name"] == "statusdeck")
        else:
            check(where + ": known source type " + str(kind), False)

# The names the exported files must carry.
desktop = os.path.join(packaging, app_id + ".desktop")
check("desktop entry named after the app id", os.path.isfile(desktop))
with open(desktop, encoding="utf-8") as f:
    entry = f.read()
check("desktop entry's Icon is the app id", re.search(r"^Icon=%s$" % re.escape(app_id), entry, re.M) is not None)
check("desktop entry runs the manifest's command",
      re.search(r"^Exec=%s( |$)" % re.escape(manifest.get("command", "")), entry, re.M) is not None)

metainfo = os.path.join(packaging, app_id + ".metainfo.xml")
component = ET.parse(metainfo).getroot()
check("metainfo id is the app id", component.findtext("id") == app_id)
check("metainfo launchable is the desktop entry",
      component.findtext("launchable[@type='desktop-id']") == app_id + ".desktop")
check("metainfo provides the binary", component.findtext("provides/binary") == manifest.get("command"))
check("MIME file named after the app id", os.path.isfile(os.path.join(packaging, "mime", app_id + ".xml")))

cmake = open(os.path.join(packaging, "CMakeLists.txt"), encoding="utf-8").read()
check("the icon is installed under the app id", 'RENAME "${STATUSDECK_APP_ID}.svg"' in cmake
      and 'set(STATUSDECK_APP_ID "%s")' % app_id in cmake)

if failures:
    print("%d check(s) failed" % len(failures))
    sys.exit(1)
print("all checks passed")
