"""Gateway API: the gateway (Cilium or Envoy Gateway behind one API) with listeners as data, routes, the
HTTP to HTTPS redirect, services outside the cluster, the Envoy Gateway profile and per-route auth."""
