"""Namespace isolation: default-deny CiliumNetworkPolicies with explicit, intent-level allows.

:class:`NamespaceIsolation` puts every pod of one namespace into default deny for ingress
*and* egress (not only for traffic from outside the cluster) and then allows, each in its
own readable policy:

- ``default-deny``: the baseline; traffic within the namespace and DNS to kube-dns
  (53 UDP and TCP);
- ``allow-gateway``: the gateway to each routed app's backend (target) port only: Cilium's
  ``ingress`` entity for the Cilium gateway, the Envoy proxy pods for any other class;
- ``allow-lan``: LoadBalancer apps from the given LAN CIDRs on their target port;
- ``allow-scrape``: the Prometheus pods (the ``scraper`` pods only, never a whole namespace)
  of the monitoring namespace on each app's metrics ports, or any port with ``scrape_any_port``;
- ``<pods>-egress``: per-app extras said as intent (:class:`ToWorld`, :class:`ToCidr`,
  :class:`ToApiServer`, :class:`ToService`, :class:`ToFqdn`, :class:`ToEntity`), each
  :class:`EgressGrant` of ``egress=`` (the same grants ``IsolationSpec.egress`` holds). The
  intents and grants are plain values of :mod:`~homelab_constructs.network.intents`, below
  the apps; this module, above the apps and gateways, checks and writes them.

These names and descriptions are defaults: ``names=`` and ``descriptions=`` choose others.
Routed backends no :class:`HomelabApp` declares (a Helm release's Service) are let in with
:class:`RoutedBackend`. For any other policy, written exactly as given, see
:class:`~homelab_constructs.network.cilium_policy.CiliumPolicy`.

Every allow that crosses a namespace is written on both sides: the half in the other
namespace (the proxies' or Prometheus' egress, a service's ingress) sets
``enableDefaultDeny: false``, so it opens exactly that path whether or not the other
namespace is isolated, and never isolates it by accident. Only ``default-deny`` turns
default deny on.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, fields, is_dataclass
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, cast

import cdk8s
import constructs
from cdk8s import ApiObjectMetadata
from cdk8s_plus_27 import k8s

from imports.homelab_cilium.io import cilium

from .._base import HomelabConstruct
from .._names import (
    APP_NAME_LABEL,
    ENVOY_OWNING_GATEWAY_NAME,
    ENVOY_OWNING_GATEWAY_NAMESPACE,
    ISOLATED_NAMESPACE_LABEL,
    MANAGED_BY_LABEL,
)
from .._tree import app_registry
from .._validation import (
    Code,
    FrozenDict,
    Scope,
    add_check,
    check_bool,
    check_choice,
    check_dns_label,
    check_instance,
    check_labels,
    check_mapping,
    check_network,
    check_port,
    check_sequence,
    check_text,
    claim_once,
    fail,
    first_duplicate,
    message,
)
from ..apps.app import HomelabApp
from ..gateway.gateway import AppRoute, HomelabGateway
from ..network.intents import (
    INTENTS,
    EgressGrant,
    Intent,
    Pods,
    ToApiServer,
    ToCidr,
    ToEntity,
    ToFqdn,
    ToService,
    ToWorld,
    egress_who,
)
from ..network.policy_rules import (
    ENTITIES,
    FQDN_NAME,
    FQDN_PATTERN,
    KUBE_DNS,
    NAMESPACE_LABEL,
    PROTOCOLS,
    PolicyRules,
)

#: The Prometheus pods that may scrape (in the monitoring namespace).
DEFAULT_SCRAPER = {APP_NAME_LABEL: "prometheus"}


@dataclass(frozen=True)
class RoutedBackend:
    """A routed backend no :class:`HomelabApp` declares (a Helm release's Service, such as
    ``kube-prometheus-stack-grafana``): the gateways of ``route`` may reach ``pods`` on ``target_port``.

    :param route: the :class:`~homelab_constructs.AppRoute` that sends traffic to it.
    :param pods: the backend pods' labels, such as ``{"app.kubernetes.io/name": "grafana"}``.
    :param target_port: the pods' port (the Service's targetPort).
    """

    route: AppRoute
    pods: Mapping[str, str]
    target_port: int

    def __post_init__(self) -> None:
        check_instance("RoutedBackend.route", self.route, AppRoute, "route", "pass the AppRoute that routes to the pods")
        object.__setattr__(self, "pods", FrozenDict(check_labels(
            "RoutedBackend.pods", self.pods, "pods", "select the backend pods by labels such as "
            "{'app.kubernetes.io/name': 'grafana'}")))
        check_port("RoutedBackend.target_port", self.target_port, "target port")

    @property
    def name(self) -> str:
        return str(self.route.service_name)


def _in_namespace(labels: Mapping[str, str], namespace: str) -> dict[str, str]:
    """``labels`` plus the namespace label, for a peer in another namespace."""
    return {**labels, NAMESPACE_LABEL: namespace}


# ---- the construct

class NamespaceIsolation(HomelabConstruct):
    """Default deny for ingress and egress of every pod in ``namespace``, with explicit allows.

    :param namespace: the namespace to isolate.
    :param apps: the namespace's :class:`HomelabApp` s; routed ones accept their gateway
        on their target port, LoadBalancer ones the ``lan_cidrs`` (default none).
    :param lan_cidrs: networks that may reach LoadBalancer apps directly (default ``()``;
        required when the namespace has a LoadBalancer app, else it would be unreachable).
    :param monitoring_namespace: where Prometheus runs (default ``monitoring``; ``None``:
        no scraping allowed).
    :param scraper: labels of the Prometheus pods there (default
        ``app.kubernetes.io/name: prometheus``).
    :param metrics_ports: ports Prometheus may scrape on every app of the namespace
        (default ``None``: each app's own target port, where most homelab apps serve
        ``/metrics``).
    :param app_metrics_ports: per-app override, app name → ports (``()``: not scraped).
    :param egress: intent-level egress grants, :class:`EgressGrant` s for pods of this
        namespace, such as ``EgressGrant("media", "sonarr", (ToWorld((443,)),))`` (default
        none); each becomes one ``<pods>-egress`` policy. More can be added with :meth:`allow_egress`.
    :param dns_selector: the cluster DNS pods (default :data:`KUBE_DNS`).
    :param scrape_any_port: Prometheus may scrape every app of the namespace on any port
        (default ``False``: only the metrics ports; not with ``metrics_ports`` or
        ``app_metrics_ports``). Either way only the ``scraper`` pods may scrape.
    :param allow_lan: write ``allow-lan`` for the LoadBalancer apps (default ``True``;
        ``False``: none, and a LoadBalancer app is then reachable only as other policies allow).
    :param routed: routed backends no :class:`HomelabApp` declares (default none): their
        gateways may reach them, as they reach routed apps.
    :param names: the policies' names by what they are, one of :data:`STANDARD_POLICIES`
        (default each key itself, ``scrape-egress`` being ``scrape-<namespace>``).
    :param descriptions: their ``spec.description`` by the same keys (default: a sentence each).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        namespace: str,
        apps: Sequence[HomelabApp] = (),
        lan_cidrs: Sequence[str] = (),
        monitoring_namespace: Optional[str] = "monitoring",
        scraper: Mapping[str, str] = DEFAULT_SCRAPER,
        metrics_ports: Optional[Sequence[int]] = None,
        app_metrics_ports: Optional[Mapping[str, Sequence[int]]] = None,
        egress: Sequence[EgressGrant] = (),
        dns_selector: Mapping[str, str] = KUBE_DNS,
        scrape_any_port: bool = False,
        allow_lan: bool = True,
        routed: Sequence[RoutedBackend] = (),
        names: Optional[Mapping[str, str]] = None,
        descriptions: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        # check the props, in the order a bad input meets them (its first error stays the same)
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.apps = self._checked_apps(apps)
        self.labels = {MANAGED_BY_LABEL: "homelab-constructs",
                       ISOLATED_NAMESPACE_LABEL: self.namespace}
        self.lan_cidrs = list(check_sequence(self, lan_cidrs, "lan_cidrs", lambda s, c, w: check_network(s, c, "LAN CIDR"),
                                             example=["192.168.10.0/24"]))
        self.monitoring_namespace = (check_dns_label(self, monitoring_namespace, "monitoring namespace")
                                     if monitoring_namespace is not None else None)
        self._check_scraping(scraper, scrape_any_port, metrics_ports, app_metrics_ports)
        self.allow_lan = check_bool(self, allow_lan, "allow_lan")
        self.routed = self._checked_routed(routed)
        self._check_names(names, descriptions)
        self.dns_selector = self._check_selector(dns_selector, "DNS selector")
        per_app = (check_mapping(self, app_metrics_ports, "app_metrics_ports",
                                 lambda s, k, w: check_text(s, k, w, "sonarr"), example={"sonarr": [9707]})
                   if app_metrics_ports is not None else {})
        grants = self._checked_grants(egress)
        claim_once(self, "namespace-isolation", self.namespace, "namespace is isolated twice", self.namespace,
                   "give one NamespaceIsolation all of the namespace's apps and egress", already="already isolates it")
        self._names: set[tuple[str, str]] = set()
        #: (namespace, labels, what) of each egress rule's pods, checked at synth (the scraper is
        #: not: Prometheus usually comes from a Helm release this app cannot see)
        self._selected: list[tuple[str, dict[str, str], str]] = []
        self.policies: list[cilium.CiliumNetworkPolicy] = []
        # write the standard policies, then one egress policy per grant
        self._baseline()
        self._gateway()
        self._lan()
        self._scrape(metrics_ports, per_app)
        for grant in grants:
            self.allow_egress(grant.pods, *grant.to)
        _isolations(self).append(self)

    # -- prop checks

    def _checked_apps(self, apps: object) -> list[HomelabApp]:
        """``apps`` as a list of :class:`HomelabApp` s of this namespace, each listed once."""
        checked = list(check_sequence(self, apps, "apps", lambda s, a, w: check_instance(
            s, a, HomelabApp, w, "pass the HomelabApp objects of the namespace"), example=[Code("sonarr")]))
        twice = first_duplicate(a.name for a in checked)
        if twice is not None:
            first, second = twice
            one, other = checked[first], checked[second]
            if one.node.path == other.node.path:
                raise fail(self, f"app is listed twice, as apps[{first}] and apps[{second}]", one.name,
                           "list each app of the namespace once")
            raise fail(self, f"two apps have one name, apps[{first}] ({one.node.path}) and apps[{second}] "
                       f"({other.node.path})", one.name, "give each app of the namespace its own name")
        for app in checked:
            if app.namespace != self.namespace:
                raise fail(self, f"app {app.name} lives in another namespace", app.namespace,
                           f"pass only apps of namespace {self.namespace}; isolate {app.namespace} separately")
        return checked

    def _check_scraping(self, scraper: Mapping[str, str], scrape_any_port: object, metrics_ports: object,
                        app_metrics_ports: object) -> None:
        """Check the scraper pods' selector (their own labels, no namespace) and ``scrape_any_port``
        (not with metrics ports); sets ``scraper`` and ``scrape_any_port``."""
        self.scraper = self._check_selector(scraper, "scraper selector")
        if any(k.split(":", 1)[-1] == NAMESPACE_LABEL.split(":", 1)[-1] for k in self.scraper):
            raise fail(self, "scraper selector names a namespace", dict(scraper),
                       "select the scraper pods by their own labels, such as {'app.kubernetes.io/name': 'prometheus'}; "
                       "their namespace is monitoring_namespace (a whole namespace would let every pod there scrape)")
        self.scrape_any_port = check_bool(self, scrape_any_port, "scrape_any_port")
        if self.scrape_any_port and (metrics_ports is not None or app_metrics_ports):
            raise fail(self, "scrape_any_port and metrics ports are both given",
                       metrics_ports if metrics_ports is not None else app_metrics_ports,
                       "leave the metrics ports out to allow any port, or scrape_any_port out to allow only them")

    def _checked_routed(self, routed: object) -> tuple[RoutedBackend, ...]:
        """``routed`` as a tuple of :class:`RoutedBackend` s of this namespace."""
        checked: tuple[RoutedBackend, ...] = check_sequence(self, routed, "routed", lambda s, b, w: check_instance(
            s, b, RoutedBackend, w, "write RoutedBackend(route, pods, target_port)"),
            example=[Code("RoutedBackend(route, pods={'app.kubernetes.io/name': 'grafana'}, target_port=3000)")])
        for backend in checked:
            if backend.route.namespace != self.namespace:
                raise fail(self, f"routed backend {backend.name} lives in another namespace", backend.route.namespace,
                           f"pass only routes of namespace {self.namespace}")
        return checked

    def _check_names(self, names: object, descriptions: object) -> None:
        """Check the policies' ``names`` and ``descriptions`` (keys of :data:`STANDARD_POLICIES`);
        sets both (``{}`` when not given)."""
        self.names = check_mapping(self, names, "names", _standard, lambda s, v, w: check_dns_label(s, v, w),
                                   example={"default-deny": "media-default-deny"}) if names is not None else {}
        self.descriptions = check_mapping(self, descriptions, "descriptions", _standard,
                                          lambda s, v, w: check_text(s, v, w, "Deny everything by default."),
                                          example={"default-deny": "Deny everything by default."}
                                          ) if descriptions is not None else {}

    def _checked_grants(self, egress: object) -> tuple[EgressGrant, ...]:
        """``egress`` as a tuple of :class:`EgressGrant` s for pods of this namespace, one per pods."""
        grants: tuple[EgressGrant, ...] = check_sequence(
            self, egress, "egress", self._check_grant, example=[Code(_grant_call(self.namespace, "sonarr", (ToWorld((443,)),)))])
        twice = first_duplicate(egress_who(g.pods) for g in grants)
        if twice is not None:
            first, second = twice
            raise fail(self, f"egress[{first}] and egress[{second}] are for the same pods", egress_who(grants[second].pods),
                       "put all intents for those pods in one EgressGrant: one policy is written per pods")
        return grants

    # -- helpers

    def _policy(self, name: str, namespace: str, *rules: Callable[[PolicyRules], Any]) -> cilium.CiliumNetworkPolicy:
        """One policy; a single rule becomes its ``spec``, several its ``specs``."""
        if (namespace, name) in self._names:
            raise fail(self, f"policy name is used twice in namespace {namespace}", name,
                       "put all intents for the same pods in one allow_egress call, or pass name=")
        self._names.add((namespace, name))
        one = len(rules) == 1
        built = [rule(PolicyRules("Spec" if one else "Specs")) for rule in rules]
        policy = cilium.CiliumNetworkPolicy(
            self, name if namespace == self.namespace else f"{namespace}-{name}",
            metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=dict(self.labels)),
            spec=built[0] if one else None, specs=None if one else built)
        self.policies.append(policy)
        return policy

    def _name(self, key: str, default: Optional[str] = None) -> str:
        """The name of standard policy ``key`` (:data:`STANDARD_POLICIES`): the user's, else ``default`` or ``key``."""
        return self.names.get(key) or default or key

    def _said(self, key: str, default: str) -> str:
        """The description of standard policy ``key``: the user's, else ``default``."""
        return self.descriptions.get(key) or default

    def _check_grant(self, scope: Scope, grant: object, what: str) -> EgressGrant:
        """One item of ``egress=``: an :class:`EgressGrant` for pods of this namespace."""
        if isinstance(grant, (list, tuple)) and len(grant) == 2:  # the (pods, intents) pair egress= once took
            pods, intents = grant
            fix = f"write {_grant_call(self.namespace, pods, intents)}"
        else:
            fix = f"write {_grant_call(self.namespace, 'sonarr', (ToWorld((443,)),))}"
        grant = cast(EgressGrant, check_instance(scope, grant, EgressGrant, what, fix))
        if grant.namespace != self.namespace:
            raise fail(scope, f"{what} is for namespace {grant.namespace}, not {self.namespace}", grant,
                       f"pass it to the NamespaceIsolation of {grant.namespace}, or grant pods of {self.namespace}: "
                       f"{_grant_call(self.namespace, grant.pods, grant.to)}")
        return grant

    def _check_selector(self, labels: object, what: str) -> dict[str, str]:
        if not isinstance(labels, Mapping) or not labels or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in labels.items()):
            raise fail(self, f"{what} must be a non-empty mapping of label to value", labels,
                       "select pods by labels such as {'app.kubernetes.io/name': 'qbit'}")
        return dict(labels)

    def _ports(self, ports: object, what: str) -> list[int]:
        if not isinstance(ports, (tuple, list)):
            raise fail(self, f"{what.replace('port', 'ports', 1)} must be a tuple of ports", ports,
                       "write them as (443,) or (80, 443)")
        return sorted({check_port(self, p, what) for p in ports})

    def _protocol(self, protocol: object) -> str:
        return check_choice(self, protocol, PROTOCOLS, "protocol")

    def _app(self, name: str) -> HomelabApp:
        for app in self.apps:
            if app.name == name:
                return app
        known = ", ".join(sorted(a.name for a in self.apps)) or "none"
        raise fail(self, f"no app of namespace {self.namespace} has this name", name,
                   f"use one of: {known}; or select the pods by label")

    # -- the standard policies

    def _baseline(self) -> None:
        here = {NAMESPACE_LABEL: self.namespace}
        self._policy(self._name("default-deny"), self.namespace, lambda r: r.spec(
            description=self._said("default-deny", f"Default deny for every pod in {self.namespace}, ingress and egress; "
                                   "allows traffic within the namespace and DNS to kube-dns."),
            selector={}, default_deny=True,
            ingress=[r.ingress(endpoints=[here])],
            egress=[r.egress(endpoints=[here]),
                    r.egress(endpoints=[self.dns_selector], ports=[53], protocols=("UDP", "TCP"))]))

    def _gateway(self) -> None:
        rules = []
        remote: dict[tuple[str, str], list[_Backend]] = {}
        backends = [_Backend(a.name, dict(a.selector), a.target_port, list(a.route.gateways))
                    for a in self.apps if a.route is not None]
        backends += [_Backend(b.name, dict(b.pods), b.target_port, list(b.route.gateways)) for b in self.routed]
        for app in backends:
            gateways: list[HomelabGateway] = app.gateways
            cilium_gw = any(g.gateway_class == "cilium" for g in gateways)
            proxies = [_in_namespace(proxy_labels(g), g.namespace) for g in gateways if g.gateway_class != "cilium"]
            for g in gateways:
                if g.gateway_class != "cilium":
                    remote.setdefault((g.namespace, g.name), []).append(app)
            rules.append(lambda r, app=app, cilium_gw=cilium_gw, proxies=proxies: r.spec(
                description=self._said("allow-gateway", f"{app.name}: the gateway may reach its backend port "
                                       f"{app.target_port}."),
                selector=app.selector,
                ingress=([r.ingress(entities=["ingress"], ports=[app.target_port])] if cilium_gw else [])
                + ([r.ingress(endpoints=proxies, ports=[app.target_port])] if proxies else [])))
        if rules:
            self._policy(self._name("allow-gateway"), self.namespace, *rules)
        for (gw_namespace, gw_name), apps in sorted(remote.items()):
            def proxies_to_apps(r: PolicyRules, gw_name: str = gw_name, gw_namespace: str = gw_namespace,
                                apps: list[_Backend] = apps) -> Any:
                return r.spec(
                    description=f"The Envoy proxies of {gw_name} may reach the routed apps of {self.namespace}.",
                    selector=_proxy_labels_by_name(gw_name, gw_namespace),
                    egress=[r.egress(endpoints=[_in_namespace(a.selector, self.namespace)], ports=[a.target_port])
                            for a in apps])
            self._policy(f"{gw_name}-to-{self.namespace}", gw_namespace, proxies_to_apps)

    def _lan(self) -> None:
        exposed = [a for a in self.apps if a.load_balancer]
        if not exposed:
            return
        if not self.allow_lan:
            return
        if not self.lan_cidrs:
            raise fail(self, "LoadBalancer apps would be unreachable under default deny",
                       sorted(a.name for a in exposed),
                       "pass lan_cidrs, the networks that may reach them, such as ['192.168.10.0/24']")
        self._policy(self._name("allow-lan"), self.namespace, *[lambda r, app=app: r.spec(
            description=self._said("allow-lan", f"{app.name}: its LoadBalancer port {app.target_port} is open to "
                                   f"{', '.join(self.lan_cidrs)}."),
            selector=app.selector,
            ingress=[r.ingress(cidrs=self.lan_cidrs, ports=[app.target_port])]) for app in exposed])

    def _scrape(self, default: Optional[Sequence[int]], per_app: Mapping[str, Sequence[int]]) -> None:
        for name in per_app:
            self._app(name)
        if default is not None:
            default = self._ports(default, "metrics port")
        scraped: list[tuple[HomelabApp, list[int]]] = []
        for app in self.apps:
            if self.scrape_any_port:
                scraped.append((app, []))  # no toPorts: any port
                continue
            ports = per_app.get(app.name, default if default is not None else (app.target_port,))
            ports = self._ports(ports, f"metrics port of {app.name}")
            if ports:
                scraped.append((app, ports))
        if self.monitoring_namespace is None or self.monitoring_namespace == self.namespace or not scraped:
            return  # within one namespace the baseline already allows it
        # both halves select the scraper pods only: the rest of the monitoring namespace
        # (Grafana, Alertmanager) gets nothing from here
        scraper = _in_namespace(self.scraper, self.monitoring_namespace)

        def said(ports: list[int]) -> str:
            return f"port{'s' if len(ports) > 1 else ''} {', '.join(map(str, ports))}" if ports else "any port"

        self._policy(self._name("allow-scrape"), self.namespace, *[lambda r, app=app, ports=ports: r.spec(
            description=self._said("allow-scrape", f"{app.name}: Prometheus may scrape {said(ports)}."),
            selector=app.selector,
            ingress=[r.ingress(endpoints=[scraper], ports=ports)]) for app, ports in scraped])
        self._policy(self._name("scrape-egress", f"scrape-{self.namespace}"), self.monitoring_namespace, lambda r: r.spec(
            description=self._said("scrape-egress", f"Prometheus may scrape the apps of {self.namespace}."),
            selector=self.scraper,
            egress=[r.egress(endpoints=[_in_namespace(app.selector, self.namespace)], ports=ports)
                    for app, ports in scraped]))

    # -- egress intents

    def allow_egress(self, pods: Pods, *intents: Intent, name: Optional[str] = None,
                     description: Optional[str] = None) -> cilium.CiliumNetworkPolicy:
        """Let ``pods`` (an app name of this namespace or a label selector) reach ``intents``.

        :param name: the policy's name (default ``<app>-egress``; for a selector, its
            ``app.kubernetes.io/name`` or else its values joined by ``-``).
        :param description: its ``spec.description`` (default: the intents, said in words).
        """
        check_text(self, name, "policy name", "sonarr-egress", optional=True)
        check_text(self, description, "description", "Sonarr may reach the indexers.", optional=True)
        if isinstance(pods, str):
            app = self._app(pods)
            labels, who = dict(app.selector), app.name
        else:
            labels = self._check_selector(pods, "pods selector")
            who = egress_who(labels)
        policy_name = check_dns_label(self, name or f"{who}-egress", "policy name")
        self._selected.append((self.namespace, labels, f"egress rule {policy_name}"))
        if not intents:
            raise fail(self, f"egress rule {policy_name} has no intents", [],
                       "pass intents such as ToWorld((443,)) or ToCidr('192.168.10.5/32', (2049,))")
        peers = [self._egress_peer(intent, labels, who) for intent in intents]
        fqdn = any(isinstance(i, ToFqdn) for i in intents)
        return self._policy(policy_name, self.namespace, lambda r: r.spec(
            description=description or f"{who}: " + "; ".join(_describe(i) for i in intents)
                        + (" (with the DNS proxy rule toFQDNs needs)" if fqdn else "") + ".",
            selector=labels,
            egress=[r.egress(**peer) for peer in peers]
            + ([r.egress(endpoints=[self.dns_selector], ports=[53], protocols=("UDP", "TCP"), dns=True)]
               if fqdn else [])))

    def _egress_peer(self, intent: Intent, labels: Mapping[str, str], who: str) -> dict:
        """The ``PolicyRules.egress`` arguments for one intent (validated)."""
        if isinstance(intent, (ToWorld, ToEntity, ToApiServer)):
            entity = ("world" if isinstance(intent, ToWorld) else
                      "kube-apiserver" if isinstance(intent, ToApiServer) else intent.entity)
            check_choice(self, entity, ENTITIES, "Cilium entity")
            return dict(entities=[entity], ports=self._ports(intent.ports, "egress port"),
                        protocols=(self._protocol(getattr(intent, "protocol", "TCP")),))
        if isinstance(intent, ToCidr):
            return dict(cidrs=[check_network(self, intent.cidr, "egress CIDR")],
                        ports=self._ports(intent.ports, "egress port"), protocols=(self._protocol(intent.protocol),))
        if isinstance(intent, ToFqdn):
            names = ([intent.names] if isinstance(intent.names, str) else
                     list(check_sequence(self, intent.names, "FQDN intent names", example=("grafana.com", "*.grafana.com"))))
            if not names:
                raise fail(self, "FQDN intent has no names", intent.names, "name at least one, such as ('grafana.com',)")
            for n in names:
                if not isinstance(n, str) or not (FQDN_PATTERN if "*" in n else FQDN_NAME).match(n):
                    raise fail(self, "FQDN is not a DNS name or pattern", n,
                               "write a name such as 'grafana.com' or a pattern such as '*.grafana.com'")
            ports = self._ports(intent.ports, "egress port")
            if not ports:
                raise fail(self, "FQDN intent has no ports", intent.ports, "name the ports, such as (443,)")
            return dict(fqdns=names, ports=ports, protocols=(self._protocol(intent.protocol),))
        if isinstance(intent, ToService):
            check_text(self, intent.policy_name, "egress service policy name", "qbit-allow-sonarr-from-media",
                       optional=True)
            check_text(self, intent.description, "egress service description", "Sonarr may reach qBittorrent.",
                       optional=True)
            if intent.app is not None and not isinstance(intent.app, HomelabApp):
                raise fail(self, "egress service is not a HomelabApp or an app name", intent.app,
                           "pass the app, ToService(app), or its name and namespace, ToService('sonarr', 'media')")
            if intent.app is not None and intent.namespace != intent.app.namespace:
                raise fail(self, f"egress service's namespace is not its app's, {intent.app.namespace}",
                           intent.namespace, "pass the app alone, ToService(app): it brings its namespace")
            if not isinstance(intent.name, str):
                raise fail(self, "egress service is not a HomelabApp or an app name", intent.name,
                           "pass the app, ToService(app), or its name and namespace, ToService('sonarr', 'media')")
            if intent.namespace is None:
                raise fail(self, "egress service names an app without its namespace", intent.name,
                           f"pass the app itself, ToService(app), or its namespace too: ToService({intent.name!r}, "
                           "'<namespace>')")
            check_dns_label(self, intent.namespace, "egress service namespace")
            target = intent.app if intent.app is not None else _find_app(self, intent.name, intent.namespace)
            if target is None:
                raise fail(self, "egress names a service that is not declared", f"{intent.namespace}/{intent.name}",
                           "declare its HomelabApp before this policy, or check the name and namespace")
            if target.namespace != self.namespace:  # the target's half, without isolating its namespace
                source = _in_namespace(labels, self.namespace)
                half = check_dns_label(self, intent.policy_name or f"{target.name}-allow-{who}-from-{self.namespace}",
                                       "egress service policy name")
                self._policy(half, target.namespace, lambda r: r.spec(
                    description=intent.description
                    or f"{who} in {self.namespace} may reach {target.name} on port {target.target_port}.",
                    selector=target.selector,
                    ingress=[r.ingress(endpoints=[source], ports=[target.target_port])]))
            return dict(endpoints=[_in_namespace(target.selector, target.namespace)], ports=[target.target_port])
        raise fail(self, "egress intent is not one this library knows", intent,
                   "use ToWorld, ToEntity, ToApiServer, ToCidr, ToService or ToFqdn")

    def allow_ingress(self, app: str, *, namespace: str, pods: Mapping[str, str],
                      name: Optional[str] = None, description: Optional[str] = None) -> cilium.CiliumNetworkPolicy:
        """Let ``pods`` of another ``namespace`` (a workload this app does not declare, such as
        the External Secrets operator) reach ``app`` of this namespace on its target port.

        :param name: the policy's name (default ``<app>-from-<namespace>``).
        :param description: its ``spec.description`` (default a sentence saying who may reach what).
        """
        check_text(self, app, "app", "vault")
        check_text(self, name, "policy name", "vault-from-external-secrets", optional=True)
        check_text(self, description, "description", "External Secrets may read Vault.", optional=True)
        target = self._app(app)
        source_namespace = check_dns_label(self, namespace, "source namespace")
        source = _in_namespace(self._check_selector(pods, "source pods selector"), source_namespace)
        policy_name = check_dns_label(self, name or f"{target.name}-from-{source_namespace}", "policy name")
        return self._policy(policy_name, self.namespace, lambda r: r.spec(
            description=description or f"{target.name}: pods of {source_namespace} may reach port {target.target_port}.",
            selector=target.selector,
            ingress=[r.ingress(endpoints=[source], ports=[target.target_port])]))

    # -- whole-app check

    def _selects_pods(self, pods: Optional[list[tuple[str, dict[str, str]]]] = None) -> Iterable[str]:
        pods = _known_pods(self.node.root) if pods is None else pods
        for namespace, labels, what in self._selected:
            if not any(ns == namespace and labels.items() <= pod.items() for ns, pod in pods):
                known = sorted({"{" + ", ".join(f"{k}: {v}" for k, v in sorted(p.items())) + "}"
                                for ns, p in pods if ns == namespace})
                yield message(self, f"{what} selects no pods in namespace {namespace}", labels,
                              "match the labels of a workload there: " + ("; ".join(known) or "it has none"))


#: the policies NamespaceIsolation writes under a fixed name (``names=`` / ``descriptions=`` keys)
STANDARD_POLICIES = ("default-deny", "allow-gateway", "allow-lan", "allow-scrape", "scrape-egress")


def _standard(scope: Scope, key: object, what: str) -> str:
    return check_choice(scope, key, STANDARD_POLICIES, what)


def _code(value: object) -> str:
    """``value`` as source text: an intent as its shortest call (``ToWorld((443,))``, defaults
    left out), anything else by its ``repr`` (a selector as a plain dict)."""
    if isinstance(value, INTENTS) and is_dataclass(value):
        args, skipped = [], False
        for f in fields(value):
            if not f.init:
                continue
            v = getattr(value, f.name)
            default = f.default if f.default is not MISSING else (
                f.default_factory() if f.default_factory is not MISSING else MISSING)
            if default is not MISSING and v == default:
                skipped = True
                continue
            args.append(f"{f.name}={_code(v)}" if skipped else _code(v))
        return f"{type(value).__name__}({', '.join(args)})"
    if isinstance(value, Mapping):
        return repr(dict(value))
    return repr(value)


def _grant_call(namespace: str, pods: object, intents: object) -> str:
    """The ``EgressGrant(...)`` call for ``pods`` of ``namespace``; one intent is put in a tuple."""
    if isinstance(intents, INTENTS):
        intents = (intents,)
    if isinstance(intents, (list, tuple)):
        to = "(" + ", ".join(_code(i) for i in intents) + ("," if len(intents) == 1 else "") + ")"
    else:
        to = _code(intents)
    return f"EgressGrant({namespace!r}, {_code(pods)}, {to})"


def _isolations(scope: constructs.Construct) -> list["NamespaceIsolation"]:
    """The app's isolations, checked by one app-wide check that reads the pods once.

    (A check per isolation walked the whole tree each time: namespaces x objects jsii calls,
    3 s of a 200-app synth.)"""
    def create(root: constructs.Construct) -> list["NamespaceIsolation"]:
        found: list[NamespaceIsolation] = []

        def check() -> Iterable[str]:
            pods = _known_pods(root) if found else []
            return [m for isolation in found for m in isolation._selects_pods(pods)]

        add_check(root, check)
        return found

    return app_registry(scope, "namespace-isolations", create)


@dataclass(frozen=True)
class _Backend:
    """What the gateway policies need of a routed app or :class:`RoutedBackend`."""

    name: str
    selector: dict[str, str]
    target_port: int
    gateways: list[Any]


def _proxy_labels_by_name(name: str, namespace: str) -> dict[str, str]:
    return {ENVOY_OWNING_GATEWAY_NAME: name, ENVOY_OWNING_GATEWAY_NAMESPACE: namespace}


def proxy_labels(gateway: HomelabGateway) -> dict[str, str]:
    """The labels Envoy Gateway puts on ``gateway``'s proxy pods."""
    return _proxy_labels_by_name(gateway.name, gateway.namespace)


def _describe(intent: Intent) -> str:
    ports = getattr(intent, "ports", ())
    protocol = getattr(intent, "protocol", "TCP")
    on = (f" on {'/'.join(map(str, ports))}" + (f" {protocol}" if protocol != "TCP" else "")) if ports else \
        (" on any port" if not isinstance(intent, ToService) else "")
    if isinstance(intent, ToWorld):
        return "world" + on
    if isinstance(intent, ToEntity):
        return f"entity {intent.entity}{on}"
    if isinstance(intent, ToApiServer):
        return "kube-apiserver" + on
    if isinstance(intent, ToCidr):
        return f"{intent.cidr}{on}"
    if isinstance(intent, ToFqdn):
        names = [intent.names] if isinstance(intent.names, str) else intent.names
        return ", ".join(names) + on
    return f"service {intent.namespace}/{intent.name}"


def _find_app(scope: constructs.Construct, name: str, namespace: str) -> Optional[HomelabApp]:
    for node in scope.node.root.node.find_all():
        if isinstance(node, HomelabApp) and node.name == name and node.namespace == namespace:
            return node
    return None


_WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"}


def _known_pods(root: constructs.IConstruct) -> list[tuple[str, dict[str, str]]]:
    """(namespace, labels) of the pods the app declares: apps' selectors and workloads' templates."""
    # workloads are told apart by their Python class (no jsii round trip per object); only a
    # plain ApiObject, which could be anything, is asked for its kind
    workload_classes = (k8s.KubeDeployment, k8s.KubeStatefulSet, k8s.KubeDaemonSet, k8s.KubeReplicaSet, k8s.KubeJob,
                        k8s.KubePod)
    pods: list[tuple[str, dict[str, str]]] = []
    for node in root.node.find_all():
        if isinstance(node, HomelabApp):
            pods.append((node.namespace, dict(node.selector)))
        elif isinstance(node, workload_classes) or (type(node) is cdk8s.ApiObject
                                                    and node.kind in _WORKLOADS | {"Pod"}):
            obj = node.to_json()
            namespace = obj["metadata"].get("namespace", "default")
            pod = obj["kind"] == "Pod"
            meta = obj["metadata"] if pod else obj.get("spec", {}).get("template", {}).get("metadata", {})
            pods.append((namespace, dict(meta.get("labels") or {})))
    return pods
