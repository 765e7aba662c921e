"""A loopback CalDAV/CardDAV server just large enough for sync's account setup, for `afterview --self-test`.

It asks for a password as real servers do (401, then Basic), answers discovery (principal, then the calendar and
address-book homes), offers an Afterview calendar and lets an address book be made (MKCOL), so that setting up an
account against it runs the whole HTTP and XML side of sync: caldav's DAVClient, niquests and lxml.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

USER, PASSWORD = "self-test", "Zoë's self-test"
PRINCIPAL = "/dav/principals/self-test/"
CALENDARS, BOOKS = "/dav/calendars/self-test/", "/dav/addressbooks/self-test/"
_NAMESPACES = 'xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:a="urn:ietf:params:xml:ns:carddav"'
_SYNC_REPORT = "<d:supported-report-set><d:supported-report><d:report><d:sync-collection/></d:report>" \
               "</d:supported-report></d:supported-report-set>"


@contextmanager
def loopback_dav() -> Iterator[str]:
    """A server on 127.0.0.1 for the time of the block; yields the address to set up an account with."""
    collections = {CALENDARS: {CALENDARS + "afterview-calendar/": "<c:calendar/>"}, BOOKS: {}}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(collections))
    thread = threading.Thread(target=server.serve_forever, name="self-test DAV server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/dav/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _handler(collections: dict[str, dict[str, str]]) -> type[BaseHTTPRequestHandler]:
    """A request handler over `collections` (home → collection path → its resource type), which MKCOL fills."""
    expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the self-test prints its own report."""

        def do_PROPFIND(self) -> None:
            if not self._authorised():
                return
            path = self.path
            if path == "/dav/":
                self._answer([(path, f"<d:current-user-principal><d:href>{PRINCIPAL}</d:href>"
                                     "</d:current-user-principal>")])
            elif path == PRINCIPAL:
                self._answer([(path, f"<c:calendar-home-set><d:href>{CALENDARS}</d:href></c:calendar-home-set>"
                                     f"<a:addressbook-home-set><d:href>{BOOKS}</d:href></a:addressbook-home-set>")])
            elif path in collections:
                home = [(path, "<d:resourcetype><d:collection/></d:resourcetype>")]
                listed = [(href, _collection_props(kind)) for href, kind in collections[path].items()]
                self._answer(home + listed if self.headers.get("Depth") == "1" else home)
            elif kind := next((found[path] for found in collections.values() if path in found), ""):
                self._answer([(path, _collection_props(kind))])
            else:
                self._send(404)

        def do_MKCOL(self) -> None:
            if self._authorised():
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                home = self.path.rstrip("/").rsplit("/", 1)[0] + "/"
                if home != BOOKS:
                    self._send(403)
                    return
                collections[BOOKS][self.path] = "<a:addressbook/>"
                self._send(201)

        def _authorised(self) -> bool:
            if self.headers.get("Authorization") == expected:
                return True
            self._send(401, {"WWW-Authenticate": 'Basic realm="Afterview self-test"'})
            return False

        def _answer(self, responses: list[tuple[str, str]]) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = "".join(f"<d:response><d:href>{escape(href)}</d:href><d:propstat><d:prop>{props}</d:prop>"
                           "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
                           for href, props in responses)
            self._send(207, {"Content-Type": 'application/xml; charset="utf-8"'},
                       f'<?xml version="1.0" encoding="utf-8"?><d:multistatus {_NAMESPACES}>{body}</d:multistatus>')

        def _send(self, status: int, headers: dict[str, str] | None = None, body: str = "") -> None:
            data = body.encode()
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _collection_props(kind: str) -> str:
    return (f"<d:resourcetype><d:collection/>{kind}</d:resourcetype><d:displayname>Afterview</d:displayname>"
            f'<d:sync-token>http://127.0.0.1/sync/1</d:sync-token>{_SYNC_REPORT}')
