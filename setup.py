"""Build hook: the wheel carries the pinned CRD schemas as one compact file.

``build_py`` writes ``homelab_constructs/validation/crds.json.gz`` from ``crds/`` (every
``openAPIV3Schema`` with its CEL rules, checked against ``crds/SHA256SUMS``), so
``python -m homelab_constructs validate`` and ``synth`` check every CRD kind in a consumer
repo with no set-up. A broken ``crds/`` fails the build with the file named.
Everything else is in ``pyproject.toml``.
"""
import importlib.util
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _crdset():
    # by path: importing the package would start jsii (and needs its dependencies)
    spec = importlib.util.spec_from_file_location("_crdset", ROOT / "homelab_constructs" / "validation" / "crdset.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class BuildPyWithSchemas(build_py):
    def run(self):
        super().run()
        if self.editable_mode:  # an editable install reads crds/ of the checkout
            return
        crdset = _crdset()
        out = Path(self.build_lib) / "homelab_constructs" / "validation" / crdset.COMPACT_NAME
        crdset.write_compact(ROOT / "crds", out)


setup(cmdclass={"build_py": BuildPyWithSchemas})
