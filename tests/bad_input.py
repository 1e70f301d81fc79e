"""What the bad-input catalogue files (``test_bad_input_*.py``) share: the row type, how a
row is built, and the builders most rows start from."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from homelab_constructs import HomelabApp, HomelabGateway, synth, validate_app

import cdk8s

DNS_LABEL_FIX = "use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"


@dataclass(frozen=True)
class Case:
    """One bad input: ``build(chart)`` must raise exactly ``message``. ``whole_app``: the
    constructs' app-wide checks find it; ``manifests``: the whole-app rules of ``synth()`` do."""

    id: str
    build: Callable[[cdk8s.Chart], object]
    message: str
    whole_app: bool = False
    manifests: bool = False


def build(case: Case) -> None:
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    case.build(chart)
    if case.whole_app:
        validate_app(chart.node.root)
    if case.manifests:
        synth(chart.node.root)


def gw(c: cdk8s.Chart, **kw: object) -> HomelabGateway:
    kw.setdefault("cluster_issuer", "homelab-ca-issuer")  # the name form: an issuer no construct here stands for
    return HomelabGateway(c, "gw", domain="homelab.local", **kw)  # type: ignore[arg-type]


def app(c: cdk8s.Chart, id: str = "a", **kw: object) -> HomelabApp:
    return HomelabApp(c, id, **{"name": "sonarr", "namespace": "media", "port": 8989, **kw})  # type: ignore[arg-type]
