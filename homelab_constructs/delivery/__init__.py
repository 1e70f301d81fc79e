"""Delivery building blocks: Flux sources, HelmReleases and Kustomizations (``flux``), Argo CD Applications
(``argocd``), Helm values as text (``helm``), and the apply order of the bundle (``stages``)."""
