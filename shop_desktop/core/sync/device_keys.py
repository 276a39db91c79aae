"""Device keys for devices that have none yet (enrolled before devices had keys), and the rule (#25).

A bundle is taken only from a device whose key this vault holds, as a manager named it: in the
device list of a manager's bundle (devices.learn), or in a key listing file a manager signed
(below). A bundle from a device without one is refused: anyone certified could otherwise write a
bundle in that device's name with only their own signature.

A device without a key gets one when a coordinator or admin signs in on it and syncs: the run makes
the key pair there, and writes `<vault>-d<n>.shopdevicekey` into the sync folder: the device's
number and public key, signed by that manager and by the new key itself. Receivers read it when a
bundle comes from a device they have no key for, so they need not first apply a later bundle of
the same device. The same run adds the device's signature to its own earlier bundles still in the
folder (signed by a certified person, numbered up to what it sent), so devices that hadn't taken
them take them now: the manager at the device vouches for them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from shop_desktop.core.store import crypto, keyfile, trust
from shop_desktop.core.sync import bundle, devices

SUFFIX = ".shopdevicekey"
FORMAT = "shop-sync-device-key"
_SIGNED = b"shop-sync-device-key-v1|"


def listing_name(vault_id: str, number: int) -> str:
    return f"{vault_id}-d{number}{SUFFIX}"


def _message(record: dict[str, Any]) -> bytes:
    return _SIGNED + json.dumps(record, sort_keys=True).encode()


def listed_key(raw: bytes, keys: keyfile.KeyFile, vault_id: str, number: int) -> bytes | None:
    """The device key a listing file names, if an active manager of `keys` signed it and the key
    itself did too (so its holder had it); None for anything else."""
    try:
        found = json.loads(raw)
        record = dict(found["record"])
        public = bytes.fromhex(str(record["sign_public"]))
        signer = keys.certificate(int(record["signer"]))
        by_manager = bytes.fromhex(str(found["signature"]))
        by_device = bytes.fromhex(str(found["device_signature"]))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if (record.get("format"), record.get("vault_id"), record.get("device")) != (FORMAT, vault_id, number):
        return None
    if not trust.is_manager(signer) or signer is None:
        return None
    message = _message(record)
    if crypto.signature_valid(signer.sign_public, by_manager, message) and crypto.signature_valid(
        public, by_device, message
    ):
        return public
    return None


def key_for(conn: Any, keys: keyfile.KeyFile, vault_id: str, folder: Path, number: int) -> bytes | None:
    """The key this vault holds for a device, or one a manager's listing file in the folder names
    (then learned, never replaced); None if neither."""
    known = devices.public_of(conn, number)
    if known is not None:
        return known
    path = folder / listing_name(vault_id, number)
    if not path.is_file():
        return None
    public = listed_key(path.read_bytes(), keys, vault_id, number)
    if public is not None:
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
            (devices.DEVICE_PUBLIC_META + str(number), public.hex()),
        )
    return public


def no_key_message(conn: Any, name: str, number: int) -> str:
    found = devices.device(conn, number)
    called = f"device {number} ({found.name})" if found else f"device {number}"
    return (
        f"Bundle {name} comes from {called}, which has no device key here yet, so nothing shows it was made "
        "on that device. It was not applied. A device added before devices had keys gets one when a "
        "coordinator or admin signs in on it and chooses Sync now; its bundles are applied after that."
    )


def ensure_listed(conn: Any, keys: keyfile.KeyFile, vault_id: str, run: dict[str, Any]) -> None:
    """On a manager's run: this device gets a key if it has none, and a listing file is written
    for a key the other devices may not know (made here after they were enrolled). Its own earlier
    bundles without a device signature get one. A device enrolled with its key needs neither."""
    if not trust.is_manager(keys.certificate(int(run["author"]))):
        return
    number, private = int(run["device"]), devices.own_signing_key(conn)
    if not private:
        private = devices.new_device_key(conn, number)
        for made in (
            (devices.DEVICE_KEY_META, private.hex()),
            (devices.UNLISTED_META, crypto.sign_public_of(private).hex()),
        ):
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", made)
    run["device_key"] = private
    public = crypto.sign_public_of(private)
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (devices.UNLISTED_META,)).fetchone()
    if row is None or str(row[0]) != public.hex():
        return
    record = {"format": FORMAT, "vault_id": vault_id, "device": number, "sign_public": public.hex(),
              "signer": int(run["author"])}  # fmt: skip
    message = _message(record)
    listing = {"record": record, "signature": crypto.sign(run["sign_private"], message).hex(),
               "device_signature": crypto.sign(private, message).hex()}  # fmt: skip
    _sign_earlier(conn, keys, vault_id, run, private)
    bundle.write(run["sync_folder"], listing_name(vault_id, number), json.dumps(listing, sort_keys=True).encode())
    conn.execute("DELETE FROM meta WHERE key = ?", (devices.UNLISTED_META,))


def _sign_earlier(conn: Any, keys: keyfile.KeyFile, vault_id: str, run: dict[str, Any], private: bytes) -> None:
    """This device's bundles in the folder, up to the last it sent, that carry only a person's
    signature: the device's added, the file rewritten whole (`.partial`, fsync, rename)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'sync.sent'").fetchone()
    sent, folder = (int(row[0]) if row else 0), Path(run["sync_folder"])
    certified = {c.sign_public for c in keys.certificates}
    for path in sorted(folder.glob(f"{vault_id}-d{run['device']}-*{bundle.SUFFIX}")):
        parsed = bundle.parse_name(path.name)
        if parsed is None or parsed[1] != int(run["device"]) or parsed[3] > sent:
            continue
        try:
            found = bundle.read(path.read_bytes(), path.name)
        except bundle.BundleRefused:
            continue
        if len(found.signature) == 64 and bundle.signed_by(found, certified):
            bundle.write(folder, path.name, bundle.with_device_signature(found, private))
