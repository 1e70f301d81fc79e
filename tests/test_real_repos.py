"""Each example against the real repository it reproduces, object by object (the files are in
tests/real_repos/, the comparison is scripts/real_report.py through the ``diff`` machinery).

Every real object of each repository is reproduced: it matches the example's output by meaning,
or differs only in a field its example lists in ``DEPARTURES.yaml`` (at most three departures,
each a real difference and a choice a user could make otherwise).
``tests/real_repos/matched-<example>.txt`` names the objects (``python scripts/real_report.py
<example> --write-matched`` rewrites it); ``python scripts/real_report.py`` prints what differs.
"""
from __future__ import annotations

import importlib.util
import shlex
import sys

from homelab_constructs.tools.diff import main as diff_main

import pytest
from conftest import ROOT, crds_dir, load_example, synth_app

_spec = importlib.util.spec_from_file_location("real_report", ROOT / "scripts" / "real_report.py")
real_report = importlib.util.module_from_spec(_spec)
sys.modules["real_report"] = real_report  # dataclasses look their module up there
_spec.loader.exec_module(real_report)

#: the real objects of each example's repository (main tree and variants)
TOTAL = {"seed000": 82, "seed002": 65}
REWRITE = "python scripts/real_report.py {name} --write-matched"


@pytest.fixture(scope="module")
def reports(synthesized, tmp_path_factory):
    """Each example's report: its main output is the session's synthesized example, each
    variant is synthesized here."""
    schemas = real_report.read_crds(crds_dir())
    out = {}
    for name, example in real_report.EXAMPLES.items():
        outdirs = {}
        for part in example.parts:
            if part.build_kwargs:
                module = load_example(name)
                outdirs[part.folder] = synth_app(lambda app, m=module, kw=part.build_kwargs: m.build(app, **kw),
                                                 tmp_path_factory.mktemp(f"real-{name}-{part.folder}")).outdir
            else:
                outdirs[part.folder] = synthesized[name].outdir
        out[name] = real_report.compare_example(name, outdirs, schemas)
    return out


def test_every_example_is_compared():
    assert sorted(real_report.EXAMPLES) == sorted(TOTAL)


@pytest.mark.parametrize("name", sorted(TOTAL))
def test_every_real_object_is_compared(reports, name):
    assert reports[name].total == TOTAL[name]


@pytest.mark.parametrize("name", sorted(TOTAL))
def test_every_real_object_is_reproduced(reports, name):
    matched = len(reports[name].matched)
    assert matched == TOTAL[name], (
        f"examples/{name}: {matched} of {TOTAL[name]} real objects match; "
        f"`python scripts/real_report.py {name}` says what differs")


@pytest.mark.parametrize("name", sorted(TOTAL))
def test_no_matched_object_stops_matching(reports, name):
    recorded = real_report.read_matched(name)
    assert len(recorded) == TOTAL[name], f"tests/real_repos/matched-{name}.txt does not list every real object"
    matched = set(reports[name].matched)
    lost = sorted(set(recorded) - matched)
    assert not lost, f"examples/{name} no longer matches: {lost}; `python scripts/real_report.py {name}` says how"
    gained = sorted(matched - set(recorded))
    assert not gained, f"examples/{name} now matches {gained}: run `{REWRITE.format(name=name)}`"


@pytest.mark.parametrize("name", sorted(TOTAL))
def test_departures_are_few_and_real(reports, name):
    report = reports[name]
    assert len(report.departures) <= real_report.MAX_DEPARTURES
    unused = report.unused_departures()
    assert not unused, f"examples/{name}/DEPARTURES.yaml lists what is no difference: {unused}"


def test_the_command_line_says_the_same(capsys, reports, synthesized):
    """``python -m homelab_constructs diff --real`` on the synthesized example (with its
    install command) reports what the harness counts."""
    argv = ["--real", str(ROOT / "tests" / "real_repos" / "seed000"), str(synthesized["seed000"].outdir),
            "--format", "text", "--crds", str(crds_dir()), "--install-command",
            shlex.join(load_example("seed000").cilium_install_args())]
    code = diff_main(argv)
    out = capsys.readouterr().out
    report = reports["seed000"]
    (part, part_report), = report.parts
    assert code == (0 if part_report.all_matched else 1)
    assert out == real_report.render_real_text(part_report, reveal=False)


def test_departures_are_read_as_documented(tmp_path, monkeypatch):
    """A departure names an object as the report titles it and a field that holds a difference."""
    (tmp_path / "examples" / "x").mkdir(parents=True)
    (tmp_path / "examples" / "x" / "DEPARTURES.yaml").write_text(
        "- object: CiliumNetworkPolicy.cilium.io arr/arr-egress\n  field: spec.description\n"
        "  reason: the library documents each policy\n", encoding="utf-8")
    monkeypatch.setattr(real_report, "ROOT", tmp_path)
    (departure,) = real_report.read_departures("x")
    assert departure == real_report.Departure("CiliumNetworkPolicy.cilium.io arr/arr-egress", "spec.description",
                                              "the library documents each policy")
    (tmp_path / "examples" / "x" / "DEPARTURES.yaml").write_text("- object: x\n  field: y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="a YAML list of {object, field, reason}"):
        real_report.read_departures("x")
