"""What keeps ``python main.py`` fast, as facts (timings live in ``make bench``, never in tests)."""
from __future__ import annotations

import json
import subprocess
import sys

from homelab_constructs import synth
from homelab_constructs._validation import add_check

import cdk8s
from conftest import ROOT, user_env

# bindings and libraries the default homelab does not use: loaded only by what needs them
UNUSED_BY_DEFAULT = {"imports.homelab_envoygateway", "imports.homelab_keda", "imports.homelab_monitoring",
                     "imports.homelab_multus", "imports.homelab_externaldns",
                     "jsonschema", "celpy", "kubernetes_validate"}


def test_default_homelab_loads_only_the_bindings_it_uses(tmp_path):
    code = ("import sys, main, cdk8s; from homelab_constructs import synth; app = cdk8s.App(outdir=sys.argv[1]); "
            "main.build(app); synth(app); import json; print(json.dumps(sorted(sys.modules)))")
    env = user_env()
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True)
    loaded = {m for m in json.loads(result.stdout.splitlines()[-1])}
    assert {"imports.homelab_cilium", "imports.homelab_gateway", "imports.homelab_certmanager",
            "imports.homelab_externalsecrets",  # the VPN pod's credentials
            "imports.homelab_fluxhelm", "imports.homelab_fluxsource", "imports.homelab_grafana",  # the platform
            } <= loaded
    offenders = sorted(m for m in loaded if any(m == u or m.startswith(u + ".") for u in UNUSED_BY_DEFAULT))
    assert offenders == []


def test_lazy_exports_resolve_on_first_use():
    import homelab_constructs
    from homelab_constructs import EnvoyProfile, VlanAttachment  # noqa: F401  (loaded here, on use)

    assert "EnvoyProfile" in dir(homelab_constructs)
    missing = [n for n in homelab_constructs.__all__ if not hasattr(homelab_constructs, n)]
    assert missing == []


def test_whole_app_checks_run_once_per_synth(tmp_path):
    """cdk8s validates the whole app again for every chart it writes; synth() does not let
    that multiply the checks (charts x checks x objects)."""
    app = cdk8s.App(outdir=str(tmp_path))
    runs = []
    charts = [cdk8s.Chart(app, f"chart{i}") for i in range(8)]
    for chart in charts:
        cdk8s.ApiObject(chart, "Obj", api_version="v1", kind="ConfigMap", metadata={"name": chart.node.id})
    add_check(charts[0], lambda: runs.append(1) or [])
    synth(app)
    assert len(runs) == 1
    app.synth()  # a plain cdk8s synth still runs every check (once per chart, plus once)
    assert len(runs) == 1 + len(charts) + 1
