"""Why a Neo4j server could not be reached, in words, and what to do about it.

Consumes the driver's `ServiceUnavailable` (or an `OSError`), whose own first line often
ends on a colon with the cause on the next; produces one line for `kg.store.neo4j.connect`.
"""

from __future__ import annotations

import socket

#: Said after every "cannot reach": the three ways to have a server.
HINT = (
    'start one with `eval "$(make neo4j)"` or `docker compose up -d neo4j`, or set NEO4J_URI (or --uri) to your server'
)


def unreachable_reason(error: BaseException, timeout: float) -> str:
    """The cause of a failed connection, and the hint, as one line.

    >>> unreachable_reason(ConnectionRefusedError(111, "Connection refused"), 10.0)[:57]
    'connection refused: no Neo4j server listens at that port;'
    """
    cause = _innermost_os_error(error)
    if isinstance(cause, ConnectionRefusedError):
        reason = "connection refused: no Neo4j server listens at that port"
    elif isinstance(cause, socket.gaierror):
        reason = f"the host name does not resolve ({cause.strerror or cause})"
    elif isinstance(cause, TimeoutError):
        reason = f"no answer within {timeout:.0f} s (a firewall, or the wrong host or port?)"
    elif isinstance(cause, OSError) and cause.strerror:
        reason = cause.strerror[0].lower() + cause.strerror[1:]
    else:
        reason = _message(error)
    return f"{reason}; {HINT}"


def _innermost_os_error(error: BaseException) -> BaseException | None:
    """The deepest OSError under `error`, through causes, contexts and exception groups."""
    seen: set[int] = set()
    pending = [error]
    found = None
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError) and not type(current).__module__.startswith("neo4j"):
            found = current
        pending.extend(getattr(current, "exceptions", ()))
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return found


def _message(error: BaseException) -> str:
    """The driver's message without its dangling colon: its lines joined, or the error's type."""
    lines = [line.strip().rstrip(":") for line in str(error).strip().splitlines() if line.strip()]
    return "; ".join(lines) or type(error).__name__


__all__ = ["HINT", "unreachable_reason"]
