"""Egress intents: what some pods may reach, said as intent rather than as Cilium rules.

:class:`ToWorld`, :class:`ToEntity`, :class:`ToApiServer`, :class:`ToCidr`, :class:`ToFqdn` and
:class:`ToService` are plain frozen values; an :class:`EgressGrant` gives some pods of a
namespace a tuple of them. They sit below the apps (the VPN pod grants itself ``ToWorld()``)
and are checked and written as CiliumNetworkPolicies by
:class:`~homelab_constructs.isolation.policies.NamespaceIsolation`, which knows the apps.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional, Protocol, Union, runtime_checkable

from .._names import APP_NAME_LABEL
from .._validation import FrozenDict, Scope, check_instance, check_sequence, check_text, fail

# ---- egress intents (plain values; the construct validates them with its own path)

def _frozen(intent: object, *fields: str) -> None:
    """Intents are immutable all the way down: a list given for ``fields`` is kept as a tuple
    (any other type is reported by the construct that reads the intent, with its path)."""
    for name in fields:
        value = getattr(intent, name)
        if isinstance(value, list):
            object.__setattr__(intent, name, tuple(value))


@dataclass(frozen=True)
class ToEntity:
    """Egress to a Cilium entity (``world``, ``kube-apiserver``, ``host``, ...).

    :param entity: the entity name, one of :data:`~.policy_rules.ENTITIES`.
    :param ports: destination ports (default ``()``: any port).
    :param protocol: ``TCP``, ``UDP``, ``SCTP`` or ``ANY`` (default ``TCP``; ignored for any port).
    """

    entity: str
    ports: tuple[int, ...] = ()
    protocol: str = "TCP"

    def __post_init__(self) -> None:
        _frozen(self, "ports")


@dataclass(frozen=True)
class ToWorld:
    """Egress to everything outside the cluster (the ``world`` entity).

    :param ports: destination ports (default ``()``: any port; keep that for a VPN pod).
    :param protocol: default ``TCP``.
    """

    ports: tuple[int, ...] = ()
    protocol: str = "TCP"

    def __post_init__(self) -> None:
        _frozen(self, "ports")


@dataclass(frozen=True)
class ToApiServer:
    """Egress to the kube-apiserver (Cilium's ``kube-apiserver`` entity).

    :param ports: default ``(443, 6443)``: the Service port and the usual server port
        (policy sees the port after Service translation).
    """

    ports: tuple[int, ...] = (443, 6443)

    def __post_init__(self) -> None:
        _frozen(self, "ports")


@dataclass(frozen=True)
class ToCidr:
    """Egress to a network outside the cluster, such as a NAS: ``ToCidr("192.168.10.5/32", (2049,))``.

    :param cidr: the network in network form (``192.168.10.0/24``, not ``192.168.10.5/24``).
    :param ports: destination ports (default ``()``: any port).
    :param protocol: default ``TCP``.
    """

    cidr: str
    ports: tuple[int, ...] = ()
    protocol: str = "TCP"

    def __post_init__(self) -> None:
        _frozen(self, "ports")


@runtime_checkable
class ServiceApp(Protocol):
    """What :class:`ToService` reads of an app: a :class:`~homelab_constructs.HomelabApp` has it
    all (this layer sits below the apps, so it names what it reads instead of the class;
    :class:`~homelab_constructs.isolation.policies.NamespaceIsolation` accepts only a HomelabApp)."""

    @property
    def name(self) -> str: ...

    @property
    def namespace(self) -> str: ...

    @property
    def selector(self) -> Mapping[str, str]: ...

    @property
    def target_port(self) -> int: ...


@dataclass(frozen=True)
class ToService:
    """Egress to an app (a :class:`~homelab_constructs.HomelabApp`) in another namespace, on its
    backend port.

    Pass the app itself, ``ToService(sonarr)``: its name, namespace and target port come from
    it. ``ToService("sonarr", "media")`` names an app instead, for intents written before their
    apps exist (``HomelabSpec``'s ``EgressGrant`` s); that app must be declared before the
    policy. The matching ingress on the target's side is written too, without changing
    whether its namespace is isolated.

    :param name: the :class:`~homelab_constructs.HomelabApp`, or the app's (Service's) name.
    :param namespace: the named app's namespace (an app object brings its own).
    :param policy_name: the name of the target's half, in the target's namespace (default
        ``<target>-allow-<pods>-from-<source namespace>``).
    :param description: that policy's ``spec.description`` (default a sentence saying who may reach what).
    """

    name: Union[str, ServiceApp]
    namespace: Optional[str] = None
    #: the app object, when one was given (``name`` and ``namespace`` are then its own)
    app: Optional[ServiceApp] = field(default=None, init=False, repr=False, compare=False)
    policy_name: Optional[str] = None
    description: Optional[str] = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) and isinstance(self.name, ServiceApp):
            app = self.name
            object.__setattr__(self, "app", app)
            object.__setattr__(self, "name", app.name)
            if self.namespace is None:
                object.__setattr__(self, "namespace", app.namespace)


@dataclass(frozen=True)
class ToFqdn:
    """Egress to DNS names (``*`` matches within one label), with the DNS rule toFQDNs needs.

    :param names: names or patterns, such as ``("grafana.com", "*.grafana.com")``.
    :param ports: default ``(443,)``.
    :param protocol: default ``TCP``.
    """

    names: tuple[str, ...]
    ports: tuple[int, ...] = (443,)
    protocol: str = "TCP"

    def __post_init__(self) -> None:
        _frozen(self, "names", "ports")


Intent = Union[ToEntity, ToWorld, ToApiServer, ToCidr, ToService, ToFqdn]
Pods = Union[str, Mapping[str, str]]
#: the intents, for isinstance checks
INTENTS = (ToWorld, ToEntity, ToApiServer, ToCidr, ToService, ToFqdn)
INTENT_FIX = "use ToWorld, ToEntity, ToApiServer, ToCidr, ToService or ToFqdn"
PODS_FIX = "name an app of the namespace, such as 'sonarr', or select pods by labels such as {'app.kubernetes.io/name': 'qbit'}"


def egress_who(pods: Pods) -> str:
    """Whom an egress rule is for: the app's name, or the selector's ``app.kubernetes.io/name``
    (else its values joined by ``-``); its policy is ``<who>-egress`` unless named."""
    if isinstance(pods, str):
        return pods
    return pods.get(APP_NAME_LABEL) or "-".join(pods[k] for k in sorted(pods))


def check_pods(scope: Scope, pods: object, what: str) -> Pods:
    """An app name or a label selector (a non-empty mapping of strings), as an egress rule's ``pods``."""
    if isinstance(pods, str):
        return pods
    if not isinstance(pods, Mapping) or not pods or not all(isinstance(k, str) and isinstance(v, str)
                                                              for k, v in pods.items()):
        raise fail(scope, f"{what} is not an app name or a label selector", pods, PODS_FIX)
    return pods


def check_intent(scope: Scope, intent: object, what: str) -> Intent:
    check_instance(scope, intent, INTENTS, what, INTENT_FIX)
    return intent  # type: ignore[return-value]


@dataclass(frozen=True)
class EgressGrant:
    """Intent-level egress for some pods of a namespace: one ``<pods>-egress`` policy.

    :class:`~homelab_constructs.isolation.policies.NamespaceIsolation` takes them as ``egress=``
    (for pods of its own namespace), :class:`~homelab_constructs.isolation.spec.IsolationSpec`'s
    ``egress`` for every isolated namespace of a :class:`~homelab_constructs.Homelab`.

    :param namespace: the namespace of the pods.
    :param pods: an app name in that namespace, or a label selector such as
        ``{"app.kubernetes.io/name": "qbit"}``.
    :param to: the intents.
    """

    namespace: str
    pods: Pods
    to: tuple[Intent, ...]

    def __post_init__(self) -> None:
        check_text("EgressGrant.namespace", self.namespace, "namespace", "media")
        pods = check_pods("EgressGrant.pods", self.pods, "pods")
        # immutable all the way down: a selector is kept as a read-only copy, the intents as a tuple
        object.__setattr__(self, "pods", pods if isinstance(pods, str) else FrozenDict(dict(pods)))
        object.__setattr__(self, "to", check_sequence("EgressGrant.to", self.to, "to", check_intent,
                                                      example=(ToWorld((443,)),), item="intent"))


