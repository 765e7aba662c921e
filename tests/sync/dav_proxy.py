"""A small HTTP proxy on loopback in front of a real DAV server, that can misbehave on purpose: drop the connection
after the server has done the request, answer 412 to the first write to each object, answer 500 a few times,
truncate sync-collection results (RFC 6578 3.6), or answer slowly while counting what it forwarded."""

from __future__ import annotations

import http.client
import itertools
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from lxml import etree

_SYNC_TOKEN = re.compile(rb"<(?:\w+:)?sync-token>([^<]*)</(?:\w+:)?sync-token>")


class Faults:
    """What the proxy does wrong next; changed by the test between syncs."""

    def __init__(self) -> None:
        self.drop_after = -1  # drop the connection once this many more requests have been forwarded
        self.refuse_first_writes = False  # 412 to the first PUT or DELETE of each object
        self.errors = 0  # answer 500 to this many requests, then recover
        self.hide_sync_collection = False  # a server without RFC 6578: its report is not offered
        self.truncate_after = 0  # keep this many responses of a sync-collection result, then 507 (0: all)
        self.delay = 0.0  # seconds each answer waits after the server has done the request
        self.written: set[str] = set()
        self.seen: dict[str, int] = {}  # method -> requests forwarded to the server
        self.refused = 0  # answers 401 (authentication asked for) the server gave
        self.truncated = 0  # sync-collection results cut short
        self.lock = threading.Lock()
        # A token the proxy gave with a truncated result -> (the token asked with, responses already given).
        self.continuations: dict[str, tuple[bytes, int]] = {}
        self._numbers = itertools.count(1)

    def continue_sync(self, body: bytes) -> tuple[bytes, int]:
        """The request as the server must see it (a continuation's token replaced), and how many of its responses
        were given already."""
        found = _SYNC_TOKEN.search(body)
        token = found.group(1).decode() if found else ""
        if token not in self.continuations:
            return body, 0
        original, skip = self.continuations[token]
        return body[:found.start(1)] + original + body[found.end(1):], skip

    def truncate(self, data: bytes, path: str, asked: bytes, skip: int) -> bytes:
        """A sync-collection multistatus cut after `truncate_after` more responses, with a 507 for the collection
        itself and a token that continues from there; a result that fits is given whole."""
        tree = etree.fromstring(data)
        responses = tree.findall("{DAV:}response")[skip:]
        for response in tree.findall("{DAV:}response"):
            tree.remove(response)
        kept, rest = responses[:self.truncate_after], responses[self.truncate_after:]
        token = tree.find("{DAV:}sync-token")
        for response in kept:
            (token.addprevious(response) if token is not None else tree.append(response))
        if rest and token is not None:
            cut = etree.Element("{DAV:}response")
            etree.SubElement(cut, "{DAV:}href").text = path
            etree.SubElement(cut, "{DAV:}status").text = "HTTP/1.1 507 Insufficient Storage"
            etree.SubElement(etree.SubElement(cut, "{DAV:}error"), "{DAV:}number-of-matches-within-limits")
            token.addprevious(cut)
            continuation = f"{token.text}#proxy-{next(self._numbers)}"
            self.continuations[continuation] = (asked, skip + len(kept))
            token.text = continuation
            self.truncated += 1
        return etree.tostring(tree, xml_declaration=True, encoding="utf-8")


@contextmanager
def proxy(upstream: str, faults: Faults) -> Iterator[str]:
    """The proxy's base URL while the block runs."""
    target = urlsplit(upstream)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the test's output is the test's."""

        def __getattr__(self, name: str):
            if name.startswith("do_"):
                return self._forward
            raise AttributeError(name)

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _forward(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            sync_report = self.command == "REPORT" and b"sync-collection" in body
            skip, asked = 0, b""
            with faults.lock:
                if faults.errors > 0:
                    faults.errors -= 1
                    self._answer(500)
                    return
                if faults.refuse_first_writes and self.command in ("PUT", "DELETE") \
                        and self.path not in faults.written:
                    faults.written.add(self.path)
                    self._answer(412)
                    return
                drop = faults.drop_after == 0
                faults.drop_after -= 1 if faults.drop_after >= 0 else 0
                if sync_report and faults.truncate_after:
                    body, skip = faults.continue_sync(body)
                    found = _SYNC_TOKEN.search(body)
                    asked = found.group(1) if found else b""
            connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            # Uncompressed, so that the answers can be edited (hide_sync_collection).
            dropped = ("host", "connection", "accept-encoding", "content-length")  # the body may be edited
            headers = {k: v for k, v in self.headers.items() if k.lower() not in dropped}
            connection.request(self.command, self.path, body, headers)
            response = connection.getresponse()
            data = response.read()
            connection.close()
            with faults.lock:
                faults.seen[self.command] = faults.seen.get(self.command, 0) + 1
                faults.refused += response.status == 401
                if sync_report and faults.truncate_after and response.status == 207:
                    data = faults.truncate(data, self.path, asked, skip)
            time.sleep(faults.delay)
            if faults.hide_sync_collection and self.command == "PROPFIND":
                data = re.sub(rb"<(\w+:)?supported-report>(?:(?!</(\w+:)?supported-report>).)*sync-collection"
                              rb"(?:(?!</(\w+:)?supported-report>).)*</(\w+:)?supported-report>", b"", data, flags=re.S)
            if drop:  # the server did it, the client never hears
                self.close_connection = True
                self.connection.close()
                return
            self.send_response(response.status, response.reason)
            for key, value in response.getheaders():
                if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
