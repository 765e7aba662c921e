"""A small HTTP proxy on loopback in front of a real DAV server, that can misbehave on purpose: drop the connection
after the server has done the request, answer 412 to the first write to each object, or answer 500 a few times."""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class Faults:
    """What the proxy does wrong next; changed by the test between syncs."""

    def __init__(self) -> None:
        self.drop_after = -1  # drop the connection once this many more requests have been forwarded
        self.refuse_first_writes = False  # 412 to the first PUT or DELETE of each object
        self.errors = 0  # answer 500 to this many requests, then recover
        self.hide_sync_collection = False  # a server without RFC 6578: its report is not offered
        self.written: set[str] = set()
        self.lock = threading.Lock()


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
            connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            # Uncompressed, so that the answers can be edited (hide_sync_collection).
            dropped = ("host", "connection", "accept-encoding")
            headers = {k: v for k, v in self.headers.items() if k.lower() not in dropped}
            connection.request(self.command, self.path, body, headers)
            response = connection.getresponse()
            data = response.read()
            connection.close()
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
