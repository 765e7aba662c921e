"""Send one message over SMTP and turn every failure into a SendError the user can act on."""

from __future__ import annotations

import base64
import copy
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import getaddresses

from desktop.core.messages import Message, english
from desktop.core.settings import Settings

SECURITY_MODES = ("starttls", "ssl", "none")
# What went wrong, for the UI to choose its advice: check the password, the server name, the address, ...
SEND_ERROR_KINDS = ("authentication", "connection", "refused_recipient", "timeout", "tls", "rejected")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # one of SECURITY_MODES
    user: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpSettings:
        return cls(settings.smtp_host, settings.smtp_port, settings.smtp_security, settings.smtp_user)


class SendError(Exception):
    """Sending failed; `kind` is one of SEND_ERROR_KINDS and `message` a plain sentence for the user."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def send(message: EmailMessage, settings: SmtpSettings, password: str | None, timeout: float = 20,
         context: ssl.SSLContext | None = None) -> None:
    """Deliver `message` to its To/Cc/Bcc recipients; log in when a password is given.

    `context` defaults to the system's certificate store; pass one to trust a private certificate authority.
    """
    if settings.security not in SECURITY_MODES:
        raise SendError("tls", Message("Unknown connection security “{security}”; choose starttls, ssl or none.",
                                       security=settings.security))
    if not settings.host.strip():
        raise SendError("connection", english("No SMTP server is set; enter your provider's outgoing server in "
                                              "Settings."))
    server = f"{settings.host}:{settings.port}"
    context = context or ssl.create_default_context()
    step = "connect"
    try:
        if settings.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout, context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
        with client:
            client.ehlo()
            if settings.security == "starttls":
                step = "starttls"
                client.starttls(context=context)
                client.ehlo()
            if password is not None:
                step = "login"
                _login(client, settings.user, password)
            step = "send"
            refused = _deliver(client, message)
    except smtplib.SMTPAuthenticationError as exc:
        raise SendError("authentication", Message("The server refused the password for user {user}. ({reply})",
                                                  user=settings.user, reply=_reply(exc))) from exc
    except smtplib.SMTPNotSupportedError as exc:
        if step == "starttls":
            raise SendError("tls", Message("{server} does not offer STARTTLS; choose SSL (usually port 465) or ask "
                                           "your provider which security to use.", server=server)) from exc
        raise SendError("authentication", Message("{server} does not accept a login on this connection; check the "
                                                  "connection security in Settings.", server=server)) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise SendError("refused_recipient", _refused(exc.recipients)) from exc
    except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        raise SendError("rejected", Message("The server did not accept the message: {reply}",
                                            reply=_reply(exc))) from exc
    except ssl.SSLCertVerificationError as exc:
        raise SendError("tls", Message("The certificate of {server} could not be verified ({reason}).", server=server,
                                       reason=exc.verify_message)) from exc
    except ssl.SSLError as exc:
        raise SendError("tls", Message("Could not set up a secure connection with {server}; check the port and the "
                                       "connection security (SSL is usually port 465, STARTTLS 587). ({reason})",
                                       server=server, reason=exc.reason)) from exc
    except smtplib.SMTPServerDisconnected as exc:
        if isinstance(exc.__context__, TimeoutError):
            raise _timeout(server, timeout) from exc
        raise SendError("connection", Message("{server} closed the connection unexpectedly.", server=server)) from exc
    except TimeoutError as exc:
        raise _timeout(server, timeout) from exc
    except smtplib.SMTPResponseException as exc:
        raise SendError("rejected", Message("The server answered with an error: {reply}", reply=_reply(exc))) from exc
    except socket.gaierror as exc:
        raise SendError("connection", Message("The server name {host} could not be found; check it in Settings and "
                                              "that you are online.", host=settings.host)) from exc
    except ConnectionRefusedError as exc:
        raise SendError("connection", Message("Nothing accepts mail at {server} (connection refused); check the "
                                              "server name and port.", server=server)) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise SendError("connection", Message("Could not talk to {server}: {error}.", server=server,
                                              error=str(exc))) from exc
    if refused:
        raise SendError("refused_recipient", _refused(refused))


def _deliver(client: smtplib.SMTP, message: EmailMessage) -> dict[str, tuple[int, bytes]]:
    """Send `message` to its To/Cc/Bcc as smtplib's send_message does, but with every body line as written.

    send_message's generator writes a line that begins "From " as ">From " (the mbox file convention) whenever no
    address needs SMTPUTF8, so a note saying "From what you described, ..." arrived reading ">From what you
    described". The message is flattened here without that, Bcc left out, CRLF line ends.
    """
    sender = getaddresses([str(message["Sender"] or message["From"])])[0][1]
    recipients = [address for _name, address in getaddresses(
        [str(value) for field in ("To", "Cc", "Bcc") for value in message.get_all(field, [])])]
    if not "".join([sender, *recipients]).isascii():
        return client.send_message(message)  # with SMTPUTF8 its generator keeps "From " lines as they are
    outgoing = copy.copy(message)
    del outgoing["Bcc"]
    return client.sendmail(sender, recipients, outgoing.as_bytes(policy=message.policy.clone(linesep="\r\n")))


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    if (user + password).isascii():
        client.login(user, password)
        return
    # smtplib sends credentials as ASCII and raises UnicodeEncodeError on a password such as "zoë";
    # AUTH PLAIN (RFC 4616) carries UTF-8, so send it ourselves.
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _timeout(server: str, seconds: float) -> SendError:
    return SendError("timeout", Message("{server} did not answer within {seconds:g} seconds.", server=server,
                                        seconds=seconds))


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {' '.join(text.split())}"


def _refused(recipients: dict[str, tuple[int, bytes]]) -> str:
    parts = [f"{address} ({code} {reply.decode('utf-8', 'replace').strip()})"
             for address, (code, reply) in recipients.items()]
    return Message("The server refused the recipient {recipients}.", recipients=", ".join(parts))
