"""Seed 000's VPN pod exactly (REAL-REPOS.md A.6, facts 14-16): Gluetun and linuxserver.io's
qBittorrent as two plain containers, credentials as variables from an ExternalSecret with
per-key remoteRefs, resources, probe timings, claims, PDB; the kill switch warnings; each new
prop's bad inputs with their exact messages."""
from __future__ import annotations

from homelab_constructs.apps.vpn import VpnPod
from homelab_constructs.apps.vpn_app import VpnApp
from homelab_constructs.apps.vpn_gluetun import Gluetun, VpnCredentials, VpnTunnel
from homelab_constructs.apps.vpn_specs import ContainerSecurity, PodSecurity, ProbeTiming, Resources
from homelab_constructs.apps.vpn_storage import ClaimSpec, VpnStorage, VpnVolume
from homelab_constructs.apps.vpn_web import WebUi
from homelab_constructs.secrets import RemoteRef, SecretStoreRef, VaultSecretStore
from homelab_constructs.validation import validate_objects

import cdk8s
import pytest
from conftest import crds_dir

#: app-template's labels of the release's controller ``main``
APP_TEMPLATE = {"app.kubernetes.io/controller": "main", "app.kubernetes.io/instance": "arr-vpn-downloads",
                "app.kubernetes.io/name": "arr-vpn-downloads"}


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
        env_from_config_maps=("arr-env",),
        security=ContainerSecurity(allow_privilege_escalation=False, drop_capabilities=("ALL",),
                                   add_capabilities=("SETUID", "SETGID")),
        resources=Resources(cpu_request="100m", memory_request="256Mi", cpu_limit="200m", memory_limit="1Gi"))
    return VpnPod(
        c, "Vpn", name="arr-vpn-downloads", namespace="arr", store=vault, app=qbittorrent,
        tunnel=VpnTunnel(provider="private internet access", server_regions=("CA Montreal",), port_forwarding=True),
        gluetun=Gluetun(
            image="qmcgaw/gluetun:v3.41.1", env={"DOT": "off"},
            resources=Resources(cpu_request="50m", memory_request="128Mi", cpu_limit="100m", memory_limit="256Mi"),
            liveness_probe=ProbeTiming(initial_delay_seconds=60, period_seconds=60, timeout_seconds=5,
                                       failure_threshold=3),
            startup_probe=ProbeTiming(period_seconds=5, failure_threshold=60)),
        credentials=VpnCredentials(secret="vpn-credentials", variables=ref, mode="env"),
        storage=VpnStorage(
            config=VpnVolume("qbit-config", "/config", ClaimSpec(size="1Gi", storage_class="nfs-client")),
            downloads=VpnVolume("data", "/data", ClaimSpec(existing_claim="arr-data"), containers=("gluetun", "app")),
            gluetun=VpnVolume("gluetun-config", "/gluetun", ClaimSpec(size="256Mi", storage_class="nfs-client"),
                              containers=("gluetun", "app"))),
        web_ui=WebUi(port_name="qbit-http"), labels=APP_TEMPLATE, native_sidecar=False, src_valid_mark=True,
        pod_annotations={"backup.velero.io/backup-volumes-excludes": "data"}, pdb_max_unavailable=1)


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
    assert gluetun["securityContext"] == {"capabilities": {"add": ["NET_ADMIN"]}}  # as the real one: nothing else
    healthcheck = {"command": ["/gluetun-entrypoint", "healthcheck"]}
    assert gluetun["livenessProbe"] == {"exec": healthcheck, "initialDelaySeconds": 60, "periodSeconds": 60,
                                        "timeoutSeconds": 5, "failureThreshold": 3}
    assert gluetun["startupProbe"] == {"exec": healthcheck, "failureThreshold": 60, "periodSeconds": 5}
    assert gluetun["resources"] == {"requests": {"cpu": "50m", "memory": "128Mi"},
                                    "limits": {"cpu": "100m", "memory": "256Mi"}}
    # app-template's globalMounts: in both containers, in the order of their names
    assert gluetun["volumeMounts"] == [{"name": "data", "mountPath": "/data"},
                                       {"name": "gluetun-config", "mountPath": "/gluetun"}]
    assert "lifecycle" not in gluetun


def test_qbittorrent_exactly(pod_spec):
    qbit = pod_spec["containers"][1]
    assert qbit["image"] == "lscr.io/linuxserver/qbittorrent:5.1.4"
    assert qbit["env"] == [{"name": "WEBUI_PORT", "value": "8080"}]
    assert qbit["envFrom"] == [{"configMapRef": {"name": "arr-env"}}]
    assert qbit["securityContext"] == {"allowPrivilegeEscalation": False,
                                       "capabilities": {"drop": ["ALL"], "add": ["SETUID", "SETGID"]}}
    assert qbit["resources"] == {"requests": {"cpu": "100m", "memory": "256Mi"},
                                 "limits": {"cpu": "200m", "memory": "1Gi"}}
    assert qbit["volumeMounts"] == [{"name": "data", "mountPath": "/data"},
                                    {"name": "gluetun-config", "mountPath": "/gluetun"},
                                    {"name": "qbit-config", "mountPath": "/config"}]
    assert "readinessProbe" not in qbit and "livenessProbe" not in qbit  # no probes it did not set


def test_pod_level_settings_claims_service_and_budget(seed, pod_spec):
    pod, objects = seed
    deployment = objects[("Deployment", "arr-vpn-downloads")]
    assert deployment["metadata"]["namespace"] == "arr"
    assert deployment["spec"]["template"]["metadata"]["annotations"] == {"backup.velero.io/backup-volumes-excludes": "data"}
    assert pod_spec["securityContext"] == {"sysctls": [{"name": "net.ipv4.conf.all.src_valid_mark", "value": "1"}]}
    assert "automountServiceAccountToken" not in pod_spec
    assert deployment["spec"]["selector"]["matchLabels"] == deployment["spec"]["template"]["metadata"]["labels"] == \
        APP_TEMPLATE
    volumes = {v["name"]: v["persistentVolumeClaim"]["claimName"] for v in pod_spec["volumes"]}
    assert volumes == {"qbit-config": "arr-vpn-downloads-qbit-config", "data": "arr-data",
                       "gluetun-config": "arr-vpn-downloads-gluetun-config"}
    for name, size in (("arr-vpn-downloads-qbit-config", "1Gi"), ("arr-vpn-downloads-gluetun-config", "256Mi")):
        claim = objects[("PersistentVolumeClaim", name)]["spec"]
        assert (claim["storageClassName"], claim["resources"]["requests"]["storage"]) == ("nfs-client", size)
    assert ("PersistentVolumeClaim", "arr-data") not in objects
    service = objects[("Service", "arr-vpn-downloads")]
    assert service["spec"]["ports"] == [{"name": "qbit-http", "port": 8080, "protocol": "TCP", "targetPort": 8080}]
    assert service["spec"]["selector"] == APP_TEMPLATE
    assert service["metadata"]["labels"] == {"app.kubernetes.io/managed-by": "homelab-constructs"}
    budget = objects[("PodDisruptionBudget", "arr-vpn-downloads")]
    assert budget["apiVersion"] == "policy/v1"
    assert budget["spec"] == {"maxUnavailable": 1, "selector": {"matchLabels": APP_TEMPLATE}}
    assert pod.egress_grant().pods == APP_TEMPLATE


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


def test_the_kill_switch_is_whole_with_the_preset_and_what_is_left_out_is_reported():
    c = chart()
    recommended = VpnPod.recommended(store=SecretStoreRef("vault")).build(c, "a")
    assert recommended.kill_switch_warnings == ()
    spec = synth(c)[("Deployment", "qbit")]["spec"]["template"]["spec"]
    assert spec["initContainers"][0]["restartPolicy"] == "Always"
    assert spec["initContainers"][0]["startupProbe"]["exec"]["command"] == ["/gluetun-entrypoint", "healthcheck"]
    # without a startup probe a native sidecar gates nothing: said
    bare = VpnPod(chart(), "b", store="vault")
    assert [w.split(":")[0] for w in bare.kill_switch_warnings] == ["Gluetun(startup_probe=None)"]
    off = VpnPod(chart(), "b", store="vault", gluetun=Gluetun.recommended(env={"FIREWALL": "off"}))
    assert [w.split(":")[0] for w in off.kill_switch_warnings] == ["gluetun env FIREWALL=off"]


def test_extra_volume_in_both_containers_and_a_written_claim():
    c = chart()
    VpnPod(c, "a", store=SecretStoreRef("vault"), name="dl", storage=VpnStorage(extra=(
        VpnVolume("media", "/media", ClaimSpec(existing_claim="media"), containers=("app", "gluetun")),
        VpnVolume("cache", "/cache", ClaimSpec(size="5Gi")))))
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
    (lambda c: VpnVolume("data", "/data", ClaimSpec(existing_claim="a"), containers="app"),
     "VpnVolume.containers: containers is not a list or tuple (got 'app'); write a tuple such as ('app',)"),
    (lambda c: VpnVolume("data", "/data", ClaimSpec(existing_claim="a"), containers=("qbit",)),
     "VpnVolume.containers[0]: container is unknown (got 'qbit'); use one of: app, gluetun"),
    (lambda c: VpnVolume("data", "/data", "arr-data"),
     "VpnVolume.claim: claim is not a ClaimSpec or None (got 'arr-data'); write "
     "ClaimSpec(existing_claim='arr-data') to mount that existing claim, or None for an emptyDir"),
    (lambda c: VpnStorage(extra=VpnVolume("m", "/m", ClaimSpec(existing_claim="a"))),
     "VpnStorage.extra: extra is not a list or tuple (got VpnVolume(name='m', mount_path='/m', "
     "claim=ClaimSpec(size=None, storage_class=None, access_modes=('ReadWriteOnce',), existing_claim='a'), "
     "containers=('app',))); write a tuple such as (VpnVolume(name='m', mount_path='/m', claim=ClaimSpec(size=None, "
     "storage_class=None, access_modes=('ReadWriteOnce',), existing_claim='a'), containers=('app',)),)"),
    (lambda c: VpnStorage(extra=[VpnVolume("config", "/m", ClaimSpec(existing_claim="a"))]),
     "VpnStorage: two volumes have one name (got 'config'); give each volume its own name"),
    (lambda c: VpnStorage(extra=[VpnVolume("credentials", "/m", ClaimSpec(existing_claim="a"))]),
     "VpnStorage.extra[0]: volume is named like a volume the pod writes itself (got 'credentials'); give it another "
     "name, such as 'data'"),
    (lambda c: VpnStorage(extra=[VpnVolume("media", "/media", ClaimSpec())]),
     "VpnStorage.extra[0]: claim of volume media has no size (got ClaimSpec(size=None, storage_class=None, "
     "access_modes=('ReadWriteOnce',), existing_claim=None)); give ClaimSpec(size='10Gi'), or "
     "ClaimSpec(existing_claim=...) for a claim that exists"),
    (lambda c: VpnStorage(gluetun=VpnVolume("gluetun", "/gluetun")),
     "VpnStorage.gluetun: Gluetun's volume is not mounted in the gluetun container (got ('app',)); write "
     "containers=('gluetun',) or ('gluetun', 'app')"),
    (lambda c: VpnStorage(config="arr-config"),
     "VpnStorage.config: config is not a VpnVolume or None (got 'arr-config'); write VpnVolume('config', '/config', "
     "ClaimSpec(...)), or None for no config volume"),
    (lambda c: vpn(c, storage=VpnStorage(downloads=VpnVolume("downloads", "/config", ClaimSpec()))),
     "c/qbit: the app mounts two volumes at one path (got ['/config', '/config']); give each volume and writable "
     "path its own mount path"),
    (lambda c: vpn(c, storage=VpnStorage(extra=[VpnVolume("secrets", "/run/secrets", containers=("gluetun",))])),
     "c/qbit: Gluetun mounts two volumes at one path (got ['/gluetun', '/run/secrets', '/run/secrets']); give each "
     "volume and writable path its own mount path"),
    (lambda c: vpn(c, app=app(writable_paths=("/downloads",))),
     "c/qbit: the app mounts two volumes at one path (got ['/config', '/downloads', '/downloads']); give each "
     "volume and writable path its own mount path"),
    (lambda c: Gluetun(env=["DOT=off"]),
     "Gluetun.env: env must be a mapping of variable name to value (got ['DOT=off']); write {'NAME': 'value'}, or "
     "{} for none"),
    (lambda c: Gluetun(env={"DOT": False}),
     "Gluetun.env: env value of DOT is not a string (got False); quote it, such as 'false'"),
    (lambda c: Gluetun(env={"SERVER_REGIONS": "CA Toronto"}),
     "Gluetun.env: env sets a variable a typed field writes (got 'SERVER_REGIONS'); set it with "
     "VpnTunnel(server_regions=...)"),
    (lambda c: Gluetun(env={"OPENVPN_USER": "me"}),
     "Gluetun.env: env sets a credential (got 'OPENVPN_USER'); pass it in VpnCredentials(variables=...), read from "
     "the Secret"),
    (lambda c: Gluetun(resources={"cpu": "50m"}),
     "Gluetun.resources: resources is not a Resources or None (got {'cpu': '50m'}); write "
     "Resources(cpu_request='50m', memory_request='128Mi', ...)"),
    (lambda c: Gluetun(liveness_probe=60),
     "Gluetun.liveness_probe: liveness_probe is not a ProbeTiming or None (got 60); write "
     "ProbeTiming(period_seconds=5, failure_threshold=60)"),
    (lambda c: Gluetun(security={"privileged": True}),
     "Gluetun.security: security is not a ContainerSecurity or None (got {'privileged': True}); write "
     "ContainerSecurity(allow_privilege_escalation=False)"),
    (lambda c: Gluetun(clean_stale_rules="yes"),
     "Gluetun.clean_stale_rules: clean_stale_rules must be True or False (got 'yes'); write True or False"),
    (lambda c: Gluetun(image=None),
     "Gluetun.image: image is empty or holds whitespace (got None); pin an image such as "
     "'ghcr.io/qdm12/gluetun:v3.41.0'"),
    (lambda c: vpn(c, native_sidecar="false"),
     "c/qbit: native_sidecar must be True or False (got 'false'); write True (Gluetun as a native sidecar, "
     "Kubernetes >= 1.29) or False (two plain containers, Gluetun first)"),
    (lambda c: vpn(c, pod_annotations=["x"]),
     "c/qbit: pod annotations must be a mapping of key to string (got ['x']); write {'example.com/key': 'value'}"),
    (lambda c: vpn(c, pod_annotations={"backup.velero.io/backup-volumes-excludes": 1}),
     "c/qbit: pod annotations value of backup.velero.io/backup-volumes-excludes is not a string (got 1); quote it, "
     "such as '1'"),
    (lambda c: vpn(c, pdb_max_unavailable="1"),
     "c/qbit: pdb_max_unavailable is not an integer or None (got '1'); write a whole number such as 1, or None"),
    (lambda c: vpn(c, pdb_max_unavailable=0),
     "c/qbit: pdb_max_unavailable must be at least 1 (got 0); write 1: the pod has one replica, so 0 would block "
     "every node drain"),
    (lambda c: VpnCredentials(mode=None),
     "VpnCredentials.mode: mode is not a string (got None); write a string such as 'files'"),
    (lambda c: VpnCredentials(mode="envFrom"),
     "VpnCredentials.mode: mode is unknown (got 'envFrom'); did you mean env? use one of: files, env"),
    (lambda c: VpnCredentials(mode="env", variables={"1USER": "u"}),
     "VpnCredentials.variables: variable is not a valid variable name (got '1USER'); use letters, digits, '_', '-' "
     "or '.', not starting with a digit, such as 'OPENVPN_USER'"),
    (lambda c: VpnCredentials(variables=[("OPENVPN_USER", "username")]),
     "VpnCredentials.variables: variables is not a mapping (got [('OPENVPN_USER', 'username')]); write a dict such "
     "as {'OPENVPN_USER': 'username', 'OPENVPN_PASSWORD': 'password'}"),
    (lambda c: VpnTunnel(port_forward_only="on"),
     "VpnTunnel.port_forward_only: port_forward_only must be True or False (got 'on'); write True ('on'), False "
     "('off'), or None to leave it to Gluetun"),
    (lambda c: WebUi(port_name="qbit_http"),
     "WebUi.port_name: port name is not a DNS label (got 'qbit_http'); use 1-63 lowercase letters, digits or '-', "
     "starting and ending with a letter or digit"),
    (lambda c: WebUi(app_protocol="HTTP/2"),
     "WebUi.app_protocol: app protocol is not an IANA service name or a prefixed name (got 'HTTP/2'); write a name "
     "such as 'http', 'https' or 'kubernetes.io/h2c'"),
    (lambda c: WebUi(service_labels={"app.kubernetes.io/managed-by": "me"}),
     "WebUi.service_labels: service_labels sets app.kubernetes.io/managed-by, which the library writes itself (got "
     "'me'); drop it: every object the library writes carries app.kubernetes.io/managed-by: homelab-constructs "
     "already (a pool's service_selector may select by it)"),
    (lambda c: vpn(c, name_label=True, web_ui=WebUi(service_labels={"app.kubernetes.io/name": "qbittorrent"})),
     "c/qbit: web_ui service_labels set app.kubernetes.io/name, which name_label writes (got 'qbittorrent'); drop "
     "it (the Service carries app.kubernetes.io/name: qbit), or set name_label=False to write your own"),
    (lambda c: vpn(c, labels={}),
     "c/qbit: labels must be a non-empty mapping of label to value (got {}); write the pod's labels, such as "
     "{'app.kubernetes.io/name': 'qbit'}, or None for app.kubernetes.io/name: qbit and homelab-constructs.io/vpn: "
     "gluetun"),
    (lambda c: vpn(c, labels={"app.kubernetes.io/name": "qbit torrent"}),
     "c/qbit: labels value of app.kubernetes.io/name is not a label value (got 'qbit torrent'); write up to 63 "
     "letters, digits, '-', '_' or '.', starting and ending with a letter or digit"),
    (lambda c: vpn(c, name_label="yes"),
     "c/qbit: name_label must be True or False (got 'yes'); write True to label the pod's objects "
     "app.kubernetes.io/name: <name>, or False"),
    (lambda c: vpn(c, src_valid_mark=None),
     "c/qbit: src_valid_mark must be True or False (got None); write True or False"),
    (lambda c: vpn(c, tunnel={"provider": "mullvad"}),
     "c/qbit: tunnel is not a VpnTunnel (got {'provider': 'mullvad'}); write VpnTunnel(provider=..., "
     "server_regions=(...))"),
    (lambda c: vpn(c, storage=None),
     "c/qbit: storage is not a VpnStorage (got None); write VpnStorage(config=..., downloads=..., gluetun=...)"),
    (lambda c: vpn(c, pod_security={"fs_group": 1000}),
     "c/qbit: pod_security is not a PodSecurity or None (got {'fs_group': 1000}); write PodSecurity(...) or "
     "PodSecurity.hardened()"),
    (lambda c: ContainerSecurity(run_as_non_root="no"),
     "ContainerSecurity.run_as_non_root: run_as_non_root must be True or False (got 'no'); write True, False, or "
     "None to write nothing"),
    (lambda c: ContainerSecurity(read_only_root_filesystem="yes"),
     "ContainerSecurity.read_only_root_filesystem: read_only_root_filesystem must be True or False (got 'yes'); "
     "write True, False, or None to write nothing"),
    (lambda c: ContainerSecurity(run_as_user=0, run_as_non_root=True),
     "ContainerSecurity.run_as_user: run_as_user is root (0) with run_as_non_root (got 0); give a user id other "
     "than 0, such as 1000, or drop run_as_non_root: the kubelet refuses to start the container"),
    (lambda c: ContainerSecurity(run_as_user="1000"),
     "ContainerSecurity.run_as_user: run_as_user is not an integer or None (got '1000'); write a whole number such "
     "as 1000, or None"),
    (lambda c: ContainerSecurity(run_as_group=-1),
     "ContainerSecurity.run_as_group: run_as_group must be an integer of at least 0 (got -1); use a whole number >= "
     "0"),
    (lambda c: ContainerSecurity(drop_capabilities="ALL"),
     "ContainerSecurity.drop_capabilities: drop_capabilities is not a list or tuple (got 'ALL'); write a tuple such "
     "as ('ALL',)"),
    (lambda c: ContainerSecurity(add_capabilities=("CAP_NET_ADMIN",)),
     "ContainerSecurity.add_capabilities[0]: capability is not a Linux capability name (got 'CAP_NET_ADMIN'); name "
     "one capability in upper case without the CAP_ prefix, such as 'NET_ADMIN' or 'CHOWN'"),
    (lambda c: ContainerSecurity(add_capabilities=("chown",)),
     "ContainerSecurity.add_capabilities[0]: capability is not a Linux capability name (got 'chown'); name one "
     "capability in upper case without the CAP_ prefix, such as 'NET_ADMIN' or 'CHOWN'"),
    (lambda c: ContainerSecurity(add_capabilities=("CHOWN", "CHOWN")),
     "ContainerSecurity.add_capabilities: add_capabilities lists a capability twice (got ('CHOWN', 'CHOWN')); list "
     "each capability once"),
    (lambda c: PodSecurity(fs_group="1000"),
     "PodSecurity.fs_group: fs_group is not an integer or None (got '1000'); write a whole number such as 1000, or "
     "None"),
    (lambda c: PodSecurity(fs_group_change_policy="onRootMismatch"),
     "PodSecurity.fs_group_change_policy: fs_group_change_policy is unknown (got 'onRootMismatch'); did you mean "
     "OnRootMismatch? use one of: OnRootMismatch, Always"),
    (lambda c: PodSecurity(seccomp_profile="Localhost"),
     "PodSecurity.seccomp_profile: seccomp_profile is unknown (got 'Localhost'); use one of: RuntimeDefault, "
     "Unconfined"),
    (lambda c: PodSecurity(automount_service_account_token="false"),
     "PodSecurity.automount_service_account_token: automount_service_account_token must be True or False (got "
     "'false'); write True, False, or None to write nothing"),
    (lambda c: vpn(c, app=app(security=ContainerSecurity(add_capabilities=("NET_RAW",)))),
     "c/qbit: app container asks for NET_RAW (got 'NET_RAW'); only the Gluetun container may manage the network; "
     "drop it from add_capabilities"),
    (lambda c: vpn(c, app=app(security=ContainerSecurity(add_capabilities=("ALL",)))),
     "c/qbit: app container asks for ALL (got 'ALL'); only the Gluetun container may manage the network; drop it "
     "from add_capabilities"),
    (lambda c: vpn(c, app=app(security={"run_as_user": 1000})),
     "c/qbit: app security is not a ContainerSecurity or None (got {'run_as_user': 1000}); write "
     "ContainerSecurity(...) or ContainerSecurity.hardened()"),
    (lambda c: vpn(c, app=app(resources={"cpu": "1"})),
     "c/qbit: app resources is not a Resources or None (got {'cpu': '1'}); write Resources(cpu_request='100m', "
     "memory_request='256Mi', ...)"),
    (lambda c: vpn(c, app=app(readiness_probe=10)),
     "c/qbit: app readiness_probe is not a ProbeTiming or None (got 10); write ProbeTiming(period_seconds=10)"),
    (lambda c: vpn(c, app=app(env_from_config_maps="arr-env")),
     "c/qbit: app env_from_config_maps is not a list or tuple (got 'arr-env'); write a list such as ['arr-env']"),
    (lambda c: vpn(c, app=app(env_from_config_maps=("Arr_Env",))),
     "c/qbit: app env_from_config_maps[0] is not a DNS subdomain name (got 'Arr_Env'); use at most 253 lowercase "
     "letters, digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    (lambda c: Resources(cpu_limit=2),
     "Resources.cpu_limit: cpu_limit is not a string or None (got 2); write a string such as '100m', or None"),
    (lambda c: Resources(cpu_limit="2 cores"),
     "Resources.cpu_limit: cpu_limit is not a Kubernetes quantity (got '2 cores'); write a quantity such as '100m', "
     "'128Mi' or '1Gi'"),

]


@pytest.mark.parametrize(("build", "message"), BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_input(build, message):
    with pytest.raises(ValueError) as err:
        build(chart())
    assert str(err.value) == message
