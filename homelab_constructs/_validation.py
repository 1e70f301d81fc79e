"""Validation helpers shared by every construct.

Every error this library raises reads ``<construct path>: <what is wrong> (got <value>);
<how to fix>``.  Checks that only need the construct's own props run in its constructor
and raise :class:`ValueError` at once; checks that need the whole app and the constructs
(duplicate hostnames across charts, a Cilium release without the controller a gateway
needs, ...) are registered with :func:`add_check`, and run by every ``app.synth()``,
``Testing.synth()`` and :func:`~homelab_constructs.synthesis.synth` (which runs the manifest
validator's whole-app rules too: see :mod:`.synthesis`).

Each value rule is written once, here: DNS labels, names and subdomains, Kubernetes label
keys and values, quantities, Go and Gateway API durations, IP addresses, networks, ports,
counts and one-of-choices. Every check looks at the value's type first, so a wrong type is
the same one-line ``ValueError`` as a wrong value, never a ``TypeError`` from deep inside.
"""
from __future__ import annotations

import difflib
import ipaddress
import re
from decimal import Decimal
from typing import Callable, Iterable, Mapping, Optional, Sequence

import constructs
import jsii

from ._tree import AppState, app_registry, app_state

#: RFC 1123 label (Kubernetes' DNS-1123 label): a namespace, a Service, most object names.
DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
#: Kubernetes' DNS-1123 subdomain (``IsDNS1123Subdomain``): at most 253 characters of dot-joined
#: lowercase labels (Kubernetes sets no per-label limit): PVCs, StorageClasses, ConfigMaps.
DNS_SUBDOMAIN = re.compile(r"^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
#: The name part of a label key, and a label value (empty allowed): at most 63 characters.
LABEL_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
#: A Go duration as Flux's CRDs accept it (``^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$``): the part of
#: ``time.ParseDuration`` that Flux, cert-manager and External Secrets all take.
GO_DURATION = re.compile(r"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$")
#: The Gateway API's ``Duration`` (GEP-2257), used by Envoy Gateway's policies and EnvoyProxy.
GATEWAY_DURATION = re.compile(r"^([0-9]{1,5}(h|m|s|ms)){1,4}$")
#: Kubernetes' quantity grammar (k8s.io/apimachinery ``resource.Quantity``): a number, then a
#: binary suffix (Ki..Ei), a decimal one (n, u, m, k, M..E) or a decimal exponent (e3, E6).
QUANTITY = re.compile(
    r"^(?P<sign>[+-]?)(?P<number>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:(?P<si>[KMGTPE]i|[numkMGTPE])|[eE](?P<exp>[+-]?[0-9]+))?$")
_SCALE = {"n": Decimal("1e-9"), "u": Decimal("1e-6"), "m": Decimal("1e-3"), "": Decimal(1),
          **{s: Decimal(1000) ** (i + 1) for i, s in enumerate("kMGTPE")},
          **{f"{s}i": Decimal(1024) ** (i + 1) for i, s in enumerate("KMGTPE")}}

#: a ConfigMap or Secret data key (``IsConfigMapKey``): a Secret key reference, a ConfigMap key
DATA_KEY = re.compile(r"^[-._a-zA-Z0-9]{1,253}$")

DNS_LABEL_FIX = "use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"
DNS_SUBDOMAIN_FIX = ("use at most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and "
                     "ending with a letter or digit")
LABEL_VALUE_FIX = "write up to 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"
QUANTITY_FIX = "write a quantity such as '100m', '128Mi' or '1Gi'"


#: where a problem is: a construct, or a path for values outside any construct (``HomelabSpec.apps``)
Scope = constructs.Construct | str


def message(scope: Scope, what: str, got: object, fix: str) -> str:
    path = scope if isinstance(scope, str) else scope.node.path
    return f"{path}: {what} (got {got!r}); {fix}"


class FrozenDict(dict):
    """A dict no one can change: the mappings of the library's frozen values (specs, props,
    selectors). Unlike ``MappingProxyType`` it shows as a plain dict in messages, hashes (so a
    frozen dataclass holding one does too), copies and pickles."""

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("this mapping is read-only: build a new value (dataclasses.replace, props.replace)")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse  # type: ignore[assignment]

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items())) if all(_hashable(v) for v in self.values()) else hash(frozenset(self))

    def __reduce__(self) -> tuple[type, tuple[dict]]:
        return FrozenDict, (dict(self),)

    def __copy__(self) -> "FrozenDict":
        return self

    def __deepcopy__(self, memo: dict) -> "FrozenDict":
        return self


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def frozen(value: object) -> object:
    """``value`` with its lists as tuples and its dicts as :class:`FrozenDict`, all the way down
    (other values, such as frozen dataclasses and constructs, as they are)."""
    if isinstance(value, (list, tuple)) and not hasattr(value, "_fields"):  # not a named tuple
        return tuple(frozen(v) for v in value)
    if isinstance(value, Mapping) and not isinstance(value, FrozenDict):
        return FrozenDict({k: frozen(v) for k, v in value.items()})
    return value


def fail(scope: Scope, what: str, got: object, fix: str) -> ValueError:
    """Build the ValueError for a bad prop; ``raise fail(...)`` at the call site."""
    return ValueError(message(scope, what, got, fix))


# ---- numbers

def check_port(scope: Scope, port: object, what: str = "port") -> int:
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise fail(scope, f"{what} must be an integer in 1-65535", port, f"use a valid TCP/UDP {what}")
    return port


def check_count(scope: Scope, value: object, what: str, minimum: int) -> int:
    """A whole number of at least ``minimum`` (replicas, retries, seconds); not a bool."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise fail(scope, f"{what} must be an integer of at least {minimum}", value, f"use a whole number >= {minimum}")
    return value


# ---- names

def check_dns_label(scope: Scope, name: object, what: str = "name") -> str:
    if not isinstance(name, str) or not DNS_LABEL.fullmatch(name):
        raise fail(scope, f"{what} is not a DNS label", name, DNS_LABEL_FIX)
    return name


#: Kubernetes' DNS-1035 label (``IsDNS1035Label``): a Service's name starts with a letter.
DNS_1035_LABEL = re.compile(r"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$")
DNS_1035_FIX = "use 1-63 lowercase letters, digits or '-', starting with a letter and ending with a letter or digit"


def check_service_name(scope: Scope, name: object, what: str = "Service name", fix: str = DNS_1035_FIX) -> str:
    """A Service's name: a DNS-1035 label (the API server refuses ``1password``)."""
    if not isinstance(name, str) or not DNS_1035_LABEL.fullmatch(name):
        raise fail(scope, f"{what} is not a DNS-1035 label", name, fix)
    return name


def is_dns_name(value: object, *, min_labels: int = 2, trailing_dot: bool = False) -> bool:
    """Whether ``value`` is a DNS name: at least ``min_labels`` DNS labels joined by dots, at
    most 253 characters (one final dot allowed with ``trailing_dot``, as in record names)."""
    if not isinstance(value, str):
        return False
    name = value[:-1] if trailing_dot and value.endswith(".") else value
    labels = name.split(".")
    return len(name) <= 253 and len(labels) >= min_labels and all(DNS_LABEL.fullmatch(label) for label in labels)


def check_dns_subdomain(scope: Scope, name: object, what: str = "name", fix: str = DNS_SUBDOMAIN_FIX) -> str:
    """A Kubernetes DNS-1123 subdomain name (a PersistentVolumeClaim's, a StorageClass's)."""
    if not isinstance(name, str) or not DNS_SUBDOMAIN.fullmatch(name):
        raise fail(scope, f"{what} is not a DNS subdomain name", name, fix)
    return name


def check_label_key(scope: Scope, key: object, what: str = "label key",
                    fix: str = "write a key such as 'app' or 'example.com/app'") -> str:
    """A Kubernetes label key: ``[prefix/]name``, the prefix a DNS subdomain, the name up to 63
    letters, digits, '-', '_' or '.' starting and ending with a letter or digit."""
    if not isinstance(key, str) or not is_label_key(key):
        raise fail(scope, f"{what} is not a label name", key, fix)
    return key


def is_label_key(key: object) -> bool:
    """Whether ``key`` is a label (or annotation) key: see :func:`check_label_key`."""
    if not isinstance(key, str) or key.count("/") > 1:
        return False
    prefix, _, name = key.rpartition("/")
    return len(name) <= 63 and bool(LABEL_NAME.fullmatch(name)) and ("/" not in key or bool(DNS_SUBDOMAIN.fullmatch(prefix)))


def check_label_value(scope: Scope, value: object, what: str = "label value", fix: str = LABEL_VALUE_FIX) -> str:
    """A Kubernetes label value: empty, or up to 63 letters, digits, '-', '_' or '.' starting
    and ending with a letter or digit."""
    if not isinstance(value, str) or len(value) > 63 or not LABEL_VALUE.fullmatch(value):
        raise fail(scope, f"{what} is not a label value", value, fix)
    return value


def check_labels(scope: Scope, labels: object, what: str, fix: str) -> dict[str, str]:
    """A non-empty mapping of Kubernetes label keys to values (a ``matchLabels`` selector)."""
    if not isinstance(labels, Mapping) or not labels:
        raise fail(scope, f"{what} must be a non-empty mapping of label to value", labels, fix)
    for key, value in labels.items():
        check_label_key(scope, key, f"{what} key", "write a key such as 'bgp' or 'example.com/bgp'")
        check_label_value(scope, value, f"{what} value of {key}")
    return dict(labels)


# ---- quantities and durations

def quantity_value(value: object) -> Optional[Decimal]:
    """The amount a Kubernetes quantity string stands for, or ``None`` when it is not one
    (``"2GB"``, ``"1 Gi"``, ``"big"``: Kubernetes' suffixes have no ``B``)."""
    match = QUANTITY.fullmatch(value) if isinstance(value, str) else None
    if not match:
        return None
    exponent = match["exp"]
    scale = Decimal(10) ** int(exponent) if exponent is not None else _SCALE[match["si"] or ""]
    return (-1 if match["sign"] == "-" else 1) * Decimal(match["number"]) * scale


def check_quantity(scope: Scope, value: object, what: str = "quantity", fix: str = QUANTITY_FIX, *,
                   allow_negative: bool = False) -> str:
    """A Kubernetes quantity (:data:`QUANTITY`), not negative unless ``allow_negative`` (requests
    and limits must be zero or more; a caller with a stricter bound checks it itself)."""
    amount = quantity_value(value)
    if amount is None or not isinstance(value, str):
        raise fail(scope, f"{what} is not a Kubernetes quantity", value, fix)
    if amount < 0 and not allow_negative:
        raise fail(scope, f"{what} is negative", value, fix)
    return value


def check_go_duration(scope: Scope, value: object, what: str = "duration",
                      examples: str = "'1h', '30m' or '1h30m'") -> str:
    """A Go duration as Flux, cert-manager and External Secrets take it (:data:`GO_DURATION`)."""
    if not isinstance(value, str) or not GO_DURATION.fullmatch(value):
        raise fail(scope, f"{what} is not a Go duration", value,
                   f"write hours, minutes, seconds or milliseconds such as {examples}")
    return value


_GO_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def go_duration_seconds(value: str) -> float:
    """The length of a Go duration that :func:`check_go_duration` accepted, in seconds."""
    return sum(float(n) * _GO_UNITS[u] for n, u in re.findall(r"([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)", value))


def check_gateway_duration(scope: Scope, value: object, what: str = "duration") -> str:
    """A Gateway API ``Duration`` (:data:`GATEWAY_DURATION`: up to four parts of at most five
    digits each), as Envoy Gateway's timeouts take it."""
    if not isinstance(value, str) or not GATEWAY_DURATION.fullmatch(value):
        raise fail(scope, f"{what} is not an Envoy Gateway duration", value,
                   "write hours, minutes, seconds or milliseconds such as '180s', '1m30s' or '500ms'")
    return value


# ---- choices

def check_choice(scope: Scope, value: object, choices: Iterable[str], what: str, *,
                 problem: str = "is unknown", aliases: Optional[Mapping[str, str]] = None) -> str:
    """``value`` is one of ``choices``; else ``<what> is unknown (got ..); did you mean ..? use one of: ..``.

    ``aliases`` maps common short names to the choice they mean (``pia``: ``private internet
    access``), for a better hint than the closest spelling. The type is checked first: a value
    that is not a string (a list, a dict: unhashable) never reaches a lookup, and a one-item
    list or tuple of a choice is answered with that choice as a string."""
    options = list(choices)
    if not isinstance(value, str):
        one = value[0] if isinstance(value, (list, tuple)) and len(value) == 1 else None
        hint = f"write it as a string, {one!r}; " if isinstance(one, str) and one in options else ""
        raise fail(scope, f"{what} {problem}", value, f"{hint}use one of: {', '.join(options)}")
    if value in options:
        return value
    if aliases and value.lower() in aliases:
        close = [aliases[value.lower()]]
    else:
        close = difflib.get_close_matches(value, options, n=1)
    hint = f"did you mean {close[0]}? " if close else ""
    raise fail(scope, f"{what} {problem}", value, f"{hint}use one of: {', '.join(options)}")


# ---- addresses

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def check_ip(scope: Scope, value: object, what: str = "IP address", example: str = "192.168.10.200") -> IPAddress:
    try:
        if isinstance(value, (ipaddress.IPv4Address, ipaddress.IPv6Address)):
            return value
        if not isinstance(value, str):
            raise ValueError(value)
        return ipaddress.ip_address(value)
    except ValueError:
        raise fail(scope, f"{what} is not an IP address", value, f"write a single address such as {example}") from None


def check_network(scope: Scope, cidr: object, what: str, example: Optional[str] = None) -> str:
    """``cidr`` in network form (``192.168.10.0/24``), else an error with a "did you mean" hint
    (or, for a value that is no network at all, ``example``)."""
    if isinstance(cidr, (ipaddress.IPv4Network, ipaddress.IPv6Network)):
        return str(cidr)
    try:
        if not isinstance(cidr, str):
            raise ValueError(cidr)
        return str(ipaddress.ip_network(cidr))
    except ValueError:
        hint = f", such as {example}" if example else ""
        try:
            if isinstance(cidr, str):
                hint = f"; did you mean {ipaddress.ip_network(cidr, strict=False)}?"
        except ValueError:
            pass
        raise fail(scope, f"{what} is not in network form", cidr,
                   f"write the network address with its prefix length{hint}") from None


@jsii.implements(constructs.IValidation)
class _Check:
    """A whole-app check, as cdk8s asks it (``validate()``); silent while its app's checks have
    just passed (:attr:`AppState.validated`)."""

    def __init__(self, state: AppState, fn: Callable[[], Iterable[str]]) -> None:
        self._state = state
        self._fn = fn

    def validate(self) -> list[str]:
        return [] if self._state.validated else list(self._fn())


def add_check(scope: constructs.Construct, fn: Callable[[], Iterable[str]]) -> None:
    """Register a whole-app check; ``fn`` returns the error messages (empty when fine).

    The app's state keeps its checks in order, so ``validate_app`` runs them from Python instead
    of asking each node of the tree over jsii (two round trips per node: half a second for a
    200-app homelab)."""
    state = app_state(scope)
    check = _Check(state, fn)
    state.checks.append(check)
    scope.node.add_validation(check)  # so a plain app.synth() or Testing.synth() runs it too


# ---- values that cross to jsii, URLs, environment variables and switches
# (every value that reaches the jsii kernel is JSON: the kernel parses each request as JSON,
# and a NaN, an Infinity or a value it cannot encode kills it for the rest of the process)

#: the largest integer a JSON number (a JavaScript double) holds exactly
JSON_MAX_INT = 2**53 - 1
#: how deep free-form values may nest (Helm values nest a dozen levels at most)
JSON_MAX_DEPTH = 100
JSON_FIX = "use strings, numbers, True/False, None, lists and mappings with string keys"
_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_JSON_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
#: ``scheme://user:password@`` anywhere in a text
_URL_PASSWORD = re.compile(r"\b([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@\s:]*:[^/?#@\s]*@")
URL_CREDENTIALS_FIX = ("take the credentials out of the URL and pass them by Secret reference (a Secret the workload "
                       "reads through secretKeyRef, such as a SyncedSecret's): manifests are not secret")


def _url_credentials(value: str) -> Optional[str]:
    """``value`` with its user information shown as ``***`` when it is a URL with ``user[:password]@``
    (``None`` otherwise): what an error may print of it."""
    scheme = _URL_SCHEME.match(value)
    if not scheme:
        return None
    rest = value[scheme.end():]
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority = rest[:end]
    if "@" not in authority:
        return None
    return f"{scheme.group(0)}***@{authority.rpartition('@')[2]}{rest[end:]}"


def check_json_value(scope: Scope, value: object, what: str) -> object:
    """``value`` as plain JSON (mappings as dicts, tuples as lists), as it may cross to jsii:
    ``None``, ``True``/``False``, strings (valid Unicode), integers within ±2^53-1, finite
    floats, lists or tuples of JSON values and mappings with string keys. Anything else (NaN
    or Infinity, a set, bytes, an object, a key that is not a string, a value that contains
    itself) is refused with its path inside the value, such as ``extra_values.hubble.x``; so is
    a string URL with ``user:password@`` (manifests are not secret)."""
    active: set[int] = set()

    def walk(v: object, path: str, depth: int) -> object:
        if v is None or isinstance(v, bool):
            return v
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise fail(scope, f"{path} is not valid Unicode text", v,
                           "remove the lone surrogate characters (such as '\\ud800')") from None
            if _URL_PASSWORD.search(v):
                raise fail(scope, f"{path} holds credentials in a URL (user:password@)",
                           _URL_PASSWORD.sub(r"\1***@", v), URL_CREDENTIALS_FIX)
            return v
        if isinstance(v, int):
            if abs(v) > JSON_MAX_INT:
                raise fail(scope, f"{path} is too large for a JSON number", v,
                           f"JSON numbers lose precision beyond ±{JSON_MAX_INT}; write it as a string")
            return int(v)
        if isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                raise fail(scope, f"{path} is not a finite number", v, "JSON has no NaN or Infinity; write a finite number")
            return float(v)
        if depth >= JSON_MAX_DEPTH:
            raise fail(scope, f"{path} nests more than {JSON_MAX_DEPTH} levels deep", type(v).__name__,
                       "flatten the value")
        if isinstance(v, (Mapping, list, tuple)):
            if id(v) in active:
                raise fail(scope, f"{path} contains itself", type(v).__name__, "pass a tree of values without cycles")
            active.add(id(v))
            try:
                if not isinstance(v, Mapping):
                    return [walk(item, f"{path}[{i}]", depth + 1) for i, item in enumerate(v)]
                out: dict[str, object] = {}
                for key, item in v.items():
                    if not isinstance(key, str):
                        raise fail(scope, f"{path} has a key that is not a string", key,
                                   f"write the key as a string, such as {str(key)!r}")
                    inner = f"{path}.{key}" if _JSON_KEY.fullmatch(key) else f"{path}[{key!r}]"
                    out[key] = walk(item, inner, depth + 1)
                return out
            finally:
                active.discard(id(v))
        if isinstance(v, (set, frozenset)):
            fix = "write a list, such as sorted(...)"
        elif isinstance(v, (bytes, bytearray)):
            fix = "decode it to a string"
        else:
            fix = JSON_FIX
        raise fail(scope, f"{path} is not a JSON value ({type(v).__name__})", v, fix)

    return walk(value, what, 0)


def _scheme_kind(schemes: Optional[Sequence[str]]) -> str:
    if not schemes:
        return "a URL"
    if set(schemes) == {"http", "https"}:
        return "an http(s) URL"
    return "an " + " or ".join(f"{s}://" for s in schemes) + " URL"


def check_url(scope: Scope, value: object, what: str, *, schemes: Optional[Sequence[str]] = ("http", "https"),
              fix: Optional[str] = None) -> str:
    """A URL as ``<scheme>://<host>[:<port>][/<path>]``: the scheme given and one of ``schemes``
    (any scheme with ``schemes=None``), a host (a DNS name, an IPv4 address or a bracketed IPv6
    one), a port in 1-65535 when given, no whitespace and no user information: a URL with
    ``user:password@`` would put the credentials in the manifests (the error prints them as
    ``***``). ``fix`` tells how to write the URL when it is not one of ``schemes``' kind."""
    kind = _scheme_kind(schemes)
    first = schemes[0] if schemes else "http"
    shape_fix = fix or f"write {kind} such as '{first}://host:port/path'"
    if not isinstance(value, str):
        raise fail(scope, f"{what} is not {kind}", value, shape_fix)
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in value):
        raise fail(scope, f"{what} holds whitespace or control characters", value,
                   "write the URL on one line without spaces (percent-encode them, such as %20)")
    scheme = _URL_SCHEME.match(value)
    if not scheme:
        raise fail(scope, f"{what} has no scheme", value, f"write it with its scheme, such as '{first}://{value}'")
    if schemes and scheme.group(1).lower() not in schemes:
        raise fail(scope, f"{what} is not {kind}", value, shape_fix)
    shown = _url_credentials(value)
    if shown is not None:
        raise fail(scope, f"{what} holds credentials (user:password@)", shown, URL_CREDENTIALS_FIX)
    rest = value[scheme.end():]
    authority = rest[:min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))]
    if authority.startswith("["):
        host, bracket, after = authority[1:].partition("]")
        port_sep, port = after[:1], after[1:]
        host_ok = bool(bracket) and after[:1] in ("", ":")
        try:
            host_ok = host_ok and ipaddress.ip_address(host).version == 6
        except ValueError:
            host_ok = False
    else:
        host, port_sep, port = authority.rpartition(":") if ":" in authority else (authority, "", "")
        try:
            ipaddress.IPv4Address(host)
            host_ok = True
        except ValueError:
            host_ok = is_dns_name(host.lower(), min_labels=1, trailing_dot=True)
    if not host:
        raise fail(scope, f"{what} has no host", value, f"write the host after {scheme.group(0)}, such as "
                                                        f"'{scheme.group(0)}service.namespace.svc:8080'")
    if not host_ok:
        raise fail(scope, f"{what} host is not a DNS name or IP address", host,
                   "write a host name such as 'vault.vault.svc', or an address such as 192.168.1.2 ([fd00::2] for "
                   "IPv6)")
    if port_sep and not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
        raise fail(scope, f"{what} port must be an integer in 1-65535", port,
                   "use a valid TCP port such as 8080, or leave it out for the scheme's default")
    return value


#: environment variable names: Kubernetes' C-identifier-like rule (``IsEnvVarName``)
ENV_NAME = re.compile(r"^[-._a-zA-Z][-._a-zA-Z0-9]*$")
#: name parts (or pairs of parts) that say a variable holds a secret
_SECRET_WORDS = frozenset({"PASSWORD", "PASSWD", "PASSPHRASE", "TOKEN", "SECRET", "APIKEY"})
_SECRET_PAIRS = frozenset({("API", "KEY"), ("PRIVATE", "KEY")})
#: last name parts that point at a secret rather than hold it (``PASSWORD_FILE``, ``TOKEN_URL``)
_REFERENCE_PARTS = frozenset({"FILE", "PATH", "DIR", "URL", "URI", "ENDPOINT", "NAME", "REF", "TTL", "HEADER"})
#: name parts that say a variable holds a URL
_URL_PARTS = frozenset({"URL", "URI"})


def is_secret_name(name: str) -> bool:
    """Whether an environment variable named ``name`` holds a secret: a name part (split at
    ``_``, ``-`` and ``.``, any case) is PASSWORD, PASSWD, PASSPHRASE, TOKEN, SECRET or APIKEY,
    or two parts read API_KEY or PRIVATE_KEY; unless the last part says the variable points at
    the secret (``_FILE``, ``_PATH``, ``_URL``, ``_NAME``, ...)."""
    parts = [p for p in re.split(r"[-_.]+", name.upper()) if p]
    if not parts or parts[-1] in _REFERENCE_PARTS:
        return False
    return any(p in _SECRET_WORDS for p in parts) or any(pair in _SECRET_PAIRS for pair in zip(parts, parts[1:], strict=False))


def check_env(scope: Scope, env: object, what: str = "env",
              secret_fix: str = "pass it by Secret reference (valueFrom.secretKeyRef)") -> dict[str, str]:
    """Plain environment variables: a mapping of variable names (:data:`ENV_NAME`) to strings.

    A variable whose name says it holds a secret (:func:`is_secret_name`) is refused unless its
    value is empty (``secret_fix`` tells how to pass it by Secret reference instead); a value that
    is a URL (or the value of a ``*_URL``/``*_URI`` variable) must be one (:func:`check_url`):
    a scheme, a host, a valid port and no ``user:password@``."""
    if not isinstance(env, Mapping):
        raise fail(scope, f"{what} must be a mapping of variable name to value", env,
                   "write {'NAME': 'value'}, or {} for none")
    for name, value in env.items():
        if not isinstance(name, str) or not ENV_NAME.fullmatch(name):
            raise fail(scope, f"{what} name is not a valid variable name", name,
                       "use letters, digits, '_', '-' or '.', not starting with a digit, such as 'ADGUARD_URL'")
        if not isinstance(value, str):
            example = (("true" if value else "false") if isinstance(value, bool)
                       else str(value) if isinstance(value, (int, float)) else None)
            raise fail(scope, f"{what} value of {name} is not a string", value,
                       f"quote it, such as {example!r}" if example is not None else "write the value as a string")
        if value and is_secret_name(name):
            raise fail(scope, f"{what} variable holds a secret as a plain value", name,
                       f"{secret_fix}: the manifests are not secret")
        parts = set(re.split(r"[-_.]+", name.upper()))
        if _URL_SCHEME.match(value) or (value and parts & _URL_PARTS):
            check_url(scope, value, f"{what} {name}", schemes=None)
        check_json_value(scope, value, f"{what} {name}")  # a URL with user:password@ inside, text that is not Unicode
    return dict(env)


def check_bool(scope: Scope, value: object, what: str, fix: str = "write True or False") -> bool:
    """A switch: ``True`` or ``False`` (not ``"false"``, ``0`` or ``None``, whose truth would be
    used silently)."""
    if not isinstance(value, bool):
        raise fail(scope, f"{what} must be True or False", value, fix)
    return value


def check_annotations(scope: Scope, annotations: object, what: str = "annotations") -> dict[str, str]:
    """Kubernetes annotations: a mapping of keys in label-key form (``[prefix/]name``) to string values."""
    if not isinstance(annotations, Mapping):
        raise fail(scope, f"{what} must be a mapping of key to string", annotations,
                   "write {'example.com/key': 'value'}")
    for key, value in annotations.items():
        check_label_key(scope, key, f"{what} key", "write a key such as 'example.com/note'")
        if not isinstance(value, str):
            raise fail(scope, f"{what} value of {key} is not a string", value, f"quote it, such as {str(value)!r}")
        check_json_value(scope, value, f"{what}[{key!r}]")
    return dict(annotations)


# ---- types at the boundary: containers, flags, strings and objects of a class
#
# A string where a list belongs would be read character by character, a set in no fixed order,
# a single object or None end in a TypeError from deep inside: these checks refuse them first,
# with the usual one-line message. They report in two ways, as the other checks do:
#
# * on a construct (``scope`` is the construct), ``what`` names the parameter and an item is
#   ``<what>[<index>]`` (``c/p: ranges[0] is not a (start, stop) pair``);
# * on a spec (``scope`` is the field's spec path, such as ``HomelabSpec.apps``), the index goes
#   into the path and ``item`` names one item (``HomelabSpec.apps[0]: app is not HomelabApp's props``).

def _article(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


class _Shown:
    """A construct as an error shows it: ``<HomelabApp c/sonarr>`` (not an address in memory)."""

    def __init__(self, construct: constructs.Construct) -> None:
        self.text = f"<{type(construct).__name__} {construct.node.path}>"

    def __repr__(self) -> str:
        return self.text


def shown(value: object) -> object:
    """``value`` as an error message shows it (a construct by its class and path)."""
    return _Shown(value) if isinstance(value, constructs.Construct) else value


def _item_at(scope: Scope, what: str, item: Optional[str], suffix: str) -> tuple[Scope, str]:
    """Where one item is, and what to call it (see above)."""
    if isinstance(scope, str):
        return f"{scope}{suffix}", item or what
    return scope, f"{what}{suffix}"


class Code:
    """Source text an error message shows as written (``BackendRef('nas', 443)``, not a quoted string)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _accepted(scope: Scope, value: object, what: str, item_check: Optional[Callable[[Scope, object, str], object]],
              item: Optional[str]) -> bool:
    """Whether ``item_check`` takes ``value`` as one item (so ``[value]`` is a fix worth suggesting)."""
    if item_check is None:
        return True
    where, name = _item_at(scope, what, item, "[0]")
    try:
        item_check(where, value, name)
    except ValueError:
        return False
    return True


def check_sequence(scope: Scope, value: object, what: str, item_check: Optional[Callable[[Scope, object, str], object]] = None,
                   *, example: Sequence[object], item: Optional[str] = None) -> tuple:
    """``value`` as a tuple, each item checked by ``item_check(scope, item, what)`` (its result is kept).

    Only a list or a tuple is taken: a string or bytes (which would be read character by
    character), ``None``, a set (no fixed order), a mapping, a single object or any other
    iterable is refused. ``example`` (a list for a construct's parameter, a tuple for a spec
    field) is shown in the fix, its items by their ``repr`` (wrap source text in :class:`Code`
    to show it as code: ``[Code("BackendRef('nas', 443)")]``); a string or a single object that
    ``item_check`` accepts is shown wrapped in one instead, as the user most likely meant it
    (``['192.168.10.0/24']``).
    """
    kind = "a tuple" if isinstance(example, tuple) else "a list"
    if not isinstance(value, (list, tuple)):
        if isinstance(value, (str, bytes)) or not (value is None or isinstance(value, (Mapping, Iterable))):
            hint: object = (shown(value),) if isinstance(example, tuple) else [shown(value)]
            if not _accepted(scope, value, what, item_check, item):
                hint = example
        elif isinstance(value, (set, frozenset)):
            try:
                ordered = sorted(value)  # type: ignore[type-var]
            except TypeError:
                ordered = list(value)
            hint = tuple(ordered) if isinstance(example, tuple) else ordered
            raise fail(scope, f"{what} is a set, which has no order", value, f"write {kind} such as {hint!r}")
        else:
            hint = example
        raise fail(scope, f"{what} is not a list or tuple", shown(value), f"write {kind} such as {hint!r}")
    if item_check is None:
        return tuple(value)
    out = []
    for index, one in enumerate(value):
        where, name = _item_at(scope, what, item, f"[{index}]")
        out.append(item_check(where, one, name))
    return tuple(out)


def check_mapping(scope: Scope, value: object, what: str,
                  key_check: Optional[Callable[[Scope, object, str], object]] = None,
                  value_check: Optional[Callable[[Scope, object, str], object]] = None,
                  *, example: Mapping, key: str = "key", item: Optional[str] = None) -> dict:
    """``value`` as a new dict, each key checked by ``key_check(scope, key, what)`` and each
    value by ``value_check(scope, value, what)`` (their results are kept).

    Only a mapping is taken: ``None``, a list of pairs, a set or a string is refused, with
    ``example`` in the fix. On a construct a key is called ``<what> key`` and a value
    ``<what>[<key>]``; on a spec a key is reported at the field's path as ``key`` (say
    ``namespace``) and a value at ``<path>[<key>]`` as ``item`` (say ``reason``).
    """
    if not isinstance(value, Mapping):
        problem = f"{what} is a set, not a mapping" if isinstance(value, (set, frozenset)) else f"{what} is not a mapping"
        raise fail(scope, problem, value, f"write a dict such as {dict(example)!r}")
    out = {}
    for k, v in value.items():
        key_where, key_name = (scope, key) if isinstance(scope, str) else (scope, f"{what} key")
        k = key_check(key_where, k, key_name) if key_check is not None else k
        where, name = _item_at(scope, what, item, f"[{k!r}]")
        out[k] = value_check(where, v, name) if value_check is not None else v
    return out


def check_text(scope: Scope, value: object, what: str, example: str, *, optional: bool = False) -> Optional[str]:
    """A string (or, with ``optional``, ``None``); its value is the caller's to check."""
    if isinstance(value, str) or (optional and value is None):
        return value
    raise fail(scope, f"{what} is not a string" + (" or None" if optional else ""), value,
               f"write a string such as {example!r}" + (", or None" if optional else ""))


def check_int(scope: Scope, value: object, what: str, example: int, *, optional: bool = False) -> Optional[int]:
    """A whole number, not a bool (or, with ``optional``, ``None``); its range is the caller's to check."""
    if (isinstance(value, int) and not isinstance(value, bool)) or (optional and value is None):
        return value  # type: ignore[return-value]
    raise fail(scope, f"{what} is not an integer" + (" or None" if optional else ""), value,
               f"write a whole number such as {example!r}" + (", or None" if optional else ""))


def check_instance(scope: Scope, value: object, cls: type | tuple[type, ...], what: str, fix: str, *,
                   optional: bool = False) -> object:
    """An instance of ``cls`` (one class or several; or, with ``optional``, ``None``)."""
    if isinstance(value, cls) or (optional and value is None):
        return value
    names = [c.__name__ for c in (cls if isinstance(cls, tuple) else (cls,))]
    expected = _article(names[0]) if len(names) == 1 else ", ".join(names[:-1]) + f" or {names[-1]}"  # the intents
    raise fail(scope, f"{what} is not {expected}" + (" or None" if optional else ""), shown(value), fix)


def first_duplicate(keys: Iterable[object]) -> Optional[tuple[int, int]]:
    """The indexes ``(first, second)`` of the first key that appears twice, else ``None``."""
    seen: dict[object, int] = {}
    for index, key in enumerate(keys):
        if key in seen:
            return seen[key], index
        seen[key] = index
    return None


def claim_once(scope: constructs.Construct, registry: str, key: object, what: str, got: object, fix: str, *,
               already: str = "already declares it") -> None:
    """Record that ``scope`` writes the object ``key`` (``registry`` names the kind of object)
    for its whole app; when another construct already did, raise
    ``<path>: <what> (got <got>); <other path> <already>; <fix>``, so the same object twice is
    refused when it is declared, with both constructs' paths, not at synth."""
    check_once(scope, registry, key, what, got, fix, already=already)
    _declared(scope, registry)[key] = scope


def check_once(scope: constructs.Construct, registry: str, key: object, what: str, got: object, fix: str, *,
               already: str = "already declares it") -> None:
    """:func:`claim_once` without recording the claim: for a construct that claims several
    objects, so a failed one leaves none of them claimed."""
    other = _declared(scope, registry).get(key)
    if other is not None and other.node.path != scope.node.path:
        raise fail(scope, what, got, f"{other.node.path} {already}; {fix}")


def _declared(scope: constructs.Construct, registry: str) -> dict[object, constructs.Construct]:
    return app_registry(scope, f"declared:{registry}", lambda root: {})


# ---- a container's settings (ExternalDNS's webhook sidecar, cloudflared, the VPN pod's app)
def check_resources(scope: Scope, value: object, what: str, example: Mapping[str, str]) -> dict[str, str]:
    """A container's ``requests`` or ``limits``: a mapping of ``cpu``/``memory`` to a quantity."""
    if not isinstance(value, Mapping):
        raise fail(scope, f"{what} must be a mapping of resource to quantity", value,
                   f"write {dict(example)!r}, or {{}} for none")
    for resource, amount in value.items():
        check_choice(scope, resource, ("cpu", "memory"), f"{what} resource")
        check_quantity(scope, amount, f"{what} {resource}")
    return dict(value)


def check_secret_env(scope: Scope, value: object, owner: str, env: Mapping[str, str], *,
                     example: Mapping[str, str], name_example: str, reserved: Sequence[str] = ()) -> None:
    """A container's ``secret_env`` (variable name -> key of its Secret) for ``owner`` (``"webhook"``):
    valid variable names and Secret keys, none also set in ``env`` or one of ``reserved``.
    ``example`` is the whole mapping (its first value also the example key) the fixes suggest."""
    if not isinstance(value, Mapping):
        raise fail(scope, f"{owner} secret_env must be a mapping of variable name to Secret key", value,
                   f"write {dict(example)!r}, or {{}} for none")
    key_example = next(iter(example.values()))
    for name, key in value.items():
        if not isinstance(name, str) or not ENV_NAME.fullmatch(name):
            raise fail(scope, f"{owner} secret_env name is not a valid variable name", name,
                       f"use letters, digits, '_', '-' or '.', not starting with a digit, such as {name_example!r}")
        if not isinstance(key, str) or not DATA_KEY.fullmatch(key):
            raise fail(scope, f"{owner} secret_env key of {name} is not a Secret key", key,
                       f"use letters, digits, '-', '_' or '.', such as {key_example!r}")
        if name in env or name in reserved:
            raise fail(scope, f"{owner} variable is set twice, in env and secret_env", name,
                       "keep it in secret_env only")
