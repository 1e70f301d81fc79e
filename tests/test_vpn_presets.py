"""The VPN pod writes what the user set: a prop left unset writes nothing (Gluetun's and
Kubernetes' defaults apply), the library's opinions come from presets applied by name
(``VpnPod.RECOMMENDED``, ``Gluetun.recommended()``, ``VpnApp.recommended()``,
``ContainerSecurity.hardened()``, ``PodSecurity.hardened()``), each writing exactly its keys, and
``Homelab`` applies them under the spec's props."""
from __future__ import annotations

from typing import Any

from homelab_constructs import (
    DEFAULT_CLUSTER_SUBNETS,
    GLUETUN_LIVENESS_PROBE,
    GLUETUN_RESOURCES,
    GLUETUN_STARTUP_PROBE,
    ContainerSecurity,
    Gluetun,
    Homelab,
    HomelabSpec,
    PodSecurity,
    ProbeTiming,
    Resources,
    VaultSecretStore,
    VpnApp,
    VpnPod,
    VpnTunnel,
    qbittorrent,
)

import cdk8s
from conftest import MANAGED

POD = {"app.kubernetes.io/name": "qbit", "homelab-constructs.io/vpn": "gluetun"}


def objects(recommended: bool, **props: Any) -> dict[tuple[str, str], dict]:
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    VaultSecretStore(chart, "vault", server="http://vault.vault.svc.cluster.local:8200")
    if recommended:
        VpnPod.recommended(store="vault", **props).build(chart, "qbit")
    else:
        VpnPod(chart, "qbit", store="vault", **props)
    return {(o["kind"], o["metadata"]["name"]): o for o in cdk8s.Testing.synth(chart)}


def pod_spec(objs: dict) -> dict:
    return objs[("Deployment", "qbit")]["spec"]["template"]["spec"]


def env(container: dict) -> dict[str, str]:
    return {e["name"]: e.get("value") for e in container.get("env", [])}


def test_unset_writes_nothing_but_what_the_pod_needs():
    objs = objects(False)
    deployment = objs[("Deployment", "qbit")]
    assert deployment["metadata"]["labels"] == MANAGED  # no name label without name_label
    # the pod's labels and the selectors that tie its objects to them
    assert deployment["spec"]["selector"] == {"matchLabels": POD}
    assert deployment["spec"]["template"]["metadata"] == {"labels": POD}
    assert (deployment["spec"]["replicas"], deployment["spec"]["strategy"]) == (1, {"type": "Recreate"})
    spec = pod_spec(objs)
    assert "securityContext" not in spec and "automountServiceAccountToken" not in spec
    gluetun, = spec["initContainers"]
    assert gluetun["securityContext"] == {"capabilities": {"add": ["NET_ADMIN"]}}  # no allowPrivilegeEscalation
    assert not {"lifecycle", "startupProbe", "livenessProbe", "resources"} & set(gluetun)
    # only the firewall's opening for the app: no provider, type, regions, forwarding, subnets or TZ
    assert env(gluetun) == {"FIREWALL_INPUT_PORTS": "8080"}
    app, = spec["containers"]
    assert not {"securityContext", "readinessProbe", "livenessProbe", "resources"} & set(app)
    assert env(app) == {"QBT_WEBUI_PORT": "8080"}  # no TZ
    assert [m["mountPath"] for m in app["volumeMounts"]] == ["/config", "/downloads"]  # no /tmp
    for claim in ("qbit-config", "qbit-downloads"):
        assert objs[("PersistentVolumeClaim", claim)]["metadata"]["labels"] == MANAGED
    service = objs[("Service", "qbit")]
    assert service["metadata"]["labels"] == MANAGED
    assert service["spec"]["selector"] == {"app.kubernetes.io/name": "qbit"}


def test_a_tunnel_field_writes_its_variable_and_false_writes_off():
    gluetun = pod_spec(objects(False, tunnel=VpnTunnel(port_forwarding=False, port_forward_only=False)))
    assert env(gluetun["initContainers"][0]) == {"VPN_PORT_FORWARDING": "off", "FIREWALL_INPUT_PORTS": "8080",
                                                 "PORT_FORWARD_ONLY": "off"}
    gluetun = pod_spec(objects(False, tunnel=VpnTunnel(provider="protonvpn", vpn_type="wireguard",
                                                       server_regions=("Switzerland",), port_forwarding=True)))
    e = env(gluetun["initContainers"][0])
    assert {k: e[k] for k in ("VPN_SERVICE_PROVIDER", "VPN_TYPE", "SERVER_REGIONS", "VPN_PORT_FORWARDING")} == {
        "VPN_SERVICE_PROVIDER": "protonvpn", "VPN_TYPE": "wireguard", "SERVER_REGIONS": "Switzerland",
        "VPN_PORT_FORWARDING": "on"}
    assert "VPN_PORT_FORWARDING_UP_COMMAND" in e  # the app's hook, with port forwarding on


def leaves(value: Any, path: str = "") -> dict[str, Any]:
    """Every leaf of a manifest by path; env lists by variable, volumes and mounts by name."""
    if isinstance(value, dict) and value:
        return {p: v for k, item in value.items() for p, v in leaves(item, f"{path}.{k}").items()}
    if isinstance(value, list) and value and all(isinstance(i, dict) and "name" in i for i in value):
        return {p: v for item in value for p, v in leaves(item, f"{path}[{item['name']}]").items()}
    return {path: value}


def changed(bare: dict, recommended: dict) -> set[str]:
    a, b = leaves(bare), leaves(recommended)
    return {p for p in a.keys() | b.keys() if a.get(p) != b.get(p)}


PRESET_DEPLOYMENT = {
    # name_label=True: the Deployment labelled with the pod's labels
    ".metadata.labels.app.kubernetes.io/name", ".metadata.labels.homelab-constructs.io/vpn",
    # pod_security=PodSecurity.hardened()
    ".spec.template.spec.automountServiceAccountToken", ".spec.template.spec.securityContext.fsGroup",
    ".spec.template.spec.securityContext.fsGroupChangePolicy",
    ".spec.template.spec.securityContext.seccompProfile.type",
    # src_valid_mark=True
    ".spec.template.spec.securityContext.sysctls[net.ipv4.conf.all.src_valid_mark].name",
    ".spec.template.spec.securityContext.sysctls[net.ipv4.conf.all.src_valid_mark].value",
    # timezone="Etc/UTC", in both containers
    ".spec.template.spec.initContainers[gluetun].env[TZ].name",
    ".spec.template.spec.initContainers[gluetun].env[TZ].value",
    ".spec.template.spec.containers[qbittorrent].env[TZ].name",
    ".spec.template.spec.containers[qbittorrent].env[TZ].value",
    # gluetun=Gluetun.recommended()
    ".spec.template.spec.initContainers[gluetun].lifecycle.postStart.exec.command",
    ".spec.template.spec.initContainers[gluetun].securityContext.allowPrivilegeEscalation",
    ".spec.template.spec.initContainers[gluetun].resources.requests.cpu",
    ".spec.template.spec.initContainers[gluetun].resources.requests.memory",
    ".spec.template.spec.initContainers[gluetun].resources.limits.memory",
    *(f".spec.template.spec.initContainers[gluetun].{probe}.{key}" for probe in ("startupProbe", "livenessProbe")
      for key in ("exec.command", "periodSeconds", "timeoutSeconds", "failureThreshold")),
    # app=qbittorrent(recommended=True)
    *(f".spec.template.spec.containers[qbittorrent].securityContext.{key}" for key in (
        "runAsNonRoot", "runAsUser", "runAsGroup", "allowPrivilegeEscalation", "readOnlyRootFilesystem",
        "capabilities.drop")),
    ".spec.template.spec.containers[qbittorrent].resources.requests.cpu",
    ".spec.template.spec.containers[qbittorrent].resources.requests.memory",
    ".spec.template.spec.containers[qbittorrent].resources.limits.memory",
    ".spec.template.spec.containers[qbittorrent].readinessProbe.tcpSocket.port",
    ".spec.template.spec.containers[qbittorrent].readinessProbe.periodSeconds",
    ".spec.template.spec.containers[qbittorrent].livenessProbe.tcpSocket.port",
    ".spec.template.spec.containers[qbittorrent].livenessProbe.periodSeconds",
    ".spec.template.spec.containers[qbittorrent].livenessProbe.failureThreshold",
    ".spec.template.spec.containers[qbittorrent].volumeMounts[scratch-0].name",
    ".spec.template.spec.containers[qbittorrent].volumeMounts[scratch-0].mountPath",
    ".spec.template.spec.volumes[scratch-0].name", ".spec.template.spec.volumes[scratch-0].emptyDir",
}


def test_the_recommended_preset_writes_exactly_its_keys():
    assert set(VpnPod.RECOMMENDED) == {"gluetun", "app", "pod_security", "timezone", "src_valid_mark", "name_label",
                                       "keep_claims"}
    bare, recommended = objects(False), objects(True)
    assert bare.keys() == recommended.keys()  # no object of its own
    assert changed(bare[("Deployment", "qbit")], recommended[("Deployment", "qbit")]) == PRESET_DEPLOYMENT
    # name_label=True: the claims and the Service labelled with the app's name; keep_claims=True: the
    # claims annotated so GitOps controllers never delete them; nothing else
    keep = {".metadata.annotations.kustomize.toolkit.fluxcd.io/prune", ".metadata.annotations.argocd.argoproj.io/sync-options"}
    for key, extra in ((("PersistentVolumeClaim", "qbit-config"), keep),
                       (("PersistentVolumeClaim", "qbit-downloads"), keep), (("Service", "qbit"), set())):
        assert changed(bare[key], recommended[key]) == {".metadata.labels.app.kubernetes.io/name"} | extra, key
    assert changed(bare[("ExternalSecret", "vpn-credentials")], recommended[("ExternalSecret", "vpn-credentials")]) \
        == set()


def test_value_presets_are_exactly_their_documented_fields():
    assert Gluetun.recommended() == Gluetun(resources=GLUETUN_RESOURCES, startup_probe=GLUETUN_STARTUP_PROBE,
                                            liveness_probe=GLUETUN_LIVENESS_PROBE, clean_stale_rules=True,
                                            security=ContainerSecurity(allow_privilege_escalation=False))
    assert Gluetun.recommended(image="qmcgaw/gluetun:v3.41.1").image == "qmcgaw/gluetun:v3.41.1"
    assert ContainerSecurity.hardened() == ContainerSecurity(
        run_as_user=1000, run_as_group=1000, run_as_non_root=True, read_only_root_filesystem=True,
        allow_privilege_escalation=False, drop_capabilities=("ALL",))
    assert ContainerSecurity.hardened(568, add_capabilities=("CHOWN",)) == ContainerSecurity(
        run_as_user=568, run_as_group=568, run_as_non_root=True, read_only_root_filesystem=True,
        allow_privilege_escalation=False, drop_capabilities=("ALL",), add_capabilities=("CHOWN",))
    assert PodSecurity.hardened() == PodSecurity(fs_group=1000, fs_group_change_policy="OnRootMismatch",
                                                 seccomp_profile="RuntimeDefault", automount_service_account_token=False)
    assert PodSecurity.hardened(fs_group=None) == PodSecurity(seccomp_profile="RuntimeDefault",
                                                              automount_service_account_token=False)
    app = VpnApp.recommended("x:1", 80)
    assert app == VpnApp(image="x:1", port=80, security=ContainerSecurity.hardened(), writable_paths=("/tmp",),
                         resources=Resources(cpu_request="100m", memory_request="256Mi", memory_limit="2Gi"),
                         readiness_probe=ProbeTiming(period_seconds=10),
                         liveness_probe=ProbeTiming(period_seconds=30, failure_threshold=3))
    plain, preset = qbittorrent(), qbittorrent(recommended=True)
    assert preset == VpnApp.recommended(plain.image, plain.port, name=plain.name, env=plain.env,
                                        port_forward_command=plain.port_forward_command)
    assert (plain.security, plain.resources, plain.readiness_probe, plain.writable_paths) == (None, None, None, ())


def test_set_pod_labels_select_every_object_of_the_pod():
    labels = {"app.kubernetes.io/name": "qbit", "app.kubernetes.io/instance": "qbit"}
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    VaultSecretStore(chart, "vault", server="http://vault.vault.svc.cluster.local:8200")
    pod = VpnPod(chart, "qbit", store="vault", labels=labels, pdb_max_unavailable=1)
    objs = {(o["kind"], o["metadata"]["name"]): o for o in cdk8s.Testing.synth(chart)}
    deployment = objs[("Deployment", "qbit")]["spec"]
    assert deployment["selector"]["matchLabels"] == deployment["template"]["metadata"]["labels"] == labels
    assert objs[("Service", "qbit")]["spec"]["selector"] == labels
    assert objs[("PodDisruptionBudget", "qbit")]["spec"]["selector"] == {"matchLabels": labels}
    assert pod.egress_grant().pods == labels  # the library's own pod label is not added


def test_homelab_applies_the_preset_under_the_spec_props():
    """What the spec gives wins over the preset; the cluster CIDRs and the gateway fill in."""
    app = cdk8s.Testing.app()
    lab = Homelab(app, "Homelab", HomelabSpec(
        secret_store=VaultSecretStore.props(server="http://vault.vault.svc.cluster.local:8200"),
        vpn=VpnPod.props(gluetun=Gluetun(image="qmcgaw/gluetun:v3.41.1"), timezone=None)))
    assert lab.vpn is not None
    spec = lab.vpn.deployment.to_json()["spec"]["template"]["spec"]
    gluetun = spec["initContainers"][0]
    assert gluetun["image"] == "qmcgaw/gluetun:v3.41.1" and "startupProbe" not in gluetun  # the given Gluetun
    assert env(gluetun)["FIREWALL_OUTBOUND_SUBNETS"] == ",".join(DEFAULT_CLUSTER_SUBNETS)
    assert "TZ" not in env(gluetun)  # timezone=None given: not the preset's Etc/UTC
    assert spec["containers"][0]["securityContext"]["runAsNonRoot"] is True  # the preset's app
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert lab.vpn.web.route is not None  # routed on the homelab's gateway
    assert [w.split(":")[0] for w in lab.vpn.kill_switch_warnings] == ["Gluetun(startup_probe=None)"]
