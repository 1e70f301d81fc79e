"""The platform releases: Cilium (typed values and profiles in ``cilium_values``, the release with Hubble and
dashboards in ``cilium``), cert-manager and Multus, each delivered through :mod:`..delivery`."""
