"""EnvoyProfile: the Lua filter run in a real LuaJIT, the one gateway API on either
implementation, and every bad input with its exact message."""
from __future__ import annotations

import re

from homelab_constructs import (
    DEFAULT_BLOCKED_USER_AGENTS,
    AppRoute,
    BackendPolicy,
    ClientPolicy,
    EnvoyProfile,
    HomelabApp,
    HomelabGateway,
    HomelabValidationError,
    LoadBalancerPool,
    ProxyAutoscaling,
    ProxySettings,
    SelfSignedCa,
    UserAgentBlocking,
    synth,
    user_agent_lua,
    validate_app,
)

import cdk8s
import pytest
from lupa import luajit21  # Envoy embeds LuaJIT; lupa ships the same runtime

# ---- the Lua filter, executed the way Envoy calls it

_HARNESS = """
local script, headers = ...
local handle = {responded = false}
local header_map = {}
function header_map:get(name) return headers[name] end
function handle:headers() return header_map end
function handle:respond(h, body)
  self.responded = true
  self.status = h[":status"]
  self.content_type = h["content-type"]
  self.body = body
end
local env = setmetatable({}, {__index = _G})
local chunk = assert(loadstring(script, "block-user-agents"))
setfenv(chunk, env)
chunk()
env.envoy_on_request(handle)
return handle.responded, handle.status, handle.body, handle.content_type
"""


def run_filter(script: str, user_agent: str | None):
    lua = luajit21.LuaRuntime(unpack_returned_tuples=True)
    headers = lua.table_from({"user-agent": user_agent} if user_agent is not None else {})
    return lua.execute(_HARNESS, script, headers)


@pytest.fixture(scope="module")
def default_script():
    """The recommended block list's script (the one that adds a content type)."""
    return UserAgentBlocking.recommended().script()


def test_lua_runtime_is_luajit():
    assert "LuaJIT" in luajit21.LuaRuntime().eval("jit.version")


def test_default_script_compiles(default_script):
    lua = luajit21.LuaRuntime()
    assert lua.execute("local s = ...; local f, err = loadstring(s); return err", default_script) is None


def test_the_script_adds_no_header_unless_set():
    """Without ``content_type`` the refusal carries only its status (issue: write what the user set)."""
    script = user_agent_lua(DEFAULT_BLOCKED_USER_AGENTS)
    assert "content-type" not in script
    assert run_filter(script, "GPTBot/1.2") == (True, "403", "Forbidden\n", None)
    assert UserAgentBlocking().content_type is None


@pytest.mark.parametrize("user_agent", [
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
    "Mozilla/5.0 (compatible; ClaudeBot/1.0; +claudebot@anthropic.com)",
    "CCBot/2.0 (https://commoncrawl.org/faq/)",
    "meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)",
    "mozilla/5.0 (compatible; gptbot/1.0)",  # matching ignores case
])
def test_ai_crawlers_are_refused(default_script, user_agent):
    assert run_filter(default_script, user_agent) == (True, "403", "Forbidden\n", "text/plain; charset=utf-8")


@pytest.mark.parametrize("user_agent", [
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "curl/8.5.0",
    "",
    None,
])
def test_other_clients_pass(default_script, user_agent):
    assert run_filter(default_script, user_agent) == (False, None, None, None)


def test_agents_are_matched_literally_with_custom_response():
    # Lua pattern characters, quotes and backslashes must not change the meaning
    script = user_agent_lua(["Bad.Bot%", 'quote"bot', "back\\slash", "a-b"], status=429, body='Slow "down"\n',
                            content_type="text/plain; charset=utf-8")
    assert run_filter(script, "x Bad.Bot% y") == (True, "429", 'Slow "down"\n', "text/plain; charset=utf-8")
    assert run_filter(script, 'QUOTE"BOT')[0] is True
    assert run_filter(script, "back\\slash")[0] is True
    assert run_filter(script, "a-b")[0] is True
    assert run_filter(script, "BadXBot%")[0] is False  # '.' is not a wildcard
    assert run_filter(script, "ab")[0] is False  # '-' is not a quantifier


# ---- one gateway API, two implementations

def _route_on(gateway_class):
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    gateway = HomelabGateway(chart, "gw", name="edge", namespace="network", domain="homelab.local",
                             cluster_issuer="ca-issuer", gateway_class=gateway_class(chart))
    AppRoute(chart, "r", name="sonarr", namespace="media", gateway="edge", port=8989)
    objs = cdk8s.Testing.synth(chart)
    return gateway, objs


def test_same_route_on_cilium_and_envoy():
    cilium_gw, cilium_objs = _route_on(lambda chart: "cilium")
    envoy_gw, envoy_objs = _route_on(lambda chart: EnvoyProfile(chart, "envoy", install=False, dashboards=()))
    route = [o for o in cilium_objs if o["kind"] == "HTTPRoute" and o["metadata"]["name"] == "sonarr"]
    assert route == [o for o in envoy_objs if o["kind"] == "HTTPRoute" and o["metadata"]["name"] == "sonarr"]
    gateways = {o["spec"]["gatewayClassName"] for o in cilium_objs + envoy_objs if o["kind"] == "Gateway"}
    assert gateways == {"cilium", "envoy"}
    assert cilium_gw.implementation is None and envoy_gw.implementation is not None


def test_fixed_replicas_without_autoscaling():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    profile = EnvoyProfile(chart, "envoy", install=False, proxy=ProxySettings(replicas=3))
    HomelabGateway(chart, "gw", name="edge", namespace="network", domain="homelab.local", cluster_issuer="ca",
                   gateway_class=profile)
    objs = cdk8s.Testing.synth(chart)
    proxy = next(o for o in objs if o["kind"] == "EnvoyProxy")
    assert proxy["spec"]["provider"]["kubernetes"]["envoyDeployment"]["replicas"] == 3
    kinds = sorted(o["kind"] for o in objs)
    assert kinds == ["EnvoyProxy", "Gateway", "GatewayClass", "HTTPRoute", "Namespace"]  # no policy unless set


def test_blocking_only_on_named_gateways():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    profile = EnvoyProfile(chart, "envoy", install=False, dashboards=(),
                           user_agent_blocking=UserAgentBlocking(gateways=("envoy-external",)))
    for name in ("envoy-external", "envoy-internal"):
        HomelabGateway(chart, name, name=name, namespace="network", domain="homelab.local", cluster_issuer="ca",
                       gateway_class=profile)
    policies = [o["metadata"]["name"] for o in cdk8s.Testing.synth(chart) if o["kind"] == "EnvoyExtensionPolicy"]
    assert policies == ["envoy-external-block-user-agents"]


# ---- bad input

@pytest.fixture
def chart():
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def raises(msg):
    return pytest.raises(ValueError, match="^" + re.escape(msg) + "$")


def app_errors(msg):
    return pytest.raises(HomelabValidationError, match="^" + re.escape(msg) + "$")


def profile(chart, **kw):
    kw.setdefault("install", False)
    kw.setdefault("dashboards", ())
    return EnvoyProfile(chart, "envoy", **kw)


def envoy_gateway(chart, prof, name="envoy-external", **kw):
    kw.setdefault("namespace", "network")
    kw.setdefault("cluster_issuer", "ca")
    return HomelabGateway(chart, name, name=name, domain="homelab.local", gateway_class=prof, **kw)


def test_pinned_ip_outside_the_pools(chart):
    ca = SelfSignedCa(chart, "ca")  # the gateways' issuer: the pinned IP is the one problem
    LoadBalancerPool(chart, "pool", name="homelab-pool", ranges=[("10.10.30.20", "10.10.30.49")])
    envoy_gateway(chart, profile(chart), load_balancer_ip="10.10.40.26", cluster_issuer=ca)
    with app_errors("c/envoy-external/Resource: spec.infrastructure.annotations[lbipam.cilium.io/ips]: pinned IP is "
                    "outside every LoadBalancer pool (got '10.10.40.26'); pick an address inside exactly one pool: "
                    "homelab-pool (10.10.30.20-10.10.30.49)"):
        synth(chart.node.root)


def test_pinned_ip_used_twice(chart):
    ca = SelfSignedCa(chart, "ca")
    LoadBalancerPool(chart, "pool", name="homelab-pool", ranges=[("10.10.30.20", "10.10.30.49")])
    prof = profile(chart)
    envoy_gateway(chart, prof, load_balancer_ip="10.10.30.26", cluster_issuer=ca)
    envoy_gateway(chart, prof, name="envoy-internal", load_balancer_ip="10.10.30.26", cluster_issuer=ca)
    with app_errors("c/envoy-internal/Resource: spec.infrastructure.annotations[lbipam.cilium.io/ips]: pinned IP is "
                    "used twice (got '10.10.30.26'); Gateway network/envoy-external (c.k8s.yaml) already uses it; "
                    "pick another address of the pool"):
        synth(chart.node.root)


def test_route_to_a_gateway_that_does_not_exist(chart):
    prof = profile(chart)
    envoy_gateway(chart, prof)
    envoy_gateway(chart, prof, name="envoy-internal")
    with raises("c/wiki/Route: route targets a gateway that does not exist (got 'envoy-intern'); "
                "use one of: envoy-external, envoy-internal (declare gateways before the routes that use them)"):
        HomelabApp(chart, "wiki", name="wiki", namespace="docs", port=3000, gateway=["envoy-external", "envoy-intern"])


def test_route_lists_a_gateway_twice(chart):
    gw = envoy_gateway(chart, profile(chart))
    with raises("c/r: route lists a gateway twice (got ['envoy-external', 'envoy-external']); list each gateway once"):
        AppRoute(chart, "r", name="wiki", namespace="docs", gateway=[gw, "envoy-external"], port=3000)


def test_gateway_declared_twice(chart):
    prof = profile(chart)
    envoy_gateway(chart, prof)
    with raises("c/again: gateway is declared twice in namespace network (got 'envoy-external'); "
                "c/envoy-external already declares it; give each gateway its own name"):
        HomelabGateway(chart, "again", name="envoy-external", namespace="network", domain="homelab.local",
                       cluster_issuer="ca", gateway_class=prof)


def test_max_replicas_below_min(chart):
    with raises("c/envoy: maximum proxy replicas is below the minimum (got {'min_replicas': 3, 'max_replicas': 2}); "
                "set max_replicas to 3 or more"):
        profile(chart, autoscaling=ProxyAutoscaling(min_replicas=3, max_replicas=2))


def test_min_replicas_zero(chart):
    with raises("c/envoy: minimum proxy replicas must be an integer of at least 1 (got 0); use a whole number >= 1"):
        profile(chart, autoscaling=ProxyAutoscaling(min_replicas=0))


def test_fallback_outside_range(chart):
    with raises("c/envoy: fallback replicas lie outside the minimum and maximum (got 5); pick a count in 1-3"):
        profile(chart, autoscaling=ProxyAutoscaling(fallback_replicas=5))


def test_replicas_and_autoscaling(chart):
    with raises("c/envoy: replicas and autoscaling are both set (got 2); "
                "drop replicas: KEDA owns the proxy count between min_replicas and max_replicas"):
        profile(chart, proxy=ProxySettings(replicas=2), autoscaling=ProxyAutoscaling())


def test_empty_agent_list(chart):
    with raises("c/envoy: user-agent block list is empty (got ()); list at least one agent such as 'GPTBot', "
                "or pass user_agent_blocking=None to block nothing"):
        profile(chart, user_agent_blocking=UserAgentBlocking(agents=()))


def test_blank_agent_would_block_everyone(chart):
    with raises("c/envoy: blocked user agent must be non-blank printable ASCII (got ' '); write a User-Agent "
                "substring such as 'GPTBot' (an empty one would block every client)"):
        profile(chart, user_agent_blocking=UserAgentBlocking(agents=("GPTBot", " ")))


def test_agent_listed_twice(chart):
    with raises("c/envoy: user agent is listed twice (matching ignores case) (got 'gptbot'); "
                "it repeats 'GPTBot'; list it once"):
        profile(chart, user_agent_blocking=UserAgentBlocking(agents=("GPTBot", "gptbot")))


def test_blocked_status_out_of_range(chart):
    with raises("c/envoy: blocked response status must be an HTTP status in 200-599 (got 99); "
                "use 403 (the default), 404 or 429"):
        profile(chart, user_agent_blocking=UserAgentBlocking(status=99))


def test_blocking_names_a_missing_gateway(chart):
    prof = profile(chart, user_agent_blocking=UserAgentBlocking(gateways=("envoy-externl",)))
    envoy_gateway(chart, prof)
    with app_errors("c/envoy: user-agent blocking names a gateway that does not exist (got 'envoy-externl'); "
                    "use one of: envoy-external"):
        validate_app(chart.node.root)


def test_profile_without_gateway(chart):
    profile(chart)
    with app_errors("c/envoy: Envoy profile has no gateway (got []); "
                    "build a HomelabGateway with gateway_class=<this profile>"):
        validate_app(chart.node.root)


def test_gateway_outside_profile_namespace(chart):
    with raises("c/envoy-external: gateway of the Envoy profile envoy is outside its namespace network (got 'default'); "
                "put the gateway in namespace network: Envoy Gateway policies only attach there"):
        envoy_gateway(chart, profile(chart), namespace="default")


def test_tls_below_1_2(chart):
    with raises("c/envoy: minimum TLS version must be '1.2' or '1.3' (got '1.1'); "
                "TLS 1.0 and 1.1 are broken; use '1.2' (the default) or '1.3'"):
        profile(chart, client_policy=ClientPolicy(tls_min_version="1.1"))


def test_trusted_cidr_not_a_network(chart):
    with raises("c/envoy: trusted proxy CIDR is not in network form (got '10.42.1.0/16'); "
                "write the network address with its prefix length; did you mean 10.42.0.0/16?"):
        profile(chart, client_policy=ClientPolicy(trusted_proxy_cidrs=("10.42.1.0/16",)))


def test_bad_duration(chart):
    with raises("c/envoy: drain timeout is not an Envoy Gateway duration (got '3 minutes'); "
                "write hours, minutes, seconds or milliseconds such as '180s', '1m30s' or '500ms'"):
        profile(chart, proxy=ProxySettings(drain_timeout="3 minutes"))


def test_unknown_compression(chart):
    with raises("c/envoy: compression must list distinct algorithms of Zstd, Brotli, Gzip (got ['Zstd', 'Deflate']); "
                "use ['Zstd', 'Brotli', 'Gzip'] or a subset, in order of preference"):
        profile(chart, backend_policy=BackendPolicy(compression=("Zstd", "Deflate")))


def test_unknown_retry_trigger(chart):
    with raises("c/envoy: retry triggers are unknown (got ['5xx', 'timeout']); use Envoy retry triggers "
                "such as 5xx, cancelled, connect-failure, deadline-exceeded, gateway-error, internal, refused-stream, "
                "reset, reset-before-request, resource-exhausted, retriable-4xx, retriable-status-codes, unavailable"):
        profile(chart, backend_policy=BackendPolicy(retries=2, retry_on=("5xx", "timeout")))


def test_passthrough_on_http_port(chart):
    with raises("c/envoy-external: TLS passthrough listener shares port 80 with the http listener (got 80); "
                "use 443 with its own hostname, or another port such as 8443"):
        envoy_gateway(chart, profile(chart), tls_passthrough_port=80)


def test_passthrough_on_443_with_https_hostname(chart):
    with raises("c/envoy-external: TLS passthrough listener on port 443 has the https listener's hostname "
                "(got '*.homelab.local'); give it its own hostname (such as '*.passthrough.homelab.local') "
                "or another port such as 8443"):
        envoy_gateway(chart, profile(chart), tls_passthrough_port=443)


def test_passthrough_hostname_without_port(chart):
    with raises("c/envoy-external: TLS passthrough hostname given without a port (got '*.tls.homelab.local'); "
                "set tls_passthrough_port too (443 or a port such as 8443)"):
        envoy_gateway(chart, profile(chart), tls_passthrough_hostname="*.tls.homelab.local")


def test_passthrough_on_443_with_own_hostname(chart):
    envoy_gateway(chart, profile(chart), tls_passthrough_port=443, tls_passthrough_hostname="*.tls.homelab.local")
    gateway = next(o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Gateway")
    assert [(x["name"], x["port"], x["hostname"]) for x in gateway["spec"]["listeners"]] == [
        ("https", 443, "*.homelab.local"), ("http", 80, "*.homelab.local"), ("tls-passthrough", 443, "*.tls.homelab.local")]
