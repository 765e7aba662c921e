"""Loaded before anything else in test_no_network's child: every socket but a local (AF_UNIX) one is refused.

Each refused attempt is written to the file named by AFTERVIEW_NETWORK_LOG, so the test can tell what tried.
"""

import os
import socket
import traceback

_LOG = os.environ["AFTERVIEW_NETWORK_LOG"]
_Socket = socket.socket
_getaddrinfo = socket.getaddrinfo


def _refuse(what: str) -> None:
    caller = "".join(traceback.format_stack(limit=6)[:-2]).replace("\n", " | ")
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{what} from {caller}\n")


class _LocalOnlySocket(_Socket):
    def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno: object = None) -> None:
        if fileno is None and family != socket.AF_UNIX:
            _refuse(f"socket(family={family})")
            raise OSError(101, "Network is unreachable (blocked by the test)")
        super().__init__(family, type, proto, fileno)


def _no_lookup(host: object, *args: object, **kwargs: object) -> list:
    _refuse(f"getaddrinfo({host!r})")
    raise socket.gaierror(socket.EAI_NONAME, "Name lookup blocked by the test")


socket.socket = _LocalOnlySocket  # type: ignore[misc]
socket.getaddrinfo = _no_lookup
