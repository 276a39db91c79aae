"""Two real Syncthing instances on 127.0.0.1, configured from a test: the Syncthing set-up the README
describes, minus everything that would leave this machine.

Each instance gets its own home (keys from `syncthing generate`), listens on a free local port, knows
the other by its device id and address (pre-shared: no introducer, no auto-accept), and has global
discovery, local discovery broadcasts, relays, NAT traversal, usage reporting, crash reporting and
upgrades switched off. The GUI/REST address is 127.0.0.1 with an API key the test writes; the test
uses REST only to ask for a rescan and to shut the instance down.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

FOLDER_ID = "shop-sync"
IGNORES = "*.partial\n"  # a bundle being written is never carried half-done (the README says the same)
SYNCTHING = shutil.which("syncthing")

# Everything that would reach past 127.0.0.1, off (option name -> value).
_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "urSeen": "3",
    "startBrowser": "false",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",
    "restartOnWakeup": "false",
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    device_id: str = ""
    sync_port: int = 0
    gui_port: int = 0
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))
    process: subprocess.Popen[bytes] | None = None

    def generate(self) -> None:
        """Keys and a config of Syncthing's own making; its device id read back from its output."""
        assert SYNCTHING is not None
        out = subprocess.run(
            [SYNCTHING, "generate", f"--home={self.home}", "--no-default-folder", "--skip-port-probing"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        found = re.search(r"Device ID: ([A-Z0-9-]{63})", out.stdout + out.stderr)
        assert found, "syncthing generate printed no device id"
        self.device_id = found.group(1)
        self.sync_port, self.gui_port = free_port(), free_port()

    def configure(self, peer: Instance) -> None:
        """Rewrite config.xml: local only, the peer pre-shared, one folder shared with it."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        options = root.find("options")
        assert options is not None
        for name, value in _OPTIONS.items():
            _set(options, name, value)
        _set(options, "listenAddress", f"tcp://127.0.0.1:{self.sync_port}")
        gui = root.find("gui")
        assert gui is not None
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        _add_device(root, peer.device_id, peer.name, f"tcp://127.0.0.1:{peer.sync_port}")
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / ".stfolder").mkdir(exist_ok=True)
        (self.folder / ".stignore").write_text(IGNORES)
        _add_folder(root, str(self.folder), (self.device_id, peer.device_id))
        tree.write(path, encoding="unicode")

    def start(self, log: Path) -> None:
        assert SYNCTHING is not None
        env = dict(os.environ, STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1")
        env.pop("all_proxy", None)
        command = [SYNCTHING, "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--no-upgrade"]
        with log.open("wb") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)

    def rest(self, method: str, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", method=method, headers={"X-API-Key": self.api_key}
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy: 127.0.0.1 only
        with opener.open(request, timeout=5) as answer:
            body = answer.read()
        return json.loads(body) if body.strip().startswith((b"{", b"[")) else body

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None and self.process.poll() is None, f"{self.name}: syncthing exited"
            try:
                self.rest("GET", "/rest/system/ping")
                return
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(f"{self.name}: syncthing's REST address never answered")

    def connected_to(self, peer: Instance) -> bool:
        answer = self.rest("GET", "/rest/system/connections")
        assert isinstance(answer, dict)
        return bool(answer.get("connections", {}).get(peer.device_id, {}).get("connected"))

    def rescan(self) -> None:
        """As the file watcher would, only at once (its default delay is 10 s)."""
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def stop(self) -> int | None:
        """Shut down through REST; kill after 20 s. Returns the exit code."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            try:
                self.rest("POST", "/rest/system/shutdown")
            except OSError:
                pass
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        return self.process.returncode


def _set(parent: ET.Element, name: str, value: str) -> None:
    child = parent.find(name)
    if child is None:
        child = ET.SubElement(parent, name)
    child.text = value


def _add_device(root: ET.Element, device_id: str, name: str, address: str) -> None:
    device = ET.Element("device", {"id": device_id, "name": name, "compression": "metadata", "introducer": "false"})
    ET.SubElement(device, "address").text = address
    ET.SubElement(device, "autoAcceptFolders").text = "false"
    root.insert(1, device)


def _add_folder(root: ET.Element, path: str, devices: tuple[str, ...]) -> None:
    folder = ET.Element(
        "folder",
        {
            "id": FOLDER_ID,
            "label": "SHOP sync",
            "path": path,
            "type": "sendreceive",
            "rescanIntervalS": "2",
            "fsWatcherEnabled": "true",
            "fsWatcherDelayS": "1",
        },
    )
    for device_id in devices:
        ET.SubElement(folder, "device", {"id": device_id})
    root.insert(0, folder)


def pair(base: Path) -> tuple[Instance, Instance]:
    """Two instances that know each other, each with its sync folder, configured but not started."""
    one = Instance("centre", base / "st-centre", base / "sync-centre")
    two = Instance("laptop", base / "st-laptop", base / "sync-laptop")
    one.generate()
    two.generate()
    one.configure(two)
    two.configure(one)
    return one, two


def wait_for(condition: object, timeout: float, what: str) -> float:
    """Poll until condition() holds; the seconds it took."""
    began = time.monotonic()
    while time.monotonic() - began < timeout:
        if condition():  # type: ignore[operator]
            return time.monotonic() - began
        time.sleep(0.1)
    raise TimeoutError(f"waited {timeout:.0f} s for {what}")
