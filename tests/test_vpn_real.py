"""Seed 000's VPN pod exactly (REAL-REPOS.md A.6, facts 14-16): Gluetun and linuxserver.io's
qBittorrent as two plain containers, credentials as variables from an ExternalSecret with
per-key remoteRefs, resources, probe timings, claims, PDB; the kill switch warnings; each new
prop's bad inputs with their exact messages."""
from __future__ import annotations

from homelab_constructs.apps.vpn import VpnPod
from homelab_constructs.apps.vpn_app import VpnApp
from homelab_constructs.apps.vpn_specs import ClaimSpec, ProbeTiming, Resources, VpnVolume
from homelab_constructs.secrets import RemoteRef, SecretStoreRef, VaultSecretStore
from homelab_constructs.validation import validate_objects

import cdk8s
import pytest
from conftest import crds_dir


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def synth(c: cdk8s.Chart) -> dict[tuple[str, str], dict]:
    objects = cdk8s.Testing.synth(c)
    report = validate_objects([("c.k8s.yaml", o) for o in objects], crds_dir(), cross_object=False)
    assert report.problems == []
    return {(o["kind"], o["metadata"]["name"]): o for o in objects}


def seed000(c: cdk8s.Chart) -> VpnPod:
    vault = VaultSecretStore(c, "Vault", name="vault-backend", server="http://vault.vault.svc.cluster.local:8200",
                             path="homelab", annotations={"argocd.argoproj.io/sync-wave": "-2"})
    ref = {k: RemoteRef("apps/vpn", k, conversion_strategy="Default", decoding_strategy="None", metadata_policy="None")
           for k in ("OPENVPN_USER", "OPENVPN_PASSWORD")}
    qbittorrent = VpnApp(
        image="lscr.io/linuxserver/qbittorrent:5.1.4", port=8080, name="qbittorrent", env={"WEBUI_PORT": "8080"},
        env_from_config_maps=("arr-env",), add_capabilities=("SETUID", "SETGID"), run_as_user=None,
        run_as_non_root=False, read_only_root_filesystem=False, writable_paths=(),
        cpu_request="100m", memory_request="256Mi", cpu_limit="200m", memory_limit="1Gi")
    return VpnPod(
        c, "Vpn", name="arr-vpn-downloads", namespace="arr", store=vault, app=qbittorrent,
        provider="private internet access", server_regions=("CA Montreal",), port_forwarding=True,
        port_forward_only=False, vpn_type=None, timezone=None, cluster_subnets=None, gluetun_env={"DOT": "off"},
        gluetun_image="qmcgaw/gluetun:v3.41.1",
        gluetun_resources=Resources(cpu_request="50m", memory_request="128Mi", cpu_limit="100m", memory_limit="256Mi"),
        gluetun_liveness_probe=ProbeTiming(initial_delay_seconds=60, period_seconds=60, timeout_seconds=5,
                                           failure_threshold=3),
        gluetun_startup_probe=ProbeTiming(period_seconds=5, failure_threshold=60),
        credentials_as="env", credentials_secret="vpn-credentials", credentials=ref,
        config_claim=ClaimSpec(size="1Gi", storage_class="nfs-client"),
        gluetun_claim=ClaimSpec(size="256Mi", storage_class="nfs-client"),
        downloads_claim=ClaimSpec(existing_claim="arr-data"), downloads_path="/data",
        native_sidecar=False, pod_annotations={"backup.velero.io/backup-volumes-excludes": "data"},
        pdb_max_unavailable=1, service_port_name="qbit-http")


@pytest.fixture(scope="module")
def seed():
    c = chart()
    pod = seed000(c)
    return pod, synth(c)


@pytest.fixture(scope="module")
def pod_spec(seed):
    return seed[1][("Deployment", "arr-vpn-downloads")]["spec"]["template"]["spec"]


def test_two_plain_containers_gluetun_first(pod_spec):
    assert "initContainers" not in pod_spec
    assert [c["name"] for c in pod_spec["containers"]] == ["gluetun", "qbittorrent"]
    assert "restartPolicy" not in pod_spec["containers"][0]


def test_gluetun_exactly(pod_spec):
    gluetun = pod_spec["containers"][0]
    assert gluetun["image"] == "qmcgaw/gluetun:v3.41.1"
    assert {e["name"]: e["value"] for e in gluetun["env"]} == {
        "VPN_SERVICE_PROVIDER": "private internet access", "SERVER_REGIONS": "CA Montreal",
        "VPN_PORT_FORWARDING": "on", "FIREWALL_INPUT_PORTS": "8080", "DOT": "off"}
    assert gluetun["envFrom"] == [{"secretRef": {"name": "vpn-credentials"}}]
    assert gluetun["securityContext"]["capabilities"] == {"add": ["NET_ADMIN"]}
    assert "privileged" not in gluetun["securityContext"]
    healthcheck = {"command": ["/gluetun-entrypoint", "healthcheck"]}
    assert gluetun["livenessProbe"] == {"exec": healthcheck, "initialDelaySeconds": 60, "periodSeconds": 60,
                                        "timeoutSeconds": 5, "failureThreshold": 3}
    assert gluetun["startupProbe"] == {"exec": healthcheck, "failureThreshold": 60, "periodSeconds": 5}
    assert gluetun["resources"] == {"requests": {"cpu": "50m", "memory": "128Mi"},
                                    "limits": {"cpu": "100m", "memory": "256Mi"}}
    assert gluetun["volumeMounts"] == [{"name": "gluetun", "mountPath": "/gluetun"}]


def test_qbittorrent_exactly(pod_spec):
    qbit = pod_spec["containers"][1]
    assert qbit["image"] == "lscr.io/linuxserver/qbittorrent:5.1.4"
    assert qbit["env"] == [{"name": "WEBUI_PORT", "value": "8080"}]
    assert qbit["envFrom"] == [{"configMapRef": {"name": "arr-env"}}]
    assert qbit["securityContext"] == {"allowPrivilegeEscalation": False,
                                       "capabilities": {"drop": ["ALL"], "add": ["SETUID", "SETGID"]}}
    assert qbit["resources"] == {"requests": {"cpu": "100m", "memory": "256Mi"},
                                 "limits": {"cpu": "200m", "memory": "1Gi"}}
    assert qbit["volumeMounts"] == [{"name": "config", "mountPath": "/config"}, {"name": "downloads", "mountPath": "/data"}]


def test_pod_level_settings_claims_service_and_budget(seed, pod_spec):
    _, objects = seed
    deployment = objects[("Deployment", "arr-vpn-downloads")]
    assert deployment["metadata"]["namespace"] == "arr"
    assert deployment["spec"]["template"]["metadata"]["annotations"] == {"backup.velero.io/backup-volumes-excludes": "data"}
    assert pod_spec["securityContext"]["sysctls"] == [{"name": "net.ipv4.conf.all.src_valid_mark", "value": "1"}]
    assert "fsGroup" not in pod_spec["securityContext"]
    volumes = {v["name"]: v["persistentVolumeClaim"]["claimName"] for v in pod_spec["volumes"]}
    assert volumes == {"config": "arr-vpn-downloads-config", "downloads": "arr-data", "gluetun": "arr-vpn-downloads-gluetun"}
    for name, size in (("arr-vpn-downloads-config", "1Gi"), ("arr-vpn-downloads-gluetun", "256Mi")):
        claim = objects[("PersistentVolumeClaim", name)]["spec"]
        assert (claim["storageClassName"], claim["resources"]["requests"]["storage"]) == ("nfs-client", size)
    assert ("PersistentVolumeClaim", "arr-data") not in objects
    assert objects[("Service", "arr-vpn-downloads")]["spec"]["ports"] == [
        {"name": "qbit-http", "port": 8080, "protocol": "TCP", "targetPort": 8080}]
    budget = objects[("PodDisruptionBudget", "arr-vpn-downloads")]
    assert budget["apiVersion"] == "policy/v1"
    assert budget["spec"] == {"maxUnavailable": 1, "selector": {"matchLabels": {
        "app.kubernetes.io/name": "arr-vpn-downloads", "homelab-constructs.io/vpn": "gluetun"}}}


def test_credentials_external_secret(seed):
    spec = seed[1][("ExternalSecret", "vpn-credentials")]["spec"]
    assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "vault-backend"}
    assert spec["refreshInterval"] == "1h" and spec["target"]["name"] == "vpn-credentials"
    assert {d["secretKey"]: d["remoteRef"] for d in spec["data"]} == {
        k: {"key": "apps/vpn", "property": k, "conversionStrategy": "Default", "decodingStrategy": "None",
            "metadataPolicy": "None"} for k in ("OPENVPN_USER", "OPENVPN_PASSWORD")}


def test_turning_off_native_sidecar_ordering_is_reported(seed):
    pod, _ = seed
    assert len(pod.kill_switch_warnings) == 1
    assert pod.kill_switch_warnings[0].startswith("native_sidecar=False: Gluetun and the app start side by side")


def test_the_kill_switch_is_whole_by_default_and_firewall_off_is_reported():
    c = chart()
    default = VpnPod(c, "a", store=SecretStoreRef("vault"))
    assert default.kill_switch_warnings == ()
    spec = synth(c)[("Deployment", "qbit")]["spec"]["template"]["spec"]
    assert spec["initContainers"][0]["restartPolicy"] == "Always"
    off = VpnPod(chart(), "b", store="vault", gluetun_env={"FIREWALL": "off"})
    assert [w.split(":")[0] for w in off.kill_switch_warnings] == ["gluetun env FIREWALL=off"]


def test_extra_volume_in_both_containers_and_a_written_claim():
    c = chart()
    VpnPod(c, "a", store=SecretStoreRef("vault"), name="dl", extra_volumes=[
        VpnVolume("media", "/media", ClaimSpec(existing_claim="media"), containers=("app", "gluetun")),
        VpnVolume("cache", "/cache", ClaimSpec(size="5Gi"))])
    objects = synth(c)
    spec = objects[("Deployment", "dl")]["spec"]["template"]["spec"]
    assert {"name": "media", "mountPath": "/media"} in spec["initContainers"][0]["volumeMounts"]
    assert {"name": "media", "mountPath": "/media"} in spec["containers"][0]["volumeMounts"]
    assert {"name": "cache", "mountPath": "/cache"} not in spec["initContainers"][0]["volumeMounts"]
    assert objects[("PersistentVolumeClaim", "dl-cache")]["spec"]["resources"]["requests"]["storage"] == "5Gi"


def vpn(c, **kw):
    return VpnPod(c, "qbit", **{"store": "vault", **kw})


def app(**kw):
    return VpnApp(**{"image": "x:1", "port": 8080, **kw})


BAD = [
    (lambda c: Resources(cpu_request=100),
     "Resources.cpu_request: cpu_request is not a string or None (got 100); write a string such as '100m', or None"),
    (lambda c: Resources(memory_limit="1GB"),
     "Resources.memory_limit: memory_limit is not a Kubernetes quantity (got '1GB'); write a quantity such as '100m', "
     "'128Mi' or '1Gi'"),
    (lambda c: Resources(memory_request="1Gi", memory_limit="256Mi"),
     "Resources.memory_limit: memory limit is below its request (got '256Mi'); raise the limit to at least 1Gi "
     "(Kubernetes refuses a limit below the request)"),
    (lambda c: ProbeTiming(period_seconds="5"),
     "ProbeTiming.period_seconds: period_seconds is not an integer or None (got '5'); write a whole number such as 5, "
     "or None"),
    (lambda c: ProbeTiming(period_seconds=0),
     "ProbeTiming.period_seconds: period_seconds must be an integer of at least 1 (got 0); use a whole number >= 1"),
    (lambda c: ProbeTiming(initial_delay_seconds=-1),
     "ProbeTiming.initial_delay_seconds: initial_delay_seconds must be an integer of at least 0 (got -1); use a whole "
     "number >= 0"),
    (lambda c: VpnVolume("Data", "/data", ClaimSpec(existing_claim="a")),
     "VpnVolume.name: volume name is not a DNS label (got 'Data'); use 1-63 lowercase letters, digits or '-', "
     "starting and ending with a letter or digit"),
    (lambda c: VpnVolume("data", None, ClaimSpec(existing_claim="a")),
     "VpnVolume.mount_path: mount path is not a string (got None); write a string such as '/data'"),
    (lambda c: VpnVolume("data", "data", ClaimSpec(existing_claim="a")),
     "VpnVolume.mount_path: mount path is not an absolute path below / (got 'data'); write an absolute path such as "
     "'/data'"),
    (lambda c: VpnVolume("data", "/data", "arr-data"),
     "VpnVolume.claim: claim is not a ClaimSpec (got 'arr-data'); write ClaimSpec(existing_claim='arr-data') or "
     "ClaimSpec(size='10Gi')"),
    (lambda c: VpnVolume("data", "/data", ClaimSpec(existing_claim="a"), containers="app"),
     "VpnVolume.containers: containers is not a list or tuple (got 'app'); write a tuple such as ('app',)"),
    (lambda c: VpnVolume("data", "/data", ClaimSpec(existing_claim="a"), containers=("qbit",)),
     "VpnVolume.containers[0]: container is unknown (got 'qbit'); use one of: app, gluetun"),
    (lambda c: vpn(c, extra_volumes=VpnVolume("m", "/m", ClaimSpec(existing_claim="a"))),
     "c/qbit: extra_volumes is not a list or tuple (got VpnVolume(name='m', mount_path='/m', claim=ClaimSpec(size=None, "
     "storage_class=None, access_modes=('ReadWriteOnce',), existing_claim='a'), containers=('app',))); write a list "
     "such as [VpnVolume(name='m', mount_path='/m', claim=ClaimSpec(size=None, storage_class=None, "
     "access_modes=('ReadWriteOnce',), existing_claim='a'), containers=('app',))]"),
    (lambda c: vpn(c, extra_volumes=[VpnVolume("config", "/m", ClaimSpec(existing_claim="a"))]),
     "c/qbit: extra volume is named like a volume of the pod (got 'config'); give it another name, such as 'data'"),
    (lambda c: vpn(c, extra_volumes=[VpnVolume("media", "/media", ClaimSpec())]),
     "c/qbit: media claim has no size (got ClaimSpec(size=None, storage_class=None, access_modes=('ReadWriteOnce',), "
     "existing_claim=None)); give ClaimSpec(size='10Gi'), or ClaimSpec(existing_claim=...) for a claim that exists"),
    (lambda c: vpn(c, config_path=None),
     "c/qbit: config path is not an absolute path below / (got None); write an absolute path such as '/config'"),
    (lambda c: vpn(c, downloads_path="data"),
     "c/qbit: downloads path is not an absolute path below / (got 'data'); write an absolute path such as '/downloads'"),
    (lambda c: vpn(c, downloads_path="/config"),
     "c/qbit: the app mounts two volumes at one path (got ['/config', '/config', '/tmp']); give config_path, "
     "downloads_path, writable paths and extra volumes each their own path"),
    (lambda c: vpn(c, gluetun_env=["DOT=off"]),
     "c/qbit: gluetun env must be a mapping of variable name to value (got ['DOT=off']); write {'NAME': 'value'}, or "
     "{} for none"),
    (lambda c: vpn(c, gluetun_env={"DOT": False}),
     "c/qbit: gluetun env value of DOT is not a string (got False); quote it, such as 'false'"),
    (lambda c: vpn(c, gluetun_env={"SERVER_REGIONS": "CA Toronto"}),
     "c/qbit: gluetun env sets a variable a prop writes (got 'SERVER_REGIONS'); set it with server_regions"),
    (lambda c: vpn(c, gluetun_env={"OPENVPN_USER": "me"}),
     "c/qbit: gluetun env sets a credential (got 'OPENVPN_USER'); pass it in credentials, read from the Secret"),
    (lambda c: vpn(c, gluetun_resources={"cpu": "50m"}),
     "c/qbit: gluetun_resources is not a Resources (got {'cpu': '50m'}); write Resources(cpu_request='50m', "
     "memory_request='128Mi', ...)"),
    (lambda c: vpn(c, gluetun_liveness_probe=60),
     "c/qbit: gluetun_liveness_probe is not a ProbeTiming (got 60); write ProbeTiming(period_seconds=5, "
     "failure_threshold=60)"),
    (lambda c: vpn(c, native_sidecar="false"),
     "c/qbit: native_sidecar must be True or False (got 'false'); write True (Gluetun as a native sidecar, Kubernetes "
     ">= 1.29) or False (two plain containers, Gluetun first)"),
    (lambda c: vpn(c, pod_annotations=["x"]),
     "c/qbit: pod annotations must be a mapping of key to string (got ['x']); write {'example.com/key': 'value'}"),
    (lambda c: vpn(c, pod_annotations={"backup.velero.io/backup-volumes-excludes": 1}),
     "c/qbit: pod annotations value of backup.velero.io/backup-volumes-excludes is not a string (got 1); quote it, "
     "such as '1'"),
    (lambda c: vpn(c, pdb_max_unavailable="1"),
     "c/qbit: pdb_max_unavailable is not an integer or None (got '1'); write a whole number such as 1, or None"),
    (lambda c: vpn(c, pdb_max_unavailable=0),
     "c/qbit: pdb_max_unavailable must be at least 1 (got 0); write 1: the pod has one replica, so 0 would block every "
     "node drain"),
    (lambda c: vpn(c, credentials_as=None),
     "c/qbit: credentials_as is not a string (got None); write a string such as 'files'"),
    (lambda c: vpn(c, credentials_as="envFrom"),
     "c/qbit: credentials_as is unknown (got 'envFrom'); did you mean env? use one of: files, env"),
    (lambda c: vpn(c, credentials_as="env", credentials={"1USER": "u"}),
     "c/qbit: credential is not a valid variable name (got '1USER'); use letters, digits, '_', '-' or '.', not "
     "starting with a digit, such as 'OPENVPN_USER'"),
    (lambda c: vpn(c, port_forward_only="on"),
     "c/qbit: port_forward_only must be True or False (got 'on'); write True, False, or None for 'on' with Private "
     "Internet Access and port forwarding"),
    (lambda c: vpn(c, service_port_name="qbit_http"),
     "c/qbit: service port name is not a DNS label (got 'qbit_http'); use 1-63 lowercase letters, digits or '-', "
     "starting and ending with a letter or digit"),
    (lambda c: vpn(c, app=app(run_as_non_root="no")),
     "c/qbit: app run_as_non_root must be True or False (got 'no'); write True (the default) or False for an image "
     "that starts as root and drops privileges"),
    (lambda c: vpn(c, app=app(read_only_root_filesystem=None)),
     "c/qbit: app read_only_root_filesystem must be True or False (got None); write True (the default) or False for "
     "an image that writes outside its volumes"),
    (lambda c: vpn(c, app=app(run_as_user=0)),
     "c/qbit: app user id must be an integer of at least 1 (got 0); use a whole number >= 1"),
    (lambda c: vpn(c, app=app(run_as_user="1000", run_as_non_root=False)),
     "c/qbit: app user id must be an integer of at least 0 (got '1000'); use a whole number >= 0"),
    (lambda c: vpn(c, app=app(env_from_config_maps="arr-env")),
     "c/qbit: app env_from_config_maps is not a list or tuple (got 'arr-env'); write a list such as ['arr-env']"),
    (lambda c: vpn(c, app=app(env_from_config_maps=("Arr_Env",))),
     "c/qbit: app env_from_config_maps[0] is not a DNS subdomain name (got 'Arr_Env'); use at most 253 lowercase "
     "letters, digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    (lambda c: vpn(c, app=app(cpu_limit=2)),
     "c/qbit: app CPU limit is not a Kubernetes quantity (got 2); write a quantity such as '100m', '128Mi' or '1Gi'"),
    (lambda c: vpn(c, app=app(cpu_limit="2 cores")),
     "c/qbit: app CPU limit is not a Kubernetes quantity (got '2 cores'); write a quantity such as '100m', '128Mi' or "
     "'1Gi'"),
]


@pytest.mark.parametrize(("build", "message"), BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_input(build, message):
    with pytest.raises(ValueError) as err:
        build(chart())
    assert str(err.value) == message
