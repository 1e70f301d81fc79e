"""Cilium as the real homelabs write it (REAL-REPOS.md A.1, A.2, B.1; facts 6, 7, 10, 19-24):
values that write only what is set, the ``cilium install`` form, the LB pool and L2 policy
field for field, and Grafana dashboards from the chart's ConfigMaps."""
from __future__ import annotations

import shlex

from homelab_constructs import (
    CILIUM_CHART_DASHBOARDS,
    KUBEPRISM,
    TALOS_AGENT_CAPABILITIES,
    TALOS_CLEAN_STATE_CAPABILITIES,
    ChartDashboards,
    CiliumRelease,
    CiliumValues,
    ConfigMapDashboard,
    Hubble,
    L2Announcement,
    LoadBalancerPool,
    LoadBalancing,
    ServiceMonitors,
)

import cdk8s
import pytest
from conftest import synth_app

SEED000_HOST = "192.168.10.10"

# ---- seed 000: five --set flags, nothing else

SEED000 = CiliumValues(gateway_api=True, kube_proxy_replacement=True, l2_announcements=True,
                       k8s_service_host=SEED000_HOST, k8s_service_port=6443)


def test_nothing_set_writes_nothing():
    assert CiliumValues().helm_values() == {}
    assert CiliumValues().set_flags() == []
    assert CiliumValues().cilium_install_command("1.19.1", None) == "cilium install --version 1.19.1"


def test_seed000_five_flags():
    assert sorted(SEED000.set_flags()) == sorted([
        "--set gatewayAPI.enabled=true", "--set kubeProxyReplacement=true", "--set l2announcements.enabled=true",
        f"--set k8sServiceHost={SEED000_HOST}", "--set k8sServicePort=6443"])
    assert SEED000.helm_values() == {"gatewayAPI": {"enabled": True}, "kubeProxyReplacement": True,
                                     "l2announcements": {"enabled": True}, "k8sServiceHost": SEED000_HOST,
                                     "k8sServicePort": 6443}


def test_seed000_install_and_upgrade_commands():
    argv = shlex.split(SEED000.cilium_install_command("1.19.1", None))
    assert argv[:4] == ["cilium", "install", "--version", "1.19.1"] and "--namespace" not in argv
    assert [" ".join(argv[i:i + 2]) for i in range(4, len(argv), 2)] == SEED000.set_flags()
    assert len(argv) == 4 + 2 * 5
    upgrade = shlex.split(SEED000.cilium_install_command("1.19.1", None, command="upgrade"))
    assert upgrade[:2] == ["cilium", "upgrade"] and upgrade[2:] == argv[2:]
    # the default form keeps its namespace
    assert shlex.split(SEED000.cilium_install_command())[2:6] == ["--version", "1.18.4", "--namespace", "kube-system"]


def test_gateway_profile_still_writes_the_chart_defaults_explicitly():
    values = CiliumValues.gateway_profile(k8s_service_host=SEED000_HOST).helm_values()
    assert values == {
        "routingMode": "tunnel", "kubeProxyReplacement": True, "loadBalancer": {"algorithm": "random", "mode": "snat"},
        "l2announcements": {"enabled": True}, "bgpControlPlane": {"enabled": False}, "gatewayAPI": {"enabled": True},
        "bandwidthManager": {"enabled": False}, "bpf": {"masquerade": False, "datapathMode": "veth"},
        "cni": {"exclusive": True}, "hubble": {"enabled": True, "relay": {"enabled": True}, "ui": {"enabled": True}},
        "k8sServiceHost": SEED000_HOST, "k8sServicePort": 6443}


# ---- seed 002: every value of B.1, key path by key path

SEED002 = CiliumValues(
    cluster_id=1, cluster_name="main", auto_direct_node_routes=True, bandwidth_manager=True, bbr=True,
    bpf_clock_probe=True, bgp_control_plane=True, datapath_mode="netkit", bpf_masquerade=True,
    bpf_preallocate_maps=True, cni_exclusive=False, cgroup_automount=False, cgroup_host_root="/sys/fs/cgroup",
    devices=("eth+",), endpoint_routes=True, enable_ipv4_big_tcp=True, envoy=False, ipam_mode="kubernetes",
    ipv4_native_routing_cidr="10.69.0.0/16", k8s_service_host=KUBEPRISM[0], k8s_service_port=KUBEPRISM[1],
    kube_proxy_replacement=True, kube_proxy_replacement_healthz_bind_addr="0.0.0.0:10256", l2_announcements=True,
    load_balancing=LoadBalancing(algorithm="maglev", mode="dsr", service_topology=True), local_redirect_policies=True,
    operator_replicas=1, operator_roll_out_pods=True,
    service_monitors=ServiceMonitors(agent=True, operator=True, envoy=False, hubble=False),
    operator_dashboards=ChartDashboards(annotations={"grafana_folder": "Cilium"}),
    dashboards=ChartDashboards(annotations={"grafana_folder": "Cilium"}), roll_out_cilium_pods=True,
    routing_mode="native", agent_capabilities=TALOS_AGENT_CAPABILITIES,
    clean_state_capabilities=TALOS_CLEAN_STATE_CAPABILITIES, socket_lb=True, socket_lb_host_namespace_only=True,
    pmtu_discovery=True,
)
SEED002_VALUES = {
    "cluster": {"id": 1, "name": "main"},
    "autoDirectNodeRoutes": True,
    "bandwidthManager": {"enabled": True, "bbr": True},
    "bpfClockProbe": True,
    "bgpControlPlane": {"enabled": True},
    "bpf": {"datapathMode": "netkit", "masquerade": True, "preallocateMaps": True},
    "cni": {"exclusive": False},
    "cgroup": {"automount": {"enabled": False}, "hostRoot": "/sys/fs/cgroup"},
    "devices": ["eth+"],
    "endpointRoutes": {"enabled": True},
    "enableIPv4BIGTCP": True,
    "envoy": {"enabled": False},
    "ipam": {"mode": "kubernetes"},
    "ipv4NativeRoutingCIDR": "10.69.0.0/16",
    "k8sServiceHost": "127.0.0.1", "k8sServicePort": 7445,
    "kubeProxyReplacement": True, "kubeProxyReplacementHealthzBindAddr": "0.0.0.0:10256",
    "l2announcements": {"enabled": True},
    "loadBalancer": {"algorithm": "maglev", "mode": "dsr", "serviceTopology": True},
    "localRedirectPolicies": {"enabled": True},
    "operator": {"replicas": 1, "rollOutPods": True,
                 "prometheus": {"enabled": True, "serviceMonitor": {"enabled": True}},
                 "dashboards": {"enabled": True, "annotations": {"grafana_folder": "Cilium"}}},
    "prometheus": {"enabled": True, "serviceMonitor": {"enabled": True, "trustCRDsExist": True}},
    "dashboards": {"enabled": True, "annotations": {"grafana_folder": "Cilium"}},
    "rollOutCiliumPods": True,
    "routingMode": "native",
    "securityContext": {"capabilities": {
        "ciliumAgent": ["CHOWN", "KILL", "NET_ADMIN", "NET_RAW", "IPC_LOCK", "SYS_ADMIN", "SYS_RESOURCE", "PERFMON",
                        "BPF", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID"],
        "cleanCiliumState": ["NET_ADMIN", "SYS_ADMIN", "SYS_RESOURCE"]}},
    "socketLB": {"enabled": True, "hostNamespaceOnly": True},
    "pmtuDiscovery": {"enabled": True},
}


def test_seed002_values_exactly():
    values = SEED002.helm_values()
    assert values == SEED002_VALUES
    assert "hubble" not in values and "gatewayAPI" not in values  # left at the chart's defaults


def seed002_build(app: cdk8s.App) -> None:
    chart = cdk8s.Chart(app, "cilium")
    CiliumRelease(chart, "Cilium", values=SEED002, dashboards=CILIUM_CHART_DASHBOARDS)
    LoadBalancerPool(chart, "Pool", name="pool", cidrs=["10.10.30.0/24"], allow_first_last_ips=False)
    L2Announcement(chart, "L2", name="policy", interfaces=["^eth.*"], node_selector={"kubernetes.io/os": "linux"},
                   external_ips=None)


@pytest.fixture(scope="module")
def seed002(tmp_path_factory):
    return synth_app(seed002_build, tmp_path_factory.mktemp("cilium-seed002"))  # validated against the CRDs


def test_seed002_release_values(seed002):
    assert seed002.find("HelmRelease", "cilium", "kube-system")["spec"]["values"] == SEED002_VALUES


def test_seed002_dashboards_from_the_chart_config_maps(seed002):
    dashboards = {d["metadata"]["name"]: d for d in seed002.kinds("GrafanaDashboard")}
    assert sorted(dashboards) == ["cilium", "cilium-operator"]
    for name, config_map in (("cilium", "cilium-dashboard"), ("cilium-operator", "cilium-operator-dashboard")):
        d = dashboards[name]
        assert d["apiVersion"] == "grafana.integreatly.org/v1beta1" and d["metadata"]["namespace"] == "kube-system"
        assert d["spec"] == {"allowCrossNamespaceImport": True,
                             "instanceSelector": {"matchLabels": {"dashboards": "grafana"}},
                             "datasources": [{"datasourceName": "prometheus", "inputName": "DS_PROMETHEUS"}],
                             "configMapRef": {"name": config_map, "key": f"{config_map}.json"}}


def test_seed002_pool_and_l2(seed002):
    pool = seed002.find("CiliumLoadBalancerIPPool", "pool")
    assert pool["apiVersion"] == "cilium.io/v2"
    assert pool["spec"] == {"allowFirstLastIPs": "No", "blocks": [{"cidr": "10.10.30.0/24"}]}
    l2 = seed002.find("CiliumL2AnnouncementPolicy", "policy")
    assert l2["apiVersion"] == "cilium.io/v2alpha1"
    assert l2["spec"] == {"loadBalancerIPs": True, "interfaces": ["^eth.*"],
                          "nodeSelector": {"matchLabels": {"kubernetes.io/os": "linux"}}}


def test_performance_profile_is_kubeprism():
    values = CiliumValues.performance_profile(native_routing_cidr="10.69.0.0/16").helm_values()
    assert (values["k8sServiceHost"], values["k8sServicePort"]) == ("127.0.0.1", 7445) == KUBEPRISM


# ---- seed 000's pool and L2 policy: only what the repo writes

def seed000_build(app: cdk8s.App) -> None:
    chart = cdk8s.Chart(app, "cilium")
    LoadBalancerPool(chart, "Pool", name="homelab-pool", ranges=[("192.168.10.200", "192.168.10.250")])
    L2Announcement(chart, "L2", name="homelab-l2")


def test_seed000_pool_and_l2(tmp_path):
    synth = synth_app(seed000_build, tmp_path)
    pool = synth.find("CiliumLoadBalancerIPPool", "homelab-pool")
    assert pool["apiVersion"] == "cilium.io/v2"
    assert pool["spec"] == {"blocks": [{"start": "192.168.10.200", "stop": "192.168.10.250"}]}
    l2 = synth.find("CiliumL2AnnouncementPolicy", "homelab-l2")
    assert l2["apiVersion"] == "cilium.io/v2alpha1" and l2["spec"] == {"loadBalancerIPs": True}


def test_pool_and_l2_write_what_is_set_and_the_preset_restores_the_old_defaults():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    pool = LoadBalancerPool.recommended(name="p", cidrs=["10.10.30.0/24"]).build(chart, "Pool")
    unset = LoadBalancerPool(chart, "Unset", name="q", cidrs=["10.10.31.0/24"])
    L2Announcement.recommended(name="l2").build(chart, "L2")
    L2Announcement(chart, "Plain", name="plain")
    objects = {o["metadata"]["name"]: o["spec"] for o in cdk8s.Testing.synth(chart)}
    assert objects["p"]["allowFirstLastIPs"] == "No" and "allowFirstLastIPs" not in objects["q"]
    assert objects["l2"] == {"loadBalancerIPs": True, "externalIPs": False}
    assert objects["plain"] == {"loadBalancerIPs": True}  # unset: nothing written (Cilium reads false)
    assert pool.allow_first_last_ips is False and unset.allow_first_last_ips is True  # unset: Cilium hands them out
    # each preset writes exactly its keys
    assert dict(LoadBalancerPool.RECOMMENDED) == {"allow_first_last_ips": False}
    assert dict(L2Announcement.RECOMMENDED) == {"external_ips": False}


# ---- the options one by one

def test_hubble_off_and_chart_default():
    assert CiliumValues(hubble=Hubble(enabled=False)).helm_values() == {"hubble": {"enabled": False}}
    assert "hubble" not in CiliumValues(hubble=None).helm_values()
    # with hubble unset, extra values may set hubble keys the typed options do not cover
    assert CiliumValues(extra_values={"hubble": {"tls": {"auto": {"method": "cronJob"}}}}).helm_values() == {
        "hubble": {"tls": {"auto": {"method": "cronJob"}}}}


def test_roll_outs_are_separate():
    assert CiliumValues(roll_out_cilium_pods=True).helm_values() == {"rollOutCiliumPods": True}
    assert CiliumValues(operator_roll_out_pods=True).helm_values() == {"operator": {"rollOutPods": True}}
    assert CiliumValues(roll_out_pods=True).helm_values() == {
        "rollOutCiliumPods": True, "operator": {"rollOutPods": True}, "envoy": {"rollOutPods": True}}
    assert CiliumValues(roll_out_pods=True, envoy=False).helm_values()["envoy"] == {"enabled": False}


def test_an_option_set_to_the_chart_default_is_written():
    assert CiliumValues(routing_mode="tunnel", cni_exclusive=True).helm_values() == {
        "routingMode": "tunnel", "cni": {"exclusive": True}}
    assert CiliumValues(load_balancing=LoadBalancing(service_topology=True)).helm_values() == {
        "loadBalancer": {"serviceTopology": True}}


def test_checks_read_unset_options_as_chart_defaults():
    assert CiliumValues().effective("kube_proxy_replacement") is False
    assert CiliumValues().effective("routing_mode") == "tunnel"
    assert CiliumValues(load_balancing=LoadBalancing(mode="dsr")).effective("lb_algorithm") == "random"


# ---- bad input: each new prop, wrong type and wrong value, exact messages

BAD = [
    ("cluster-name-type", dict(cluster_name=5),
     "cluster_name is not a string or None (got 5); write a string such as 'main', or None"),
    ("cluster-name-value", dict(cluster_name="Main_1"),
     "cluster name is not a Cilium cluster name (got 'Main_1'); use up to 32 lowercase letters, digits or '-', "
     "starting and ending with a letter or digit, such as 'main'"),
    ("cluster-id-type", dict(cluster_id="1"),
     "cluster id must be an integer in 0-255 (got '1'); use 1-255, unique per cluster in a Cluster Mesh (0 means "
     "no mesh)"),
    ("cluster-id-value", dict(cluster_id=256),
     "cluster id must be an integer in 0-255 (got 256); use 1-255, unique per cluster in a Cluster Mesh (0 means "
     "no mesh)"),
    ("cgroup-host-root-type", dict(cgroup_host_root=1),
     "cgroup_host_root is not a string or None (got 1); write a string such as '/sys/fs/cgroup', or None"),
    ("cgroup-host-root-value", dict(cgroup_host_root="sys/fs/cgroup"),
     "cgroup host root is not an absolute path (got 'sys/fs/cgroup'); write the host's cgroup v2 mount, such as "
     "'/sys/fs/cgroup'"),
    ("healthz-type", dict(kube_proxy_replacement_healthz_bind_addr=10256),
     "kube_proxy_replacement_healthz_bind_addr is not a string or None (got 10256); write a string such as "
     "'0.0.0.0:10256', or None"),
    ("healthz-value", dict(kube_proxy_replacement_healthz_bind_addr="localhost:10256"),
     "kube-proxy replacement healthz bind address is not host:port (got 'localhost:10256'); write an IP address "
     "and a port, such as '0.0.0.0:10256' or '[::]:10256'"),
    ("healthz-no-port", dict(kube_proxy_replacement_healthz_bind_addr="0.0.0.0"),
     "kube-proxy replacement healthz bind address is not host:port (got '0.0.0.0'); write an IP address "
     "and a port, such as '0.0.0.0:10256' or '[::]:10256'"),
    ("capabilities-type", dict(agent_capabilities="NET_ADMIN"),
     "agent_capabilities must be a non-empty list of capability names (got 'NET_ADMIN'); write a list such as "
     "['NET_ADMIN', 'SYS_ADMIN'], or None for the chart's list"),
    ("capabilities-empty", dict(clean_state_capabilities=[]),
     "clean_state_capabilities must be a non-empty list of capability names (got ()); write a list such as "
     "['NET_ADMIN', 'SYS_ADMIN'], or None for the chart's list"),
    ("capabilities-prefix", dict(agent_capabilities=["CAP_NET_ADMIN"]),
     "agent_capabilities has an unknown capability (got 'CAP_NET_ADMIN'); write 'NET_ADMIN' (without CAP_)"),
    ("capabilities-unknown", dict(agent_capabilities=["NET_ADMN"]),
     "agent_capabilities has an unknown capability (got 'NET_ADMN'); use Linux capability names such as "
     "'NET_ADMIN' or 'BPF'"),
    ("capabilities-twice", dict(agent_capabilities=["BPF", "BPF"]),
     "agent_capabilities lists a capability twice (got ['BPF', 'BPF']); list each capability once"),
    ("dashboards-type", dict(dashboards={"enabled": True}),
     "dashboards must be a ChartDashboards (got {'enabled': True}); write dashboards=ChartDashboards(...) or None"),
    ("dashboards-annotation-value", dict(operator_dashboards=ChartDashboards(annotations={"grafana_folder": 1})),
     "operator_dashboards annotations value of grafana_folder is not a string (got 1); quote it, such as '1'"),
    ("dashboards-namespace", dict(dashboards=ChartDashboards(namespace="Monitoring")),
     "dashboards namespace is not a DNS label (got 'Monitoring'); use 1-63 lowercase letters, digits or '-', "
     "starting and ending with a letter or digit"),
    ("service-topology-type", dict(load_balancing=LoadBalancing(service_topology="yes")),
     "LoadBalancing.service_topology must be True or False (got 'yes'); write True or False"),
    ("lb-algorithm-type", dict(load_balancing=LoadBalancing(algorithm=1)),
     "LoadBalancing.algorithm is not a string or None (got 1); write a string such as 'maglev', or None"),
    ("hubble-enabled-type", dict(hubble=Hubble(enabled="no")),
     "Hubble.enabled must be True or False (got 'no'); write True or False"),
    ("roll-out-twice", dict(roll_out_pods=True, roll_out_cilium_pods=False),
     "roll_out_cilium_pods is given with roll_out_pods=True, which already sets it (got False); drop "
     "roll_out_cilium_pods, or roll_out_pods (to set each pod's own)"),
    ("envoy-monitor-without-envoy", dict(envoy=False, service_monitors=ServiceMonitors(hubble=False)),
     "the Envoy ServiceMonitor needs the Cilium Envoy DaemonSet (got False); set ServiceMonitors(envoy=False), or "
     "drop envoy=False"),
    ("routing-mode-type", dict(routing_mode=1),
     "routing_mode is not a string or None (got 1); write a string such as 'native', or None"),
    ("unset-kpr-reads-as-off", dict(bpf_masquerade=True),
     "BPF masquerading needs kube-proxy replacement (got False); set kube_proxy_replacement=True with "
     "k8s_service_host and k8s_service_port"),
]
BOOLS = ["bpf_clock_probe", "bpf_preallocate_maps", "cgroup_automount", "endpoint_routes", "enable_ipv4_big_tcp",
         "envoy", "local_redirect_policies", "roll_out_cilium_pods", "operator_roll_out_pods", "socket_lb",
         "socket_lb_host_namespace_only", "pmtu_discovery", "gateway_api", "cni_exclusive"]


@pytest.mark.parametrize("kwargs, message", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_values(kwargs, message):
    with pytest.raises(ValueError) as caught:
        CiliumValues(**kwargs).helm_values()
    assert str(caught.value) == f"CiliumValues: {message}"


@pytest.mark.parametrize("name", BOOLS)
def test_bad_switch(name):
    with pytest.raises(ValueError) as caught:
        CiliumValues(**{name: "true"}).helm_values()
    assert str(caught.value) == f"CiliumValues: {name} must be True or False (got 'true'); write True or False"


@pytest.mark.parametrize("args, kwargs, message", [
    (("latest", None), {}, "chart version is not a version (got 'latest'); write a version such as '1.19.1'"),
    ((1191, None), {}, "chart version is not a version (got 1191); write a version such as '1.19.1'"),
    (("1.19.1", None), {"command": "apply"}, "cilium command is unknown (got 'apply'); use one of: install, upgrade"),
    (("1.19.1", "Kube System"), {}, "namespace is not a DNS label (got 'Kube System'); use 1-63 lowercase letters, "
                                    "digits or '-', starting and ending with a letter or digit"),
])
def test_bad_install_command(args, kwargs, message):
    with pytest.raises(ValueError) as caught:
        SEED000.cilium_install_command(*args, **kwargs)
    assert str(caught.value) == f"CiliumValues.cilium_install_command: {message}"


@pytest.mark.parametrize("kwargs, message", [
    (dict(dashboards=CILIUM_CHART_DASHBOARDS),
     "dashboard cilium reads the chart's ConfigMap cilium-dashboard, which the values do not write (got "
     "'cilium-dashboard'); set dashboards=ChartDashboards(...) in the CiliumValues, or drop the dashboard"),
    (dict(dashboards=[ConfigMapDashboard("cilium", "Cilium_Dashboard", "cilium.json")]),
     "dashboard ConfigMap name is not a DNS subdomain name (got 'Cilium_Dashboard'); use at most 253 lowercase "
     "letters, digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    (dict(dashboards=[ConfigMapDashboard("cilium", "cilium", 7)]),
     "dashboard ConfigMap key is not a ConfigMap key (got 7); use letters, digits, '-', '_' or '.', such as "
     "'cilium-dashboard.json'"),
    (dict(dashboards=[ConfigMapDashboard("cilium", "cilium", "a/b.json")]),
     "dashboard ConfigMap key is not a ConfigMap key (got 'a/b.json'); use letters, digits, '-', '_' or '.', such "
     "as 'cilium-dashboard.json'"),
    (dict(dashboards=[ConfigMapDashboard("cilium", "cilium", "c.json", datasource_name="")]),
     "dashboard datasource name is not a non-empty string (got ''); name the Grafana datasource the input maps "
     "to, such as 'prometheus'"),
    (dict(dashboards=[ConfigMapDashboard("cilium", "cilium", "c.json", datasource_name=None)]),
     "dashboard datasource name is not a non-empty string (got None); name the Grafana datasource the input maps "
     "to, such as 'prometheus'"),
    (dict(dashboards=[ConfigMapDashboard("cilium", "cilium", "c.json", input_name="DS PROM")]),
     "dashboard datasource input is not an input name (got 'DS PROM'); copy it from the dashboard's JSON "
     "(__inputs), such as 'DS_PROMETHEUS', or None for none"),
], ids=["needs-chart-values", "config-map-name", "key-type", "key-value", "datasource-empty", "datasource-type",
        "input-name"])
def test_bad_dashboards(kwargs, message):
    with pytest.raises(ValueError) as caught:
        CiliumRelease(cdk8s.Chart(cdk8s.Testing.app(), "c"), "cilium", **kwargs)
    assert str(caught.value) == f"c/cilium: {message}"


def test_config_map_dashboard_with_other_datasource():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    CiliumRelease(chart, "cilium", dashboards=[ConfigMapDashboard("mine", "my-dashboards", "mine.json", "DS_PROM",
                                                                  "victoria")])
    (d,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "GrafanaDashboard"]
    assert d["spec"]["configMapRef"] == {"name": "my-dashboards", "key": "mine.json"}
    assert d["spec"]["datasources"] == [{"datasourceName": "victoria", "inputName": "DS_PROM"}]
    assert "grafanaCom" not in d["spec"]


@pytest.mark.parametrize("kwargs, message", [
    (dict(allow_first_last_ips="yes"),
     "c/p: allow_first_last_ips is not True or False (got 'yes'); set True to hand out each CIDR's first and "
     "last address, False to keep them back, or None (the default) for Cilium's own default"),
    (dict(allow_first_last_ips=0),
     "c/p: allow_first_last_ips is not True or False (got 0); set True to hand out each CIDR's first and "
     "last address, False to keep them back, or None (the default) for Cilium's own default"),
])
def test_bad_pool(kwargs, message):
    with pytest.raises(ValueError) as caught:
        LoadBalancerPool(cdk8s.Chart(cdk8s.Testing.app(), "c"), "p", name="p", cidrs=["10.10.30.0/24"], **kwargs)
    assert str(caught.value) == message


@pytest.mark.parametrize("kwargs, message", [
    (dict(external_ips="no"), "c/l2: external_ips must be True or False (got 'no'); write True or False"),
    (dict(load_balancer_ips=False, external_ips=None),
     "c/l2: policy announces nothing (got {'load_balancer_ips': False, 'external_ips': None}); set "
     "load_balancer_ips=True (the usual choice) or external_ips=True"),
])
def test_bad_l2(kwargs, message):
    with pytest.raises(ValueError) as caught:
        L2Announcement(cdk8s.Chart(cdk8s.Testing.app(), "c"), "l2", name="l2", **kwargs)
    assert str(caught.value) == message
