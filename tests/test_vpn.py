"""The VPN pod (Gluetun + qBittorrent) and secrets by reference: the default homelab's pod,
the facts the kill switch rests on, and the checks across objects (the table of bad inputs, each
with its exact message: ``test_bad_input_modules.py``)."""
from __future__ import annotations

import re

from homelab_constructs import (
    Homelab,
    HomelabSpec,
    HomelabValidationError,
    SyncedSecret,
    VaultSecretStore,
    VpnApp,
    VpnCredentials,
    VpnPod,
    VpnStorage,
    VpnTunnel,
    VpnVolume,
    WebUi,
    qbittorrent,
    validate_app,
)
from homelab_constructs.apps.vpn_storage import DEFAULT_CLAIM_SIZES, ClaimSpec

import cdk8s
import pytest
from conftest import MANAGED

from main import default_spec

#: the Vault the default homelab's secret store reads (main.default_spec's server)
VAULT = "http://vault.vault.svc.cluster.local:8200"


@pytest.fixture(scope="module")
def vpn(default_homelab):
    """The vpn chart's objects by kind (the PersistentVolumeClaims: see ``claims``)."""
    objects = default_homelab.objects["vpn"]
    return {o["kind"]: o for o in objects if o["kind"] != "PersistentVolumeClaim"}


@pytest.fixture(scope="module")
def claims(default_homelab):
    """The vpn chart's PersistentVolumeClaims by name."""
    return {o["metadata"]["name"]: o for o in default_homelab.objects["vpn"] if o["kind"] == "PersistentVolumeClaim"}


@pytest.fixture(scope="module")
def pod(vpn):
    return vpn["Deployment"]["spec"]["template"]["spec"]


def containers(pod):
    return {c["name"]: c for c in pod["initContainers"] + pod["containers"]}


def env(container):
    return {e["name"]: e.get("value") for e in container.get("env", [])}


def test_vpn_chart_holds_the_pod_its_credentials_claims_service_and_route(vpn, claims, default_homelab):
    assert sorted(vpn) == ["Deployment", "ExternalSecret", "HTTPRoute", "Service"]
    assert sorted(claims) == ["qbit-config", "qbit-downloads"]
    assert sorted(o["kind"] for o in default_homelab.objects["vpn"]) == [
        "Deployment", "ExternalSecret", "HTTPRoute", "PersistentVolumeClaim", "PersistentVolumeClaim", "Service"]
    assert "qbit" not in {o["metadata"]["name"] for o in default_homelab.objects["apps-downloads"]
                          if o["kind"] != "Namespace"}
    route = vpn["HTTPRoute"]["spec"]
    assert route["hostnames"] == ["qbit.homelab.local"]
    assert route["parentRefs"][0]["sectionName"] == "https"
    assert route["rules"][0]["backendRefs"] == [{"name": "qbit", "port": 8080}]
    assert vpn["Service"]["spec"]["selector"] == {"app.kubernetes.io/name": "qbit"}


def test_one_pod_recreated_never_two(vpn):
    spec = vpn["Deployment"]["spec"]
    assert spec["replicas"] == 1
    assert spec["strategy"] == {"type": "Recreate"}
    assert spec["selector"]["matchLabels"] == {"app.kubernetes.io/name": "qbit", "homelab-constructs.io/vpn": "gluetun"}


def kubelet_env(container):
    """The environment as the kubelet hands it over: ``$(VAR)`` of an earlier variable expanded."""
    out: dict[str, str] = {}
    for e in container.get("env", []):
        out[e["name"]] = re.sub(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)", lambda m: out.get(m.group(1), m.group(0)),
                                e.get("value", ""))
    return out


def test_gluetun_is_a_native_sidecar_that_gates_the_app(pod):
    gluetun, = pod["initContainers"]
    assert gluetun["name"] == "gluetun"
    assert gluetun["restartPolicy"] == "Always"  # native sidecar: runs beside the app
    assert gluetun["image"] == "ghcr.io/qdm12/gluetun:v3.41.0"
    # the app starts only after this probe passes: Gluetun's own healthcheck (tunnel up)
    assert gluetun["startupProbe"]["exec"]["command"] == ["/gluetun-entrypoint", "healthcheck"]
    assert gluetun["livenessProbe"]["exec"]["command"] == ["/gluetun-entrypoint", "healthcheck"]
    assert [c["name"] for c in pod["containers"]] == ["qbittorrent"]


def test_gluetun_settings_follow_seed_000(pod):
    e = env(containers(pod)["gluetun"])
    assert e["VPN_SERVICE_PROVIDER"] == "private internet access"
    assert e["SERVER_REGIONS"] == "CA Montreal"
    assert e["VPN_PORT_FORWARDING"] == "on"
    assert e["PORT_FORWARD_ONLY"] == "on"
    assert e["FIREWALL_INPUT_PORTS"] == "8080"
    # cluster DNS and services stay reachable outside the tunnel (pod + service networks)
    assert e["FIREWALL_OUTBOUND_SUBNETS"] == "10.244.0.0/16,10.96.0.0/12"
    # the manifest holds no Go-template braces (Helm would run them); the kubelet's $(VAR)
    # expansion hands Gluetun the documented command with its {{PORT}} placeholders
    assert "{{" not in e["VPN_PORT_FORWARDING_UP_COMMAND"]
    assert kubelet_env(containers(pod)["gluetun"])["VPN_PORT_FORWARDING_UP_COMMAND"] == qbittorrent().port_forward_command
    assert '"json={\\"listen_port\\":{{PORT}},' in qbittorrent().port_forward_command
    assert "http://127.0.0.1:8080/api/v2/app/setPreferences" in qbittorrent().port_forward_command
    assert "FIREWALL" not in {k for k, v in e.items() if v == "off"}  # the firewall (kill switch) stays on


def test_stale_ip_rules_are_cleaned_on_start(pod):
    hook = containers(pod)["gluetun"]["lifecycle"]["postStart"]["exec"]["command"]
    assert hook == ["/bin/sh", "-c", "(ip rule del table 51820; ip -6 rule del table 51820) || true"]


def test_only_gluetun_gets_net_admin(pod):
    c = containers(pod)
    assert c["gluetun"]["securityContext"]["capabilities"] == {"add": ["NET_ADMIN"]}
    assert c["gluetun"]["securityContext"]["allowPrivilegeEscalation"] is False
    app = c["qbittorrent"]["securityContext"]
    assert app["capabilities"] == {"drop": ["ALL"]}
    assert app["allowPrivilegeEscalation"] is False
    assert app["readOnlyRootFilesystem"] is True
    assert app["runAsNonRoot"] is True and app["runAsUser"] == 1000


def test_pod_sysctl_and_volumes(pod):
    assert pod["securityContext"]["sysctls"] == [{"name": "net.ipv4.conf.all.src_valid_mark", "value": "1"}]
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["config"]["persistentVolumeClaim"]["claimName"] == "qbit-config"
    assert volumes["downloads"]["persistentVolumeClaim"]["claimName"] == "qbit-downloads"
    mounts = {m["mountPath"] for m in containers(pod)["qbittorrent"]["volumeMounts"]}
    assert mounts == {"/config", "/downloads", "/tmp"}


def test_the_pod_writes_the_claims_it_mounts(claims, pod, default_homelab):
    assert DEFAULT_CLAIM_SIZES == {"config": "1Gi", "downloads": "100Gi", "gluetun": "128Mi"}
    for name, size in (("qbit-config", "1Gi"), ("qbit-downloads", "100Gi")):
        claim = claims[name]
        assert (claim["apiVersion"], claim["kind"]) == ("v1", "PersistentVolumeClaim")
        assert claim["metadata"] == {"name": name, "namespace": "downloads",
                                     "labels": {"app.kubernetes.io/name": "qbit", **MANAGED},
                                     # the data outlives the pod: neither Flux nor Argo CD deletes the claim
                                     "annotations": {"kustomize.toolkit.fluxcd.io/prune": "disabled",
                                                     "argocd.argoproj.io/sync-options": "Delete=false"}}
        # no storageClassName: the cluster's default StorageClass provisions it
        assert claim["spec"] == {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": size}}}
    mounted = {v["persistentVolumeClaim"]["claimName"] for v in pod["volumes"] if "persistentVolumeClaim" in v}
    assert mounted == set(claims)  # every claim it mounts is written, and only those
    assert {v["name"]: v for v in pod["volumes"]}["gluetun"] == {"name": "gluetun", "emptyDir": {}}
    # the Deployment and its claims share the namespace (a claim is mounted from the pod's own)
    assert default_homelab.find("Deployment", "qbit", "downloads")


def build_claims(**kw):
    """The pod, the claims its chart holds (name -> spec) and its volumes (name -> volume)."""
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    pod = VpnPod(chart, "qbit", store="vault", **kw)
    VaultSecretStore(chart, "vault", server="http://vault.vault.svc.cluster.local:8200")
    objects = cdk8s.Testing.synth(chart)
    spec = pod.deployment.to_json()["spec"]["template"]["spec"]
    return (pod, {o["metadata"]["name"]: o["spec"] for o in objects if o["kind"] == "PersistentVolumeClaim"},
            {v["name"]: v for v in spec["volumes"]})


def test_claim_size_storage_class_and_access_modes_are_props():
    pod, claims, volumes = build_claims(storage=VpnStorage(
        config=VpnVolume("config", "/config", ClaimSpec(size="5Gi", storage_class="local-path")),
        downloads=VpnVolume("downloads", "/downloads", ClaimSpec(size="2T", storage_class="nfs-client",
                                                                 access_modes=("ReadWriteMany",))),
        gluetun=VpnVolume("gluetun", "/gluetun", ClaimSpec(), containers=("gluetun",))))
    assert claims == {
        "qbit-config": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "5Gi"}},
                        "storageClassName": "local-path"},
        "qbit-downloads": {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": "2T"}},
                           "storageClassName": "nfs-client"},
        "qbit-gluetun": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "128Mi"}}},
    }
    assert pod.claims == {"config": "qbit-config", "downloads": "qbit-downloads", "gluetun": "qbit-gluetun"}
    assert {n: v["persistentVolumeClaim"]["claimName"] for n, v in volumes.items() if "persistentVolumeClaim" in v} == {
        "config": "qbit-config", "downloads": "qbit-downloads", "gluetun": "qbit-gluetun"}


def test_an_existing_claim_is_mounted_and_not_written():
    pod, claims, volumes = build_claims(storage=VpnStorage(
        downloads=VpnVolume("downloads", "/downloads", ClaimSpec(existing_claim="media-data")),
        config=VpnVolume("config", "/config")))
    assert claims == {}  # neither the existing claim nor the emptyDir is written
    assert pod.volume_claims == {}
    assert volumes["downloads"]["persistentVolumeClaim"] == {"claimName": "media-data"}
    assert volumes["config"] == {"name": "config", "emptyDir": {}}
    # the claim names follow the app's name
    _, claims, _ = build_claims(name="sab", storage=VpnStorage(
        downloads=VpnVolume("downloads", "/downloads", ClaimSpec(existing_claim="media-data"))))
    assert list(claims) == ["sab-config"]


@pytest.mark.parametrize("size", ["1.5Gi", "500G", "2T", "1e12", "750000000k", "1Ei", ".5Ti", "1048576"])
def test_claim_sizes_are_kubernetes_quantities(size):
    _, claims, _ = build_claims(storage=VpnStorage(downloads=VpnVolume("downloads", "/downloads", ClaimSpec(size=size))))
    assert claims["qbit-downloads"]["resources"] == {"requests": {"storage": size}}


def test_the_spec_sets_the_claims():
    app = cdk8s.Testing.app()
    lab = Homelab(app, "Homelab", HomelabSpec(secret_store=VaultSecretStore.props(server=VAULT),
                                   vpn=VpnPod.props(storage=VpnStorage(
                                       config=VpnVolume("config", "/config", ClaimSpec(storage_class="longhorn")),
                                       downloads=VpnVolume("downloads", "/downloads",
                                                           ClaimSpec(existing_claim="media-data"))))))
    assert {v: c.to_json()["spec"] for v, c in lab.vpn.volume_claims.items()} == {"config": {
        "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}, "storageClassName": "longhorn"}}
    assert lab.vpn.claims == {"config": "qbit-config", "downloads": "media-data", "gluetun": None}
    default = VpnPod.props().storage
    assert default == VpnStorage() and default.config.claim == default.downloads.claim == ClaimSpec()
    assert default.gluetun == VpnVolume("gluetun", "/gluetun", containers=("gluetun",))  # an emptyDir


def test_credentials_come_from_vault_by_reference(vpn, pod, default_homelab):
    gluetun = containers(pod)["gluetun"]
    # Gluetun reads the credentials as files (its /run/secrets/<name> defaults), never from its env
    assert "envFrom" not in gluetun
    assert "OPENVPN_PASSWORD" not in env(gluetun) and "OPENVPN_USER" not in env(gluetun)
    assert {"mountPath": "/run/secrets", "name": "credentials", "readOnly": True} in gluetun["volumeMounts"]
    volume = {v["name"]: v for v in pod["volumes"]}["credentials"]["secret"]
    assert volume == {"secretName": "vpn-credentials", "defaultMode": 0o400, "items": [
        {"key": "OPENVPN_PASSWORD", "path": "openvpn_password"}, {"key": "OPENVPN_USER", "path": "openvpn_user"}]}
    assert "credentials" not in {m["name"] for m in containers(pod)["qbittorrent"]["volumeMounts"]}
    assert pod["automountServiceAccountToken"] is False
    secret = vpn["ExternalSecret"]
    assert secret["apiVersion"] == "external-secrets.io/v1"
    assert secret["metadata"] == {"name": "vpn-credentials", "namespace": "downloads", "labels": MANAGED}
    assert secret["spec"]["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "vault"}
    assert {d["secretKey"]: d["remoteRef"] for d in secret["spec"]["data"]} == {
        "OPENVPN_USER": {"key": "homelab/vpn", "property": "username"},
        "OPENVPN_PASSWORD": {"key": "homelab/vpn", "property": "password"}}
    store = default_homelab.find("ClusterSecretStore", "vault")
    vault = store["spec"]["provider"]["vault"]
    assert vault["server"] == "http://vault.vault.svc.cluster.local:8200"
    assert (vault["path"], vault["version"]) == ("secret", "v2")
    assert vault["auth"]["kubernetes"]["role"] == "external-secrets"
    # no Secret object (and so no secret value) anywhere in the bundle
    assert not default_homelab.kinds("Secret")


def test_only_the_vpn_pod_may_reach_the_world(default_homelab):
    grants = [p for p in default_homelab.objects["policies-downloads"] if p["metadata"]["name"] == "qbit-egress"]
    spec, = (g["spec"] for g in grants)
    assert spec["endpointSelector"]["matchLabels"] == {"app.kubernetes.io/name": "qbit",
                                                       "homelab-constructs.io/vpn": "gluetun"}
    assert spec["egress"] == [{"toEntities": ["world"]}]


def test_vault_admits_the_secret_operator(default_homelab):
    policy = default_homelab.find("CiliumNetworkPolicy", "vault-from-external-secrets", "vault")["spec"]
    assert policy["ingress"][0]["fromEndpoints"] == [{"matchLabels": {
        "app.kubernetes.io/name": "external-secrets", "k8s:io.kubernetes.pod.namespace": "external-secrets"}}]
    assert policy["ingress"][0]["toPorts"] == [{"ports": [{"port": "8200", "protocol": "TCP"}]}]


def test_cluster_cidrs_of_the_spec_feed_the_outbound_subnets():
    from homelab_constructs import ClusterCidrs

    app = cdk8s.Testing.app()
    lab = Homelab(app, "Homelab", HomelabSpec(secret_store=VaultSecretStore.props(server=VAULT), vpn=VpnPod.props(),
                                   cluster_cidrs=ClusterCidrs(pods=("10.42.0.0/16",), services=("10.43.0.0/16",))))
    gluetun = lab.vpn.deployment.to_json()["spec"]["template"]["spec"]["initContainers"][0]
    assert env(gluetun)["FIREWALL_OUTBOUND_SUBNETS"] == "10.42.0.0/16,10.43.0.0/16"


def test_wireguard_and_any_app_image():
    app = cdk8s.Testing.app()
    c = cdk8s.Chart(app, "c")
    pod = VpnPod(c, "dl", store="vault", name="sab",
                 tunnel=VpnTunnel(provider="mullvad", vpn_type="wireguard", server_regions=("Sweden",),
                                  port_forwarding=False),
                 credentials=VpnCredentials(variables={"WIREGUARD_PRIVATE_KEY": "key"}),
                 app=VpnApp(image="ghcr.io/home-operations/sabnzbd:4.5.3", port=8080, name="sabnzbd"),
                 storage=VpnStorage(config=VpnVolume("config", "/config"),
                                    downloads=VpnVolume("downloads", "/downloads", ClaimSpec(existing_claim="nas-downloads"))))
    VaultSecretStore(c, "vault", server="https://vault.lab.example")
    spec = pod.deployment.to_json()["spec"]["template"]["spec"]
    e = env(spec["initContainers"][0])
    assert (e["VPN_TYPE"], e["VPN_PORT_FORWARDING"]) == ("wireguard", "off")
    assert "VPN_PORT_FORWARDING_UP_COMMAND" not in e and "PORT_FORWARD_ONLY" not in e
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert volumes["config"] == {"name": "config", "emptyDir": {}}
    assert volumes["downloads"]["persistentVolumeClaim"] == {"claimName": "nas-downloads"}
    assert pod.volume_claims == {}  # an existing claim: none written
    assert pod.web.route is None  # no gateway given: no route
    validate_app(app)  # the store named by string exists


# ---- bad input: exact messages (the table of bad props: test_bad_input_modules.py)

def build_vpn(c, **kw):
    return VpnPod(c, "qbit", **{"store": "vault", **kw})


def test_store_named_by_string_must_exist():
    app = cdk8s.Testing.app()
    build_vpn(cdk8s.Chart(app, "c"), store="openbao")
    with pytest.raises(HomelabValidationError, match=re.escape(
            "c/qbit/Credentials: secret store does not exist in the app (got 'openbao'); declare a VaultSecretStore "
            "named 'openbao' or use one of: none declared")):
        validate_app(app)


def test_qbittorrent_helper_follows_its_port():
    q = qbittorrent(port=9090)
    assert q.port == 9090 and q.env == {"QBT_WEBUI_PORT": "9090"}
    assert "http://127.0.0.1:9090/api/v2/app/setPreferences" in q.port_forward_command


def test_default_spec_has_the_vpn():
    spec = default_spec()
    assert spec.vpn == VpnPod.props(name="qbit", namespace="downloads", tunnel=VpnTunnel(
        provider="private internet access", vpn_type="openvpn", server_regions=("CA Montreal",), port_forwarding=True,
        port_forward_only=True))
    assert spec.secret_store == VaultSecretStore.props(server=VAULT)
    lab = Homelab(cdk8s.Testing.app(), "Homelab", spec)
    assert lab.apps["qbit"] is lab.vpn.web and "qbit" not in {a.name for a in spec.apps}


def test_one_secret_is_written_by_one_external_secret():
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    SyncedSecret(c, "a", name="creds", namespace="n", store="vault", remote_key="a/b", keys={"K": "k"})
    with pytest.raises(ValueError) as err:
        SyncedSecret(c, "b", name="creds", namespace="n", store="vault", remote_key="a/b", keys={"K": "k"})
    assert str(err.value) == ("c/b: Secret n/creds is written by two ExternalSecrets (got 'creds'); c/a writes it "
                              "already; give this one its own name, or share that one (shared_secret)")


def test_homelab_passes_the_vpn_apps_load_balancer_through():
    """The spec's VPN pod props keep its pinned LoadBalancer and its Service port."""
    from dataclasses import replace

    spec = default_spec()
    vpn = spec.vpn.replace(web_ui=WebUi(load_balancer_ip="192.168.10.202", port=8080), app=qbittorrent(port=8081))
    lab = Homelab(cdk8s.Testing.app(), "Homelab", replace(spec, vpn=vpn))
    (service,) = [o for o in cdk8s.Testing.synth(lab.charts["vpn"]) if o["kind"] == "Service"]
    assert service["metadata"]["annotations"] == {"lbipam.cilium.io/ips": "192.168.10.202"}
    assert service["spec"]["type"] == "LoadBalancer"
    assert [(p["port"], p["targetPort"]) for p in service["spec"]["ports"]] == [(8080, 8081)]


def test_keep_claims_is_the_presets_not_a_default():
    """The claims' never-prune annotations are an opinion: written only with keep_claims (in the preset)."""
    from homelab_constructs import VpnPod

    bare = VpnPod(cdk8s.Chart(cdk8s.Testing.app(), "c"), "qbit", store="vault")
    assert all("annotations" not in c.to_json()["metadata"] for c in bare.volume_claims.values())
    assert VpnPod.RECOMMENDED["keep_claims"] is True
    kept = VpnPod(cdk8s.Chart(cdk8s.Testing.app(), "c"), "qbit", store="vault", keep_claims=True)
    assert [c.to_json()["metadata"]["annotations"] for c in kept.volume_claims.values()] == [
        {"kustomize.toolkit.fluxcd.io/prune": "disabled", "argocd.argoproj.io/sync-options": "Delete=false"}] * 2
