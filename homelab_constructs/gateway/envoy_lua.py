"""Envoy Gateway: Lua user-agent blocking. :class:`UserAgentBlocking` says which agents the
gateways of an :class:`~homelab_constructs.gateway.envoy.EnvoyProfile` refuse and how;
:func:`user_agent_lua` writes the filter script. The profile writes the script's ConfigMap (shared,
or one per gateway) and one ``EnvoyExtensionPolicy`` per gateway with the methods here.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Optional, Sequence

import constructs
from cdk8s import ApiObjectMetadata
from cdk8s_plus_27 import k8s

from imports.homelab_envoygateway.io.envoyproxy import gateway as eg

from .._names import GATEWAY_GROUP
from .._validation import (
    DATA_KEY,
    DNS_SUBDOMAIN,
    FrozenDict,
    check_annotations,
    check_bool,
    check_choice,
    check_dns_label,
    check_sequence,
    fail,
)

#: User-agent substrings of the common AI crawlers and AI fetchers (matched case-insensitively).
#: ``Google-Extended`` and ``Applebot-Extended`` are left out on purpose: they are robots.txt
#: tokens only and never appear in a User-Agent header (those crawls use Googlebot/Applebot).
DEFAULT_BLOCKED_USER_AGENTS: tuple[str, ...] = (
    "GPTBot", "ChatGPT-User", "OAI-SearchBot",
    "ClaudeBot", "Claude-User", "Claude-SearchBot", "anthropic-ai",
    "CCBot", "Bytespider", "Amazonbot",
    "PerplexityBot", "Perplexity-User",
    "Meta-ExternalAgent", "Meta-ExternalFetcher", "meta-webindexer", "FacebookBot",
    "cohere-ai", "Diffbot", "ImagesiftBot", "Timpibot", "YouBot", "Omgilibot",
)

#: the refusal's content type in :meth:`UserAgentBlocking.recommended`
TEXT_PLAIN = "text/plain; charset=utf-8"

_LUA_TEMPLATE = """\
function envoy_on_request(request_handle)
  local user_agent = {user_agent}
  local blocked_patterns = {{
{agents}
  }}

  for _, pattern in ipairs(blocked_patterns) do
    if string.find(user_agent, pattern, 1, true) then
      request_handle:respond({headers}, {body})
      return
    end
  end
end
"""


def _lua_string(value: str) -> str:
    """A double-quoted Lua string literal for printable ASCII (and newline) ``value``."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _printable(value: object) -> bool:
    return isinstance(value, str) and all(" " <= c <= "~" for c in value)


def user_agent_lua(agents: Sequence[str], status: int = 403, body: str = "Forbidden\n", *,
                   ignore_case: bool = True, content_type: Optional[str] = None) -> str:
    """The Lua filter script that answers ``status`` with ``body`` (and a ``content-type`` header
    when ``content_type`` is given) to requests whose User-Agent contains one of ``agents``
    (assumed valid; see :class:`UserAgentBlocking`): a plain substring match
    (``string.find(user_agent, pattern, 1, true)``), of the lower-cased header with
    ``ignore_case`` (default), else of the header as sent."""
    lines = ",\n".join(f"    {_lua_string(a.lower() if ignore_case else a)}" for a in agents)
    headers = f'[":status"] = "{status}"'
    if content_type is not None:
        headers += f', ["content-type"] = {_lua_string(content_type)}'
    header = 'request_handle:headers():get("user-agent") or ""'
    return _LUA_TEMPLATE.format(
        agents=lines, headers="{" + headers + "}", body=_lua_string(body),
        user_agent=f"string.lower({header})" if ignore_case else header)


@dataclass(frozen=True)
class UserAgentBlocking:
    """Which user agents every gateway of the profile refuses, and with what response.

    :param agents: User-Agent substrings, in the order given (default
        :data:`DEFAULT_BLOCKED_USER_AGENTS`, the common AI crawlers). Printable ASCII.
    :param status: the HTTP status of the refusal, 200-599 (default ``403``; ``200`` hides the refusal).
    :param body: the response body (default ``"Forbidden\\n"``; ``""`` for an empty body).
    :param gateways: names of the gateways to protect (default ``None``: every gateway
        of the profile).
    :param ignore_case: match the agents case-insensitively (default ``True``); ``False``
        is a case-sensitive plain substring match of the header as sent.
    :param config_map_name: the Lua ConfigMap's name; with ``{gateway}`` in it, one ConfigMap
        per gateway (such as ``"{gateway}-extensions"``) (default ``None``: one ConfigMap
        ``<profile>-block-user-agents`` shared by every gateway).
    :param config_map_key: the ConfigMap key that holds the script (default ``lua``, the key
        Envoy Gateway reads first).
    :param config_map_group: the API group the policy's ``valueRef`` names, ``""`` (default)
        or ``"v1"`` (both mean the core group).
    :param policy_name: each gateway's EnvoyExtensionPolicy name, ``{gateway}`` standing for
        the gateway's name (default ``"{gateway}-block-user-agents"``).
    :param content_type: the refusal's ``content-type`` header, such as
        ``text/plain; charset=utf-8`` (default ``None``: no such header).
    :param config_map_annotations: annotations on the Lua ConfigMap, such as
        ``{"kustomize.toolkit.fluxcd.io/substitute": "disabled"}`` so that Flux leaves ``${...}``
        in the script alone (default none).
    """

    agents: tuple[str, ...] = DEFAULT_BLOCKED_USER_AGENTS
    status: int = 403
    body: str = "Forbidden\n"
    gateways: Optional[tuple[str, ...]] = None
    ignore_case: bool = True
    config_map_name: Optional[str] = None
    config_map_key: str = "lua"
    config_map_group: str = ""
    policy_name: str = "{gateway}-block-user-agents"
    content_type: Optional[str] = None
    config_map_annotations: Mapping[str, str] = field(default_factory=FrozenDict)

    @classmethod
    def recommended(cls, **changes: Any) -> "UserAgentBlocking":
        """The library's block list, with ``changes`` over it: the defaults above (the common AI
        crawlers of :data:`DEFAULT_BLOCKED_USER_AGENTS`, ignoring case, answered ``403`` with
        ``Forbidden``), plus the one header it adds: ``content-type: text/plain; charset=utf-8``."""
        return replace(cls(content_type=TEXT_PLAIN), **changes)

    def validate(self, scope: constructs.Construct) -> None:
        agents = check_sequence(scope, self.agents, "user-agent block list", example=("GPTBot", "CCBot"))
        if not agents:
            raise fail(scope, "user-agent block list is empty", self.agents,
                       "list at least one agent such as 'GPTBot', or pass user_agent_blocking=None to block nothing")
        check_bool(scope, self.ignore_case, "user-agent blocking ignore_case")
        seen: dict[str, str] = {}
        for agent in agents:
            if not _printable(agent) or not agent.strip():
                raise fail(scope, "blocked user agent must be non-blank printable ASCII", agent,
                           "write a User-Agent substring such as 'GPTBot' (an empty one would block every client)")
            key = agent.lower() if self.ignore_case else agent
            if key in seen:
                raise fail(scope, "user agent is listed twice" + (" (matching ignores case)" if self.ignore_case else ""),
                           agent, f"it repeats {seen[key]!r}; list it once")
            seen[key] = agent
        if self.gateways is not None:
            if isinstance(self.gateways, str) or not isinstance(self.gateways, (list, tuple)):
                example = (self.gateways,) if isinstance(self.gateways, str) else ("envoy-external",)
                raise fail(scope, "user-agent blocking gateways are not a list of gateway names", self.gateways,
                           f"write a tuple such as {example!r}, or None for every gateway of the profile")
            for name in self.gateways:
                check_dns_label(scope, name, "user-agent blocking gateway name")
        if isinstance(self.status, bool) or not isinstance(self.status, int) or not 200 <= self.status <= 599:
            raise fail(scope, "blocked response status must be an HTTP status in 200-599", self.status,
                       "use 403 (the default), 404 or 429")
        if not isinstance(self.body, str) or not all(c == "\n" or " " <= c <= "~" for c in self.body):
            raise fail(scope, "blocked response body must be printable ASCII", self.body, "write plain text such as 'Forbidden'")
        if self.config_map_name is not None:
            _check_name_template(scope, self.config_map_name, "Lua ConfigMap name", "'{gateway}-extensions'",
                                 placeholder=False)
        _check_name_template(scope, self.policy_name, "Lua EnvoyExtensionPolicy name", "'{gateway}'", placeholder=True)
        if not isinstance(self.config_map_key, str) or not DATA_KEY.fullmatch(self.config_map_key):
            raise fail(scope, "Lua ConfigMap key is not a ConfigMap key", self.config_map_key,
                       "use letters, digits, '-', '_' or '.', such as 'lua' or 'block-user-agents.lua'")
        check_choice(scope, self.config_map_group, ("", "v1"), "Lua ConfigMap group")
        if self.content_type is not None and (not _printable(self.content_type) or not self.content_type.strip()
                                              or "/" not in self.content_type):
            raise fail(scope, "blocked response content type is not a media type", self.content_type,
                       f"write a media type such as {TEXT_PLAIN!r}, or None for no content-type header")
        check_annotations(scope, self.config_map_annotations, "Lua ConfigMap annotations")

    @property
    def per_gateway(self) -> bool:
        """Whether each gateway gets its own ConfigMap (``{gateway}`` in :attr:`config_map_name`)."""
        return self.config_map_name is not None and _GATEWAY in self.config_map_name

    def script(self) -> str:
        return user_agent_lua(self.agents, self.status, self.body, ignore_case=self.ignore_case,
                              content_type=self.content_type)

    def gateway_config_map_name(self, gateway_name: str) -> str:
        """The name of ``gateway_name``'s own ConfigMap (with :attr:`per_gateway`)."""
        return (self.config_map_name or "").replace(_GATEWAY, gateway_name)

    def config_map(self, scope: constructs.Construct, id: str, name: str, namespace: str) -> None:
        """The ConfigMap ``name`` that holds the script (construct ``id`` under ``scope``)."""
        k8s.KubeConfigMap(scope, id, metadata=k8s.ObjectMeta(
            name=name, namespace=namespace, annotations=dict(self.config_map_annotations) or None),
            data={self.config_map_key: self.script()})

    def extension_policy(self, scope: constructs.Construct, gateway_name: str, namespace: str,
                         config_map: str) -> None:
        """The ``EnvoyExtensionPolicy`` that runs the script of ConfigMap ``config_map`` on the gateway
        ``gateway_name`` (construct ``<gateway>-BlockUserAgents`` under ``scope``)."""
        eg.EnvoyExtensionPolicy(
            scope, f"{gateway_name}-BlockUserAgents",
            metadata=ApiObjectMetadata(name=self.policy_name.replace(_GATEWAY, gateway_name), namespace=namespace),
            spec=eg.EnvoyExtensionPolicySpec(
                target_refs=[eg.EnvoyExtensionPolicySpecTargetRefs(group=GATEWAY_GROUP, kind="Gateway",
                                                                    name=gateway_name)],
                lua=[eg.EnvoyExtensionPolicySpecLua(
                    type=eg.EnvoyExtensionPolicySpecLuaType.VALUE_REF,
                    value_ref=eg.EnvoyExtensionPolicySpecLuaValueRef(
                        group=self.config_map_group, kind="ConfigMap", name=config_map))],
            ),
        )


_GATEWAY = "{gateway}"


def _check_name_template(scope: constructs.Construct, value: object, what: str, example: str, *,
                         placeholder: bool) -> str:
    """An object name where ``{gateway}`` stands for a gateway's name (required with ``placeholder``)."""
    if not isinstance(value, str) or (placeholder and _GATEWAY not in value):
        need = "a string with {gateway} in it" if placeholder else "a string"
        raise fail(scope, f"{what} is not {need}", value,
                   f"write a name such as {example}; {{gateway}} stands for each gateway's name")
    filled = value.replace(_GATEWAY, "envoy-external")
    if not DNS_SUBDOMAIN.fullmatch(filled) or len(filled) > 253:
        raise fail(scope, f"{what} is not a DNS subdomain name once {{gateway}} is filled in", value,
                   f"write a name such as {example}: lowercase letters, digits, '-' or '.'")
    return value


def check_user_agent_blocking(scope: constructs.Construct,
                              blocking: Optional[UserAgentBlocking]) -> Optional[UserAgentBlocking]:
    """Check the user-agent block list (``None``: block nothing) and return it."""
    if blocking is not None and not isinstance(blocking, UserAgentBlocking):
        raise fail(scope, "user_agent_blocking is not a UserAgentBlocking", blocking,
                   "write UserAgentBlocking(agents=(...)), or None to block nothing")
    if blocking is not None:
        blocking.validate(scope)
    return blocking
