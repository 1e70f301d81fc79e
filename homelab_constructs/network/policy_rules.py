"""Cilium's policy vocabulary, below every policy writer: the namespace label, kube-dns, the
entities and protocols of the pinned CRD, its FQDN patterns, and :class:`PolicyRules`, the
shorthand that builds a CiliumNetworkPolicy's rule structs from plain arguments.

:class:`~.cilium_policy.CiliumPolicy`, :class:`~homelab_constructs.isolation.policies.NamespaceIsolation`
and the Cilium release write their policies with them.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from imports.homelab_cilium.io import cilium

#: Cilium's label for a pod's namespace (selectors without it stay in the policy's namespace).
NAMESPACE_LABEL = "k8s:io.kubernetes.pod.namespace"
#: kube-dns pods (CoreDNS in kube-system carries the same label).
KUBE_DNS = {NAMESPACE_LABEL: "kube-system", "k8s:k8s-app": "kube-dns"}
#: Entities Cilium knows (from the pinned CRD's enum).
ENTITIES = tuple(e.name.lower().replace("_hyphen_", "-") for e in cilium.CiliumNetworkPolicySpecEgressToEntities)
#: Protocols a Cilium port may name (from the pinned CRD's enum).
PROTOCOLS = tuple(p.name for p in cilium.CiliumNetworkPolicySpecEgressToPortsPortsProtocol)
#: the CRD's patterns for toFQDNs matchName / matchPattern
FQDN_NAME = re.compile(r"^([-a-zA-Z0-9_]+[.]?)+$")
FQDN_PATTERN = re.compile(r"^([-a-zA-Z0-9_*]+[.]?)+$")


# ---- binding shorthands: the same rule shapes exist once for ``spec`` and once for ``specs``

class PolicyRules:
    """Build CiliumNetworkPolicy rule structs of one kind: ``Spec`` (a policy's ``spec``) or
    ``Specs`` (one of ``specs``); :class:`~homelab_constructs.isolation.policies.NamespaceIsolation`
    and the Cilium release write their policies with it."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def _c(self, suffix: str):
        return getattr(cilium, f"CiliumNetworkPolicy{self.kind}{suffix}")

    def _enum(self, suffix: str, value: str):
        """The binding's enums are keyed by member name: ``kube-apiserver`` is ``KUBE_HYPHEN_APISERVER``."""
        return self._c(suffix)[value.upper().replace("-", "_HYPHEN_")]

    def spec(self, *, description: str, selector: Mapping[str, str], ingress=None, egress=None,
             default_deny: bool = False):
        return self._c("")(
            description=description,
            endpoint_selector=self._c("EndpointSelector")(match_labels=dict(selector) if selector else None),
            enable_default_deny=self._c("EnableDefaultDeny")(ingress=default_deny, egress=default_deny),
            ingress=ingress, egress=egress)

    def ingress(self, *, endpoints: Sequence[Mapping[str, str]] = (), entities: Sequence[str] = (),
                cidrs: Sequence[str] = (), ports: Sequence[int] = (), protocol: str = "TCP"):
        return self._c("Ingress")(
            from_endpoints=[self._c("IngressFromEndpoints")(match_labels=dict(e)) for e in endpoints] or None,
            from_entities=[self._enum("IngressFromEntities", e) for e in entities] or None,
            from_cidr_set=[self._c("IngressFromCidrSet")(cidr=c) for c in cidrs] or None,
            to_ports=[self._c("IngressToPorts")(ports=[self._c("IngressToPortsPorts")(
                port=str(p), protocol=self._enum("IngressToPortsPortsProtocol", protocol)) for p in ports])]
            if ports else None)

    def egress(self, *, endpoints: Sequence[Mapping[str, str]] = (), entities: Sequence[str] = (),
               cidrs: Sequence[str] = (), fqdns: Sequence[str] = (), ports: Sequence[int] = (),
               protocols: Sequence[str] = ("TCP",), dns: bool = False):
        return self._c("Egress")(
            to_endpoints=[self._c("EgressToEndpoints")(match_labels=dict(e)) for e in endpoints] or None,
            to_entities=[self._enum("EgressToEntities", e) for e in entities] or None,
            to_cidr_set=[self._c("EgressToCidrSet")(cidr=c) for c in cidrs] or None,
            to_fqd_ns=[self._c("EgressToFqdNs")(match_pattern=n) if "*" in n else self._c("EgressToFqdNs")(match_name=n)
                       for n in fqdns] or None,
            to_ports=[self._c("EgressToPorts")(
                ports=[self._c("EgressToPortsPorts")(port=str(p), protocol=self._enum("EgressToPortsPortsProtocol", proto))
                       for p in ports],
                rules=self._c("EgressToPortsRules")(dns=[self._c("EgressToPortsRulesDns")(match_pattern="*")])
                if dns else None,
            ) for proto in protocols] if ports else None)
