#!/usr/bin/env python3
"""Benchmark the synth entry point (``make bench``; a script, never a test).

The entry point is ``cdk8s.yaml``'s ``app`` (``python -O main.py``), what ``make synth`` runs.

* cold synth: wall time and peak memory (python + its node process, sampled from /proc)
  of the entry point beside the jsii floor ``python -c "import cdk8s; cdk8s.App().synth()"``,
  interleaved in the same run, several runs, medians;
* the same with no bytecode cache and ``PYTHONDONTWRITEBYTECODE=1`` (a fresh clone on these
  machines): run 1 compiles everything, run 2 shows whether the cache was written;
* time per phase and construct family, measured inside one process (imports, each
  construct family the ``Homelab`` builds, the whole-app checks, writing the manifests);
* scaling: generated homelabs of 16, 64 and 200 apps (8 apps per namespace, every 16th app a
  pinned LoadBalancer), each synthesized in a fresh process.

Prints a Markdown report with the machine it ran on. ``--runs N`` (default 5),
``--apps 16,64,200``, ``--json FILE`` to keep the raw numbers.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
#: the synth entry point: cdk8s.yaml's app (``python`` is this interpreter), as make synth runs it
APP = [PY if w in ("python", "python3") else w
       for w in shlex.split(yaml.safe_load((ROOT / "cdk8s.yaml").read_text(encoding="utf-8"))["app"])]
FLOOR = "import cdk8s; cdk8s.App().synth()"
TARGET_RATIO, TARGET_SCALING, TARGET_MB = 2.5, 6.0, 400


# --- measuring a process tree ------------------------------------------------------------

def _tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants (kB), from /proc."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, StopIteration):
            continue
    return total


def run(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> dict:
    """Wall time (s), peak tree RSS (MB) and stdout of one cold process."""
    peak = 0
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"bench: {cmd} failed ({proc.returncode}):\n{err}")
    return {"wall": wall, "mb": peak / 1024, "stdout": out}


def base_env(**extra: str) -> dict[str, str]:
    from homelab_constructs._env import child_env

    return child_env(**extra)


def median(values: list[float]) -> float:
    return statistics.median(values)


# --- child modes: run inside a fresh interpreter -----------------------------------------

#: Construct families ``Homelab`` imports on first use: (module under homelab_constructs, name),
#: imported in the import phase so that their build times hold no imports.
LAZY_FAMILIES = (("apps.vpn", "VpnPod"), ("platform.cilium", "CiliumRelease"),
                 ("platform.certmanager", "CertManagerRelease"))


def child_phases(outdir: str) -> None:
    """Time each phase and construct family of ``main.build`` + ``synth`` in this process."""
    t0 = time.perf_counter()
    import cdk8s  # noqa: F401
    t_cdk8s = time.perf_counter()
    import cdk8s_plus_27.k8s  # noqa: F401
    t_plus = time.perf_counter()
    import homelab_constructs  # noqa: F401

    import main
    # what Homelab imports on first use when the spec asks for it (VPN pod, secrets, platform)
    for module, _ in LAZY_FAMILIES:
        importlib.import_module(f"homelab_constructs.{module}")
    t_lib = time.perf_counter()

    from homelab_constructs import _props, homelab, synthesis

    families: dict[str, float] = {}
    depth = [0]

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            if depth[0]:
                return fn(*args, **kwargs)
            depth[0] += 1
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                families[name] = families.get(name, 0.0) + time.perf_counter() - start
                depth[0] -= 1
        return wrapper

    # every construct the Homelab composes is built from the spec's props (Props.build), by its
    # class's name; the classes themselves stay as they are (the spec checks its props by class);
    # and the builder functions the Homelab calls, as they are named there
    build = _props.Props.build

    def build_timed(props, *args, **kwargs):
        return timed(props.construct.__name__, build)(props, *args, **kwargs)

    _props.Props.build = build_timed  # type: ignore[method-assign]
    for name, value in list(vars(homelab).items()):
        module = getattr(value, "__module__", "") or ""
        if module.startswith("homelab_constructs.") and module != homelab.__name__ and (
                callable(value) and not isinstance(value, type) and name.startswith("isolate")):
            setattr(homelab, name, timed(name, value))

    app = cdk8s.App(outdir=outdir)
    t_build0 = time.perf_counter()
    main.build(app)
    t_build = time.perf_counter()
    synthesis.validate_app(app)
    t_checks = time.perf_counter()
    with synthesis.checks_passed(app):  # as synth() does: the checks just passed
        app.synth()
    t_write = time.perf_counter()
    objects = sum(1 for p in Path(outdir).glob("*.yaml") for line in p.read_text().splitlines()
                  if line.startswith("kind: "))
    print(json.dumps({
        "import cdk8s (python + jsii kernel)": t_cdk8s - t0,
        "import cdk8s_plus_27.k8s": t_plus - t_cdk8s,
        "import homelab_constructs + its bindings": t_lib - t_plus,
        **{f"build {k}": v for k, v in sorted(families.items(), key=lambda kv: -kv[1])},
        "build glue (charts, namespaces, Homelab)": (t_build - t_build0) - sum(families.values()),
        "whole-app checks": t_checks - t_build,
        "write manifests (cdk8s synth)": t_write - t_checks,
        "_objects": objects,
    }))


def generated_spec(n: int):
    from homelab_constructs import HomelabApp, HomelabGateway, HomelabSpec, IsolationSpec, LoadBalancerPool

    apps = tuple(HomelabApp.props(name=f"app{i:03d}", port=8000 + i, namespace=f"ns{i // 8:02d}",
                                  load_balancer=i % 16 == 0,
                                  load_balancer_ip=f"10.20.1.{i // 16 + 1}" if i % 16 == 0 else None)
                 for i in range(n))
    return HomelabSpec(domain="bench.lan", pools=(LoadBalancerPool.props(name="bench-pool", cidrs=("10.20.0.0/22",)),),
                       gateway=HomelabGateway.props(load_balancer_ip="10.20.0.10"), apps=apps,
                       isolation=IsolationSpec(lan_cidrs=("10.20.0.0/22",)))


def child_scale(n: int, outdir: str) -> None:
    t0 = time.perf_counter()
    from homelab_constructs import Homelab, synth

    import cdk8s
    t1 = time.perf_counter()
    app = cdk8s.App(outdir=outdir)
    Homelab(app, "Homelab", generated_spec(n))
    t2 = time.perf_counter()
    synth(app)
    t3 = time.perf_counter()
    objects = sum(1 for p in Path(outdir).glob("*.yaml") for line in p.read_text().splitlines()
                  if line.startswith("kind: "))
    print(json.dumps({"import": t1 - t0, "build": t2 - t1, "synth": t3 - t2, "objects": objects,
                      "charts": len(list(Path(outdir).glob("*.yaml")))}))


# --- the report ----------------------------------------------------------------------------

def machine() -> str:
    cpu = "unknown CPU"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = ""
    try:
        kb = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        pass
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip() or "?"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, Node {node}; load average {load:.2f} at start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--apps", default="16,64,200")
    parser.add_argument("--json", help="also write the raw numbers here")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        sys.path.insert(0, str(ROOT))
        if args.child[0] == "phases":
            child_phases(args.child[1])
        else:
            child_scale(int(args.child[1]), args.child[2])
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="homelab-bench-"))
    raw: dict = {"machine": machine()}
    try:
        # warm the bytecode caches once (what every later run of a checkout sees)
        run(APP, base_env(CDK8S_OUTDIR=str(tmp / "warm")))

        # 1. cold synth beside the floor, interleaved
        floor, synth_ = [], []
        for i in range(args.runs):
            floor.append(run([PY, "-c", FLOOR], base_env(CDK8S_OUTDIR=str(tmp / f"floor{i}"))))
            synth_.append(run(APP, base_env(CDK8S_OUTDIR=str(tmp / f"main{i}"))))
        raw["floor"] = [{k: r[k] for k in ("wall", "mb")} for r in floor]
        raw["main"] = [{k: r[k] for k in ("wall", "mb")} for r in synth_]

        # 2. no bytecode cache, PYTHONDONTWRITEBYTECODE=1 (a fresh clone on these machines)
        nocache = {}
        for label, cmd in (("floor", [PY, "-c", FLOOR]), ("main", APP)):
            prefix = tmp / f"pycache-{label}"
            env = base_env(PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(prefix),
                           CDK8S_OUTDIR=str(tmp / f"nc-{label}"))
            nocache[label] = [run(cmd, env)["wall"] for _ in range(2)]
        raw["no_bytecode_cache"] = nocache

        # 3. phases and construct families (in-process), median per key
        phases: dict[str, list[float]] = {}
        for i in range(args.runs):
            out = run([PY, __file__, "--child", "phases", str(tmp / f"ph{i}")], base_env())["stdout"]
            for k, v in json.loads(out.splitlines()[-1]).items():
                phases.setdefault(k, []).append(v)
        raw["phases"] = phases

        # 4. scaling
        scale = {}
        for n in (int(x) for x in args.apps.split(",")):
            runs = [run([PY, __file__, "--child", "scale", str(n), str(tmp / f"s{n}-{i}")], base_env())
                    for i in range(max(3, args.runs // 2))]
            inner = [json.loads(r["stdout"].splitlines()[-1]) for r in runs]
            scale[n] = {"wall": median([r["wall"] for r in runs]), "mb": max(r["mb"] for r in runs),
                        "build": median([x["build"] for x in inner]), "synth": median([x["synth"] for x in inner]),
                        "objects": inner[0]["objects"], "charts": inner[0]["charts"]}
        raw["scale"] = scale
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(report(raw, args.runs))
    if args.json:
        Path(args.json).write_text(json.dumps(raw, indent=2, sort_keys=True) + "\n")
    return 0


def report(raw: dict, runs: int) -> str:
    f_wall, m_wall = median([r["wall"] for r in raw["floor"]]), median([r["wall"] for r in raw["main"]])
    f_mb, m_mb = median([r["mb"] for r in raw["floor"]]), median([r["mb"] for r in raw["main"]])
    ok = lambda good: "yes" if good else "**no**"  # noqa: E731
    lines = [f"Machine: {raw['machine']}.", "",
             f"Cold synth, {runs} interleaved runs each, medians (peak memory = python + node, sampled):", "",
             "| run | wall time | peak memory |", "|---|---|---|",
             f"| jsii floor `import cdk8s; cdk8s.App().synth()` | {f_wall:.2f} s | {f_mb:.0f} MB |",
             f"| `{' '.join(['python'] + APP[1:])}` (default homelab, {raw['phases']['_objects'][0]} objects) | {m_wall:.2f} s "
             f"({m_wall / f_wall:.1f}× floor; target ≤ {TARGET_RATIO}×: {ok(m_wall / f_wall <= TARGET_RATIO)}) | "
             f"{m_mb:.0f} MB (target < {TARGET_MB} MB: {ok(m_mb < TARGET_MB)}) |"]
    nc = raw["no_bytecode_cache"]
    lines += [f"| no bytecode cache, `PYTHONDONTWRITEBYTECODE=1`: floor run 1 / run 2 | "
              f"{nc['floor'][0]:.2f} s / {nc['floor'][1]:.2f} s | |",
              f"| no bytecode cache, `PYTHONDONTWRITEBYTECODE=1`: entry point run 1 / run 2 | "
              f"{nc['main'][0]:.2f} s / {nc['main'][1]:.2f} s | |", ""]
    lines += ["Where the time of `python main.py` goes (in-process, medians):", "", "| phase | time |", "|---|---|"]
    for k, v in raw["phases"].items():
        if not k.startswith("_"):
            lines.append(f"| {k} | {median(v) * 1000:.0f} ms |")
    lines += ["", "Scaling (generated homelabs, 8 apps per namespace, fresh process each, medians):", "",
              "| apps | objects | charts | wall time | build | checks + write | peak memory |",
              "|---|---|---|---|---|---|---|"]
    scale = raw["scale"]
    for n, s in scale.items():
        lines.append(f"| {n} | {s['objects']} | {s['charts']} | {s['wall']:.2f} s | {s['build']:.2f} s | "
                     f"{s['synth']:.2f} s | {s['mb']:.0f} MB |")
    keys = sorted(scale, key=int)
    if len(keys) >= 2:
        first, last = scale[keys[0]], scale[keys[-1]]
        ratio = last["wall"] / first["wall"]
        lines += ["", f"{keys[-1]} apps take {ratio:.1f}× the wall time of {keys[0]} "
                      f"(target ≤ {TARGET_SCALING}×: {ok(ratio <= TARGET_SCALING)})."]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
