from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringLocked, PasswordDeleteError

from desktop.delivery.secrets import SERVICE, SecretsError, forget_password, load_password, store_password


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict, so no test touches the user's real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")


@pytest.fixture
def use_keyring() -> Iterator[Callable[[KeyringBackend], KeyringBackend]]:
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def test_store_load_forget(use_keyring) -> None:
    backend = use_keyring(MemoryKeyring())
    assert load_password("sam@example.com", "smtp.example.com") is None
    store_password("sam@example.com", "smtp.example.com", "s3cret ü")
    store_password("sam@example.com", "smtp.other.net", "different")
    assert load_password("sam@example.com", "smtp.example.com") == "s3cret ü"
    assert backend.entries[(SERVICE, "sam@example.com@smtp.example.com")] == "s3cret ü"
    assert SERVICE == "Afterview SMTP"
    forget_password("sam@example.com", "smtp.example.com")
    assert load_password("sam@example.com", "smtp.example.com") is None
    assert load_password("sam@example.com", "smtp.other.net") == "different"
    forget_password("sam@example.com", "smtp.example.com")  # already gone: not an error


def test_missing_backend_gives_a_clear_message(use_keyring) -> None:
    use_keyring(fail.Keyring())
    for call in (lambda: store_password("u", "h", "p"), lambda: load_password("u", "h"),
                 lambda: forget_password("u", "h")):
        with pytest.raises(SecretsError, match="No system keyring is available to keep the mail password"):
            call()


def test_disabled_keyring_is_not_mistaken_for_storage(use_keyring) -> None:
    use_keyring(null.Keyring())
    with pytest.raises(SecretsError, match="switched off"):
        store_password("u", "h", "p")


def test_locked_keyring_says_so(use_keyring) -> None:
    use_keyring(LockedKeyring())
    with pytest.raises(SecretsError, match="locked"):
        load_password("u", "h")
