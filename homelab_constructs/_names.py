"""Label, annotation and API group names that more than one module writes or reads.

One definition each, so the construct that writes a name and the check that reads it back
(``validation.crossobject``, ``reachability``) cannot drift apart. Plain strings only: this
module imports neither cdk8s nor jsii, so the manifest validator can use it without them.
"""
from __future__ import annotations

#: The prefix of the library's own labels and annotations (one, for all of them).
PREFIX = "homelab-constructs.io/"

#: The recommended label naming an app's pods; Services and network policies select by it.
APP_NAME_LABEL = "app.kubernetes.io/name"
#: The label on every object the library writes (value ``homelab-constructs``).
MANAGED_BY_LABEL = "app.kubernetes.io/managed-by"
#: The label Kubernetes puts on every Namespace (its own name).
NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"

#: Cilium LB-IPAM: the addresses a Service (or a Gateway's Service) is pinned to.
LB_IPS_ANNOTATION = "lbipam.cilium.io/ips"
#: Cilium LB-IPAM: Services with the same key may share a pinned address.
LB_SHARING_KEY_ANNOTATION = "lbipam.cilium.io/sharing-key"

#: On the policies a namespace's isolation writes: the namespace they isolate.
ISOLATED_NAMESPACE_LABEL = PREFIX + "isolated-namespace"

#: cert-manager's Gateway API support: the issuer of a Gateway's listener certificates.
CLUSTER_ISSUER_ANNOTATION = "cert-manager.io/cluster-issuer"
ISSUER_ANNOTATION = "cert-manager.io/issuer"

#: The Gateway API's group (parentRefs and policy targetRefs name it).
GATEWAY_GROUP = "gateway.networking.k8s.io"
#: The labels Envoy Gateway puts on the proxy pods of one Gateway.
ENVOY_OWNING_GATEWAY_NAME = "gateway.envoyproxy.io/owning-gateway-name"
ENVOY_OWNING_GATEWAY_NAMESPACE = "gateway.envoyproxy.io/owning-gateway-namespace"

#: On the gateways of an Envoy Gateway profile; the profile's traffic policies select by it.
PROFILE_LABEL = PREFIX + "envoy-profile"
#: On DNSEndpoint objects: the ExternalDNS instance (``public``/``internal``) that publishes them.
VISIBILITY_LABEL = PREFIX + "dns-visibility"
#: On a BGP peering's CiliumBGPAdvertisement; its peer config selects the advertisement by it.
ADVERTISEMENT_LABEL = PREFIX + "bgp-advertisement"
#: On the VPN pod: the one pod of its namespace that may reach the world.
VPN_LABEL = PREFIX + "vpn"
