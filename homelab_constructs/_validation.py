"""Validation helpers shared by every construct.

Every error this library raises reads ``<construct path>: <what is wrong> (got <value>);
<how to fix>``.  Checks that only need the construct's own props run in its constructor
and raise :class:`ValueError` at once; checks that need the whole app and the constructs
(duplicate hostnames across charts, a Cilium release without the controller a gateway
needs, ...) are registered with :func:`add_check` and run by every ``app.synth()``,
``Testing.synth()`` and :func:`synth`; the rules that read the manifests (pinned IPs and
pools, parentRefs, isolation, issuers, secret stores, the same object twice) have one owner,
:mod:`.validation.crossobject`, which :func:`synth` runs on what the app wrote and reports as
``<construct path>: <field>: <message>``.

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
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Optional, Sequence

import cdk8s
import constructs
import jsii

from ._registry import app_registry, jsii_ref

if TYPE_CHECKING:
    from .validation.crossobject import ClusterCidrs, ObjectProblem

#: RFC 1123 label (Kubernetes' DNS-1123 label): a namespace, a Service, most object names.
DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
#: Kubernetes' DNS-1123 subdomain (``IsDNS1123Subdomain``): at most 253 characters of dot-joined
#: lowercase labels (Kubernetes sets no per-label limit): PVCs, StorageClasses, ConfigMaps.
DNS_SUBDOMAIN = re.compile(r"^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
#: The name part of a label key, and a label value (empty allowed): at most 63 characters.
_LABEL_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
_LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
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

DNS_LABEL_FIX = "use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"
DNS_SUBDOMAIN_FIX = ("use at most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and "
                     "ending with a letter or digit")
LABEL_VALUE_FIX = "write up to 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"
QUANTITY_FIX = "write a quantity such as '100m', '128Mi' or '1Gi'"


class HomelabValidationError(ValueError):
    """Raised by :func:`synth` when whole-app checks fail; one line per problem."""


#: where a problem is: a construct, or a path for values outside any construct (``HomelabSpec.apps``)
Scope = constructs.Construct | str


def message(scope: Scope, what: str, got: object, fix: str) -> str:
    path = scope if isinstance(scope, str) else scope.node.path
    return f"{path}: {what} (got {got!r}); {fix}"


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
    if not isinstance(key, str) or key.count("/") > 1:
        raise fail(scope, f"{what} is not a label name", key, fix)
    prefix, _, name = key.rpartition("/")
    if len(name) > 63 or not _LABEL_NAME.fullmatch(name) or ("/" in key and not DNS_SUBDOMAIN.fullmatch(prefix)):
        raise fail(scope, f"{what} is not a label name", key, fix)
    return key


def check_label_value(scope: Scope, value: object, what: str = "label value", fix: str = LABEL_VALUE_FIX) -> str:
    """A Kubernetes label value: empty, or up to 63 letters, digits, '-', '_' or '.' starting
    and ending with a letter or digit."""
    if not isinstance(value, str) or len(value) > 63 or not _LABEL_VALUE.fullmatch(value):
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
    access``), for a better hint than the closest spelling."""
    options = list(choices)
    if isinstance(value, str) and value in options:
        return value
    if isinstance(value, str) and aliases and value.lower() in aliases:
        close = [aliases[value.lower()]]
    else:
        close = difflib.get_close_matches(value, options, n=1) if isinstance(value, str) else []
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


# Apps (by jsii reference) that synth() has just validated: cdk8s' App.synth() validates the
# whole app again once per chart (App._synthChart), so every check ran (charts + 1) times:
# checks x charts x objects. While synth() writes the tree it has just checked, the checks
# answer from that pass.
_VALIDATED: set[str] = set()


@jsii.implements(constructs.IValidation)
class _Check:
    def __init__(self, root: str, fn: Callable[[], Iterable[str]]) -> None:
        self._root = root
        self._fn = fn

    def validate(self) -> list[str]:
        return [] if self._root in _VALIDATED else list(self._fn())


# Every app's checks (by the root's jsii reference), in the order they were added:
# validate_app runs them from Python instead of asking each node of the tree over jsii
# (two round trips per node: half a second for a 200-app homelab).
_CHECKS: dict[str, list[_Check]] = {}


def add_check(scope: constructs.Construct, fn: Callable[[], Iterable[str]]) -> None:
    """Register a whole-app check; ``fn`` returns the error messages (empty when fine)."""
    root = jsii_ref(scope.node.root)
    check = _Check(root, fn)
    _CHECKS.setdefault(root, []).append(check)
    scope.node.add_validation(check)  # so a plain app.synth() or Testing.synth() runs it too


def validate_app(app: constructs.Construct) -> None:
    """Run every registered check in the tree; raise one error that lists all problems.

    For the app itself these are the checks added with :func:`add_check` (validations added to
    nodes by other means run in ``app.synth()``); for a subtree, every validation of its nodes.
    """
    errors: list[str] = []
    if app.node.scope is None:
        for check in _CHECKS.get(jsii_ref(app), ()):
            errors.extend(check.validate())
    else:
        for node in app.node.find_all():
            errors.extend(node.node.validate())
    if errors:
        raise HomelabValidationError("\n".join(dict.fromkeys(errors)))


def set_cluster_cidrs(scope: constructs.Construct, cidrs: "ClusterCidrs") -> None:
    """Record the node, pod and service CIDRs of the cluster the app of ``scope`` runs in:
    :func:`synth` then checks that no LoadBalancer pool overlaps them (the manifest
    validator's pool rule, as ``validate --node-cidr/--pod-cidr/--service-cidr`` does)."""
    from .validation.crossobject import ClusterCidrs

    if not isinstance(cidrs, ClusterCidrs):
        raise fail(scope, "cluster CIDRs are not a ClusterCidrs", cidrs,
                   "pass ClusterCidrs(nodes=(...), pods=(...), services=(...)) with CIDRs such as '10.42.0.0/16'")
    for part in ("nodes", "pods", "services"):
        values = getattr(cidrs, part)
        if isinstance(values, str) or not isinstance(values, (tuple, list)):
            raise fail(scope, f"cluster {part} CIDRs are not a tuple of networks", values,
                       f"write a tuple such as {(values,) if isinstance(values, str) else ('10.42.0.0/16',)!r}")
        for cidr in values:
            try:
                if not isinstance(cidr, str):
                    raise ValueError(cidr)
                ipaddress.ip_network(cidr, strict=False)
            except ValueError:
                raise fail(scope, "cluster CIDR is not a network", cidr, "write a CIDR such as '10.42.0.0/16'") from None
    _cidrs(scope)["cidrs"] = cidrs


def _cidrs(scope: constructs.Construct) -> dict[str, "ClusterCidrs"]:
    return app_registry(scope, "cluster-cidrs", lambda root: {})


def cluster_cidrs(scope: constructs.Construct) -> "ClusterCidrs":
    """The cluster CIDRs recorded with :func:`set_cluster_cidrs` for the app of ``scope`` (none by default)."""
    from .validation.crossobject import ClusterCidrs

    return _cidrs(scope).get("cidrs", ClusterCidrs())


def manifest_problems(objects: Iterable[tuple[str, dict]], cidrs: Optional["ClusterCidrs"] = None) -> list[str]:
    """The whole-app rules of the manifest validator (:func:`.validation.cross_object_problems`:
    parentRefs, hostnames, pools and pinned IPs, isolation of routed namespaces, issuers, secret
    stores and objects written twice) over ``(file, object)`` pairs, one ``<file>: <object>:
    <field>: <message>`` line each, as ``python -m homelab_constructs validate`` prints them."""
    from .validation.crossobject import ClusterCidrs, cross_object_problems

    return [str(p) for p in cross_object_problems(list(objects), cidrs or ClusterCidrs())]


def _chart_file(file: str, extension: str) -> str:
    """The chart part of a manifest's path as cdk8s names it: ``apps-media`` of
    ``apps-media.k8s.yaml``, ``0003-apps-media.k8s.yaml`` or ``apps-media/...`` (one folder per chart)."""
    first, _, rest = file.partition("/")
    stem = first if rest else first[: -len(extension)] if extension and first.endswith(extension) else first
    return re.sub(r"^[0-9]{4}-", "", stem)


def object_problem_lines(app: constructs.Construct, problems: Sequence["ObjectProblem"]) -> list[str]:
    """``<construct path>: <field>: <message>`` for each problem of the manifest validator, the
    path being the ``ApiObject`` that wrote the object (found by API group, kind, namespace and
    name; two objects with one key are told apart by their chart's file). An object no
    ``ApiObject`` of ``app`` wrote keeps the validator's ``<file>: <Kind ns/name>`` form."""
    from .validation.crossobject import api_group

    index: dict[tuple[str, str, str, str], list[cdk8s.ApiObject]] = {}
    for node in app.node.find_all():
        if isinstance(node, cdk8s.ApiObject):
            key = (api_group(node.api_version), node.kind, node.metadata.namespace or "", node.name)
            index.setdefault(key, []).append(node)
    extension = app.output_file_extension if isinstance(app, cdk8s.App) else ".k8s.yaml"
    labels: dict[str, str] = {}

    def chart_label(obj: cdk8s.ApiObject) -> str:
        chart = cdk8s.Chart.of(obj)
        if chart.node.path not in labels:
            labels[chart.node.path] = cdk8s.Names.to_dns_label(chart)
        return labels[chart.node.path]

    lines = []
    for problem in problems:
        found = index.get(problem.key, [])
        if len(found) > 1:
            found = [o for o in found if chart_label(o) == _chart_file(problem.file, extension)]
        where = found[0].node.path if len(found) == 1 else f"{problem.file}: {problem.obj}"
        lines.append(f"{where}: {problem.path or '<root>'}: {problem.message}")
    return lines


def _manifests(outdir: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in outdir.rglob("*.yaml")} if outdir.is_dir() else {}


def synth(app: cdk8s.App) -> None:
    """Run every check of the app and write its manifests; raise one
    :class:`HomelabValidationError` that lists every problem.

    The checks are the constructs' own whole-app checks (:func:`validate_app`, before anything
    is written) and the manifest validator's whole-app rules
    (:func:`.validation.cross_object_problems`, with the CIDRs of :func:`set_cluster_cidrs`)
    over what the app wrote, each reported as ``<construct path>: <field>: <message>``; when
    those fail, the files this synth wrote are removed again, so an app that passes ``synth()``
    is exactly one that passes ``python -m homelab_constructs validate``, and a failing one
    leaves no manifests for a GitOps controller to pick up.
    """
    import yaml

    from .validation.crossobject import cross_object_problems

    validate_app(app)
    outdir = Path(app.outdir)
    before = _manifests(outdir)
    ref = jsii_ref(app)
    _VALIDATED.add(ref)
    try:
        app.synth()
    finally:
        _VALIDATED.discard(ref)
    written = sorted(p for p, mtime in _manifests(outdir).items() if before.get(p) != mtime)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    objects = [(p.relative_to(outdir).as_posix(), doc) for p in written
               for doc in yaml.load_all(p.read_text(encoding="utf-8"), Loader=loader) if doc]
    problems = cross_object_problems(objects, cluster_cidrs(app))
    if problems:
        for path in written:
            path.unlink()
        raise HomelabValidationError("\n".join(dict.fromkeys(object_problem_lines(app, problems))))
