"""The egress intents sit below the apps: ``network.intents`` imports no app, gateway or
isolation module, ``ToService`` knows an app by what it reads of it, and the isolation layer
above still takes only a real :class:`HomelabApp`."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from homelab_constructs import EgressGrant, HomelabApp, NamespaceIsolation, ToService, ToWorld
from homelab_constructs.network.intents import ServiceApp

import cdk8s
import pytest

NETWORK = Path(__file__).resolve().parent.parent / "homelab_constructs" / "network"


@pytest.mark.parametrize("module", ["intents.py", "policy_rules.py", "cilium_policy.py"])
def test_policy_vocabulary_imports_nothing_above_network(module):
    tree = ast.parse((NETWORK / module).read_text(encoding="utf-8"))
    imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level}
    assert not [m for m in imported if m.split(".")[0] in {"apps", "gateway", "isolation", "platform", "dns"}]


@dataclass
class _LooksLikeAnApp:
    """Has everything ToService reads, but is no HomelabApp."""

    name: str = "qbit"
    namespace: str = "downloads"
    selector: tuple = (("app.kubernetes.io/name", "qbit"),)
    target_port: int = 8080


def test_a_homelab_app_is_a_service_app():
    app = HomelabApp(cdk8s.Chart(cdk8s.Testing.app(), "c"), "qbit", name="qbit", namespace="downloads", port=8080)
    assert isinstance(app, ServiceApp)
    assert not isinstance("qbit", ServiceApp) and not isinstance(ToWorld(), ServiceApp)


def test_isolation_takes_only_a_homelab_app():
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    sonarr = HomelabApp(c, "sonarr", name="sonarr", namespace="media", port=8989)
    lookalike = _LooksLikeAnApp()
    with pytest.raises(ValueError) as caught:
        NamespaceIsolation(c, "iso", namespace="media", apps=[sonarr],
                           egress=[EgressGrant("media", "sonarr", (ToService(lookalike),))])
    assert str(caught.value) == (
        f"c/iso: egress service is not a HomelabApp or an app name (got {lookalike!r}); pass the app, "
        "ToService(app), or its name and namespace, ToService('sonarr', 'media')")
