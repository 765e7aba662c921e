"""The SMTP and sync passwords in the operating system's keyring, never in Afterview's own files."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import null
from keyring.errors import KeyringError, KeyringLocked, NoKeyringError, PasswordDeleteError

from desktop.core.messages import Message, english

SERVICE = "Afterview SMTP"
SYNC_SERVICE = "Afterview sync"  # the CalDAV/CardDAV account's


class SecretsError(Exception):
    """The keyring could not be used; the message says why in plain words."""


def _no_keyring(detail: str) -> SecretsError:
    return SecretsError(Message("No system keyring is available to keep the mail password ({detail}). Afterview will "
                                "ask for the password each time you send.", detail=detail))


def _account(user: str, host: str) -> str:
    # One entry per user per server: the same address can have different passwords on two providers.
    return f"{user}@{host}"


def _backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    # The null backend accepts a password and silently forgets it; say so rather than pretend it was kept.
    if isinstance(backend, null.Keyring):
        raise _no_keyring(english("the keyring is switched off"))
    return backend


def _explain(exc: KeyringError) -> SecretsError:
    if isinstance(exc, NoKeyringError):
        return _no_keyring(english("no keyring service was found"))
    if isinstance(exc, KeyringLocked):
        return SecretsError(english("The system keyring is locked; unlock it and try again."))
    return SecretsError(Message("The system keyring refused the request: {error}", error=str(exc)))


def store_password(user: str, host: str, password: str, service: str = SERVICE) -> None:
    """Keep the password for this user on this server, replacing any earlier one."""
    try:
        _backend().set_password(service, _account(user, host), password)
    except KeyringError as exc:
        raise _explain(exc) from exc


def load_password(user: str, host: str, service: str = SERVICE) -> str | None:
    """The kept password, or None when none was stored."""
    try:
        return _backend().get_password(service, _account(user, host))
    except KeyringError as exc:
        raise _explain(exc) from exc


def forget_password(user: str, host: str, service: str = SERVICE) -> bool:
    """Remove the kept password; False (not an error) when none was stored."""
    try:
        _backend().delete_password(service, _account(user, host))
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise _explain(exc) from exc
    return True
