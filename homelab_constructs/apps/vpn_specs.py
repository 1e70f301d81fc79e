"""How a container of the VPN pod runs: its :class:`Resources`, :class:`ProbeTiming`,
:class:`ContainerSecurity` (``securityContext``) and the pod's :class:`PodSecurity`. A field
left ``None`` (or empty) writes nothing: Kubernetes', the runtime's or the image's default
applies. The hardened settings are presets applied by name (:meth:`ContainerSecurity.hardened`,
:meth:`PodSecurity.hardened`). Each value checks itself where it is made.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional, Sequence

from cdk8s_plus_27 import k8s

from .._validation import (
    check_bool,
    check_choice,
    check_count,
    check_int,
    check_quantity,
    check_sequence,
    check_text,
    fail,
    quantity_value,
)

#: a Linux capability's name as Kubernetes takes it: upper case, without the ``CAP_`` prefix
CAPABILITY = re.compile(r"^[A-Z][A-Z0-9_]*$")
#: ``seccompProfile.type`` values a :class:`PodSecurity` writes (``Localhost`` needs a profile
#: file on every node, which the library does not model)
SECCOMP_PROFILES = ("RuntimeDefault", "Unconfined")
#: ``fsGroupChangePolicy`` values
FS_GROUP_CHANGE_POLICIES = ("OnRootMismatch", "Always")
#: the user (and group) :meth:`ContainerSecurity.hardened` and :meth:`PodSecurity.hardened` use
#: unless given: the user of the rootless images of home-operations (qBittorrent's default)
HARDENED_USER = 1000


@dataclass(frozen=True)
class Resources:
    """A container's CPU and memory requests and limits; a field left ``None`` is not written.

    :param cpu_request: such as ``100m`` (default ``None``).
    :param memory_request: such as ``256Mi`` (default ``None``).
    :param cpu_limit: such as ``200m`` (default ``None``: no CPU limit).
    :param memory_limit: such as ``1Gi`` (default ``None``: no memory limit).
    """

    cpu_request: Optional[str] = None
    memory_request: Optional[str] = None
    cpu_limit: Optional[str] = None
    memory_limit: Optional[str] = None

    def __post_init__(self) -> None:
        for field_name in ("cpu_request", "memory_request", "cpu_limit", "memory_limit"):
            value = getattr(self, field_name)
            check_text(f"Resources.{field_name}", value, field_name, "100m" if "cpu" in field_name else "256Mi",
                       optional=True)
            if value is not None:
                check_quantity(f"Resources.{field_name}", value, field_name)
        for kind in ("cpu", "memory"):
            request, limit = getattr(self, f"{kind}_request"), getattr(self, f"{kind}_limit")
            if request is not None and limit is not None and (quantity_value(limit) or 0) < (quantity_value(request) or 0):
                raise fail(f"Resources.{kind}_limit", f"{kind} limit is below its request", limit,
                           f"raise the limit to at least {request} (Kubernetes refuses a limit below the request)")

    def binding(self) -> k8s.ResourceRequirements:
        """The ``resources`` of a container."""
        def amounts(**values: Optional[str]) -> Optional[dict[str, k8s.Quantity]]:
            out = {k: k8s.Quantity.from_string(v) for k, v in values.items() if v is not None}
            return out or None
        return k8s.ResourceRequirements(requests=amounts(cpu=self.cpu_request, memory=self.memory_request),
                                        limits=amounts(cpu=self.cpu_limit, memory=self.memory_limit))



@dataclass(frozen=True)
class ProbeTiming:
    """When and how often a probe runs; a field left ``None`` is not written (Kubernetes'
    defaults: no delay, every 10 s, 1 s timeout, 3 failures).

    :param initial_delay_seconds: seconds before the first probe (default ``None``; ``>= 0``).
    :param period_seconds: seconds between probes (default ``None``; ``>= 1``).
    :param timeout_seconds: seconds before a probe times out (default ``None``; ``>= 1``).
    :param failure_threshold: failures in a row that count as failed (default ``None``; ``>= 1``).
    """

    initial_delay_seconds: Optional[int] = None
    period_seconds: Optional[int] = None
    timeout_seconds: Optional[int] = None
    failure_threshold: Optional[int] = None

    def __post_init__(self) -> None:
        for field_name, minimum in (("initial_delay_seconds", 0), ("period_seconds", 1), ("timeout_seconds", 1),
                                    ("failure_threshold", 1)):
            value = getattr(self, field_name)
            check_int(f"ProbeTiming.{field_name}", value, field_name, 5, optional=True)
            if value is not None:
                check_count(f"ProbeTiming.{field_name}", value, field_name, minimum)

    def probe(self, **action: Any) -> k8s.Probe:
        """A ``k8s.Probe`` of ``action`` (``exec=...``, ``tcp_socket=...``) with these timings."""
        return k8s.Probe(initial_delay_seconds=self.initial_delay_seconds, period_seconds=self.period_seconds,
                         timeout_seconds=self.timeout_seconds, failure_threshold=self.failure_threshold, **action)


def _check_capabilities(path: str, value: object, what: str, example: tuple[str, ...]) -> tuple[str, ...]:
    """A tuple of capability names (upper case, no ``CAP_`` prefix, each once)."""
    def one(scope: object, cap: object, name: str) -> str:
        if not isinstance(cap, str) or not CAPABILITY.fullmatch(cap) or cap.startswith("CAP_"):
            raise fail(scope, f"{name} is not a Linux capability name", cap,  # type: ignore[arg-type]
                       "name one capability in upper case without the CAP_ prefix, such as 'NET_ADMIN' or 'CHOWN'")
        return cap
    caps = check_sequence(path, value, what, one, example=example, item="capability")
    if len(set(caps)) != len(caps):
        raise fail(path, f"{what} lists a capability twice", caps, "list each capability once")
    return caps


@dataclass(frozen=True)
class ContainerSecurity:
    """A container's ``securityContext``; a field left ``None`` (or empty) is not written, so the
    image's user and the runtime's defaults apply. :meth:`hardened` is the library's preset.

    :param run_as_user: ``runAsUser``, a user id (default ``None``).
    :param run_as_group: ``runAsGroup``, a group id (default ``None``).
    :param run_as_non_root: ``runAsNonRoot`` (default ``None``): ``True`` makes the kubelet refuse
        to start an image whose user is root; ``False`` is written as ``false``.
    :param read_only_root_filesystem: ``readOnlyRootFilesystem`` (default ``None``).
    :param allow_privilege_escalation: ``allowPrivilegeEscalation`` (default ``None``).
    :param drop_capabilities: ``capabilities.drop``, such as ``("ALL",)`` (default none).
    :param add_capabilities: ``capabilities.add``, such as ``("SETUID", "SETGID")`` (default none).
    """

    run_as_user: Optional[int] = None
    run_as_group: Optional[int] = None
    run_as_non_root: Optional[bool] = None
    read_only_root_filesystem: Optional[bool] = None
    allow_privilege_escalation: Optional[bool] = None
    drop_capabilities: tuple[str, ...] = ()
    add_capabilities: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for field_name in ("run_as_user", "run_as_group"):
            value = getattr(self, field_name)
            check_int(f"ContainerSecurity.{field_name}", value, field_name, HARDENED_USER, optional=True)
            if value is not None:
                check_count(f"ContainerSecurity.{field_name}", value, field_name, 0)
        for field_name in ("run_as_non_root", "read_only_root_filesystem", "allow_privilege_escalation"):
            value = getattr(self, field_name)
            if value is not None:
                check_bool(f"ContainerSecurity.{field_name}", value, field_name,
                           "write True, False, or None to write nothing")
        if self.run_as_non_root and self.run_as_user == 0:
            raise fail("ContainerSecurity.run_as_user", "run_as_user is root (0) with run_as_non_root", 0,
                       "give a user id other than 0, such as 1000, or drop run_as_non_root: the kubelet refuses to "
                       "start the container")
        for field_name, example in (("drop_capabilities", ("ALL",)), ("add_capabilities", ("CHOWN",))):
            caps = _check_capabilities(f"ContainerSecurity.{field_name}", getattr(self, field_name), field_name,
                                       example)
            object.__setattr__(self, field_name, caps)

    @classmethod
    def hardened(cls, run_as_user: int = HARDENED_USER, **changes: Any) -> "ContainerSecurity":
        """The library's hardened container, exactly: ``runAsNonRoot: true``, ``runAsUser`` and
        ``runAsGroup``: ``run_as_user`` (default 1000), ``readOnlyRootFilesystem: true``,
        ``allowPrivilegeEscalation: false`` and ``capabilities.drop: [ALL]``; ``changes`` replace
        fields, such as ``add_capabilities=("CHOWN",)``."""
        return cls(**{"run_as_user": run_as_user, "run_as_group": run_as_user, "run_as_non_root": True,
                      "read_only_root_filesystem": True, "allow_privilege_escalation": False,
                      "drop_capabilities": ("ALL",), **changes})

    def binding(self, add: Sequence[str] = ()) -> Optional[k8s.SecurityContext]:
        """The ``securityContext``, with the capabilities ``add`` (those the pod needs) before
        :attr:`add_capabilities`; ``None`` when it would be empty."""
        adds = [*add, *(c for c in self.add_capabilities if c not in add)]
        capabilities = (k8s.Capabilities(drop=list(self.drop_capabilities) or None, add=adds or None)
                        if adds or self.drop_capabilities else None)
        values = (self.run_as_user, self.run_as_group, self.run_as_non_root, self.read_only_root_filesystem,
                  self.allow_privilege_escalation, capabilities)
        if all(v is None for v in values):
            return None
        return k8s.SecurityContext(run_as_non_root=self.run_as_non_root, run_as_user=self.run_as_user,
                                   run_as_group=self.run_as_group,
                                   allow_privilege_escalation=self.allow_privilege_escalation,
                                   read_only_root_filesystem=self.read_only_root_filesystem,
                                   capabilities=capabilities)


@dataclass(frozen=True)
class PodSecurity:
    """The pod's ``securityContext`` (beside its sysctls) and whether it mounts the
    ServiceAccount token; a field left ``None`` is not written. :meth:`hardened` is the
    library's preset.

    :param fs_group: ``fsGroup``: the group that owns the pod's volumes (default ``None``).
    :param fs_group_change_policy: ``fsGroupChangePolicy``, ``OnRootMismatch`` or ``Always``
        (default ``None``).
    :param seccomp_profile: ``seccompProfile.type``, ``RuntimeDefault`` or ``Unconfined``
        (default ``None``).
    :param automount_service_account_token: ``automountServiceAccountToken`` (default ``None``:
        Kubernetes mounts the token).
    """

    fs_group: Optional[int] = None
    fs_group_change_policy: Optional[str] = None
    seccomp_profile: Optional[str] = None
    automount_service_account_token: Optional[bool] = None

    def __post_init__(self) -> None:
        check_int("PodSecurity.fs_group", self.fs_group, "fs_group", HARDENED_USER, optional=True)
        if self.fs_group is not None:
            check_count("PodSecurity.fs_group", self.fs_group, "fs_group", 0)
        for field_name, choices, example in (("fs_group_change_policy", FS_GROUP_CHANGE_POLICIES, "OnRootMismatch"),
                                             ("seccomp_profile", SECCOMP_PROFILES, "RuntimeDefault")):
            value = check_text(f"PodSecurity.{field_name}", getattr(self, field_name), field_name, example,
                               optional=True)
            if value is not None:
                check_choice(f"PodSecurity.{field_name}", value, choices, field_name)
        if self.automount_service_account_token is not None:
            check_bool("PodSecurity.automount_service_account_token", self.automount_service_account_token,
                       "automount_service_account_token", "write True, False, or None to write nothing")

    @classmethod
    def hardened(cls, fs_group: Optional[int] = HARDENED_USER, **changes: Any) -> "PodSecurity":
        """The library's hardened pod, exactly: ``fsGroup: <fs_group>`` (default 1000; ``None``:
        none) with ``fsGroupChangePolicy: OnRootMismatch``, ``seccompProfile: {type:
        RuntimeDefault}`` and ``automountServiceAccountToken: false``; ``changes`` replace fields."""
        return cls(**{"fs_group": fs_group, "fs_group_change_policy": "OnRootMismatch" if fs_group is not None else None,
                      "seccomp_profile": "RuntimeDefault", "automount_service_account_token": False, **changes})
