"""Block and count network use in-process (used by the offline proof in the tests).

``with NetGuard() as g: ...`` makes every outgoing connection or name lookup raise
:class:`NetworkBlocked` and records it in ``g.attempts`` (kind, target), so a test can assert that a
whole pipeline run made none. Unix sockets (local IPC) are allowed: they never leave the machine.
"""
from __future__ import annotations

import socket
from dataclasses import dataclass, field


class NetworkBlocked(OSError):
    """Raised instead of a network connection or DNS lookup while a :class:`NetGuard` is active."""


@dataclass
class NetGuard:
    attempts: list[tuple[str, str]] = field(default_factory=list)

    def _block(self, kind: str, target) -> None:
        self.attempts.append((kind, repr(target)))
        raise NetworkBlocked(f"tweetsum is offline: blocked {kind} to {target!r}")

    def __enter__(self) -> "NetGuard":
        self._saved = (socket.socket.connect, socket.socket.connect_ex, socket.create_connection,
                       socket.getaddrinfo, socket.gethostbyname, socket.socket.sendto)
        guard = self
        orig_connect, orig_connect_ex = self._saved[0], self._saved[1]

        def _local(sock) -> bool:
            return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX

        def connect(sock, address):
            if _local(sock):
                return orig_connect(sock, address)
            guard._block("connect", address)

        def connect_ex(sock, address):
            if _local(sock):
                return orig_connect_ex(sock, address)
            guard._block("connect_ex", address)

        def sendto(sock, *args):
            guard._block("sendto", args[-1] if args else None)

        socket.socket.connect = connect
        socket.socket.connect_ex = connect_ex
        socket.socket.sendto = sendto
        socket.create_connection = lambda address, *a, **k: guard._block("create_connection", address)
        socket.getaddrinfo = lambda host, *a, **k: guard._block("getaddrinfo", host)
        socket.gethostbyname = lambda host: guard._block("gethostbyname", host)
        return self

    def __exit__(self, *exc) -> None:
        (socket.socket.connect, socket.socket.connect_ex, socket.create_connection, socket.getaddrinfo,
         socket.gethostbyname, socket.socket.sendto) = self._saved
