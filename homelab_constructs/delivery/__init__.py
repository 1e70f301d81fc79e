"""Delivery building blocks: how a release is sourced and delivered (``release_settings``), Flux sources and
HelmReleases (``flux``), Flux Kustomizations (``kustomization``),
Argo CD Applications and the app's delivery choice (``argocd``), Helm values as text (``helm``), and the apply
order of the bundle (``stages``)."""
