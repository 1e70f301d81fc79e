"""Bad input for the foundation constructs: each error names the path, the value and the fix."""
from __future__ import annotations

import re

import cdk8s
import pytest

from homelab_constructs import (
    AppRoute, HomelabApp, HomelabGateway, HomelabValidationError, L2Announcement, LoadBalancerPool, SelfSignedCa,
    validate_app,
)


@pytest.fixture
def chart():
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def gateway(chart, **kw):
    return HomelabGateway(chart, "gw", domain="homelab.local", cluster_issuer="homelab-ca-issuer", **kw)


def raises(msg):
    return pytest.raises(ValueError, match="^" + re.escape(msg) + "$")


def test_pool_start_after_stop(chart):
    with raises("c/p: range start is after its stop (got '192.168.10.250-192.168.10.200'); "
                "swap them: ('192.168.10.200', '192.168.10.250')"):
        LoadBalancerPool(chart, "p", name="p", ranges=[("192.168.10.250", "192.168.10.200")])


def test_pool_bad_address(chart):
    with raises("c/p: range start is not an IP address (got '192.168.10.300'); "
                "write a single address such as 192.168.10.200"):
        LoadBalancerPool(chart, "p", name="p", ranges=[("192.168.10.300", "192.168.10.310")])


def test_pool_cidr_not_network(chart):
    with raises("c/p: CIDR is not in network form (got '192.168.10.5/24'); "
                "write the network address with its prefix length; did you mean 192.168.10.0/24?"):
        LoadBalancerPool(chart, "p", name="p", cidrs=["192.168.10.5/24"])


def test_pool_empty(chart):
    with raises("c/p: pool has no addresses (got {'ranges': [], 'cidrs': []}); give at least one (start, stop) range or CIDR"):
        LoadBalancerPool(chart, "p", name="p")


def test_pools_overlap(chart):
    LoadBalancerPool(chart, "a", name="a", ranges=[("192.168.10.200", "192.168.10.250")])
    LoadBalancerPool(chart, "b", name="b", cidrs=["192.168.10.240/28"])
    with pytest.raises(HomelabValidationError, match=re.escape(
            "c/b: pool overlaps another pool (got '192.168.10.240-192.168.10.255 overlaps a "
            "192.168.10.200-192.168.10.250'); give every pool its own addresses")):
        validate_app(chart.node.root)


def test_pinned_ip_outside_every_pool(chart):
    LoadBalancerPool(chart, "p", name="homelab-pool", ranges=[("192.168.10.200", "192.168.10.250")])
    HomelabApp(chart, "jf", name="jellyfin", namespace="media", port=8096, load_balancer_ip="192.168.10.10")
    with pytest.raises(HomelabValidationError, match="^" + re.escape(
            "c/jf: pinned IP is outside every LoadBalancer pool (got '192.168.10.10'); pick an address inside "
            "a pool: homelab-pool (192.168.10.200-192.168.10.250)") + "$"):
        validate_app(chart.node.root)


def test_pinned_ip_twice(chart):
    LoadBalancerPool(chart, "p", name="p", ranges=[("192.168.10.200", "192.168.10.250")])
    gateway(chart, address="192.168.10.200")
    HomelabApp(chart, "jf", name="jellyfin", namespace="media", port=8096, load_balancer_ip="192.168.10.200")
    with pytest.raises(HomelabValidationError, match="^" + re.escape(
            "c/jf: IP address is pinned twice (got '192.168.10.200'); c/gw already uses it; "
            "pick another address of the pool") + "$"):
        validate_app(chart.node.root)


def test_pinned_ip_checks_run_on_every_synth(chart):
    HomelabApp(chart, "jf", name="jellyfin", namespace="media", port=8096, load_balancer_ip="10.0.0.1")
    with pytest.raises(Exception, match=re.escape("c/jf: pinned IP is outside every LoadBalancer pool")):
        cdk8s.Testing.synth(chart)


def test_hostname_outside_domain(chart):
    gw = gateway(chart)
    with raises("c/r: hostname is outside the gateway homelab-gateway's domain homelab.local "
                "(got 'sonarr.example.com'); use <app>.homelab.local"):
        AppRoute(chart, "r", name="sonarr", namespace="media", gateway=gw, port=8989, hostname="sonarr.example.com")


def test_hostname_two_labels_deep(chart):
    gw = gateway(chart)
    with raises("c/r: hostname must be one DNS label under homelab.local, as the wildcard certificate "
                "*.homelab.local covers exactly one label (got 'a.b.homelab.local'); use <app>.homelab.local "
                "with a lowercase label such as 'media'"):
        AppRoute(chart, "r", name="sonarr", namespace="media", gateway=gw, port=8989, hostname="a.b.homelab.local")


def test_duplicate_hostname(chart):
    gw = gateway(chart)
    HomelabApp(chart, "a", name="home", namespace="dashboards", port=3000, gateway=gw)
    with raises("c/b/Route: hostname is already routed on gateway homelab-gateway (got 'home.homelab.local'); "
                "c/a/Route serves it; give each app its own hostname"):
        HomelabApp(chart, "b", name="homepage", namespace="dashboards", port=3000, gateway=gw,
                   hostname="home.homelab.local")


@pytest.mark.parametrize("port", [0, 65536, -1, "80", True])
def test_port_out_of_range(chart, port):
    with raises(f"c/a: port must be an integer in 1-65535 (got {port!r}); use a valid TCP/UDP port"):
        HomelabApp(chart, "a", name="sonarr", namespace="media", port=port)


@pytest.mark.parametrize("name", ["Sonarr", "sonarr_", "-sonarr", "a" * 64, ""])
def test_app_name_not_dns_label(chart, name):
    with raises(f"c/a: app name is not a DNS label (got {name!r}); use 1-63 lowercase letters, digits or '-', "
                "starting and ending with a letter or digit"):
        HomelabApp(chart, "a", name=name, namespace="media", port=80)


def test_bad_domain(chart):
    with raises("c/gw: domain is not a DNS name of two or more labels (got 'homelab'); "
                "use lowercase labels joined by dots, such as 'homelab.local'"):
        HomelabGateway(chart, "gw", domain="homelab", cluster_issuer="x")


def test_l2_bad_interface_regex(chart):
    with raises("c/l2: interface pattern is not a valid regular expression (unterminated character set at "
                "position 0) (got '[eth'); write a regex such as '^eth[0-9]+' or a plain name such as 'enp1s0'"):
        L2Announcement(chart, "l2", name="l2", interfaces=["[eth"])


def test_ca_duration(chart):
    with raises("c/ca: duration is not a Go duration (got '10y'); write hours, minutes or seconds such as '87600h'"):
        SelfSignedCa(chart, "ca", duration="10y")
