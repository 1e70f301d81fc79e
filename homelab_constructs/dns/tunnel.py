"""A Cloudflare Tunnel: cloudflared routing hostnames (``*.<domain>`` by default) to the external gateway."""
from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Mapping, Optional, Sequence

import constructs
import yaml
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._names import APP_NAME_LABEL
from .._validation import (
    check_annotations,
    check_bool,
    check_choice,
    check_count,
    check_dns_label,
    check_instance,
    check_resources,
    check_sequence,
    check_url,
    fail,
    is_dns_name,
)
from ..gateway.gateway import HomelabGateway
from ..monitoring.dashboards import GrafanaComDashboard, check_dashboards, grafana_dashboards
from .endpoint import FLUX_VARIABLE, DnsEndpoint, DnsRecord
from .externaldns import check_secret_key, gateway_target

if TYPE_CHECKING:  # the External Secrets binding loads only when a store is given
    from ..secrets import Store, SyncedSecret

CLOUDFLARED_IMAGE = "docker.io/cloudflare/cloudflared:2025.11.1"
#: cloudflared's dashboard on grafana.com, under the name homelabs give it
CLOUDFLARED_DASHBOARD = GrafanaComDashboard("network-cloudflared", 17457, 6)
TRANSPORT_PROTOCOLS = ("quic", "http2", "auto")
_CONFIG_DIR = "/etc/cloudflared"
_CA_DIR = "/etc/cloudflared/origin-ca"
_METRICS_PORT = 8080
_HTTP_STATUS = re.compile(r"^http_status:[1-5][0-9][0-9]$")
_SERVICE_SCHEMES = ("http", "https", "tcp", "ssh", "rdp", "smb")
_SERVICE_FIX = ("write an origin URL such as 'https://envoy-external.network.svc.cluster.local:443', "
                "'http_status:404' or 'hello_world'")
_DEFAULT_REQUESTS = {"cpu": "10m", "memory": "64Mi"}
_DEFAULT_LIMITS = {"memory": "256Mi"}
_EXAMPLE_RESOURCES = {"cpu": "10m", "memory": "50Mi"}
_TOKEN_VARIABLE = "TUNNEL_TOKEN"


@dataclass(frozen=True)
class OriginRequest:
    """How cloudflared talks to an origin (``originRequest``); ``None`` leaves a field out.

    :param origin_server_name: the name the origin's TLS certificate is checked against
        (default ``None``).
    :param no_tls_verify: skip checking the origin's certificate (default ``None``: checked).
    :param ca_pool: a CA file (in the container) that signs the origin's certificate
        (default ``None``: the system's CAs).
    :param http2_origin: talk HTTP/2 to the origin (default ``None``).
    """

    origin_server_name: Optional[str] = None
    no_tls_verify: Optional[bool] = None
    ca_pool: Optional[str] = None
    http2_origin: Optional[bool] = None

    def validate(self, scope: constructs.Construct, what: str) -> None:
        name = self.origin_server_name
        if name is not None and not is_dns_name(name, min_labels=1):
            raise fail(scope, f"{what} origin server name is not a DNS name", name,
                       "write the name on the origin's certificate, such as 'external.example.com'")
        for value, field in ((self.no_tls_verify, "no_tls_verify"), (self.http2_origin, "http2_origin")):
            if value is not None:
                check_bool(scope, value, f"{what} {field}", "write True or False, or None to leave it out")
        if self.ca_pool is not None and (not isinstance(self.ca_pool, str) or not re.fullmatch(r"/\S+", self.ca_pool)):
            raise fail(scope, f"{what} CA pool is not an absolute file path", self.ca_pool,
                       "write the CA file's path in the container, such as '/etc/cloudflared/origin-ca/ca.crt'")
        if self.no_tls_verify and self.ca_pool is not None:
            raise fail(scope, f"{what} both skips and checks the origin's certificate", self,
                       "set no_tls_verify or ca_pool, not both")

    def config(self) -> dict[str, object]:
        pairs = (("originServerName", self.origin_server_name), ("noTLSVerify", self.no_tls_verify),
                 ("caPool", self.ca_pool), ("http2Origin", self.http2_origin))
        return {key: value for key, value in pairs if value is not None}


@dataclass(frozen=True)
class TunnelIngressRule:
    """One ingress rule of the tunnel: requests for ``hostname`` go to ``service``.

    :param hostname: a DNS name, or a wildcard such as ``*.example.com``.
    :param service: the origin: an ``http(s)://``, ``tcp://``, ``ssh://``, ``rdp://`` or
        ``smb://`` URL, ``http_status:<code>`` or ``hello_world``.
    :param origin_request: this rule's :class:`OriginRequest`, over the tunnel-wide one
        (default ``None``).
    """

    hostname: str
    service: str
    origin_request: Optional[OriginRequest] = None

    def validate(self, scope: constructs.Construct, what: str) -> None:
        host = self.hostname
        bare = host[2:] if isinstance(host, str) and host.startswith("*.") else host
        if not is_dns_name(bare):
            raise fail(scope, f"{what} hostname is not a DNS name or wildcard", host,
                       "write a name such as 'example.com' or '*.example.com' (the catch-all is catch_all=)")
        check_service(scope, self.service, f"{what} service")
        if self.origin_request is not None:
            check_instance(scope, self.origin_request, OriginRequest, f"{what} origin_request",
                           "write OriginRequest(origin_server_name=...)")
            self.origin_request.validate(scope, what)

    def config(self) -> dict[str, object]:
        rule: dict[str, object] = {"hostname": self.hostname, "service": self.service}
        origin = self.origin_request.config() if self.origin_request else {}
        if origin:
            rule["originRequest"] = origin
        return rule


def check_service(scope: constructs.Construct, value: object, what: str) -> str:
    """A cloudflared ingress service: an origin URL, ``http_status:<code>`` or ``hello_world``."""
    if isinstance(value, str) and (_HTTP_STATUS.fullmatch(value) or value == "hello_world"):
        return value
    if not isinstance(value, str) or "://" not in value:
        raise fail(scope, f"{what} is not a cloudflared service", value, _SERVICE_FIX)
    return check_url(scope, value, what, schemes=_SERVICE_SCHEMES, fix=_SERVICE_FIX)


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
    """cloudflared (Deployment + ConfigMap) sending its ingress rules' hostnames to the gateway.

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

    :param gateway: the external gateway (its ``domain`` is what the tunnel serves).
    :param tunnel_id: the tunnel's UUID, or a Flux post-build variable such as
        ``${CLOUDFLARE_TUNNEL_ID}`` (Flux substitutes it, from a Secret with ``substituteFrom``).
    :param name: the Deployment's and ConfigMap's name (default ``cloudflared``).
    :param namespace: where cloudflared runs (default the gateway's namespace).
    :param hostname: the tunnel's DNS name (default ``external.<domain>``).
    :param token_secret: the Secret with the tunnel token (default ``cloudflared-tunnel``).
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
    :param replicas: cloudflared replicas (default ``2``).
    :param image: the cloudflared image (default :data:`CLOUDFLARED_IMAGE`).
    :param dns_record: add the tunnel's CNAME as a public DNSEndpoint (default ``True``).
    :param ingress: the ingress rules, in order (default one rule: ``*.<domain>`` to the
        gateway's HTTPS listener).
    :param catch_all: the service of the final rule, for every other request (default
        ``http_status:404``).
    :param origin_request: the tunnel-wide :class:`OriginRequest` (default ``None``:
        ``originServerName: <hostname>`` and ``http2Origin: true``; ``OriginRequest()``
        writes none).
    :param post_quantum: post-quantum key agreement (``TUNNEL_POST_QUANTUM``) (default ``False``).
    :param transport_protocol: ``quic`` (default), ``http2`` or ``auto``.
    :param token_env_from: read every key of ``token_secret`` as environment
        (``envFrom``), the token under ``TUNNEL_TOKEN`` (``token_key`` must be that), instead
        of one ``secretKeyRef`` (default ``False``).
    :param requests: the container's resource requests (default ``{'cpu': '10m', 'memory': '64Mi'}``).
    :param limits: its resource limits (default ``{'memory': '256Mi'}``).
    :param run_as_user: the user id the container runs as (default ``65532``).
    :param run_as_group: its group id (default ``65532``).
    :param annotations: annotations on the Deployment, such as Reloader's (default none).
    :param dns_record_proxied: the CNAME's Cloudflare proxy setting, or ``None`` for the
        ExternalDNS instance's (default ``True``).
    :param dashboards: Grafana dashboards to import with the tunnel, such as
        :data:`CLOUDFLARED_DASHBOARD` (default none).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        gateway: HomelabGateway,
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
        replicas: int = 2,
        image: str = CLOUDFLARED_IMAGE,
        dns_record: bool = True,
        ingress: Optional[Sequence[TunnelIngressRule]] = None,
        catch_all: str = "http_status:404",
        origin_request: Optional[OriginRequest] = None,
        post_quantum: bool = False,
        transport_protocol: Literal["quic", "http2", "auto"] = "quic",
        token_env_from: bool = False,
        requests: Optional[Mapping[str, str]] = None,
        limits: Optional[Mapping[str, str]] = None,
        run_as_user: int = 65532,
        run_as_group: int = 65532,
        annotations: Optional[Mapping[str, str]] = None,
        dns_record_proxied: Optional[bool] = True,
        dashboards: Sequence[GrafanaComDashboard] = (),
    ) -> None:
        super().__init__(scope, id)
        self._check_tunnel(gateway, name, namespace, tunnel_id)
        self._check_hostname(gateway, hostname)
        self._check_token(token_secret, token_key, token_env_from)
        self._check_image(image)
        self._check_dns_record(dns_record, dns_record_proxied)
        self._check_replicas(replicas)
        self._check_origin(gateway, origin_service, origin_ca_config_map)
        resources = self._check_container(post_quantum, transport_protocol, requests, limits, run_as_user,
                                          run_as_group)
        deployment_annotations = check_annotations(self, annotations if annotations is not None else {}, "annotations")
        check_dashboards(self, dashboards)
        self.config = self._config(gateway, ingress, catch_all, origin_request, origin_ca_config_map)
        #: the ExternalSecret that writes the token's Secret (``None`` without ``store``)
        self.external_secret: Optional["SyncedSecret"] = self._token_external_secret(store, token_remote_key, token_key)
        config_text = yaml.safe_dump(self.config, sort_keys=True)
        #: the ConfigMap holding ``config.yaml``
        self.config_map = self._config_map(config_text)
        env, env_from = self._env(post_quantum, transport_protocol, token_key, token_env_from)
        #: the cloudflared Deployment
        self.deployment = self._deployment(image, replicas, config_text, origin_ca_config_map, env, env_from,
                                           resources, (run_as_user, run_as_group), deployment_annotations)
        #: the GrafanaDashboards imported with the tunnel
        self.dashboards = grafana_dashboards(self, list(dashboards), namespace=self.namespace)
        self.endpoint = self._dns_endpoint(dns_record, dns_record_proxied)

    # -- validate

    def _check_tunnel(self, gateway: HomelabGateway, name: str, namespace: Optional[str], tunnel_id: str) -> None:
        """Check the gateway, the names and the tunnel id; sets ``name``, ``namespace`` and ``tunnel_id``."""
        check_instance(self, gateway, HomelabGateway, "gateway",
                       "pass the external HomelabGateway the tunnel sends its traffic to")
        self.name = check_dns_label(self, name, "tunnel name")
        self.namespace = check_dns_label(self, namespace if namespace is not None else gateway.namespace, "namespace")
        self.tunnel_id = _check_tunnel_id(self, tunnel_id)

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
        """Check the token's Secret, its key and how it is read; sets ``token_secret``."""
        self.token_secret = check_dns_label(self, token_secret, "token secret name")
        check_secret_key(self, token_key, "token key")
        check_bool(self, token_env_from, "token_env_from", "write True to read the Secret with envFrom, or False")
        if token_env_from and token_key != _TOKEN_VARIABLE:
            raise fail(self, "with token_env_from the token's key must be TUNNEL_TOKEN", token_key,
                       "set token_key='TUNNEL_TOKEN' (cloudflared reads that variable), or token_env_from=False")

    def _check_image(self, image: str) -> None:
        """Check the cloudflared image: one word, no whitespace."""
        if not isinstance(image, str) or not image.strip() or any(c.isspace() for c in image):
            raise fail(self, "cloudflared image is empty or holds whitespace", image,
                       f"pin an image such as {CLOUDFLARED_IMAGE!r}")

    def _check_dns_record(self, dns_record: bool, dns_record_proxied: Optional[bool]) -> None:
        """Check the switches of the tunnel's CNAME."""
        check_bool(self, dns_record, "dns_record", "write True to publish the tunnel's CNAME, or False")
        if dns_record_proxied is not None:
            check_bool(self, dns_record_proxied, "dns_record_proxied",
                       "write True or False, or None for the ExternalDNS instance's setting")

    def _check_replicas(self, replicas: int) -> None:
        """Check the replica count: a positive integer."""
        if isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1:
            raise fail(self, "replicas must be a positive integer", replicas, "use 2 for a highly available tunnel")

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

    def _check_container(self, post_quantum: bool, transport_protocol: str, requests: Optional[Mapping[str, str]],
                         limits: Optional[Mapping[str, str]], run_as_user: int,
                         run_as_group: int) -> tuple[dict[str, str], dict[str, str]]:
        """Check cloudflared's run options, resources and ids; returns the requests and limits (with defaults)."""
        check_bool(self, post_quantum, "post_quantum")
        check_choice(self, transport_protocol, TRANSPORT_PROTOCOLS, "transport protocol")
        resources = (check_resources(self, requests if requests is not None else _DEFAULT_REQUESTS, "requests",
                                     _EXAMPLE_RESOURCES),
                     check_resources(self, limits if limits is not None else _DEFAULT_LIMITS, "limits",
                                     _EXAMPLE_RESOURCES))
        check_count(self, run_as_user, "run_as_user", 1)
        check_count(self, run_as_group, "run_as_group", 1)
        return resources

    def _config(self, gateway: HomelabGateway, ingress: Optional[Sequence[TunnelIngressRule]], catch_all: object,
                origin_request: Optional[OriginRequest], origin_ca_config_map: Optional[str]) -> dict[str, object]:
        """Check the ingress rules, the catch-all and the origin request; returns cloudflared's config."""
        rules = check_sequence(
            self, ingress if ingress is not None else [TunnelIngressRule(f"*.{gateway.domain}", self.origin)],
            "ingress", lambda s, v, w: check_instance(s, v, TunnelIngressRule, w,
                                                      "write TunnelIngressRule(hostname, service)"),
            example=[TunnelIngressRule(f"*.{gateway.domain}", self.origin)])
        if not rules:
            raise fail(self, "tunnel has no ingress rules", list(rules), "pass at least one TunnelIngressRule, or None "
                                                                         "for the default")
        for index, rule in enumerate(rules):
            rule.validate(self, f"ingress[{index}]")  # type: ignore[attr-defined]
        check_service(self, catch_all, "catch_all")
        if origin_request is None:
            origin_request = OriginRequest(origin_server_name=self.hostname, http2_origin=True)
        check_instance(self, origin_request, OriginRequest, "origin_request",
                       "write OriginRequest(origin_server_name=...), or None for the default")
        origin_request.validate(self, "origin_request")
        origin = origin_request.config()
        if origin_ca_config_map and "caPool" not in origin:
            if origin_request.no_tls_verify:
                raise fail(self, "origin_request skips the certificate check that origin_ca_config_map is for",
                           origin_ca_config_map, "drop no_tls_verify=True or origin_ca_config_map")
            origin["caPool"] = f"{_CA_DIR}/ca.crt"
        config: dict[str, object] = {"originRequest": origin} if origin else {}
        config["ingress"] = [rule.config() for rule in rules] + [{"service": catch_all}]  # type: ignore[attr-defined]
        return config

    # -- build

    def _token_external_secret(self, store: Optional["Store"], remote_key: str,
                               token_key: str) -> Optional["SyncedSecret"]:
        """The ExternalSecret that writes the token's Secret from ``store``; ``None`` without a store."""
        if store is None:
            return None
        from ..secrets import shared_secret

        return shared_secret(
            self, "Token", name=self.token_secret, namespace=self.namespace, store=store, remote_key=remote_key,
            keys={token_key: token_key}, rename="CloudflareTunnel(token_secret=...)")

    def _config_map(self, config_text: str) -> k8s.KubeConfigMap:
        """The ConfigMap holding cloudflared's ``config.yaml``."""
        return k8s.KubeConfigMap(
            self, "Config",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace),
            data={"config.yaml": config_text},
        )

    def _env(self, post_quantum: bool, transport_protocol: str, token_key: str,
             token_env_from: bool) -> tuple[list[k8s.EnvVar], Optional[list[k8s.EnvFromSource]]]:
        """cloudflared's environment: its settings and the token (one key, or the whole Secret with ``envFrom``)."""
        env = [
            k8s.EnvVar(name="NO_AUTOUPDATE", value="true"),
            k8s.EnvVar(name="TUNNEL_METRICS", value=f"0.0.0.0:{_METRICS_PORT}"),
            *([k8s.EnvVar(name="TUNNEL_POST_QUANTUM", value="true")] if post_quantum else []),
            k8s.EnvVar(name="TUNNEL_TRANSPORT_PROTOCOL", value=transport_protocol),
            *([] if token_env_from else [k8s.EnvVar(name=_TOKEN_VARIABLE, value_from=k8s.EnvVarSource(
                secret_key_ref=k8s.SecretKeySelector(name=self.token_secret, key=token_key)))]),
        ]
        env_from = ([k8s.EnvFromSource(secret_ref=k8s.SecretEnvSource(name=self.token_secret))] if token_env_from
                    else None)
        return env, env_from

    def _deployment(self, image: str, replicas: int, config_text: str, origin_ca_config_map: Optional[str],
                    env: list[k8s.EnvVar], env_from: Optional[list[k8s.EnvFromSource]],
                    resources: tuple[dict[str, str], dict[str, str]], ids: tuple[int, int],
                    annotations: dict[str, str]) -> k8s.KubeDeployment:
        """The cloudflared Deployment; its pods roll when the config changes."""
        labels = {APP_NAME_LABEL: self.name}
        mounts, volumes = self._volumes(origin_ca_config_map)
        return k8s.KubeDeployment(
            self, "Deployment",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, labels=labels,
                                    annotations=annotations or None),
            spec=k8s.DeploymentSpec(
                replicas=replicas,
                selector=k8s.LabelSelector(match_labels=labels),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels, annotations={
                        # roll the pods when the ingress rules change
                        "checksum/config": hashlib.sha256(config_text.encode()).hexdigest()}),
                    spec=k8s.PodSpec(
                        automount_service_account_token=False,
                        security_context=k8s.PodSecurityContext(
                            run_as_non_root=True, run_as_user=ids[0], run_as_group=ids[1],
                            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
                        containers=[self._container(image, env, env_from, resources, mounts)],
                        volumes=volumes,
                    ),
                ),
            ),
        )

    def _volumes(self, origin_ca_config_map: Optional[str]) -> tuple[list[k8s.VolumeMount], list[k8s.Volume]]:
        """The config's volume and mount, plus the origin CA's with ``origin_ca_config_map``."""
        mounts = [k8s.VolumeMount(name="config", mount_path=_CONFIG_DIR, read_only=True)]
        volumes = [k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name=self.name))]
        if origin_ca_config_map:
            mounts.append(k8s.VolumeMount(name="origin-ca", mount_path=_CA_DIR, read_only=True))
            volumes.append(k8s.Volume(name="origin-ca", config_map=k8s.ConfigMapVolumeSource(name=origin_ca_config_map)))
        return mounts, volumes

    def _container(self, image: str, env: list[k8s.EnvVar], env_from: Optional[list[k8s.EnvFromSource]],
                   resources: tuple[dict[str, str], dict[str, str]], mounts: list[k8s.VolumeMount]) -> k8s.Container:
        """The cloudflared container: runs the tunnel from the config, probed on its metrics port."""
        probe = k8s.HttpGetAction(path="/ready", port=k8s.IntOrString.from_string("metrics"))
        requests, limits = resources
        return k8s.Container(
            name="cloudflared", image=image,
            args=["tunnel", "--config", f"{_CONFIG_DIR}/config.yaml", "run"],
            env=env, env_from=env_from,
            ports=[k8s.ContainerPort(name="metrics", container_port=_METRICS_PORT)],
            liveness_probe=k8s.Probe(http_get=probe, initial_delay_seconds=10, period_seconds=10),
            readiness_probe=k8s.Probe(http_get=probe, period_seconds=10),
            resources=k8s.ResourceRequirements(
                requests=_quantities(requests) or None, limits=_quantities(limits) or None),
            security_context=k8s.SecurityContext(
                allow_privilege_escalation=False, read_only_root_filesystem=True,
                capabilities=k8s.Capabilities(drop=["ALL"])),
            volume_mounts=mounts,
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


def _quantities(values: Mapping[str, str]) -> dict[str, k8s.Quantity]:
    return {key: k8s.Quantity.from_string(value) for key, value in values.items()}
