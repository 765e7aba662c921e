
import pytest
from keyring.backends import fail, null
from keyring.errors import KeyringLocked

from desktop.delivery.secrets import SERVICE, SecretsError, forget_password, load_password, store_password
from tests.mail_helpers import MemoryKeyring


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")


def test_store_load_forget(use_keyring) -> None:
    backend = use_keyring(MemoryKeyring())
    assert load_password("sam@example.com", "smtp.example.com") is None
    store_password("sam@example.com", "smtp.example.com", "s3cret ü")
    store_password("sam@example.com", "smtp.other.net", "different")
    assert load_password("sam@example.com", "smtp.example.com") == "s3cret ü"
    assert backend.entries[(SERVICE, "sam@example.com@smtp.example.com")] == "s3cret ü"
    assert SERVICE == "Afterview SMTP"
    assert forget_password("sam@example.com", "smtp.example.com") is True
    assert load_password("sam@example.com", "smtp.example.com") is None
    assert load_password("sam@example.com", "smtp.other.net") == "different"
    assert forget_password("sam@example.com", "smtp.example.com") is False  # already gone: not an error


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
