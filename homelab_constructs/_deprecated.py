"""Former argument names and what says the same now: the one place the API keeps its history.

A misspelt or unknown keyword argument gets "did you mean ...?"; a former one, until the release
:data:`REMOVED_IN`, gets what replaces it (``HomelabGateway(address=...)``: "write
load_balancer_ip=..."). After that release a former name is an unknown one like any other.
"""
from __future__ import annotations

from typing import Optional

#: the release that drops these hints
REMOVED_IN = "0.2.0"

#: class name -> former keyword argument -> what to write now
FORMER_ARGUMENTS: dict[str, dict[str, str]] = {
    "HomelabGateway": {
        "address": "write load_balancer_ip=... (the one name for a pinned LoadBalancer IP)",
    },
    "HomelabApp": {
        "routed": "write gateway=None for no route (in a HomelabSpec an app without gateway= is routed on its gateway)",
    },
    "HomelabSpec": {
        "l2_policy": "write l2=L2Announcement.props(name=...), or l2=None for no L2 announcements",
        "l2_interfaces": "write l2=L2Announcement.props(name=..., interfaces=(...))",
    },
}


def former_argument(owner: str, name: str) -> Optional[str]:
    """What replaces ``owner``'s former keyword argument ``name``, or ``None`` if it never had one."""
    return FORMER_ARGUMENTS.get(owner, {}).get(name)
