"""The house rules, read from the code: layers that point one way, no import cycle, modules a
person can read, one public surface listed once, and docs/architecture.md current."""
import ast
import importlib
import importlib.util
import sys

import pytest
from conftest import ROOT

_spec = importlib.util.spec_from_file_location("gen_architecture", ROOT / "scripts" / "gen_architecture.py")
arch = importlib.util.module_from_spec(_spec)
sys.modules["gen_architecture"] = arch  # dataclasses look their module up there
_spec.loader.exec_module(arch)
_stub_spec = importlib.util.spec_from_file_location("gen_api_stub", ROOT / "scripts" / "gen_api_stub.py")
stub = importlib.util.module_from_spec(_stub_spec)
_stub_spec.loader.exec_module(stub)


@pytest.fixture(scope="module")
def modules():
    return arch.read_modules()


def test_every_module_is_in_a_layer(modules):
    for name in modules:
        arch.layer_of(name)  # raises LookupError naming the module


def test_no_import_cycle(modules):
    assert arch.cycles({m.name: set(m.imports) for m in modules.values()}) == []


def test_no_import_in_a_function_dodges_a_cycle(modules):
    edges = {m.name: set(m.imports) | set(m.deferred) for m in modules.values()}
    assert arch.cycles(edges) == []
    up = [(m.name, t) for m in modules.values() for t in m.deferred if arch.layer_of(t) > arch.layer_of(m.name)]
    assert up == []


def test_at_most_two_imports_point_up(modules):
    assert len(arch.back_up_imports(modules)) <= arch.MAX_BACK_UP, arch.back_up_imports(modules)


def test_no_module_over_800_lines(modules):
    assert {m.name: m.lines for m in modules.values() if m.lines > arch.MAX_LINES} == {}


def test_library_code_says_what_it_does_not_when_it_came(modules):
    history = [p for p in arch.problems(modules) if "history in library code" in p]
    assert history == []


def test_the_checker_finds_a_cycle_and_a_back_up_import():
    """The rules can fail: a cycle of two modules and an import from the foundation up are found."""
    assert arch.cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
    fake = {"_validation": arch.Module("_validation", ROOT / "x.py", 1, "", imports={"homelab"}),
            "homelab": arch.Module("homelab", ROOT / "y.py", 1, "")}
    assert arch.back_up_imports(fake) == [("_validation", "homelab")]


def test_architecture_document_is_current(modules):
    assert (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8") == arch.document(modules), (
        "docs/architecture.md is not current: run python scripts/gen_architecture.py")


def test_api_stub_and_document_are_current():
    assert (ROOT / "homelab_constructs" / "__init__.pyi").read_text(encoding="utf-8") == stub.stub(), (
        "homelab_constructs/__init__.pyi is not current: run python scripts/gen_api_stub.py")
    assert (ROOT / "docs" / "api.md").read_text(encoding="utf-8") == stub.document(), (
        "docs/api.md is not current: run python scripts/gen_api_stub.py")


def test_public_api_is_listed_once_and_every_name_loads():
    import homelab_constructs

    names = [n for modules in homelab_constructs.API.values() for ns in modules.values() for n in ns]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    assert homelab_constructs.__all__ == names
    for concept, table in homelab_constructs.API.items():
        for module, exported in table.items():
            loaded = importlib.import_module(module, "homelab_constructs")
            for name in exported:
                assert getattr(homelab_constructs, name) is getattr(loaded, name), (concept, module, name)
    assert set(names) <= set(dir(homelab_constructs))


def test_subpackages_export_nothing():
    """The public surface is the top-level table alone: a subpackage's __init__ is its docstring
    (the manifest validator's is its own API, ``validate_dir``, usable without the constructs)."""
    for init in (ROOT / "homelab_constructs").glob("*/__init__.py"):
        if init.parent.name == "validation":
            continue
        body = ast.parse(init.read_text(encoding="utf-8")).body
        assert all(isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) for node in body), init


def test_no_former_argument_names_in_the_api():
    """History stays out of the API: no construct carries a map of former argument names."""
    import homelab_constructs

    for name in homelab_constructs.__all__:
        value = getattr(homelab_constructs, name)
        assert not hasattr(value, "RENAMED"), name
