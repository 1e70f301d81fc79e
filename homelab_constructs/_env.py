"""The process settings every entry point needs, in one place; imported before cdk8s/jsii.

* ``JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION``: jsii prints an 11-line end-of-life
  banner for Node 20 (what a fresh machine has) when its kernel starts, i.e. on the first
  ``import cdk8s``; this package is imported first by ``main.py``, so no command shows it.
* ``CDK8S_CHECK_UPGRADE=false``: the cdk8s CLI (``--format helm``) asks the network for
  upgrades on every command otherwise.
* Bytecode: these machines set ``PYTHONDONTWRITEBYTECODE=1``; without cached bytecode the
  8 MB of CRD bindings recompile on every run (about 1.3 s), so imports may write it.

A value the user set in the environment is kept.
"""
from __future__ import annotations

import os
import sys

ENV_DEFAULTS = {
    "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    "CDK8S_CHECK_UPGRADE": "false",
}


def apply() -> None:
    """Set the defaults in this process (and so in every child it starts)."""
    for key, value in ENV_DEFAULTS.items():
        os.environ.setdefault(key, value)
    sys.dont_write_bytecode = False


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child process: this one's, the defaults, ``extra`` on top."""
    env = dict(os.environ)
    for key, value in ENV_DEFAULTS.items():
        env.setdefault(key, value)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env


apply()
