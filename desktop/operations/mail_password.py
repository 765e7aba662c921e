"""The SMTP password in the system keyring, kept once the server accepted it and forgotten on request or when
the server refused it; and the error a send ends with. The window reaches the keyring and the mail server only
through here and the operations that send."""

from desktop.delivery.secrets import SecretsError, forget_password, load_password, store_password
from desktop.delivery.smtp import SendError

__all__ = ["SecretsError", "SendError", "forget_password", "load_password", "store_password"]
