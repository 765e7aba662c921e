import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Callable
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from desktop.core.mail import build_message
from desktop.delivery.smtp import SendError, SmtpSettings, send
from tests.mail_helpers import Recorder, free_port, only_sam

BODY = "Liebe Zoë,\n\nvielen Dank für das Gespräch — bis bald.\n\nSam"


class RefusesNobody(Recorder):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        if address.startswith("nobody@"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"


StartServer = Callable[..., Controller]


def note(to_email: str = "zoe@example.org") -> object:
    return build_message("Sam Rivera", "sam@example.com", "Zoë Ångström", to_email, "Danke für Dienstag", BODY)


def plain(controller: Controller, user: str = "") -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=controller.port, security="none", user=user)


def test_message_arrives_with_encoded_headers_and_utf8_body(smtp_server: StartServer) -> None:
    handler = Recorder()
    send(note(), plain(smtp_server(handler)), password=None, timeout=5)
    [envelope] = handler.envelopes
    assert envelope.mail_from == "sam@example.com"
    assert envelope.rcpt_tos == ["zoe@example.org"]
    raw: bytes = envelope.original_content
    headers = raw.split(b"\r\n\r\n")[0]
    assert raw.isascii()
    assert b"To: =?utf-8?b?" in headers and b"<zoe@example.org>" in headers
    received = message_from_bytes(raw, policy=policy.default)
    assert received["To"].addresses[0].display_name == "Zoë Ångström"
    assert str(received["From"]) == "Sam Rivera <sam@example.com>"
    assert str(received["Subject"]) == "Danke für Dienstag"
    assert received["Message-ID"] and received["Date"]
    assert received.get_content_charset() == "utf-8"
    assert received.get_content().replace("\r\n", "\n") == BODY + "\n"  # SMTP carries CRLF line ends


def test_a_line_that_begins_with_from_arrives_as_written(smtp_server: StartServer) -> None:
    # Python's mail generator writes such a line as ">From" unless told not to; a template's own sentence begins so.
    handler = Recorder()
    body = "Hi Zoë,\n\nFrom what you described, my background is a good match.\nFrom Monday I am free.\n\nSam"
    message = build_message("Sam Rivera", "sam@example.com", "Zoe Lang", "zoe@example.org", "Thank you", body)
    message["Bcc"] = "sam.archive@example.com"
    send(message, plain(smtp_server(handler)), password=None, timeout=5)
    [envelope] = handler.envelopes
    assert envelope.rcpt_tos == ["zoe@example.org", "sam.archive@example.com"]
    raw: bytes = envelope.original_content
    assert b">From" not in raw and b"Bcc" not in raw and b"\n" not in raw.replace(b"\r\n", b"")
    received = message_from_bytes(raw, policy=policy.default)
    assert received.get_content().replace("\r\n", "\n") == body + "\n"


def test_login_with_the_right_password(smtp_server: StartServer) -> None:
    handler = Recorder()
    controller = smtp_server(handler, authenticator=only_sam, auth_require_tls=False)
    send(note(), plain(controller, user="sam"), password="right", timeout=5)
    assert len(handler.envelopes) == 1


def test_wrong_password_is_an_authentication_error(smtp_server: StartServer) -> None:
    handler = Recorder()
    controller = smtp_server(handler, authenticator=only_sam, auth_require_tls=False)
    with pytest.raises(SendError) as raised:
        send(note(), plain(controller, user="sam"), password="wrong", timeout=5)
    assert raised.value.kind == "authentication"
    assert raised.value.message.startswith("The server refused the password for user sam.")
    assert handler.envelopes == []


def test_refused_recipient_names_the_address(smtp_server: StartServer) -> None:
    handler = RefusesNobody()
    with pytest.raises(SendError) as raised:
        send(note("nobody@example.org"), plain(smtp_server(handler)), password=None, timeout=5)
    assert raised.value.kind == "refused_recipient"
    assert "nobody@example.org" in raised.value.message and "550" in raised.value.message
    assert handler.envelopes == []


def test_closed_port_is_a_connection_error() -> None:
    settings = SmtpSettings(host="127.0.0.1", port=free_port(), security="none")
    with pytest.raises(SendError) as raised:
        send(note(), settings, password=None, timeout=5)
    assert raised.value.kind == "connection"
    assert "connection refused" in raised.value.message


@pytest.mark.parametrize("security", ["none", "ssl", "starttls"])
def test_server_that_never_answers_is_a_timeout(security: str) -> None:
    # The kernel completes the TCP handshake for a listening socket, so the client connects and then waits
    # for a greeting (or a TLS handshake) that never comes.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        settings = SmtpSettings(host="127.0.0.1", port=silent.getsockname()[1], security=security)
        with pytest.raises(SendError) as raised:
            send(note(), settings, password=None, timeout=0.3)
    assert raised.value.kind == "timeout"
    assert raised.value.message.endswith("did not answer within 0.3 seconds.")


def test_starttls_not_offered_is_a_tls_error(smtp_server: StartServer) -> None:
    controller = smtp_server(Recorder())
    settings = SmtpSettings(host="127.0.0.1", port=controller.port, security="starttls")
    with pytest.raises(SendError) as raised:
        send(note(), settings, password=None, timeout=5)
    assert raised.value.kind == "tls"
    assert "does not offer STARTTLS" in raised.value.message


def test_ssl_to_a_plain_server_is_a_tls_error(smtp_server: StartServer) -> None:
    controller = smtp_server(Recorder())
    settings = SmtpSettings(host="127.0.0.1", port=controller.port, security="ssl")
    with pytest.raises(SendError) as raised:
        send(note(), settings, password=None, timeout=5)
    assert raised.value.kind == "tls"
    assert "secure connection" in raised.value.message


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, made with cryptography (installed with keyring on Linux)."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def tls_server(smtp_server: StartServer, tmp_path: Path) -> tuple[Controller, Recorder, Path]:
    cert, key = self_signed(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    handler = Recorder()
    controller = smtp_server(handler, tls_context=server_context, require_starttls=True, authenticator=only_sam)
    return controller, handler, cert


def test_starttls_then_login_with_a_trusted_certificate(tls_server: tuple[Controller, Recorder, Path]) -> None:
    controller, handler, cert = tls_server
    settings = SmtpSettings(host="127.0.0.1", port=controller.port, security="starttls", user="sam")
    send(note(), settings, password="right", timeout=5, context=ssl.create_default_context(cafile=str(cert)))
    assert len(handler.envelopes) == 1


def test_untrusted_certificate_is_a_tls_error(tls_server: tuple[Controller, Recorder, Path]) -> None:
    controller, handler, _ = tls_server
    settings = SmtpSettings(host="127.0.0.1", port=controller.port, security="starttls", user="sam")
    with pytest.raises(SendError) as raised:
        send(note(), settings, password="right", timeout=5)
    assert raised.value.kind == "tls"
    assert "certificate of 127.0.0.1" in raised.value.message and "could not be verified" in raised.value.message
    assert handler.envelopes == []
