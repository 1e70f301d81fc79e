"""A Cloudflare Tunnel: cloudflared routing hostnames (``*.<domain>`` by default) to the external gateway.

The configuration file is :mod:`.tunnel_config`'s, the pods (a Deployment, or a release of
bjw-s' app-template chart) :mod:`.tunnel_workload`'s, cloudflared's settings and its token
:mod:`.tunnel_settings`'; this module checks what spans them and ties them together: the
ConfigMap, the pods, the token's ExternalSecret and the tunnel's CNAME.
"""
from __future__ import annotations

import hashlib
import uuid
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Mapping, Optional, Sequence, Union, cast

import constructs
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._validation import (
    FrozenDict,
    check_bool,
    check_choice,
    check_dns_label,
    check_instance,
    fail,
    is_dns_name,
)
from ..delivery.flux import ReleaseSettings, chart_release
from ..gateway.gateway import HomelabGateway, resolve_gateway
from ..monitoring.dashboards import GrafanaComDashboard, check_dashboards, grafana_dashboards
from ..namespace import Namespace, namespace_name
from .endpoint import FLUX_VARIABLE, DnsEndpoint, DnsRecord
from .externaldns import gateway_target
from .tunnel_config import TunnelIngress, TunnelIngressRule, render_config, tunnel_config
from .tunnel_settings import RELEASE_NAME, TOKEN_VARIABLE, CloudflaredSettings, TunnelToken
from .tunnel_workload import (
    APP_TEMPLATE_CHART_URL,
    APP_TEMPLATE_CHART_VERSION,
    CA_DIR,
    CLOUDFLARED_IMAGE,
    CONFIG_DIR,
    METRICS_PORT,
    SecretKey,
    TunnelPods,
    TunnelWorkload,
    app_template_values,
    deployment,
    split_image,
)

if TYPE_CHECKING:  # the External Secrets binding loads only when a store is given
    from ..secrets import Store, SyncedSecret

#: cloudflared's dashboard on grafana.com, under the name homelabs give it
CLOUDFLARED_DASHBOARD = GrafanaComDashboard("network-cloudflared", 17457, 6)
#: how cloudflared runs: a Deployment, or a HelmRelease of bjw-s' app-template chart
WORKLOADS = ("deployment", "app-template")
_TUNNEL_GATEWAY_FIX = "pass the external HomelabGateway the tunnel sends its traffic to, or its name"
#: the construct's value props: the class each is, and how to write one
_GROUPS = (("pods", TunnelPods, "write TunnelPods(replicas=2, ...) or TunnelPods.recommended(...)"),
           ("cloudflared", CloudflaredSettings, "write CloudflaredSettings(transport_protocol='quic', ...)"),
           ("token", TunnelToken, "write TunnelToken(secret=..., key=...)"),
           ("ingress", TunnelIngress, "write TunnelIngress(rules=[TunnelIngressRule(hostname, service)], ...)"))


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
    rules' hostnames to the gateway, read as a few concepts, each a value with its defaults:

    * ``pods``, :class:`~.tunnel_workload.TunnelPods`: replicas, image, update strategy,
      resources, probes, security;
    * ``cloudflared``, :class:`~.tunnel_settings.CloudflaredSettings`: transport protocol, post
      quantum, ``--config``, the metrics ServiceMonitor;
    * ``token``, :class:`~.tunnel_settings.TunnelToken`: the token's Secret, key and how it is read;
    * ``ingress``, :class:`~.tunnel_config.TunnelIngress`: the ingress rules, the catch-all and
      the origins;
    * and the tunnel's own settings (gateway, id, names, workload, DNS record, dashboards).

    The tunnel token comes from a Secret by reference, written by an ExternalSecret (this
    construct's with ``store``, otherwise one provided some other way); create
    the tunnel in Cloudflare as a locally configured one (no public hostnames in the
    dashboard), since this construct owns its ingress rules. With ``dns_record`` it adds the
    public ``DNSEndpoint`` ``<hostname> CNAME <tunnel id>.cfargotunnel.com``; every
    public route then points at ``hostname`` through the gateway's
    :func:`~homelab_constructs.dns.dns_target_annotations` (checked here).

    The origin's certificate is checked (``noTLSVerify`` is not written) unless
    ``TunnelIngress.origin_request``/a rule says ``no_tls_verify=True``: a gateway with a public
    certificate needs nothing, one signed by a private CA needs ``origin_ca_config_map``.

    What the pods need is always written: ``NO_AUTOUPDATE=true`` and ``TUNNEL_METRICS`` (the
    metrics and ``/ready`` port, 8080), the token, ``tunnel run`` and the config mounted where
    cloudflared looks for it (``/etc/cloudflared``). A prop left unset writes nothing more.
    :attr:`RECOMMENDED` (``CloudflareTunnel.recommended(...)``) writes exactly:
    ``pods=TunnelPods.recommended()`` (``replicas: 2``, hardened, ``RuntimeDefault`` seccomp, no
    token automount, user and group 65532, requests ``cpu: 10m``/``memory: 64Mi``, limit
    ``memory: 256Mi``, liveness (10 s delay, every 10 s) and readiness (every 10 s) probes on
    ``/ready``), ``cloudflared=CloudflaredSettings.recommended()`` (``TUNNEL_TRANSPORT_PROTOCOL=quic``,
    ``--config /etc/cloudflared/config.yaml``) and ``ingress=TunnelIngress.recommended()``
    (``http2Origin: true``). A group given replaces the preset's whole: write
    ``TunnelIngress.recommended(rules=[...])`` to keep its ``http2Origin``.

    :param gateway: the external gateway (its ``domain`` is what the tunnel serves): the
        :class:`~homelab_constructs.HomelabGateway` or the name of one declared before.
    :param tunnel_id: the tunnel's UUID, or a Flux post-build variable such as
        ``${CLOUDFLARE_TUNNEL_ID}`` (Flux substitutes it, from a Secret with ``substituteFrom``).
    :param name: the Deployment's (or release's and controller's) and ConfigMap's name
        (default ``cloudflared``).
    :param namespace: where cloudflared runs (default the gateway's namespace).
    :param hostname: the tunnel's DNS name (default ``external.<domain>``).
    :param workload: ``deployment`` (default) or ``app-template``: a Flux HelmRelease of bjw-s'
        app-template chart (:data:`~.tunnel_workload.APP_TEMPLATE_CHART_URL`, its OCIRepository
        ``app-template``), the config file mounted at ``/etc/cloudflared/config.yaml``.
    :param release: the app-template release's
        :class:`~homelab_constructs.platform.ReleaseSettings` (chart source and version,
        intervals, remediation, more values) (default ``None``; only with
        ``workload="app-template"``).
    :param pods: the :class:`~.tunnel_workload.TunnelPods` (default ``TunnelPods()``: one replica
        of :data:`~.tunnel_workload.CLOUDFLARED_IMAGE`, nothing else).
    :param cloudflared: the :class:`~.tunnel_settings.CloudflaredSettings` (default
        ``CloudflaredSettings()``: cloudflared's own defaults).
    :param token: the :class:`~.tunnel_settings.TunnelToken` (default ``TunnelToken()``: key
        ``token`` of the Secret ``cloudflared-tunnel``).
    :param store: write the token's Secret (key ``token.key`` only, in ``namespace``) with an
        ExternalSecret from this secret store, from ``token.remote_key``: a
        :class:`~homelab_constructs.secrets.VaultSecretStore` or the name of a
        ClusterSecretStore of the app (default ``None``: the Secret is provided some other
        way). Another DNS construct that writes the same Secret identically shares it.
    :param ingress: the :class:`~.tunnel_config.TunnelIngress` (default ``TunnelIngress()``:
        ``*.<domain>`` to the gateway's HTTPS listener, ``http_status:404`` for the rest).
    :param config_map_name: the ConfigMap's name (default ``None``: ``name``).
    :param dns_record: add the tunnel's CNAME as a public DNSEndpoint (default ``True``).
    :param dns_record_proxied: the CNAME's Cloudflare proxy setting, or ``None`` for the
        ExternalDNS instance's (default ``True``).
    :param dashboards: Grafana dashboards to import with the tunnel, such as
        :data:`CLOUDFLARED_DASHBOARD` (default none).
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(
        pods=TunnelPods.recommended(), cloudflared=CloudflaredSettings.recommended(),
        ingress=TunnelIngress.recommended())

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        gateway: Union[HomelabGateway, str],
        tunnel_id: str,
        name: str = "cloudflared",
        namespace: Optional[str | Namespace] = None,
        hostname: Optional[str] = None,
        workload: Literal["deployment", "app-template"] = "deployment",
        release: Optional[ReleaseSettings] = None,
        pods: TunnelPods = TunnelPods(),  # noqa: B008  (frozen: one shared default is safe)
        cloudflared: CloudflaredSettings = CloudflaredSettings(),  # noqa: B008  (frozen)
        token: TunnelToken = TunnelToken(),  # noqa: B008  (frozen)
        store: Optional["Store"] = None,
        ingress: TunnelIngress = TunnelIngress(),  # noqa: B008  (frozen)
        config_map_name: Optional[str] = None,
        dns_record: bool = True,
        dns_record_proxied: Optional[bool] = True,
        dashboards: Sequence[GrafanaComDashboard] = (),
    ) -> None:
        super().__init__(scope, id)
        namespace = cast(Optional[str], namespace_name(namespace))  # a Namespace stands for its name
        gateway = self._check_tunnel(gateway, name, namespace, tunnel_id)
        for value, (what, cls, fix) in zip((pods, cloudflared, token, ingress), _GROUPS, strict=True):
            check_instance(self, value, cls, what, fix)
        self.pods, self.cloudflared, self.token, self.ingress = pods, cloudflared, token, ingress
        self._check_workload(workload, release)
        self._check_hostname(gateway, hostname)
        self._check_token()
        self._check_dns_record(dns_record, dns_record_proxied)
        self.origin = self._origin(gateway)
        self.config_map_name = check_dns_label(self, config_map_name if config_map_name is not None else self.name,
                                               "ConfigMap name")
        check_dashboards(self, dashboards)
        rules = list(ingress.rules) if ingress.rules is not None else [TunnelIngressRule(f"*.{gateway.domain}",
                                                                                         self.origin)]
        #: cloudflared's configuration (``config.yaml``, as data)
        self.config = tunnel_config(ingress, rules, self.hostname, f"{CA_DIR}/ca.crt")
        #: the ExternalSecret that writes the token's Secret (``None`` without ``store``)
        self.external_secret: Optional["SyncedSecret"] = self._token_external_secret(store)
        config_text = render_config(self.config)
        #: the ConfigMap holding ``config.yaml``
        self.config_map = k8s.KubeConfigMap(
            self, "Config", metadata=k8s.ObjectMeta(name=self.config_map_name, namespace=self.namespace),
            data={"config.yaml": config_text})
        spec = TunnelWorkload(
            name=self.name, namespace=self.namespace, image=pods.image, config_map=self.config_map_name,
            env=self._env(), env_from=self.token_secret if token.env_from else None,
            args=("tunnel", *(("--config", f"{CONFIG_DIR}/config.yaml") if cloudflared.config_flag else ()), "run"),
            checksum=hashlib.sha256(config_text.encode()).hexdigest() if pods.config_checksum else None,
            origin_ca_config_map=ingress.origin_ca_config_map, service_monitor=cloudflared.service_monitor,
            replicas=pods.replicas, strategy=pods.strategy, annotations=dict(pods.annotations),
            liveness=pods.liveness_probe, readiness=pods.readiness_probe, hardened=pods.hardened,
            seccomp_profile=pods.seccomp_profile, automount_service_account_token=pods.automount_service_account_token,
            run_as_user=pods.run_as_user, run_as_group=pods.run_as_group, requests=dict(pods.requests),
            limits=dict(pods.limits))
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

    def _check_workload(self, workload: str, release: Optional[ReleaseSettings]) -> None:
        """Check how cloudflared runs and what only app-template writes: the image's tag, the release
        settings and the ServiceMonitor; sets ``workload``."""
        self.workload = check_choice(self, workload, WORKLOADS, "workload")
        if workload == "app-template":
            if split_image(self.pods.image) is None:
                raise fail(self, "app-template needs the image's tag", self.pods.image,
                           f"write TunnelPods(image=...) with its tag, such as {CLOUDFLARED_IMAGE!r}")
            return
        if release is not None:
            raise fail(self, "release settings are for workload='app-template'", release,
                       "set workload='app-template', or drop release")
        if self.cloudflared.service_monitor:
            raise fail(self, "service_monitor is written by workload='app-template' only",
                       self.cloudflared.service_monitor,
                       "set workload='app-template', or drop CloudflaredSettings(service_monitor=True)")

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

    def _check_token(self) -> None:
        """Check the token's Secret as the cluster names it (``{{ .Release.Name }}`` rendered as the
        release's name, app-template only); sets ``token_secret`` (as written) and ``token_secret_name``."""
        secret = self.token.secret
        if self.token.templated and self.workload != "app-template":
            raise fail(self, "token secret name holds Helm's {{ .Release.Name }}, which only app-template renders",
                       secret, "write the Secret's name, or set workload='app-template'")
        #: the token Secret's name as written (app-template may render it)
        self.token_secret = secret
        #: the token Secret's name in the cluster
        self.token_secret_name = check_dns_label(self, RELEASE_NAME.sub(self.name, secret), "token secret name")

    def _check_dns_record(self, dns_record: bool, dns_record_proxied: Optional[bool]) -> None:
        """Check the switches of the tunnel's CNAME."""
        check_bool(self, dns_record, "dns_record", "write True to publish the tunnel's CNAME, or False")
        if dns_record_proxied is not None:
            check_bool(self, dns_record_proxied, "dns_record_proxied",
                       "write True or False, or None for the ExternalDNS instance's setting")

    def _origin(self, gateway: HomelabGateway) -> str:
        """The default rule's origin: ``ingress.origin_service``, else the gateway's Service the
        implementation creates."""
        service = self.ingress.origin_service
        if service is None:
            service_name = gateway.name if gateway.implementation else f"cilium-gateway-{gateway.name}"
            service = f"{service_name}.{gateway.namespace}.svc.cluster.local"
        return f"https://{service}:443"

    # -- build

    def _token_external_secret(self, store: Optional["Store"]) -> Optional["SyncedSecret"]:
        """The ExternalSecret that writes the token's Secret from ``store``; ``None`` without a store."""
        if store is None:
            return None
        from ..secrets import shared_secret

        return shared_secret(
            self, "Token", name=self.token_secret_name, namespace=self.namespace, store=store,
            remote_key=self.token.remote_key, keys={self.token.key: self.token.key},
            rename="CloudflareTunnel(token=TunnelToken(secret=...))")

    def _env(self) -> tuple[tuple[str, Union[str, bool, SecretKey]], ...]:
        """cloudflared's environment: its settings and the token (one key, or the whole Secret with ``envFrom``)."""
        settings, token = self.cloudflared, self.token
        return (
            ("NO_AUTOUPDATE", True),
            ("TUNNEL_METRICS", f"0.0.0.0:{METRICS_PORT}"),
            *((("TUNNEL_POST_QUANTUM", True),) if settings.post_quantum else ()),
            *((("TUNNEL_TRANSPORT_PROTOCOL", settings.transport_protocol),)
              if settings.transport_protocol is not None else ()),
            *(() if token.env_from else ((TOKEN_VARIABLE, SecretKey(self.token_secret, token.key)),)),
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
