"""The reachability matrix: who may reach whom under the CiliumNetworkPolicies of a bundle.

:func:`homelab_cases` asks the questions any bundle raises (every app from the internet and the
LAN, from its gateway, DNS from every namespace, across namespaces, to the world), plus the
default homelab's own ones when its apps (prometheus, grafana, qbit, sonarr, ...) are there,
about the bundle as :func:`~.bundle_model.model` reads it; :func:`evaluate` answers them with
:class:`~.policy_verdict.Cluster` (Cilium's semantics); :func:`render_markdown` and
:func:`render_table` write the answers.

Command line (no cdk8s needed; only PyYAML)::

    python -m homelab_constructs reachability DIR [--markdown] [--output FILE]

reads every ``*.yaml`` of ``DIR`` (``dist/`` after a synth) and prints the matrix: a table,
or Markdown (``docs/reachability.md`` is ``reachability dist --markdown --output
docs/reachability.md``). Exit status: 0, 1 when a policy uses a field the evaluator does not
model, 2 when the manifests cannot be read.
"""
from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._manifests import Parser, UsageError, manifest_files, read_documents
from .._names import ENVOY_OWNING_GATEWAY_NAME
from .bundle_model import APISERVER, GRAFANA_COM, KUBE_DNS, LAN, NAS, WORLD, Model, model, ordinary_pod
from .policy_reader import Obj, Outside, Peer, Unsupported, policy_name
from .policy_verdict import Cluster, Verdict

__all__ = [
    "Case", "ManifestError", "Report", "Row", "evaluate", "homelab_cases", "load_manifests", "main",
    "render_markdown", "render_table",
]

# ---- the questions

@dataclass(frozen=True)
class Case:
    """One question of the matrix: may ``src`` reach ``dst`` on ``port``/``protocol`` (shown under ``section``)?"""

    section: str
    src: Peer
    dst: Peer
    port: int
    protocol: str = "TCP"


def _lan_clients(lans: Sequence[str]) -> list[Outside]:
    """A client in each LAN the policies name (its 50th address when there is one), else :data:`LAN`."""
    clients = []
    for cidr in lans:
        net = ipaddress.ip_network(cidr)
        ip = str(net[50] if net.num_addresses > 51 else net[1])
        clients.append(Outside("world", ip=ip, name=f"LAN client {ip}"))
    return clients or [LAN]


def homelab_cases(objects: Iterable[Obj]) -> list[Case]:
    """The matrix's questions, in a fixed order: what any bundle raises, from what it contains,
    then the default homelab's own questions about its apps when they are there."""
    return _cases(model(objects))


def _cases(m: Model) -> list[Case]:
    apps = m.apps
    names = sorted(apps)
    namespaces = sorted({pod.namespace for pod, _ in apps.values()})

    def has(*wanted: str) -> bool:
        return all(n in apps for n in wanted)

    cases: list[Case] = []
    section = "From outside the cluster"
    lans = _lan_clients(m.lans)
    for name in names:
        pod, port = apps[name]
        cases += [Case(section, WORLD, pod, port)] + [Case(section, lan, pod, port) for lan in lans]
    for name in names:
        pod, port = apps[name]
        for gateway in m.routes.get(name, []):
            cases += [Case("From the gateway", gateway, pod, port), Case("From the gateway", gateway, pod, 22)]
    if has("prometheus"):
        prometheus = apps["prometheus"][0]
        scrapers = [prometheus] + ([apps["grafana"][0]] if has("grafana") else [])
        for name in names:
            pod, port = apps[name]
            if pod.namespace != prometheus.namespace:
                cases += [Case("Prometheus scraping", s, pod, port) for s in scrapers]
    for ns in namespaces:
        cases += [Case("DNS", ordinary_pod(ns), KUBE_DNS, 53, "UDP"), Case("DNS", ordinary_pod(ns), KUBE_DNS, 53, "TCP")]
    # across namespaces: one app of each namespace to one app of every other
    first = {ns: min(n for n, (p, _) in apps.items() if p.namespace == ns) for ns in namespaces}
    for a in namespaces:
        for b in namespaces:
            if a != b:
                dst, port = apps[first[b]]
                cases.append(Case("Between namespaces", apps[first[a]][0], dst, port))
    cases += [Case("Between namespaces", apps[n][0], apps["qbit"][0], apps["qbit"][1])
              for n in ("sonarr", "radarr", "prowlarr") if has(n, "qbit")]
    if has("sonarr", "radarr"):
        cases.append(Case("Within a namespace", apps["sonarr"][0], apps["radarr"][0], apps["radarr"][1]))
    if has("sonarr"):
        cases.append(Case("Within a namespace", ordinary_pod(apps["sonarr"][0].namespace), apps["sonarr"][0], 12345))
    for name in names:
        cases.append(Case("To the world", apps[name][0], WORLD, 443))
    if has("qbit"):
        qbit = apps["qbit"][0]
        cases += [Case("To the world", qbit, WORLD, 51413), Case("To the world", qbit, WORLD, 51413, "UDP"),
                  Case("To the world", ordinary_pod(qbit.namespace), WORLD, 443)]
    if has("sonarr"):
        cases += [Case("To the world", apps["sonarr"][0], WORLD, 6881), Case("To the world", apps["sonarr"][0], NAS, 2049)]
    cases += [Case("To the world", apps[n][0], GRAFANA_COM, 443) for n in ("grafana", "prometheus") if has(n)]
    cases += [Case("To the kube-apiserver", apps[n][0], APISERVER, 6443) for n in ("prometheus", "grafana") if has(n)]
    return cases


# ---- the answers

@dataclass(frozen=True)
class Row:
    case: Case
    verdict: Verdict


@dataclass
class Report:
    """A bundle's model, its policies ready to answer, and every case with its verdict."""

    model: Model
    cluster: Cluster
    rows: list[Row]


def _show(peer: Peer) -> str:
    return peer.name or (peer.entity if isinstance(peer, Outside) else peer.namespace)


def evaluate(objects: Iterable[Obj]) -> Report:
    """Every case of :func:`homelab_cases` with its verdict; :class:`Unsupported` as :class:`Cluster` raises it."""
    m = model(objects)
    cluster = Cluster(m.policies)
    return Report(m, cluster, [Row(c, cluster.verdict(c.src, c.dst, c.port, c.protocol)) for c in _cases(m)])


def _summary(report: Report) -> tuple[list[str], list[str], list[str]]:
    """Isolated namespaces, the others (with why), and what to know about the gateways."""
    m, cluster = report.model, report.cluster
    candidates = sorted(set(m.namespaces) | {pod.namespace for pod, _ in m.apps.values()}
                        | {policy_name(p)[0] for p in m.policies if p.get("kind") == "CiliumNetworkPolicy"})
    isolated, others = [], []
    for ns in candidates:
        deny = [d for d in ("ingress", "egress") if cluster.default_deny(ordinary_pod(ns), d)]
        if len(deny) == 2:
            isolated.append(ns)
        elif ns in m.namespaces or any(pod.namespace == ns for pod, _ in m.apps.values()):
            why = m.namespaces.get(ns, "") or (f"default deny for {deny[0]} only" if deny else "")
            others.append(f"{ns} ({why})" if why else ns)
    gateways = []
    for ns in sorted({ns for ns, _, cls in m.gateways if cls == "cilium"} - set(isolated)):
        gateways.append(f"The gateway namespace `{ns}` is not isolated: with the Cilium gateway it has no proxy pods "
                        "(Envoy runs in cilium-agent and reaches apps as the `ingress` entity).")
    for ns, name, cls in sorted(m.gateways):
        if cls != "cilium":
            gateways.append(f"The gateway `{ns}/{name}` (class `{cls}`) is modelled as its proxy pods: the pods of `{ns}` "
                            f"labelled `{ENVOY_OWNING_GATEWAY_NAME}: {name}`.")
    return isolated, others, gateways


def render_markdown(objects: Iterable[Obj], command: str | None = None) -> str:
    """The matrix in Markdown: every case of :func:`homelab_cases` with its verdict and why.

    ``command`` is how the page was made (shown in its header).
    """
    report = evaluate(objects)
    m, rows = report.model, report.rows
    isolated, others, gateways = _summary(report)
    made_by = f"`{command}`" if command else "`homelab_constructs.tools.reachability`"
    lines = [
        "# Reachability matrix",
        "",
        (f"Generated by {made_by} from the CiliumNetworkPolicies, workloads and Services of the manifests; "
         "do not edit it by hand."),
        "",
        ("The evaluator applies the policies as Cilium does: a connection needs the source's egress "
         "and the destination's ingress; a pod selected by a policy that enables default deny drops "
         "whatever no rule allows; deny rules win over allows. Pods are modelled by their labels "
         "(the pod template of a workload the manifests declare, else the app's Service selector); "
         "`debug` is a pod with no grants of its own."),
        "",
        f"- Policies: {len(m.policies)} CiliumNetworkPolicies; rows: {len(rows)}.",
        f"- Isolated namespaces: {', '.join(isolated) or 'none'}.",
        f"- Not isolated: {'; '.join(others) or 'none'}.",
    ] + [f"- {g}" for g in gateways]
    section = None
    for row in rows:
        case, v = row.case, row.verdict
        if case.section != section:
            section = case.section
            lines += ["", f"## {section}", "", "| From | To | Port | Verdict | Why |", "|---|---|---|---|---|"]
        lines.append(f"| {_show(case.src)} | {_show(case.dst)} | {case.port}/{case.protocol} | "
                     f"{'allowed' if v.allowed else 'denied'} | {v.reason} |")
    return "\n".join(lines) + "\n"


def render_table(objects: Iterable[Obj]) -> str:
    """The matrix as a plain-text table, one block per section."""
    report = evaluate(objects)
    m, rows = report.model, report.rows
    isolated, others, _ = _summary(report)
    allowed = sum(r.verdict.allowed for r in rows)
    cells = [(_show(r.case.src), _show(r.case.dst), f"{r.case.port}/{r.case.protocol}",
              "allowed" if r.verdict.allowed else "denied", r.verdict.reason) for r in rows]
    header = ("FROM", "TO", "PORT", "VERDICT", "WHY")
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(header[:-1])]

    def line(values: Sequence[str]) -> str:
        return "  " + "  ".join([v.ljust(w) for v, w in zip(values, widths, strict=False)] + [values[-1]])

    out = [f"{len(rows)} connections under {len(m.policies)} policies: {allowed} allowed, {len(rows) - allowed} denied",
           f"isolated namespaces: {', '.join(isolated) or 'none'}",
           f"not isolated: {'; '.join(others) or 'none'}"]
    section = None
    for row, values in zip(rows, cells, strict=True):
        if row.case.section != section:
            section = row.case.section
            out += ["", section, line(header)]
        out.append(line(values))
    return "\n".join(out) + "\n"


# ---- the command line

class ManifestError(Exception):
    """A directory of manifests that cannot be read (missing, empty, invalid YAML, ...)."""


def load_manifests(directory: str | Path) -> list[dict[str, Any]]:
    """Every object of the ``*.yaml`` files of ``directory`` (multi-document, ``*List`` kinds
    expanded). Raises :class:`ManifestError` with a one-line message."""
    path = Path(directory)
    if not path.exists():
        raise ManifestError(f"{path}: no such directory")
    if not path.is_dir():
        raise ManifestError(f"{path}: not a directory")
    files = manifest_files(path)
    if not files:
        raise ManifestError(f"{path}: no *.yaml manifests")
    objects: list[dict[str, Any]] = []
    for file in files:
        docs = read_documents(file, ManifestError)
        for i, doc in enumerate(docs, start=1):
            if doc is None:
                continue
            if not isinstance(doc, dict) or not isinstance(doc.get("kind"), str):
                raise ManifestError(f"{file}: document {i} is not a Kubernetes object (a mapping with a kind)")
            if doc["kind"].endswith("List") and isinstance(doc.get("items"), list):
                objects += [o for o in doc["items"] if isinstance(o, dict)]
            else:
                objects.append(doc)
    return objects


USAGE = "python -m homelab_constructs reachability DIR [--markdown] [--output FILE]"


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m homelab_constructs reachability", usage="%(prog)s DIR [--markdown] [--output FILE]",
                     description="Who may reach whom under the CiliumNetworkPolicies of a directory of manifests.")
    parser.add_argument("dir", metavar="DIR", help="the directory of *.yaml manifests (dist/ after a synth)")
    parser.add_argument("--markdown", action="store_true", help="print the Markdown matrix (docs/reachability.md)")
    parser.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    return parser


def main(argv: list[str]) -> int:
    """``python -m homelab_constructs reachability DIR [--markdown] [--output FILE]``."""
    parser = _parser()
    try:
        args = parser.parse_args(list(argv))
    except UsageError as err:
        print(f"reachability: {err} (usage: {USAGE})", file=sys.stderr)
        return 2
    except SystemExit as done:  # --help
        return int(done.code or 0)
    try:
        objects = load_manifests(args.dir)
        if args.markdown:
            command = ["python", "-m", "homelab_constructs", "reachability", str(Path(args.dir)), "--markdown"]
            if args.output:
                command += ["--output", str(Path(args.output))]
            text = render_markdown(objects, shlex.join(command))
        else:
            text = render_table(objects)
    except ManifestError as err:
        print(f"reachability: {err}", file=sys.stderr)
        return 2
    except Unsupported as err:
        where = f"policy {err.policy} uses " if err.policy else ""
        print(f"reachability: {where}{err.what}, which the evaluator does not model", file=sys.stderr)
        return 1
    if not args.output:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as err:
        print(f"reachability: {args.output}: cannot write it ({err.strerror})", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
