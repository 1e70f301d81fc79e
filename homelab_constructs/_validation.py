"""Validation helpers shared by every construct.

Every error this library raises reads ``<construct path>: <what is wrong> (got <value>);
<how to fix>``.  Checks that only need the construct's own props run in its constructor
and raise :class:`ValueError` at once; checks that need the whole app (a pinned IP inside a
pool declared later, duplicate hostnames across charts, ...) are registered with
:func:`add_check` and run by every ``app.synth()``, ``Testing.synth()`` and :func:`synth`.
"""
from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Callable, Iterable

import cdk8s
import constructs
import jsii

from ._registry import jsii_ref

DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")


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


def check_port(scope: Scope, port: object, what: str = "port") -> int:
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise fail(scope, f"{what} must be an integer in 1-65535", port, f"use a valid TCP/UDP {what}")
    return port


def check_dns_label(scope: Scope, name: object, what: str = "name") -> str:
    if not isinstance(name, str) or not DNS_LABEL.match(name):
        raise fail(
            scope,
            f"{what} is not a DNS label",
            name,
            "use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit",
        )
    return name


def check_ip(scope: Scope, value: object, what: str = "IP address") -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    try:
        return ipaddress.ip_address(value)  # type: ignore[arg-type]
    except ValueError:
        raise fail(scope, f"{what} is not an IP address", value, "write a single address such as 192.168.10.200") from None


def check_network(scope: Scope, cidr: object, what: str) -> str:
    """``cidr`` in network form (``192.168.10.0/24``), else an error with a "did you mean" hint."""
    try:
        return str(ipaddress.ip_network(cidr))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        hint = ""
        try:
            hint = f"; did you mean {ipaddress.ip_network(cidr, strict=False)}?"  # type: ignore[arg-type]
        except (TypeError, ValueError):
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


def manifest_problems(objects: Iterable[tuple[str, dict]]) -> list[str]:
    """The whole-app rules of the manifest validator (:func:`.validation.cross_object_problems`:
    parentRefs, hostnames, pools and pinned IPs, isolation of routed namespaces, issuers and
    secret stores) over ``(file, object)`` pairs, one ``<file>: <object>: <field>: <message>``
    line each. ``python -m homelab_constructs validate`` runs the same rules."""
    from .validation.crossobject import cross_object_problems

    return [str(p) for p in cross_object_problems(list(objects))]


def _manifests(outdir: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in outdir.rglob("*.yaml")} if outdir.is_dir() else {}


def synth(app: cdk8s.App) -> None:
    """Run every check of the app and write its manifests; raise one
    :class:`HomelabValidationError` that lists every problem.

    The checks are the constructs' own whole-app checks (:func:`validate_app`, before anything
    is written) and the manifest validator's whole-app rules (:func:`manifest_problems`) over
    what the app wrote; when those fail, the files this synth wrote are removed again, so an
    app that passes ``synth()`` is exactly one that passes ``python -m homelab_constructs
    validate``, and a failing one leaves no manifests for a GitOps controller to pick up.
    """
    import yaml

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
    problems = manifest_problems(objects)
    if problems:
        for path in written:
            path.unlink()
        raise HomelabValidationError("\n".join(dict.fromkeys(problems)))
