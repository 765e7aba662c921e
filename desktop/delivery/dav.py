"""Talking to the user's CalDAV/CardDAV server: discovery, collections, changes since the last sync, and writes
that never overwrite what someone else changed meanwhile (If-Match, If-None-Match: *).

The HTTP work (authentication, certificate checks, connection reuse) is the `caldav` library's DAVClient; what
is built here are the WebDAV requests sync needs (RFC 4918, 4791, 6352, 6578, 5397), each sent once and counted.
No Qt, no database: plain values in and out, every failure a DavError with a message a user can act on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit
from xml.sax.saxutils import escape

import niquests
from caldav.davclient import DAVClient
from caldav.lib import error as caldav_error
from lxml import etree

from desktop.core.messages import Message, english

NS = {"d": "DAV:", "c": "urn:ietf:params:xml:ns:caldav", "a": "urn:ietf:params:xml:ns:carddav",
      "cs": "http://calendarserver.org/ns/"}
CALENDAR, ADDRESS_BOOK = "calendar", "addressbook"
MULTIGET_BATCH = 200  # objects asked for in one REPORT
TIMEOUT = 30  # seconds; a server that says nothing for this long is treated as unreachable


class DavError(Exception):
    """The server could not be used for this; the message says why in plain words."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status  # the HTTP status that said so, when one did


class Offline(DavError):
    """The server could not be reached at all: a state to show, not an error to report."""


class Changed(DavError):
    """412: the object changed on the server (or exists already) since it was last read."""


class TokenExpired(DavError):
    """The server no longer knows the sync token: the collection must be listed in full."""


@dataclass(frozen=True)
class Collection:
    """A calendar or an address book on the server."""

    url: str
    name: str
    kind: str  # CALENDAR or ADDRESS_BOOK
    sync_collection: bool  # offers RFC 6578's REPORT
    sync_token: str = ""
    ctag: str = ""


@dataclass(frozen=True)
class Homes:
    """Where the account's calendars and address books live, as discovery found them."""

    principal: str
    calendar_home: str
    addressbook_home: str


@dataclass
class Listing:
    """What changed in a collection: objects (href → etag) new or changed, and hrefs removed, since `token`."""

    changed: dict[str, str] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    token: str = ""
    complete: bool = False  # a full listing: anything not in `changed` is not on the server


@dataclass(frozen=True)
class Resource:
    href: str
    etag: str
    text: str


Answer = tuple[int, dict[str, str], bytes, "etree._Element | None"]  # status, headers, body, its XML if it was
# The servers that asked for Basic authentication, by address and user, in this process: a later connection (the
# next sync) sends the password with its first request instead of having it refused first, a request more each
# sync, which Radicale also makes wait a second (its defence against guessing). Only what the server itself asked
# for is sent unasked: a server wanting Digest is never sent the password in Basic's clear form.
_ASKED_BASIC: set[tuple[str, str]] = set()


class Dav:
    """One account's connection; `requests` counts what was sent, for the status line and the benchmark."""

    def __init__(self, url: str, user: str, password: str, timeout: int = TIMEOUT) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self._server = (_origin(self.url), user)
        self._told = self._server in _ASKED_BASIC  # the password goes with the first request
        try:
            self.client = DAVClient(self.url, username=user, password=password, timeout=timeout,
                                    ssl_verify_cert=True, enable_rfc6764=False,
                                    auth_type="basic" if self._told else None)
        except (caldav_error.DAVError, ValueError) as error:
            raise DavError(Message("{url}: not a server address Afterview can use ({error})", url=url,
                                   error=str(error))) from None
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Dav:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- requests ---------------------------------------------------------------------------------------------
    def send(self, method: str, url: str, body: str = "", headers: dict[str, str] | None = None,
             expect: tuple[int, ...] = (200, 201, 204, 207)) -> Answer:
        """One request: status, headers, body and its XML when it was XML; DavError for anything not expected."""
        self.requests += 1
        try:
            response = self.client.request(url, method, body, headers or {})
        except niquests.exceptions.SSLError as error:
            raise DavError(Message("{host}: the server's certificate does not verify ({reason}). Afterview does not "
                                   "connect to it without a valid certificate; if it is your own server, give it a "
                                   "certificate from a recognised authority or add its authority to this computer's "
                                   "trusted certificates.", host=_host(url), reason=_reason(error))) from None
        except (niquests.exceptions.ConnectionError, niquests.exceptions.Timeout, OSError) as error:
            raise Offline(Message("{host} cannot be reached ({reason})", host=_host(url),
                                  reason=_reason(error))) from None
        except caldav_error.AuthorizationError:
            if self._told:  # the server no longer takes Basic unasked: it says what it wants, as the first time
                _ASKED_BASIC.discard(self._server)
                self._told, self.client.auth, self.client.auth_type = False, None, None
                return self.send(method, url, body, headers, expect)
            raise DavError(Message("{host} refused the user name or password", host=_host(url))) from None
        except (caldav_error.DAVError, etree.XMLSyntaxError) as error:
            raise DavError(Message("{host}: the server's answer to {method} could not be read ({error})",
                                   host=_host(url), method=method, error=str(error))) from None
        status = response.status
        if isinstance(self.client.auth, niquests.auth.HTTPBasicAuth):
            _ASKED_BASIC.add(self._server)
        headers_out = {k.lower(): v for k, v in response.headers.items()}
        body_out = response._raw_body or (response._raw if isinstance(response._raw, bytes) else b"")
        if status == 412:
            raise Changed(Message("{url} changed on the server", url=url))
        if status >= 500:
            raise Offline(Message("{host} answered {status} {reason}", host=_host(url), status=status,
                                  reason=response.reason) if response.reason else
                          Message("{host} answered {status}", host=_host(url), status=status))
        if status not in expect:
            raise DavError(Message("{host} answered {status} {reason} to {method} {path}", host=_host(url),
                                   status=status, reason=response.reason, method=method, path=urlsplit(url).path)
                           if response.reason else
                           Message("{host} answered {status} to {method} {path}", host=_host(url), status=status,
                                   method=method, path=urlsplit(url).path), status)
        return status, headers_out, body_out, response.tree

    def _propfind(self, url: str, props: str, depth: int) -> etree._Element:
        body = f'<?xml version="1.0" encoding="utf-8"?><d:propfind {_XMLNS}><d:prop>{props}</d:prop></d:propfind>'
        _status, _headers, _body, tree = self.send("PROPFIND", url, body, {"Depth": str(depth), "Content-Type": _XML})
        if tree is None or tree.tag != "{DAV:}multistatus":
            raise DavError(Message("{host} is not a CalDAV or CardDAV server (its answer to PROPFIND is not WebDAV)",
                                   host=_host(url)))
        return tree

    # --- discovery --------------------------------------------------------------------------------------------
    def discover(self) -> Homes:
        """The principal and its calendar and address-book homes: from the URL given, else the well-known URLs."""
        found: dict[str, str] = {}
        starts = [self.url, urljoin(self.url, "/.well-known/caldav"), urljoin(self.url, "/.well-known/carddav")]
        problem: DavError | None = None
        for start in starts:
            try:
                principal = self._principal(start)
            except Offline:
                raise
            except DavError as error:
                problem = problem or error
                continue
            found = self._homes(principal)
            if found.get("calendar") or found.get("addressbook"):
                return Homes(principal, found.get("calendar", ""), found.get("addressbook", ""))
        raise problem or DavError(Message("{host} offers no calendar or address book for this user",
                                          host=_host(self.url)))

    def _principal(self, url: str) -> str:
        tree = self._propfind(url, "<d:current-user-principal/>", 0)
        href = tree.find(".//d:current-user-principal/d:href", NS)
        if href is None or not (href.text or "").strip():
            raise DavError(Message("{host} does not say who is logged in (no current-user-principal)", host=_host(url)))
        return urljoin(url, href.text.strip())

    def _homes(self, principal: str) -> dict[str, str]:
        tree = self._propfind(principal, "<c:calendar-home-set/><a:addressbook-home-set/>", 0)
        homes = {}
        for kind, path in (("calendar", ".//c:calendar-home-set/d:href"),
                           ("addressbook", ".//a:addressbook-home-set/d:href")):
            href = tree.find(path, NS)
            if href is not None and (href.text or "").strip():
                homes[kind] = urljoin(principal, href.text.strip())
        return homes

    def collections(self, home: str) -> list[Collection]:
        """The calendars and address books in a home."""
        tree = self._propfind(home, _COLLECTION_PROPS, 1)
        found = []
        for response in tree.findall("d:response", NS):
            url = _absolute(home, response.findtext("d:href", "", NS))
            collection = _collection(url, response)
            if collection is not None:
                found.append(collection)
        return found

    def collection(self, url: str) -> Collection:
        """One collection's current state (its sync token and ctag): one request."""
        tree = self._propfind(url, _COLLECTION_PROPS, 0)
        response = tree.find("d:response", NS)
        collection = _collection(url, response) if response is not None else None
        if collection is None:
            raise DavError(Message("{url} is no longer a calendar or an address book on the server", url=url))
        return collection

    def create(self, home: str, kind: str, name: str, path: str) -> Collection:
        """A new calendar (MKCALENDAR) or address book (extended MKCOL) at `path` in a home, named `name`."""
        url = urljoin(home, quote(path) + "/")
        display = f"<d:displayname>{escape(name)}</d:displayname>"
        if kind == CALENDAR:
            body = (f'<?xml version="1.0" encoding="utf-8"?><c:mkcalendar {_XMLNS}><d:set><d:prop>{display}'
                    '<c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>'
                    "</d:prop></d:set></c:mkcalendar>")
            self.send("MKCALENDAR", url, body, {"Content-Type": _XML}, expect=(200, 201))
        else:
            body = (f'<?xml version="1.0" encoding="utf-8"?><d:mkcol {_XMLNS}><d:set><d:prop>'
                    f"<d:resourcetype><d:collection/><a:addressbook/></d:resourcetype>{display}</d:prop></d:set>"
                    "</d:mkcol>")
            self.send("MKCOL", url, body, {"Content-Type": _XML}, expect=(200, 201))
        return self.collection(url)

    # --- changes ----------------------------------------------------------------------------------------------
    def changes(self, collection: Collection, token: str) -> Listing:
        """What changed since `token` (RFC 6578), following truncated (507) results; TokenExpired when the
        server no longer knows the token. Without a token, everything in the collection."""
        listing = Listing(complete=not token)
        itself = _absolute(collection.url, "").rstrip("/")
        while True:
            body = (f'<?xml version="1.0" encoding="utf-8"?><d:sync-collection {_XMLNS}>'
                    f"<d:sync-token>{escape(token)}</d:sync-token><d:sync-level>1</d:sync-level>"
                    "<d:prop><d:getetag/></d:prop></d:sync-collection>")
            try:
                _s, _h, _b, tree = self.send("REPORT", collection.url, body, {"Content-Type": _XML})
            except DavError as error:
                # RFC 6578 3.2: a token the server no longer honours is refused (valid-sync-token precondition).
                if token and error.status in (400, 403, 409):
                    raise TokenExpired(error.args[0], error.status) from None
                raise
            if tree is None:
                raise DavError(Message("{host}: the answer to sync-collection is not WebDAV",
                                       host=_host(collection.url)))
            truncated = False
            for response in tree.findall("d:response", NS):
                href = _absolute(collection.url, response.findtext("d:href", "", NS))
                status = response.findtext("d:status", "", NS)
                if href.rstrip("/") == itself:
                    truncated = truncated or " 507" in status
                    continue
                if " 404" in status:
                    listing.changed.pop(href, None)
                    listing.removed.add(href)
                    continue
                etag = response.findtext(".//d:getetag", "", NS)
                if etag:
                    listing.removed.discard(href)
                    listing.changed[href] = etag
            token = tree.findtext("d:sync-token", "", NS) or token
            listing.token = token
            if not truncated:
                return listing

    def etags(self, collection: Collection) -> Listing:
        """Every object in the collection with its ETag (for servers without sync-collection)."""
        tree = self._propfind(collection.url, "<d:getetag/><d:resourcetype/>", 1)
        listing = Listing(complete=True)
        itself = _absolute(collection.url, "").rstrip("/")
        for response in tree.findall("d:response", NS):
            href = _absolute(collection.url, response.findtext("d:href", "", NS))
            etag = response.findtext(".//d:getetag", "", NS)
            if href.rstrip("/") != itself and etag:
                listing.changed[href] = etag
        return listing

    def fetch(self, collection: Collection, hrefs: list[str]) -> Iterator[Resource | tuple[str, str]]:
        """The objects at these hrefs (calendar-multiget / addressbook-multiget, in batches); an href the server
        could not give is yielded as (href, why)."""
        if collection.kind == CALENDAR:
            root, data = "c:calendar-multiget", "c:calendar-data"
        else:
            root, data = "a:addressbook-multiget", "a:address-data"
        for first in range(0, len(hrefs), MULTIGET_BATCH):
            batch = hrefs[first:first + MULTIGET_BATCH]
            wanted = "".join(f"<d:href>{escape(urlsplit(href).path)}</d:href>" for href in batch)
            body = (f'<?xml version="1.0" encoding="utf-8"?><{root} {_XMLNS}><d:prop><d:getetag/><{data}/></d:prop>'
                    f"{wanted}</{root}>")
            _s, _h, _b, tree = self.send("REPORT", collection.url, body, {"Depth": "1", "Content-Type": _XML})
            if tree is None:
                raise DavError(Message("{host}: the answer to a multiget is not WebDAV", host=_host(collection.url)))
            given = set()
            for response in tree.findall("d:response", NS):
                href = _absolute(collection.url, response.findtext("d:href", "", NS))
                text = response.findtext(f".//{data}", None, NS)
                etag = response.findtext(".//d:getetag", "", NS)
                given.add(href)
                if text is None or not etag:
                    yield href, response.findtext("d:status", "", NS) or english("no data")
                else:
                    yield Resource(href, etag, text)
            for href in batch:
                if href not in given:
                    yield href, english("not returned by the server")

    def get(self, href: str) -> Resource | None:
        """One object, or None when it is not there (any more)."""
        status, headers, body, _tree = self.send("GET", href, expect=(200, 404, 410))
        if status != 200:
            return None
        etag = headers.get("etag", "") or self._etag(href)
        return Resource(href, etag, body.decode("utf-8", errors="replace"))

    def _etag(self, href: str) -> str:
        tree = self._propfind(href, "<d:getetag/>", 0)
        return tree.findtext(".//d:getetag", "", NS)

    def put(self, href: str, text: str, kind: str, etag: str | None) -> str:
        """Write an object: over `etag` only (If-Match), or, with no etag, only if it does not exist yet
        (If-None-Match: *). Returns its new ETag; Changed (412) when the condition failed."""
        headers = {"Content-Type": "text/calendar; charset=utf-8" if kind == CALENDAR else "text/vcard; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        else:
            headers["If-None-Match"] = "*"
        _status, answer, _body, _tree = self.send("PUT", href, text, headers, expect=(200, 201, 204))
        return answer.get("etag", "") or self._etag(href)

    def delete(self, href: str, etag: str) -> None:
        """Remove an object only if it is still as last read (If-Match); gone already counts as done."""
        self.send("DELETE", href, headers={"If-Match": etag}, expect=(200, 204, 404, 410))


_XML = "application/xml; charset=utf-8"
_XMLNS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())
_COLLECTION_PROPS = ("<d:resourcetype/><d:displayname/><d:sync-token/><cs:getctag/><d:supported-report-set/>")


def _collection(url: str, response: etree._Element) -> Collection | None:
    types = response.find(".//d:resourcetype", NS)
    if types is None:
        return None
    kind = CALENDAR if types.find("c:calendar", NS) is not None else \
        ADDRESS_BOOK if types.find("a:addressbook", NS) is not None else ""
    if not kind:
        return None
    reports = {element.tag for element in response.iterfind(".//d:supported-report-set//d:report/*", NS)}
    return Collection(url=url if url.endswith("/") else url + "/",
                      name=response.findtext(".//d:displayname", "", NS) or unquote(urlsplit(url).path.rstrip("/")
                                                                                  .rsplit("/", 1)[-1]),
                      kind=kind, sync_collection="{DAV:}sync-collection" in reports,
                      sync_token=response.findtext(".//d:sync-token", "", NS),
                      ctag=response.findtext(".//cs:getctag", "", NS))


def object_href(collection_url: str, name: str) -> str:
    """The URL of the object called `name` in a collection, spelt as `_absolute` spells what servers answer."""
    return _absolute(collection_url, quote(name, safe=""))


def _absolute(base: str, href: str) -> str:
    """An href as a full URL in one spelling: servers differ in what they percent-encode ('@' or '%40'), and an
    object must be the same key whether Afterview named it or a server's listing did."""
    parts = urlsplit(urljoin(base, href.strip()))
    path = "/".join(quote(unquote(segment), safe="") for segment in parts.path.split("/"))
    return urlunsplit(parts._replace(path=path))


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def _origin(url: str) -> str:
    """'https://dav.example.org:8443': where a password may go, scheme included (never http for https's)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _reason(error: BaseException) -> str:
    text = str(error)
    for known in ("CERTIFICATE_VERIFY_FAILED", "self-signed certificate", "Connection refused", "timed out",
                  "Name or service not known", "Connection reset", "Remote end closed connection"):
        if known.lower() in text.lower():
            return known.lower().replace("_", " ")
    return text[:200] or type(error).__name__
