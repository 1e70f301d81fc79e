"""Checks of a container's settings, shared by the constructs that write containers of their own
(ExternalDNS's webhook sidecar, cloudflared, the VPN pod's app). No CRD bindings are loaded."""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from ._validation import ENV_NAME, Scope, check_choice, check_quantity, fail

#: a key of a Secret (``data`` keys)
SECRET_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")


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
        if not isinstance(key, str) or not SECRET_KEY.fullmatch(key):
            raise fail(scope, f"{owner} secret_env key of {name} is not a Secret key", key,
                       f"use letters, digits, '-', '_' or '.', such as {key_example!r}")
        if name in env or name in reserved:
            raise fail(scope, f"{owner} variable is set twice, in env and secret_env", name,
                       "keep it in secret_env only")
