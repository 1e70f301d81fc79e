"""Cilium networking below the apps: LoadBalancer IP pools, L2 announcements, BGP, CiliumNetworkPolicies as data,
Multus VLANs."""
