"""A Cloudflare Tunnel: cloudflared routing hostnames (``*.<domain>`` by default) to the external gateway.

The configuration file is :mod:`.tunnel_config`'s, the pods (a Deployment, or a release of
bjw-s' app-template chart) :mod:`.tunnel_workload`'s; this module checks the props and ties
them together: the ConfigMap, the pods, the token's ExternalSecret and the tunnel's CNAME.
"""
from __future__ import annotations

import hashlib
import re
import uuid
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Mapping, Optional, Sequence, Union

import constructs
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._validation import (
    FrozenDict,
    check_annotations,
    check_bool,
    check_choice,
    check_count,
    check_dns_label,
    check_instance,
    check_resources,
    fail,
    is_dns_name,
)
from ..apps.vpn_specs import ProbeTiming
from ..delivery.flux import ReleaseSettings, chart_release
from ..gateway.gateway import HomelabGateway, resolve_gateway
from ..monitoring.dashboards import GrafanaComDashboard, check_dashboards, grafana_dashboards
from .endpoint import FLUX_VARIABLE, DnsEndpoint, DnsRecord
from .externaldns import gateway_target
from .providers import check_secret_key
from .tunnel_config import (
    OriginRequest,
    TunnelIngressRule,
    check_rules,
    render_config,
    tunnel_config,
)
from .tunnel_workload import (
    APP_TEMPLATE_CHART_URL,
    APP_TEMPLATE_CHART_VERSION,
    CA_DIR,
    CONFIG_DIR,
    METRICS_PORT,
    SecretKey,
    TunnelWorkload,
    app_template_values,
    deployment,
    split_image,
)

if TYPE_CHECKING:  # the External Secrets binding loads only when a store is given
    from ..secrets import Store, SyncedSecret

CLOUDFLARED_IMAGE = "docker.io/cloudflare/cloudflared:2025.11.1"
#: cloudflared's dashboard on grafana.com, under the name homelabs give it
CLOUDFLARED_DASHBOARD = GrafanaComDashboard("network-cloudflared", 17457, 6)
TRANSPORT_PROTOCOLS = ("quic", "http2", "auto")
#: how cloudflared runs: a Deployment, or a HelmRelease of bjw-s' app-template chart
WORKLOADS = ("deployment", "app-template")
STRATEGIES = ("RollingUpdate", "Recreate")
SECCOMP_PROFILES = ("RuntimeDefault", "Unconfined")
_EXAMPLE_RESOURCES = {"cpu": "10m", "memory": "50Mi"}
_TOKEN_VARIABLE = "TUNNEL_TOKEN"
#: Helm's release name, which app-template renders in its values (``{{ .Release.Name }}-secret``)
_RELEASE_NAME = re.compile(r"\{\{\s*\.Release\.Name\s*\}\}")
_TUNNEL_GATEWAY_FIX = "pass the external HomelabGateway the tunnel sends its traffic to, or its name"


def _check_tunnel_id(scope: constructs.Construct, tunnel_id: object) -> str:
    if isinstance(tunnel_id, str) and FLUX_VARIABLE.fullmatch(tunnel_id):
        return tunnel_id
    try:
        return str(uuid.UUID(tunnel_id))  # type: ignore[arg-type]
    except (TypeError, ValueError, AttributeError):
        raise fail(scope, "tunnel id is not a UUID", tunnel_id,
                   "copy the tunnel's id from 'cloudflared tunnel list' or the Zero Trust dashboard, or write a "
                   "Flux variable such as '${CLOUDFLARE_TUNNEL_ID}'") from None


class CloudflareTunnel(HomelabConstruct):
    """cloudflared (a Deployment or an app-template release, and a ConfigMap) sending its ingress
    rules' hostnames to the gateway.

    The tunnel token comes from a Secret by reference, written by an ExternalSecret (this
    construct's with ``store``, otherwise one provided some other way); create
    the tunnel in Cloudflare as a locally configured one (no public hostnames in the
    dashboard), since this construct owns its ingress rules. With ``dns_record`` it adds the
    public ``DNSEndpoint`` ``<hostname> CNAME <tunnel id>.cfargotunnel.com``; every
    public route then points at ``hostname`` through the gateway's
    :func:`~homelab_constructs.dns.dns_target_annotations` (checked here).

    The origin's certificate is checked (``noTLSVerify`` is not written) unless
    ``origin_request``/a rule says ``no_tls_verify=True``: a gateway with a public
    certificate needs nothing, one signed by a private CA needs ``origin_ca_config_map``.

    What the pods need is always written: ``NO_AUTOUPDATE=true`` and ``TUNNEL_METRICS`` (the
    metrics and ``/ready`` port, 8080), the token, ``tunnel run`` and the config mounted where
    cloudflared looks for it (``/etc/cloudflared``). A prop left unset writes nothing more.
    :attr:`RECOMMENDED` (``CloudflareTunnel.recommended(...)``) writes: ``replicas=2``,
    ``transport_protocol="quic"`` (``TUNNEL_TRANSPORT_PROTOCOL``), ``config_flag=True``
    (``--config /etc/cloudflared/config.yaml``), ``hardened=True``, ``seccomp_profile="RuntimeDefault"``,
    ``automount_service_account_token=False``, ``run_as_user=65532``, ``run_as_group=65532``,
    ``requests={'cpu': '10m', 'memory': '64Mi'}``, ``limits={'memory': '256Mi'}``, a liveness probe
    (10 s delay, every 10 s) and a readiness probe (every 10 s) on ``/ready``, and
    ``origin_request=OriginRequest(http2_origin=True)`` (``http2Origin: true``).

    :param gateway: the external gateway (its ``domain`` is what the tunnel serves): the
        :class:`~homelab_constructs.HomelabGateway` or the name of one declared before.
    :param tunnel_id: the tunnel's UUID, or a Flux post-build variable such as
        ``${CLOUDFLARE_TUNNEL_ID}`` (Flux substitutes it, from a Secret with ``substituteFrom``).
    :param name: the Deployment's (or release's and controller's) and ConfigMap's name
        (default ``cloudflared``).
    :param namespace: where cloudflared runs (default the gateway's namespace).
    :param hostname: the tunnel's DNS name (default ``external.<domain>``).
    :param token_secret: the Secret with the tunnel token (default ``cloudflared-tunnel``); with
        ``workload="app-template"`` it may hold Helm's ``{{ .Release.Name }}``, which the chart
        renders as ``name``.
    :param token_key: the token's key in that Secret (default ``token``).
    :param store: write that Secret (key ``token_key`` only, in ``namespace``) with an
        ExternalSecret from this secret store: a
        :class:`~homelab_constructs.secrets.VaultSecretStore` or the name of a
        ClusterSecretStore of the app (default ``None``: the Secret is provided some other
        way). Another DNS construct that writes the same Secret identically shares it.
    :param token_remote_key: the key in the store holding the token, as its property
        ``token_key``; used only with ``store`` (default ``homelab/cloudflare-tunnel``).
    :param origin_service: the gateway's in-cluster Service host (default: the Service
        the implementation creates: ``<gateway>.<namespace>.svc.cluster.local`` for Envoy
        Gateway, ``cilium-gateway-<gateway>.<namespace>.svc.cluster.local`` for Cilium).
    :param origin_ca_config_map: a ConfigMap with the gateway CA's ``ca.crt``, mounted and
        written as the tunnel-wide ``caPool`` (default ``None``: the system's CAs).
    :param replicas: cloudflared replicas (default ``None``: one).
    :param image: the cloudflared image (default :data:`CLOUDFLARED_IMAGE`).
    :param dns_record: add the tunnel's CNAME as a public DNSEndpoint (default ``True``).
    :param ingress: the ingress rules, in order (default one rule: ``*.<domain>`` to the
        gateway's HTTPS listener).
    :param catch_all: the service of the final rule, for every other request (default
        ``http_status:404``).
    :param origin_request: the tunnel-wide :class:`OriginRequest` (default ``None``: none).
        ``originServerName: <hostname>`` is added when a rule reaches an ``https://`` origin
        without a name of its own to check the certificate against (the gateway's certificate
        is for the domain, not for its Service).
    :param post_quantum: post-quantum key agreement (``TUNNEL_POST_QUANTUM``) (default ``False``).
    :param transport_protocol: ``quic``, ``http2`` or ``auto`` (``TUNNEL_TRANSPORT_PROTOCOL``)
        (default ``None``: cloudflared's, ``auto``).
    :param token_env_from: read every key of ``token_secret`` as environment
        (``envFrom``), the token under ``TUNNEL_TOKEN`` (``token_key`` must be that), instead
        of one ``secretKeyRef`` (default ``False``).
    :param requests: the container's resource requests (default ``None``: none).
    :param limits: its resource limits (default ``None``: none).
    :param run_as_user: the user id the container runs as (default ``None``: the image's).
    :param run_as_group: its group id (default ``None``: the image's).
    :param annotations: annotations on the Deployment (app-template: the controller), such as
        Reloader's (default none).
    :param dns_record_proxied: the CNAME's Cloudflare proxy setting, or ``None`` for the
        ExternalDNS instance's (default ``True``).
    :param dashboards: Grafana dashboards to import with the tunnel, such as
        :data:`CLOUDFLARED_DASHBOARD` (default none).
    :param workload: ``deployment`` (default) or ``app-template``: a Flux HelmRelease of bjw-s'
        app-template chart (:data:`~.tunnel_workload.APP_TEMPLATE_CHART_URL`, its OCIRepository
        ``app-template``), the config file mounted at ``/etc/cloudflared/config.yaml``.
    :param release: the app-template release's
        :class:`~homelab_constructs.platform.ReleaseSettings` (chart source and version,
        intervals, remediation, more values) (default ``None``; only with
        ``workload="app-template"``).
    :param config_map_name: the ConfigMap's name (default ``None``: ``name``).
    :param config_flag: pass ``--config /etc/cloudflared/config.yaml`` (default ``False``:
        cloudflared finds it there itself).
    :param config_checksum: roll the pods when the config changes, through the pod template's
        ``checksum/config`` annotation (default ``True``; ``False`` when something else rolls
        them, such as Reloader's ``reloader.stakater.com/auto`` annotation).
    :param hardened: the hardened security context: ``runAsNonRoot: true`` for the pod; no
        privilege escalation, a read-only root file system and every capability dropped for the
        container (default ``False``: none written).
    :param seccomp_profile: the pod's seccomp profile, ``RuntimeDefault`` or ``Unconfined``
        (default ``None``: the runtime's setting).
    :param automount_service_account_token: the pod's ``automountServiceAccountToken``
        (default ``None``: Kubernetes', mounted).
    :param liveness_probe: a liveness probe of ``/ready`` on the metrics port, with this
        :class:`~homelab_constructs.ProbeTiming` (default ``None``: none).
    :param readiness_probe: a readiness probe of ``/ready``, with this timing (default
        ``None``: none).
    :param strategy: the update strategy, ``RollingUpdate`` or ``Recreate`` (default ``None``:
        the Deployment's, ``RollingUpdate``; app-template's, ``Recreate``).
    :param service_monitor: with ``workload="app-template"``, a metrics Service (port ``http``,
        8080) and a Prometheus ServiceMonitor of it (default ``False``).
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(
        replicas=2, transport_protocol="quic", config_flag=True, hardened=True, seccomp_profile="RuntimeDefault",
        automount_service_account_token=False, run_as_user=65532, run_as_group=65532,
        requests=FrozenDict(cpu="10m", memory="64Mi"), limits=FrozenDict(memory="256Mi"),
        liveness_probe=ProbeTiming(initial_delay_seconds=10, period_seconds=10),
        readiness_probe=ProbeTiming(period_seconds=10), origin_request=OriginRequest(http2_origin=True))

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        gateway: Union[HomelabGateway, str],
        tunnel_id: str,
        name: str = "cloudflared",
        namespace: Optional[str] = None,
        hostname: Optional[str] = None,
        token_secret: str = "cloudflared-tunnel",
        token_key: str = "token",
        store: Optional["Store"] = None,
        token_remote_key: str = "homelab/cloudflare-tunnel",
        origin_service: Optional[str] = None,
        origin_ca_config_map: Optional[str] = None,
        replicas: Optional[int] = None,
        image: str = CLOUDFLARED_IMAGE,
        dns_record: bool = True,
        ingress: Optional[Sequence[TunnelIngressRule]] = None,
        catch_all: str = "http_status:404",
        origin_request: Optional[OriginRequest] = None,
        post_quantum: bool = False,
        transport_protocol: Optional[Literal["quic", "http2", "auto"]] = None,
        token_env_from: bool = False,
        requests: Optional[Mapping[str, str]] = None,
        limits: Optional[Mapping[str, str]] = None,
        run_as_user: Optional[int] = None,
        run_as_group: Optional[int] = None,
        annotations: Optional[Mapping[str, str]] = None,
        dns_record_proxied: Optional[bool] = True,
        dashboards: Sequence[GrafanaComDashboard] = (),
        workload: Literal["deployment", "app-template"] = "deployment",
        release: Optional[ReleaseSettings] = None,
        config_map_name: Optional[str] = None,
        config_flag: bool = False,
        config_checksum: bool = True,
        hardened: bool = False,
        seccomp_profile: Optional[Literal["RuntimeDefault", "Unconfined"]] = None,
        automount_service_account_token: Optional[bool] = None,
        liveness_probe: Optional[ProbeTiming] = None,
        readiness_probe: Optional[ProbeTiming] = None,
        strategy: Optional[Literal["RollingUpdate", "Recreate"]] = None,
        service_monitor: bool = False,
    ) -> None:
        super().__init__(scope, id)
        gateway = self._check_tunnel(gateway, name, namespace, tunnel_id)
        self._check_workload(workload, release, image, service_monitor)
        self._check_hostname(gateway, hostname)
        self._check_token(token_secret, token_key, token_env_from)
        self._check_dns_record(dns_record, dns_record_proxied)
        self._check_origin(gateway, origin_service, origin_ca_config_map)
        self.config_map_name = check_dns_label(self, config_map_name if config_map_name is not None else self.name,
                                               "ConfigMap name")
        check_bool(self, config_checksum, "config_checksum",
                   "write True to roll the pods when the config changes, or False when something else rolls them")
        pods = self._check_pods(replicas, strategy, annotations, config_flag, hardened, seccomp_profile,
                                automount_service_account_token, liveness_probe, readiness_probe)
        container = self._check_container(post_quantum, transport_protocol, requests, limits, run_as_user,
                                          run_as_group)
        check_dashboards(self, dashboards)
        rules = check_rules(self, ingress, TunnelIngressRule(f"*.{gateway.domain}", self.origin))
        #: cloudflared's configuration (``config.yaml``, as data)
        self.config = tunnel_config(self, rules, catch_all, origin_request, self.hostname,
                                    (origin_ca_config_map, f"{CA_DIR}/ca.crt") if origin_ca_config_map else None)
        #: the ExternalSecret that writes the token's Secret (``None`` without ``store``)
        self.external_secret: Optional["SyncedSecret"] = self._token_external_secret(store, token_remote_key, token_key)
        config_text = render_config(self.config)
        #: the ConfigMap holding ``config.yaml``
        self.config_map = k8s.KubeConfigMap(
            self, "Config", metadata=k8s.ObjectMeta(name=self.config_map_name, namespace=self.namespace),
            data={"config.yaml": config_text})
        spec = TunnelWorkload(
            name=self.name, namespace=self.namespace, image=image, config_map=self.config_map_name,
            env=self._env(post_quantum, transport_protocol, token_key, token_env_from),
            env_from=self.token_secret if token_env_from else None,
            checksum=hashlib.sha256(config_text.encode()).hexdigest() if config_checksum else None,
            origin_ca_config_map=origin_ca_config_map, service_monitor=service_monitor, **pods, **container)
        #: the cloudflared Deployment (``None`` with ``workload="app-template"``)
        self.deployment: Optional[k8s.KubeDeployment] = deployment(self, spec) if workload == "deployment" else None
        #: the app-template release's values (``None`` with ``workload="deployment"``)
        self.values: Optional[dict[str, object]] = None
        self.release = None
        if workload == "app-template":
            self.values = app_template_values(spec)
            _, self.release = chart_release(
                self, name=self.name, namespace=self.namespace, url=APP_TEMPLATE_CHART_URL,
                version=APP_TEMPLATE_CHART_VERSION, values=self.values, source_name="app-template", release=release)
        #: the GrafanaDashboards imported with the tunnel
        self.dashboards = grafana_dashboards(self, list(dashboards), namespace=self.namespace)
        self.endpoint = self._dns_endpoint(dns_record, dns_record_proxied)

    # -- validate

    def _check_tunnel(self, gateway: object, name: str, namespace: Optional[str], tunnel_id: str) -> HomelabGateway:
        """Check the gateway, the names and the tunnel id; sets ``name``, ``namespace`` and ``tunnel_id``;
        returns the gateway."""
        found = resolve_gateway(self, gateway, "gateway", _TUNNEL_GATEWAY_FIX)
        self.name = check_dns_label(self, name, "tunnel name")
        self.namespace = check_dns_label(self, namespace if namespace is not None else found.namespace, "namespace")
        self.tunnel_id = _check_tunnel_id(self, tunnel_id)
        return found

    def _check_workload(self, workload: str, release: Optional[ReleaseSettings], image: object,
                        service_monitor: object) -> None:
        """Check how cloudflared runs, the image (app-template needs its tag), the release settings
        and the ServiceMonitor (app-template only); sets ``workload``."""
        self.workload = check_choice(self, workload, WORKLOADS, "workload")
        if not isinstance(image, str) or not image.strip() or any(c.isspace() for c in image):
            raise fail(self, "cloudflared image is empty or holds whitespace", image,
                       f"pin an image such as {CLOUDFLARED_IMAGE!r}")
        check_bool(self, service_monitor, "service_monitor",
                   "write True for a metrics Service and its ServiceMonitor (app-template), or False")
        if workload == "app-template":
            if split_image(image) is None:
                raise fail(self, "app-template needs the image's tag", image,
                           f"write the image with its tag, such as {CLOUDFLARED_IMAGE!r}")
            return
        if release is not None:
            raise fail(self, "release settings are for workload='app-template'", release,
                       "set workload='app-template', or drop release")
        if service_monitor:
            raise fail(self, "service_monitor is written by workload='app-template' only", service_monitor,
                       "set workload='app-template', or drop service_monitor")

    def _check_hostname(self, gateway: HomelabGateway, hostname: Optional[str]) -> None:
        """Check the tunnel's hostname, under the gateway's domain and its DNS target; sets ``hostname``."""
        self.hostname = hostname if hostname is not None else f"external.{gateway.domain}"
        if not is_dns_name(self.hostname, trailing_dot=True) or not self.hostname.endswith("." + gateway.domain):
            raise fail(self, f"tunnel hostname is not a name under {gateway.domain}", self.hostname,
                       f"use a name such as 'external.{gateway.domain}'")
        target = gateway_target(gateway)
        if target != self.hostname:
            raise fail(self, f"gateway {gateway.name} does not point its DNS records at the tunnel", target,
                       f"build the gateway with annotations=dns_target_annotations({self.hostname!r})")

    def _check_token(self, token_secret: str, token_key: str, token_env_from: bool) -> None:
        """Check the token's Secret (``{{ .Release.Name }}`` rendered as the release's name with
        app-template), its key and how it is read; sets ``token_secret`` (as written) and
        ``token_secret_name`` (as the cluster names it)."""
        rendered = token_secret
        if isinstance(token_secret, str) and _RELEASE_NAME.search(token_secret):
            if self.workload != "app-template":
                raise fail(self, "token secret name holds Helm's {{ .Release.Name }}, which only app-template renders",
                           token_secret, "write the Secret's name, or set workload='app-template'")
            rendered = _RELEASE_NAME.sub(self.name, token_secret)
        #: the token Secret's name as written (app-template may render it)
        self.token_secret = token_secret
        #: the token Secret's name in the cluster
        self.token_secret_name = check_dns_label(self, rendered, "token secret name")
        check_secret_key(self, token_key, "token key")
        check_bool(self, token_env_from, "token_env_from", "write True to read the Secret with envFrom, or False")
        if token_env_from and token_key != _TOKEN_VARIABLE:
            raise fail(self, "with token_env_from the token's key must be TUNNEL_TOKEN", token_key,
                       "set token_key='TUNNEL_TOKEN' (cloudflared reads that variable), or token_env_from=False")

    def _check_dns_record(self, dns_record: bool, dns_record_proxied: Optional[bool]) -> None:
        """Check the switches of the tunnel's CNAME."""
        check_bool(self, dns_record, "dns_record", "write True to publish the tunnel's CNAME, or False")
        if dns_record_proxied is not None:
            check_bool(self, dns_record_proxied, "dns_record_proxied",
                       "write True or False, or None for the ExternalDNS instance's setting")

    def _check_origin(self, gateway: HomelabGateway, origin_service: Optional[str],
                      origin_ca_config_map: Optional[str]) -> None:
        """Check the gateway's Service host (default the implementation's) and the origin CA's ConfigMap;
        sets ``origin``."""
        service_name = gateway.name if gateway.implementation else f"cilium-gateway-{gateway.name}"
        if origin_service is None:
            origin_service = f"{service_name}.{gateway.namespace}.svc.cluster.local"
        if not is_dns_name(origin_service, trailing_dot=True):
            raise fail(self, "origin service is not a host name", origin_service,
                       "use the gateway Service's DNS name, such as 'envoy-external.network.svc.cluster.local'")
        self.origin = f"https://{origin_service}:443"
        if origin_ca_config_map is not None:
            check_dns_label(self, origin_ca_config_map, "origin CA ConfigMap name")

    def _check_pods(self, replicas: Optional[int], strategy: Optional[str], annotations: Optional[Mapping[str, str]],
                    config_flag: bool, hardened: bool, seccomp_profile: Optional[str],
                    automount: Optional[bool], liveness: Optional[ProbeTiming],
                    readiness: Optional[ProbeTiming]) -> dict[str, Any]:
        """Check the pods' props; returns them as :class:`TunnelWorkload` fields."""
        if replicas is not None and (isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1):
            raise fail(self, "replicas must be a positive integer", replicas,
                       "use 2 for a highly available tunnel")
        if strategy is not None:
            check_choice(self, strategy, STRATEGIES, "strategy")
        if seccomp_profile is not None:
            check_choice(self, seccomp_profile, SECCOMP_PROFILES, "seccomp profile")
        check_bool(self, config_flag, "config_flag", "write True to pass --config, or False")
        check_bool(self, hardened, "hardened", "write True for the hardened security context, or False")
        if automount is not None:
            check_bool(self, automount, "automount_service_account_token", "write True or False, or None to leave it out")
        for timing, what in ((liveness, "liveness_probe"), (readiness, "readiness_probe")):
            check_instance(self, timing, ProbeTiming, what,
                           "write ProbeTiming(period_seconds=10), or None for no probe", optional=True)
        return dict(replicas=replicas, strategy=strategy,
                    annotations=check_annotations(self, annotations if annotations is not None else {}, "annotations"),
                    args=("tunnel", *(("--config", f"{CONFIG_DIR}/config.yaml") if config_flag else ()), "run"),
                    hardened=hardened, seccomp_profile=seccomp_profile, automount_service_account_token=automount,
                    liveness=liveness, readiness=readiness)

    def _check_container(self, post_quantum: bool, transport_protocol: Optional[str],
                         requests: Optional[Mapping[str, str]], limits: Optional[Mapping[str, str]],
                         run_as_user: Optional[int], run_as_group: Optional[int]) -> dict[str, Any]:
        """Check cloudflared's run options, resources and ids; returns them as :class:`TunnelWorkload` fields."""
        check_bool(self, post_quantum, "post_quantum")
        if transport_protocol is not None:
            check_choice(self, transport_protocol, TRANSPORT_PROTOCOLS, "transport protocol")
        for value, what in ((run_as_user, "run_as_user"), (run_as_group, "run_as_group")):
            if value is not None:
                check_count(self, value, what, 1)
        return dict(requests=check_resources(self, requests if requests is not None else {}, "requests",
                                             _EXAMPLE_RESOURCES),
                    limits=check_resources(self, limits if limits is not None else {}, "limits", _EXAMPLE_RESOURCES),
                    run_as_user=run_as_user, run_as_group=run_as_group)

    # -- build

    def _token_external_secret(self, store: Optional["Store"], remote_key: str,
                               token_key: str) -> Optional["SyncedSecret"]:
        """The ExternalSecret that writes the token's Secret from ``store``; ``None`` without a store."""
        if store is None:
            return None
        from ..secrets import shared_secret

        return shared_secret(
            self, "Token", name=self.token_secret_name, namespace=self.namespace, store=store, remote_key=remote_key,
            keys={token_key: token_key}, rename="CloudflareTunnel(token_secret=...)")

    def _env(self, post_quantum: bool, transport_protocol: Optional[str], token_key: str,
             token_env_from: bool) -> tuple[tuple[str, Union[str, bool, SecretKey]], ...]:
        """cloudflared's environment: its settings and the token (one key, or the whole Secret with ``envFrom``)."""
        return (
            ("NO_AUTOUPDATE", True),
            ("TUNNEL_METRICS", f"0.0.0.0:{METRICS_PORT}"),
            *((("TUNNEL_POST_QUANTUM", True),) if post_quantum else ()),
            *((("TUNNEL_TRANSPORT_PROTOCOL", transport_protocol),) if transport_protocol is not None else ()),
            *(() if token_env_from else ((_TOKEN_VARIABLE, SecretKey(self.token_secret, token_key)),)),
        )

    def _dns_endpoint(self, dns_record: bool, proxied: Optional[bool]) -> Optional[DnsEndpoint]:
        """The public DNSEndpoint ``<hostname> CNAME <tunnel id>.cfargotunnel.com``; ``None`` without ``dns_record``."""
        if not dns_record:
            return None
        return DnsEndpoint(
            self, "DnsEndpoint", name=self.name, namespace=self.namespace, visibility="public",
            records=[DnsRecord(name=self.hostname, type="CNAME", targets=(f"{self.tunnel_id}.cfargotunnel.com",),
                               proxied=proxied, flux_substitution=bool(FLUX_VARIABLE.fullmatch(self.tunnel_id)))],
        )

