"""A Cloudflare Tunnel: cloudflared routing ``*.<domain>`` to the external gateway."""
from __future__ import annotations

import hashlib
import uuid
from typing import TYPE_CHECKING, Optional

import constructs
import yaml
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._names import APP_NAME_LABEL
from .._validation import check_bool, check_dns_label, fail, is_dns_name
from ..gateway.gateway import HomelabGateway
from .endpoint import DnsEndpoint, DnsRecord
from .externaldns import check_secret_key, gateway_target

if TYPE_CHECKING:  # the External Secrets binding loads only when a store is given
    from ..secrets import Store, SyncedSecret

CLOUDFLARED_IMAGE = "docker.io/cloudflare/cloudflared:2025.11.1"
_CONFIG_DIR = "/etc/cloudflared"
_CA_DIR = "/etc/cloudflared/origin-ca"
_METRICS_PORT = 8080


class CloudflareTunnel(HomelabConstruct):
    """cloudflared (Deployment + ConfigMap) sending ``*.<domain>`` to the gateway's HTTPS listener.

    The tunnel token comes from a Secret by reference, written by an ExternalSecret (this
    construct's with ``store``, otherwise one provided some other way); create
    the tunnel in Cloudflare as a locally configured one (no public hostnames in the
    dashboard), since this construct owns its ingress rules. With ``dns_record`` it adds the
    public ``DNSEndpoint`` ``<hostname> CNAME <tunnel id>.cfargotunnel.com`` (proxied); every
    public route then points at ``hostname`` through the gateway's
    :func:`~homelab_constructs.dns.dns_target_annotations` (checked here).

    :param gateway: the external gateway (its ``domain`` is what the tunnel serves).
    :param tunnel_id: the tunnel's UUID.
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
    :param origin_ca_config_map: a ConfigMap with the gateway CA's ``ca.crt``, to verify the
        gateway's certificate (default ``None``: not verified; the hop stays inside the cluster).
    :param replicas: cloudflared replicas (default ``2``).
    :param image: the cloudflared image (default :data:`CLOUDFLARED_IMAGE`).
    :param dns_record: add the tunnel's CNAME as a public DNSEndpoint (default ``True``).
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
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "tunnel name")
        self.namespace = check_dns_label(self, namespace if namespace is not None else gateway.namespace, "namespace")
        try:
            self.tunnel_id = str(uuid.UUID(tunnel_id))
        except (TypeError, ValueError, AttributeError):
            raise fail(self, "tunnel id is not a UUID", tunnel_id,
                       "copy the tunnel's id from 'cloudflared tunnel list' or the Zero Trust dashboard") from None
        self.hostname = hostname if hostname is not None else f"external.{gateway.domain}"
        if not is_dns_name(self.hostname, trailing_dot=True) or not self.hostname.endswith("." + gateway.domain):
            raise fail(self, f"tunnel hostname is not a name under {gateway.domain}", self.hostname,
                       f"use a name such as 'external.{gateway.domain}'")
        target = gateway_target(gateway)
        if target != self.hostname:
            raise fail(self, f"gateway {gateway.name} does not point its DNS records at the tunnel", target,
                       f"build the gateway with annotations=dns_target_annotations({self.hostname!r})")
        self.token_secret = check_dns_label(self, token_secret, "token secret name")
        check_secret_key(self, token_key, "token key")
        if not isinstance(image, str) or not image.strip() or any(c.isspace() for c in image):
            raise fail(self, "cloudflared image is empty or holds whitespace", image,
                       f"pin an image such as {CLOUDFLARED_IMAGE!r}")
        check_bool(self, dns_record, "dns_record", "write True to publish the tunnel's CNAME, or False")
        if isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1:
            raise fail(self, "replicas must be a positive integer", replicas, "use 2 for a highly available tunnel")
        service_name = gateway.name if gateway.implementation else f"cilium-gateway-{gateway.name}"
        if origin_service is None:
            origin_service = f"{service_name}.{gateway.namespace}.svc.cluster.local"
        if not is_dns_name(origin_service, trailing_dot=True):
            raise fail(self, "origin service is not a host name", origin_service,
                       "use the gateway Service's DNS name, such as 'envoy-external.network.svc.cluster.local'")
        self.origin = f"https://{origin_service}:443"
        if origin_ca_config_map:
            check_dns_label(self, origin_ca_config_map, "origin CA ConfigMap name")
        #: the ExternalSecret that writes the token's Secret (``None`` without ``store``)
        self.external_secret: Optional["SyncedSecret"] = None
        if store is not None:
            from ..secrets import shared_secret

            self.external_secret = shared_secret(
                self, "Token", name=token_secret, namespace=self.namespace, store=store, remote_key=token_remote_key,
                keys={token_key: token_key}, rename="CloudflareTunnel(token_secret=...)")

        origin_request: dict[str, object] = {"originServerName": self.hostname, "http2Origin": True}
        if origin_ca_config_map:
            origin_request["caPool"] = f"{_CA_DIR}/ca.crt"
        else:
            origin_request["noTLSVerify"] = True
        self.config = {
            "originRequest": origin_request,
            "ingress": [
                {"hostname": f"*.{gateway.domain}", "service": self.origin},
                {"service": "http_status:404"},
            ],
        }
        config_text = yaml.safe_dump(self.config, sort_keys=True)
        k8s.KubeConfigMap(
            self, "Config",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace),
            data={"config.yaml": config_text},
        )

        labels = {APP_NAME_LABEL: self.name}
        mounts = [k8s.VolumeMount(name="config", mount_path=_CONFIG_DIR, read_only=True)]
        volumes = [k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name=self.name))]
        if origin_ca_config_map:
            mounts.append(k8s.VolumeMount(name="origin-ca", mount_path=_CA_DIR, read_only=True))
            volumes.append(k8s.Volume(name="origin-ca", config_map=k8s.ConfigMapVolumeSource(name=origin_ca_config_map)))
        probe = k8s.HttpGetAction(path="/ready", port=k8s.IntOrString.from_string("metrics"))
        k8s.KubeDeployment(
            self, "Deployment",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, labels=labels),
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
                            run_as_non_root=True, run_as_user=65532, run_as_group=65532,
                            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
                        containers=[k8s.Container(
                            name="cloudflared", image=image,
                            args=["tunnel", "--config", f"{_CONFIG_DIR}/config.yaml", "run"],
                            env=[
                                k8s.EnvVar(name="NO_AUTOUPDATE", value="true"),
                                k8s.EnvVar(name="TUNNEL_METRICS", value=f"0.0.0.0:{_METRICS_PORT}"),
                                k8s.EnvVar(name="TUNNEL_TRANSPORT_PROTOCOL", value="quic"),
                                k8s.EnvVar(name="TUNNEL_TOKEN", value_from=k8s.EnvVarSource(
                                    secret_key_ref=k8s.SecretKeySelector(name=token_secret, key=token_key))),
                            ],
                            ports=[k8s.ContainerPort(name="metrics", container_port=_METRICS_PORT)],
                            liveness_probe=k8s.Probe(http_get=probe, initial_delay_seconds=10, period_seconds=10),
                            readiness_probe=k8s.Probe(http_get=probe, period_seconds=10),
                            resources=k8s.ResourceRequirements(
                                requests={"cpu": k8s.Quantity.from_string("10m"),
                                          "memory": k8s.Quantity.from_string("64Mi")},
                                limits={"memory": k8s.Quantity.from_string("256Mi")}),
                            security_context=k8s.SecurityContext(
                                allow_privilege_escalation=False, read_only_root_filesystem=True,
                                capabilities=k8s.Capabilities(drop=["ALL"])),
                            volume_mounts=mounts,
                        )],
                        volumes=volumes,
                    ),
                ),
            ),
        )
        self.endpoint = None
        if dns_record:
            self.endpoint = DnsEndpoint(
                self, "DnsEndpoint", name=self.name, namespace=self.namespace, visibility="public",
                records=[DnsRecord(name=self.hostname, type="CNAME", targets=(f"{self.tunnel_id}.cfargotunnel.com",),
                                   proxied=True)],
            )
