"""Saved remote servers: names and addresses in a JSON file, API keys in the system keyring."""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from localchat.errors import UserFacingError
from localchat.i18n import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)

FILE_VERSION = 1
KEYRING_SERVICE = "LocalChat remote server"
# Translated when a store takes them (at start-up, once the language is set).
SESSION_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "Servers",
    "No system keyring is available on this computer, so API keys are kept only until "
    "LocalChat closes; you will be asked again next time.",
)
REFUSED_NOTE = QT_TRANSLATE_NOOP(
    "Servers",
    "The system keyring did not accept an API key (it may be locked), so that key is kept "
    "only until LocalChat closes; you will be asked again next time.",
)


@dataclass(frozen=True)
class SavedServer:
    """One OpenAI-compatible server a team uses; its API key is never stored here."""

    name: str
    base_url: str
    model: str = ""  # the model last chosen on this server, "" when none yet


class SecretStore(Protocol):
    """Where API keys live; ``note`` says in a sentence when they last only for this session."""

    note: str

    def get(self, account: str) -> str | None:
        """The secret saved for an account, or None."""
        ...

    def set(self, account: str, secret: str) -> None:
        """Save a secret for an account."""
        ...

    def delete(self, account: str) -> None:
        """Forget an account's secret (no error when there is none)."""
        ...


class MemorySecretStore:
    """Keys kept in this process only: the fallback when no keyring can be used."""

    def __init__(self, note: str = SESSION_ONLY_NOTE) -> None:
        self.note = translate("Servers", note)
        self._secrets: dict[str, str] = {}

    def get(self, account: str) -> str | None:
        """The secret saved for an account, or None."""
        return self._secrets.get(account)

    def set(self, account: str, secret: str) -> None:
        """Save a secret for the rest of the session."""
        self._secrets[account] = secret

    def delete(self, account: str) -> None:
        """Forget an account's secret."""
        self._secrets.pop(account, None)


class KeyringSecretStore:
    """Keys in the system keyring (Keychain, Windows Credential Locker, Secret Service).

    ``keyring`` is the ``keyring`` module or anything with its three password functions.
    A keyring that refuses a key (locked, its service gone, an unlock prompt dismissed) does
    not lose it: the key is kept for this session and ``note`` says so.
    """

    def __init__(self, keyring: Any, service: str = KEYRING_SERVICE) -> None:
        self._keyring = keyring
        self._service = service
        self._session = MemorySecretStore(REFUSED_NOTE)  # keys the keyring refused
        self.note = ""

    def get(self, account: str) -> str | None:
        """The secret saved for an account, or None."""
        kept = self._session.get(account)
        if kept is not None:
            return kept
        try:
            value = self._keyring.get_password(self._service, account)
        except Exception as exc:  # keyring.errors.KeyringError, or its D-Bus gone meanwhile
            logger.warning("The system keyring could not be read for %s: %s", account, exc)
            return None
        return None if value is None else str(value)

    def set(self, account: str, secret: str) -> None:
        """Save a secret in the keyring; one it refuses is kept for this session."""
        try:
            self._keyring.set_password(self._service, account, secret)
        except Exception as exc:  # keyring.errors.PasswordSetError, KeyringLocked, ...
            logger.warning(
                "The system keyring refused the API key of %s (%s); it is kept until "
                "LocalChat closes",
                account,
                exc,
            )
            self._session.set(account, secret)
            self.note = self._session.note
            return
        self._session.delete(account)

    def delete(self, account: str) -> None:
        """Forget an account's secret."""
        self._session.delete(account)
        try:
            self._keyring.delete_password(self._service, account)
        except Exception as exc:  # keyring.errors.PasswordDeleteError: nothing was saved
            logger.debug("No keyring entry to delete for %s: %s", account, exc)


def default_secret_store() -> SecretStore:
    """The system keyring when the ``keyring`` package is installed and has a working backend."""
    try:
        import keyring
    except ImportError:
        logger.info("keyring is not installed; API keys last for this session only")
        return MemorySecretStore()
    if not keyring_usable(keyring):
        logger.info("No usable keyring backend; API keys last for this session only")
        return MemorySecretStore()
    return KeyringSecretStore(keyring)


def keyring_usable(keyring: Any) -> bool:
    """Whether keyring's chosen backend can really store secrets (not its fail/null ones)."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    inner = getattr(backend, "backends", None)  # the chainer backend wraps the real ones
    return inner is None or bool(inner)


class ServerList:
    """The saved servers, in ``servers.json`` next to the settings file.

    The file holds names, addresses and last models only. API keys go to ``secrets``
    (the keyring by default); when they last only for this session, ``key_note`` says so.
    """

    def __init__(self, file: Path, secrets: SecretStore | None = None) -> None:
        self._file = file
        # The keyring is looked up when a key is first needed: importing keyring and
        # finding its backend takes 0.3-0.5 s, too long for start-up.
        self._chosen_secrets = secrets
        self._choosing = threading.Lock()
        self._servers = self._load()

    @property
    def _secrets(self) -> SecretStore:
        with self._choosing:  # one store per list, even when two threads ask at once
            if self._chosen_secrets is None:
                self._chosen_secrets = default_secret_store()
            return self._chosen_secrets

    @property
    def key_note(self) -> str:
        """A plain sentence to show where keys are entered, "" when they are kept safely."""
        return self._secrets.note

    def list(self) -> list[SavedServer]:
        """The saved servers, in the order they were added."""
        return list(self._servers)

    def get(self, name: str) -> SavedServer | None:
        """The server saved under ``name`` (any letter case), or None."""
        return next((s for s in self._servers if s.name.casefold() == name.casefold()), None)

    def add(
        self, name: str, base_url: str, api_key: str | None = None, model: str = ""
    ) -> SavedServer:
        """Save a server (replacing one of the same name) and its key, if one is given."""
        name, base_url = name.strip(), base_url.strip()
        if not name or not base_url:
            raise UserFacingError(
                translate("Servers", "A server needs a name and an address."),
                translate("Servers", "Fill in both fields and save again."),
            )
        server = SavedServer(name=name, base_url=base_url, model=model)
        old = self.get(name)
        self._servers = [s for s in self._servers if s is not old] + [server]
        self._save()
        if api_key is not None:
            self.set_api_key(name, api_key)
        return server

    def remove(self, name: str) -> None:
        """Forget a server and its key."""
        old = self.get(name)
        if old is None:
            return
        self._servers = [s for s in self._servers if s is not old]
        self._save()
        self._secrets.delete(_account(old.name))

    def api_key(self, name: str) -> str | None:
        """The key saved for a server, or None when it has none (or it was session-only)."""
        return self._secrets.get(_account(name)) if self.get(name) else None

    def set_api_key(self, name: str, api_key: str | None) -> None:
        """Store (or with None or "", forget) a saved server's key."""
        if self.get(name) is None:
            raise KeyError(name)
        if api_key:
            self._secrets.set(_account(name), api_key)
        else:
            self._secrets.delete(_account(name))

    def _load(self) -> list[SavedServer]:
        if not self._file.exists():
            return []
        try:
            payload = json.loads(self._file.read_text(encoding="utf-8"))
            entries = payload["servers"]
            return [
                SavedServer(str(e["name"]), str(e["base_url"]), str(e.get("model", "")))
                for e in entries
            ]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("Ignoring unreadable server list %s: %s", self._file, exc)
            return []

    def _save(self) -> None:
        self._file.parent.mkdir(parents=True, exist_ok=True)
        payload = {"version": FILE_VERSION, "servers": [asdict(s) for s in self._servers]}
        tmp = self._file.with_suffix(".tmp")
        tmp.write_text(json.dumps(payload, indent=2), encoding="utf-8")
        os.replace(tmp, self._file)


def _account(name: str) -> str:
    """The keyring account of a saved server: its name, letter case folded."""
    return name.casefold()
