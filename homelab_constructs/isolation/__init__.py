"""Namespace isolation above the apps and gateways: default-deny CiliumNetworkPolicies per namespace with the
allows its routes, apps and intents need (``policies``), and the whole-homelab isolation spec (``spec``)."""
