"""The VPN downloads pod: Gluetun and an app (qBittorrent by default) in one network namespace.

Containers of a pod share one network namespace, so everything the app sends leaves
through the interfaces and firewall that Gluetun set up. The kill switch is enforced
three times over:

1. **Gluetun's firewall.** Gluetun sets the pod's iptables policy to drop, then allows out
   only the tunnel interface, the VPN server's address and port, and the cluster's pod and
   service networks (``FIREWALL_OUTBOUND_SUBNETS``); in, only the app's web port
   (``FIREWALL_INPUT_PORTS``). When the tunnel drops, the rules stay: nothing leaves
   outside it. The rules live in the pod's network namespace, so they outlive a restart of
   the Gluetun container.
2. **Start order.** Gluetun runs as a native sidecar (an init container with
   ``restartPolicy: Always``); with Gluetun's healthcheck as its startup probe
   (:meth:`~.vpn_gluetun.Gluetun.recommended`) the kubelet starts the app only after that probe
   passes, so the app never runs before the tunnel and the firewall are up.
3. **Cilium.** With :class:`~homelab_constructs.Homelab` the namespace is default-deny; only
   this pod (selected by its labels) may reach the ``world`` entity (see :meth:`VpnPod.egress_grant`).

Gluetun alone gets ``NET_ADMIN``; the app may not add a capability that manages the network.
Credentials come from an ExternalSecret (:class:`~homelab_constructs.secrets.SyncedSecret`); no
secret value is ever part of the manifests; by default not of Gluetun's environment either: it
reads them as files (``/run/secrets/openvpn_user``, ...; ``VpnCredentials(mode="env")`` loads
them with ``envFrom``).

Where the props leave part of the kill switch out (``native_sidecar=False``, no startup probe,
Gluetun's ``FIREWALL=off``), :attr:`VpnPod.kill_switch_warnings` says which part and what it costs.

This module holds the pod (:class:`VpnPod`). What it is made of, each a value with its
defaults: the tunnel, Gluetun and its credentials (:mod:`.vpn_gluetun`), the app container
(:mod:`.vpn_app`), the volumes (:mod:`.vpn_storage`), the web UI (:mod:`.vpn_web`), and how a
container runs (:mod:`.vpn_specs`).
"""
from __future__ import annotations

import re
from typing import Any, ClassVar, Mapping, Optional, cast

import constructs
from cdk8s_plus_27 import k8s

from .._base import KEEP_ON_PRUNE, HomelabConstruct
from .._names import VPN_LABEL
from .._validation import (
    FrozenDict,
    check_annotations,
    check_bool,
    check_dns_label,
    check_instance,
    check_int,
    check_labels,
    check_service_name,
    fail,
)
from ..namespace import Namespace, namespace_name
from ..network.intents import EgressGrant, ToWorld
from ..secrets import Store, SyncedSecret
from .app import APP_LABEL, HomelabApp
from .vpn_app import VpnApp, qbittorrent
from .vpn_gluetun import HEALTHCHECK, STALE_RULES_CLEANUP, Gluetun, VpnCredentials, VpnTunnel
from .vpn_specs import ContainerSecurity, PodSecurity, Resources
from .vpn_storage import VpnStorage, VpnVolume
from .vpn_web import WebUi

#: a tz database name (``Etc/UTC``, ``America/Argentina/Buenos_Aires``, ``UTC``)
_TIMEZONE = re.compile(r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$")
#: the construct ids of the claims of :class:`~.vpn_storage.VpnStorage`'s own volumes
_CLAIM_IDS = {"config": "ConfigClaim", "downloads": "DownloadsClaim", "gluetun": "GluetunClaim"}


def _without_go_template_braces(command: str) -> dict[str, str]:
    """``VPN_PORT_FORWARDING_UP_COMMAND`` with Gluetun's ``{{PORT}}`` placeholders spelled
    through Kubernetes' ``$(VAR)`` expansion of earlier variables, so the manifest holds no
    ``{{``: ``cdk8s synth --format helm`` copies manifests into a chart's templates, where
    Helm would execute ``{{PORT}}``. The kubelet hands Gluetun the command with ``{{PORT}}``."""
    if "{{" not in command and "}}" not in command:
        return {"VPN_PORT_FORWARDING_UP_COMMAND": command}
    spelled = command.replace("{{", "$(TEMPLATE_OPEN_BRACE)$(TEMPLATE_OPEN_BRACE)").replace(
        "}}", "$(TEMPLATE_CLOSE_BRACE)$(TEMPLATE_CLOSE_BRACE)")
    return {"TEMPLATE_OPEN_BRACE": "{", "TEMPLATE_CLOSE_BRACE": "}", "VPN_PORT_FORWARDING_UP_COMMAND": spelled}


def _resources(resources: Optional[Resources]) -> Optional[k8s.ResourceRequirements]:
    """A container's ``resources``, or ``None`` when none are set."""
    if resources is None or all(v is None for v in vars(resources).values()):
        return None
    return resources.binding()


class _SidecarDeployment(k8s.KubeDeployment):
    """A Deployment whose init containers are native sidecars (``restartPolicy: Always``,
    Kubernetes >= 1.29): the app starts once the sidecar's startup probe passes, and the
    sidecar keeps running beside it.

    The one place the library writes a field its bindings lack: cdk8s-plus-27's
    ``k8s.Container`` predates ``restartPolicy`` (Kubernetes 1.28), and ``KubeDeployment``'s
    ``toJson`` filters the object through the typed props after applying JSON patches, so a
    patch is dropped too. ``to_json`` adds the field to the finished manifest instead; every
    other field goes through the typed structs. A newer binding (cdk8s-plus-29+, or
    ``cdk8s import k8s`` of 1.29+, which needs the network) would make this class unnecessary.
    """

    def to_json(self) -> Any:
        obj = super().to_json()
        for container in obj["spec"]["template"]["spec"].get("initContainers", []):
            container["restartPolicy"] = "Always"
        return obj


class VpnPod(HomelabConstruct):
    """A Deployment (one replica, ``Recreate``) whose pod runs Gluetun and an app, plus its
    credentials, the PersistentVolumeClaims it mounts (unless they exist already), its Service
    and route, read as a few concepts, each a value with its defaults:

    * ``tunnel``, :class:`~.vpn_gluetun.VpnTunnel`: provider, VPN type, regions, port forwarding;
    * ``gluetun``, :class:`~.vpn_gluetun.Gluetun`: image, variables, firewall openings, resources,
      probes, security;
    * ``app``, :class:`~.vpn_app.VpnApp`: the container beside Gluetun;
    * ``credentials``, :class:`~.vpn_gluetun.VpnCredentials`: the Secret and where it comes from;
    * ``storage``, :class:`~.vpn_storage.VpnStorage`: the volumes, their claims and mounts;
    * ``web_ui``, :class:`~.vpn_web.WebUi`: the Service and the route;
    * and the pod's own settings (name, labels, annotations, security, timezone, ...).

    What it always writes, because the pod needs it: one replica recreated (two tunnels would
    fight over the forwarded port and the ip rules), Gluetun with ``NET_ADMIN`` and its
    ``FIREWALL_INPUT_PORTS`` (the app's port), the app's container port, the pod's labels and
    the selectors that tie the Deployment, the Service and the PodDisruptionBudget to them. A
    prop left unset writes nothing else.

    :attr:`RECOMMENDED` is the library's preset, exactly: ``gluetun=Gluetun.recommended()``
    (resources, its healthcheck as startup and liveness probe, ``allowPrivilegeEscalation:
    false``, the stale-rules hook), ``app=qbittorrent(recommended=True)`` (hardened, ``/tmp``,
    resources, TCP probes), ``pod_security=PodSecurity.hardened()`` (``fsGroup`` 1000 with
    ``OnRootMismatch``, ``RuntimeDefault`` seccomp, no ServiceAccount token),
    ``timezone="Etc/UTC"``, ``src_valid_mark=True``, ``name_label=True`` and ``keep_claims=True``.

    :param name: the app's name: Deployment, Service (so a DNS-1035 label), route host label
        (default ``qbit``).
    :param namespace: the namespace (default ``downloads``).
    :param store: the secret store the credentials come from (a
        :class:`~homelab_constructs.secrets.VaultSecretStore`, a ClusterSecretStore's name, or a
        :class:`~homelab_constructs.secrets.SecretStoreRef`) (default ``None``: every credential
        names its own store, as a :class:`~homelab_constructs.secrets.RemoteRef`; a
        :class:`~homelab_constructs.Homelab` passes its ``secret_store``).
    :param tunnel: the :class:`~.vpn_gluetun.VpnTunnel` (default ``VpnTunnel()``: Gluetun's
        defaults, Private Internet Access over OpenVPN, any region, no port forwarding).
    :param gluetun: the :class:`~.vpn_gluetun.Gluetun` container (default ``Gluetun()``: the
        pinned image, nothing else).
    :param app: the app container, a :class:`~.vpn_app.VpnApp` (default ``None``:
        :func:`~.vpn_app.qbittorrent` on 8080).
    :param credentials: the :class:`~.vpn_gluetun.VpnCredentials` (default ``VpnCredentials()``:
        ``OPENVPN_USER``/``OPENVPN_PASSWORD`` from ``homelab/vpn``, read as files).
    :param storage: the :class:`~.vpn_storage.VpnStorage` (default ``VpnStorage()``: the claims
        ``<name>-config`` (1Gi) and ``<name>-downloads`` (100Gi) in the app, an emptyDir at
        Gluetun's ``/gluetun``).
    :param web_ui: the :class:`~.vpn_web.WebUi` (default ``WebUi()``: a ClusterIP Service ``<name>``
        to the app's port, named ``http``, and no route).
    :param labels: the pod's labels, by which the Deployment, the Service, the PodDisruptionBudget
        and :meth:`egress_grant` select it, such as app-template's ``app.kubernetes.io/name``,
        ``app.kubernetes.io/instance`` and ``app.kubernetes.io/controller`` (default ``None``:
        ``app.kubernetes.io/name: <name>`` and :data:`~homelab_constructs.VPN_LABEL` ``gluetun``,
        the Service selecting by the first).
    :param pod_annotations: annotations on the pod template, such as
        ``{"backup.velero.io/backup-volumes-excludes": "data"}`` (default none).
    :param pod_security: the pod's :class:`~.vpn_specs.PodSecurity` (default ``None``).
    :param timezone: ``TZ`` of both containers, such as ``Etc/UTC`` (default ``None``: none).
    :param native_sidecar: run Gluetun as a native sidecar, so the app starts only once its
        startup probe passes (default ``True``; Kubernetes >= 1.29); ``False``: two plain
        containers, Gluetun first (app-template's ``dependsOn``), for older clusters: the app may
        start before the tunnel, which :attr:`kill_switch_warnings` reports.
    :param src_valid_mark: set the sysctl ``net.ipv4.conf.all.src_valid_mark=1`` (default
        ``False``; WireGuard's routing needs it; the kubelet must allow it with
        ``--allowed-unsafe-sysctls=net.ipv4.conf.all.src_valid_mark``).
    :param pdb_max_unavailable: write a PodDisruptionBudget ``<name>`` with this
        ``maxUnavailable`` (default ``None``: none; at least 1: with one replica 0 blocks every drain).
    :param name_label: label the Deployment with the pod's labels, and the claims it writes, the
        Service and the PodDisruptionBudget with ``app.kubernetes.io/name: <name>`` (default
        ``False``: they carry only the library's ``managed-by`` label and ``web_ui``'s
        ``service_labels``).
    :param keep_claims: annotate the claims the pod writes so GitOps controllers never delete them
        (:data:`~homelab_constructs._base.KEEP_ON_PRUNE`: ``kustomize.toolkit.fluxcd.io/prune:
        disabled``, ``argocd.argoproj.io/sync-options: Delete=false``) (default ``False``: no
        annotations, the controller's own pruning applies).

    :attr kill_switch_warnings: one sentence per part of the kill switch the props leave out
        (none with :attr:`RECOMMENDED`); they are the construct's :attr:`warnings`, which
        ``run_app`` prints.
    """

    #: the library's preset (see the class docstring)
    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(
        gluetun=Gluetun.recommended(), app=qbittorrent(recommended=True), pod_security=PodSecurity.hardened(),
        timezone="Etc/UTC", src_valid_mark=True, name_label=True, keep_claims=True)

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(self.kill_switch_warnings)

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str = "qbit",
        namespace: str | Namespace = "downloads",
        store: Optional[Store] = None,
        tunnel: VpnTunnel = VpnTunnel(),  # noqa: B008  (frozen: one shared default is safe)
        gluetun: Gluetun = Gluetun(),  # noqa: B008  (frozen)
        app: Optional[VpnApp] = None,
        credentials: VpnCredentials = VpnCredentials(),  # noqa: B008  (frozen)
        storage: VpnStorage = VpnStorage(),  # noqa: B008  (frozen)
        web_ui: WebUi = WebUi(),  # noqa: B008  (frozen)
        labels: Optional[Mapping[str, str]] = None,
        pod_annotations: Optional[Mapping[str, str]] = None,
        pod_security: Optional[PodSecurity] = None,
        timezone: Optional[str] = None,
        native_sidecar: bool = True,
        src_valid_mark: bool = False,
        pdb_max_unavailable: Optional[int] = None,
        name_label: bool = False,
        keep_claims: bool = False,
    ) -> None:
        super().__init__(scope, id)
        namespace = cast(str, namespace_name(namespace))  # a Namespace stands for its name
        # check the props, in the order a bad input meets them (its first error stays the same)
        self.name = check_service_name(self, check_dns_label(self, name, "app name"), "app name (its Service's name)")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.app = self._checked_app(app)
        self._check_groups(tunnel, gluetun, credentials, storage, web_ui)
        self._check_pod(labels, pod_annotations, pod_security, timezone, native_sidecar, src_valid_mark,
                        pdb_max_unavailable, name_label)
        self.keep_claims = check_bool(self, keep_claims, "keep_claims",
                                      "write True (GitOps controllers never delete the claims) or False")
        #: Gluetun's ``FIREWALL_INPUT_PORTS``: the given ports (default the app's port), sorted
        self.firewall_input_ports = self._firewall_input_ports()
        self._check_mount_paths()
        if self.name_label and APP_LABEL in self.web_ui.service_labels:
            raise fail(self, f"web_ui service_labels set {APP_LABEL}, which name_label writes",
                       self.web_ui.service_labels[APP_LABEL], f"drop it (the Service carries {APP_LABEL}: "
                       f"{self.name}), or set name_label=False to write your own")
        #: one sentence per part of the kill switch the props leave out (none with RECOMMENDED)
        self.kill_switch_warnings = self._kill_switch_warnings()
        # build: the credentials, the claims, the pod, its disruption budget and its web UI
        #: the ExternalSecret of Gluetun's credentials
        self.secret = SyncedSecret(self, "Credentials", name=self.credentials.secret, namespace=self.namespace,
                                   store=store, remote_key=self.credentials.key, keys=dict(self.credentials.variables))
        self._write_claims()
        self.deployment = self._deployment()
        #: the PodDisruptionBudget (``None`` unless ``pdb_max_unavailable``)
        self.disruption_budget = self._budget(self.pdb_max_unavailable) if self.pdb_max_unavailable is not None else None
        #: the web UI's Service and route
        self.web = self._web_ui()

    def egress_grant(self) -> EgressGrant:
        """The namespace-isolation grant: this pod, and no other of its namespace, reaches the world."""
        return EgressGrant(self.namespace, dict(self.labels), (ToWorld(),))

    # ---- checks

    def _checked_app(self, app: Optional[VpnApp]) -> VpnApp:
        """The app container (default qBittorrent), validated."""
        if app is not None and not isinstance(app, VpnApp):
            raise fail(self, "app is not a VpnApp", app, "pass VpnApp(image=..., port=...) or qbittorrent(...), or None "
                                                        "for qBittorrent on 8080")
        app = app if app is not None else qbittorrent()
        app.validate(self)
        return app

    def _check_groups(self, tunnel: VpnTunnel, gluetun: Gluetun, credentials: VpnCredentials, storage: VpnStorage,
                      web_ui: WebUi) -> None:
        """Each concept is its value class (which checked itself when made)."""
        for value, cls, what, fix in (
                (tunnel, VpnTunnel, "tunnel", "write VpnTunnel(provider=..., server_regions=(...))"),
                (gluetun, Gluetun, "gluetun", "write Gluetun(...) or Gluetun.recommended(...)"),
                (credentials, VpnCredentials, "credentials", "write VpnCredentials(secret=..., variables={...})"),
                (storage, VpnStorage, "storage", "write VpnStorage(config=..., downloads=..., gluetun=...)"),
                (web_ui, WebUi, "web_ui", "write WebUi(gateway=..., port_name=...)")):
            check_instance(self, value, cls, what, fix)
        self.tunnel, self.gluetun, self.credentials, self.storage, self.web_ui = (
            tunnel, gluetun, credentials, storage, web_ui)

    def _check_pod(self, labels: Optional[Mapping[str, str]], pod_annotations: Optional[Mapping[str, str]],
                   pod_security: Optional[PodSecurity], timezone: Optional[str], native_sidecar: bool,
                   src_valid_mark: bool, pdb_max_unavailable: Optional[int], name_label: bool) -> None:
        """The pod's own settings; sets them."""
        #: the pod's labels (the Deployment's, the PodDisruptionBudget's and the egress grant's selector)
        self.labels: dict[str, str] = {APP_LABEL: self.name, VPN_LABEL: "gluetun"} if labels is None else check_labels(
            self, labels, "labels", f"write the pod's labels, such as {{'{APP_LABEL}': '{self.name}'}}, or None for "
            f"{APP_LABEL}: {self.name} and {VPN_LABEL}: gluetun")
        #: what the Service selects: the given labels, else the app's name label
        self.service_selector: Optional[dict[str, str]] = None if labels is None else dict(self.labels)
        self.pod_annotations = (check_annotations(self, pod_annotations, "pod annotations")
                                if pod_annotations is not None else {})
        check_instance(self, pod_security, PodSecurity, "pod_security", "write PodSecurity(...) or "
                       "PodSecurity.hardened()", optional=True)
        self.pod_security = pod_security
        if timezone is not None and (not isinstance(timezone, str) or not _TIMEZONE.fullmatch(timezone)):
            raise fail(self, "timezone is not a tz database name", timezone,
                       "write a name such as 'Etc/UTC' or 'Europe/Berlin'")
        self.timezone = timezone
        self.native_sidecar = check_bool(self, native_sidecar, "native_sidecar",
                                         "write True (Gluetun as a native sidecar, Kubernetes >= 1.29) or False "
                                         "(two plain containers, Gluetun first)")
        self.src_valid_mark = check_bool(self, src_valid_mark, "src_valid_mark")
        if pdb_max_unavailable is not None:
            check_int(self, pdb_max_unavailable, "pdb_max_unavailable", 1, optional=True)
            if pdb_max_unavailable < 1:
                raise fail(self, "pdb_max_unavailable must be at least 1", pdb_max_unavailable,
                           "write 1: the pod has one replica, so 0 would block every node drain")
        self.pdb_max_unavailable = pdb_max_unavailable
        self.name_label = check_bool(self, name_label, "name_label",
                                     f"write True to label the pod's objects {APP_LABEL}: <name>, or False")

    def _firewall_input_ports(self) -> list[int]:
        ports = sorted(set(self.gluetun.firewall_input_ports or (self.app.port,)))
        if self.app.port not in ports:
            raise fail(self, f"firewall input ports leave out the app's web port {self.app.port}", ports,
                       f"add {self.app.port}, or the Service and route cannot reach the app")
        return ports

    def _check_mount_paths(self) -> None:
        """Each container mounts one volume (or writable path) per path."""
        app_paths = [v.mount_path for _, v in self.storage.volumes() if "app" in v.containers]
        app_paths += list(self.app.writable_paths)
        gluetun_paths = [v.mount_path for _, v in self.storage.volumes() if "gluetun" in v.containers]
        gluetun_paths += ["/run/secrets"] * (self.credentials.mode == "files") + ["/dev/net/tun"] * self.gluetun.tun_device
        for container, paths in (("the app", app_paths), ("Gluetun", gluetun_paths)):
            if len({p.rstrip("/") for p in paths}) != len(paths):
                raise fail(self, f"{container} mounts two volumes at one path", paths,
                           "give each volume and writable path its own mount path")

    def _kill_switch_warnings(self) -> tuple[str, ...]:
        warnings = []
        if not self.native_sidecar:
            warnings.append("native_sidecar=False: Gluetun and the app start side by side, so the app may send "
                            "before Gluetun's firewall and tunnel are up (until then its traffic leaves through the "
                            "pod's own interface), and no network policy tells that from tunnel traffic: both leave the "
                            "same pod")
        elif self.gluetun.startup_probe is None:
            warnings.append("Gluetun(startup_probe=None): a native sidecar without a startup probe counts as started "
                            "once its container runs, so the app may send before Gluetun's firewall and tunnel are up "
                            "(until then its traffic leaves through the pod's own interface), and no network policy "
                            "tells that from tunnel traffic: both leave the same pod; Gluetun.recommended() probes "
                            "its healthcheck")
        if self.gluetun.env.get("FIREWALL", "").lower() in ("off", "no", "false", "0", "disable", "disabled"):
            warnings.append("gluetun env FIREWALL=off: Gluetun sets no firewall, so when the tunnel drops the app's "
                            "traffic leaves outside it, and no network policy tells that from tunnel traffic: both "
                            "leave the same pod")
        return tuple(warnings)

    # ---- pieces

    def _write_claims(self) -> None:
        """Record the claim each volume mounts, writing those the pod owns."""
        #: volume -> the claim it mounts (``None``: an emptyDir)
        self.claims: dict[str, Optional[str]] = {}
        #: volume -> the PersistentVolumeClaim this pod writes (not for existing claims)
        self.volume_claims: dict[str, k8s.KubePersistentVolumeClaim] = {}
        for place, volume in self.storage.volumes():
            claim = volume.claim
            if claim is None:
                self.claims[volume.name] = None
            elif claim.existing_claim is not None:
                self.claims[volume.name] = claim.existing_claim
            else:
                claim_name = f"{self.name}-{volume.name}"
                self.claims[volume.name] = claim_name
                self.volume_claims[volume.name] = k8s.KubePersistentVolumeClaim(
                    self, _CLAIM_IDS[place] if place is not None else f"Claim-{volume.name}",
                    # with keep_claims the data outlives the pod: GitOps controllers never delete the claim
                    metadata=k8s.ObjectMeta(name=claim_name, namespace=self.namespace,
                                            labels={APP_LABEL: self.name} if self.name_label else None,
                                            annotations=dict(KEEP_ON_PRUNE) if self.keep_claims else None),
                    spec=k8s.PersistentVolumeClaimSpec(
                        access_modes=list(claim.access_modes), storage_class_name=claim.storage_class,
                        resources=k8s.ResourceRequirements(requests={"storage": k8s.Quantity.from_string(
                            VpnStorage.claim_size(place, claim))})))

    def _gluetun_env(self) -> list[k8s.EnvVar]:
        """Gluetun's variables: the tunnel's, the firewall's, ``TZ``, the port-forwarding hook, then its own."""
        env = self.tunnel.env()
        env["FIREWALL_INPUT_PORTS"] = ",".join(map(str, self.firewall_input_ports))
        if self.gluetun.cluster_subnets is not None:
            env["FIREWALL_OUTBOUND_SUBNETS"] = ",".join(self.gluetun.cluster_subnets)
        if self.timezone is not None:
            env["TZ"] = self.timezone
        if self.tunnel.port_forward_only is not None:
            env["PORT_FORWARD_ONLY"] = "on" if self.tunnel.port_forward_only else "off"
        if self.tunnel.port_forwarding and self.app.port_forward_command:
            env.update(_without_go_template_braces(self.app.port_forward_command))
        env.update(self.gluetun.env)
        return [k8s.EnvVar(name=k, value=v) for k, v in env.items()]

    def _gluetun(self, mounts: list[k8s.VolumeMount]) -> k8s.Container:
        gluetun = self.gluetun
        healthcheck = k8s.ExecAction(command=HEALTHCHECK)
        return k8s.Container(
            name="gluetun", image=gluetun.image,
            env=self._gluetun_env(),
            env_from=[k8s.EnvFromSource(secret_ref=k8s.SecretEnvSource(name=self.secret.target_name))]
            if self.credentials.mode == "env" else None,
            security_context=(gluetun.security or ContainerSecurity()).binding(add=["NET_ADMIN"]),
            lifecycle=k8s.Lifecycle(post_start=k8s.LifecycleHandler(exec=k8s.ExecAction(command=STALE_RULES_CLEANUP)))
            if gluetun.clean_stale_rules else None,
            startup_probe=gluetun.startup_probe.probe(exec=healthcheck) if gluetun.startup_probe else None,
            liveness_probe=gluetun.liveness_probe.probe(exec=healthcheck) if gluetun.liveness_probe else None,
            resources=_resources(gluetun.resources),
            volume_mounts=mounts or None,
        )

    def _app_container(self, mounts: list[k8s.VolumeMount]) -> k8s.Container:
        app = self.app
        tz = [k8s.EnvVar(name="TZ", value=self.timezone)] if self.timezone is not None else []
        port = k8s.TcpSocketAction(port=k8s.IntOrString.from_number(app.port))
        return k8s.Container(
            name=app.name, image=app.image,
            env=tz + [k8s.EnvVar(name=k, value=v) for k, v in sorted(app.env.items())]
            + [k8s.EnvVar(name=k, value_from=k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(
                name=app.secret_name or "", key=key))) for k, key in sorted(app.secret_env.items())] or None,
            env_from=[k8s.EnvFromSource(config_map_ref=k8s.ConfigMapEnvSource(name=m))
                      for m in app.env_from_config_maps] or None,
            ports=[k8s.ContainerPort(name="http", container_port=app.port, protocol="TCP")],
            security_context=app.security.binding() if app.security is not None else None,
            readiness_probe=app.readiness_probe.probe(tcp_socket=port) if app.readiness_probe else None,
            liveness_probe=app.liveness_probe.probe(tcp_socket=port) if app.liveness_probe else None,
            resources=_resources(app.resources),
            volume_mounts=mounts or None,
        )

    def _deployment(self) -> k8s.KubeDeployment:
        """The Deployment: one replica, recreated, of the pod of Gluetun and the app."""
        volumes, mounts, gluetun_mounts = self._pod_volumes()
        gluetun = self._gluetun(gluetun_mounts)
        app_container = self._app_container(mounts)
        cls = _SidecarDeployment if self.native_sidecar else k8s.KubeDeployment
        return cls(
            self, "Deployment",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace,
                                    labels=dict(self.labels) if self.name_label else None),
            spec=k8s.DeploymentSpec(
                replicas=1,
                # one pod at a time: two tunnels would fight over the forwarded port and the ip rules
                strategy=k8s.DeploymentStrategy(type="Recreate"),
                selector=k8s.LabelSelector(match_labels=dict(self.labels)),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=dict(self.labels), annotations=dict(self.pod_annotations) or None),
                    spec=self._pod_spec(gluetun, app_container, volumes),
                ),
            ),
        )

    def _pod_spec(self, gluetun: k8s.Container, app_container: k8s.Container,
                  volumes: list[k8s.Volume]) -> k8s.PodSpec:
        """The pod: Gluetun before the app, its security and sysctl as set."""
        security = self.pod_security or PodSecurity()
        sysctls = [k8s.Sysctl(name="net.ipv4.conf.all.src_valid_mark", value="1")] if self.src_valid_mark else None
        context = (security.fs_group, security.fs_group_change_policy, security.seccomp_profile, sysctls)
        return k8s.PodSpec(
            automount_service_account_token=security.automount_service_account_token,
            security_context=k8s.PodSecurityContext(
                fs_group=security.fs_group, fs_group_change_policy=security.fs_group_change_policy,
                seccomp_profile=k8s.SeccompProfile(type=security.seccomp_profile) if security.seccomp_profile else None,
                sysctls=sysctls) if any(v is not None for v in context) else None,
            # a native sidecar, or (plain containers) Gluetun first, as app-template's dependsOn
            init_containers=[gluetun] if self.native_sidecar else None,
            containers=[app_container] if self.native_sidecar else [gluetun, app_container],
            volumes=volumes or None,
        )

    def _pod_volumes(self) -> tuple[list[k8s.Volume], list[k8s.VolumeMount], list[k8s.VolumeMount]]:
        """The pod's volumes, the app's mounts and Gluetun's mounts: each container mounts its
        volumes in the order of their names (as Helm renders a chart's persistence map), then
        the app its writable paths, Gluetun its credentials and ``/dev/net/tun``."""
        placed = [v for place, v in self.storage.volumes() if place is not None]
        volumes = [self._volume(v) for v in placed]
        by_name = sorted((v for _, v in self.storage.volumes()), key=lambda v: v.name)
        mounts = [self._mount(v) for v in by_name if "app" in v.containers]
        gluetun_mounts = [self._mount(v) for v in by_name if "gluetun" in v.containers]
        for i, path in enumerate(self.app.writable_paths):
            volumes.append(k8s.Volume(name=f"scratch-{i}", empty_dir=k8s.EmptyDirVolumeSource()))
            mounts.append(k8s.VolumeMount(name=f"scratch-{i}", mount_path=path))
        if self.credentials.mode == "files":
            gluetun_mounts.append(k8s.VolumeMount(name="credentials", mount_path="/run/secrets", read_only=True))
            volumes.append(k8s.Volume(name="credentials", secret=k8s.SecretVolumeSource(
                secret_name=self.secret.target_name, default_mode=0o400,
                items=[k8s.KeyToPath(key=key, path=key.lower()) for key in sorted(self.secret.keys)])))
        if self.gluetun.tun_device:
            volumes.append(k8s.Volume(name="tun", host_path=k8s.HostPathVolumeSource(path="/dev/net/tun",
                                                                                   type="CharDevice")))
            gluetun_mounts.append(k8s.VolumeMount(name="tun", mount_path="/dev/net/tun"))
        volumes += [self._volume(extra) for extra in self.storage.extra]
        return volumes, mounts, gluetun_mounts

    @staticmethod
    def _mount(volume: VpnVolume) -> k8s.VolumeMount:
        return k8s.VolumeMount(name=volume.name, mount_path=volume.mount_path)

    def _volume(self, volume: VpnVolume) -> k8s.Volume:
        claim = self.claims[volume.name]
        if claim:
            return k8s.Volume(name=volume.name,
                              persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=claim))
        return k8s.Volume(name=volume.name, empty_dir=k8s.EmptyDirVolumeSource())

    def _budget(self, max_unavailable: int) -> k8s.KubePodDisruptionBudget:
        return k8s.KubePodDisruptionBudget(
            self, "DisruptionBudget",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace,
                                    labels={APP_LABEL: self.name} if self.name_label else None),
            spec=k8s.PodDisruptionBudgetSpec(max_unavailable=k8s.IntOrString.from_number(max_unavailable),
                                             selector=k8s.LabelSelector(match_labels=dict(self.labels))))

    def _web_ui(self) -> HomelabApp:
        """The web UI's Service (to the app's port) and, with a gateway, its route."""
        web = self.web_ui
        return HomelabApp(self, "Web", name=self.name, namespace=self.namespace,
                          port=web.port if web.port is not None else self.app.port, port_name=web.port_name,
                          app_protocol=web.app_protocol, target_port=self.app.port, gateway=web.gateway,
                          hostname=web.hostname, load_balancer=web.load_balancer,
                          load_balancer_ip=web.load_balancer_ip, selector=self.service_selector,
                          service_labels=dict(web.service_labels) or None, name_label=self.name_label)

