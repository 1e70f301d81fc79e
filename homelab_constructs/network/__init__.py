"""Cilium networking: LoadBalancer IP pools, L2 announcements, namespace isolation; Multus VLANs."""
from .._lazy import lazy_exports
from .cilium_policy import (
    CidrRule,
    CiliumPolicy,
    LabelMatch,
    PodSelector,
    PolicyPeer,
    PolicyRule,
    PortRule,
    namespace_baseline,
)
from .isolation_spec import IsolationSpec, isolate_namespaces
from .lbipam import LB_IPS_ANNOTATION, L2Announcement, LoadBalancerPool, pin_ip
from .policies import (
    ISOLATION_ANNOTATION,
    STANDARD_POLICIES,
    EgressGrant,
    NamespaceIsolation,
    RoutedBackend,
    ToApiServer,
    ToCidr,
    ToEntity,
    ToFqdn,
    ToService,
    ToWorld,
)

# Multus VLANs load the Multus binding and jsonschema: only when used
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    ".vlan": ["CILIUM_MULTUS_VALUES", "CNI_CONFIG_SCHEMA", "NETWORKS_ANNOTATION", "NetworkSelection", "VlanAddress",
              "VlanAttachment", "VlanRoute", "check_interface_name", "networks_annotation"],
    # BGP (issue 5): loaded on use like the rest
    ".bgp": ["ADVERTISEMENT_LABEL", "AS_TRANS", "BgpPeer", "BgpPeering", "bgp_peerings", "check_asn",
             "EVERY_SERVICE", "SERVICE_ADDRESSES", "SelectorRequirement"],
})

__all__ = [
    "CILIUM_MULTUS_VALUES", "CNI_CONFIG_SCHEMA", "LB_IPS_ANNOTATION", "L2Announcement", "LoadBalancerPool",
    "NETWORKS_ANNOTATION", "NetworkSelection", "VlanAddress", "VlanAttachment", "VlanRoute", "check_interface_name",
    "networks_annotation", "pin_ip",
    # namespace isolation (issue 3)
    "EgressGrant", "ISOLATION_ANNOTATION", "IsolationSpec", "NamespaceIsolation", "ToApiServer", "ToCidr", "ToEntity",
    "ToFqdn", "ToService", "ToWorld", "isolate_namespaces",
    # CiliumNetworkPolicy rules as data
    "CidrRule", "CiliumPolicy", "LabelMatch", "PodSelector", "PolicyPeer", "PolicyRule", "PortRule", "RoutedBackend",
    "STANDARD_POLICIES", "namespace_baseline",
    # BGP control plane (issue 5)
    "ADVERTISEMENT_LABEL", "AS_TRANS", "BgpPeer", "BgpPeering", "bgp_peerings", "check_asn",
    "EVERY_SERVICE", "SERVICE_ADDRESSES", "SelectorRequirement",
]
