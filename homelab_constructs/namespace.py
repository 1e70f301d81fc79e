"""A Kubernetes ``Namespace`` written as the user says: its name, labels and annotations."""
from __future__ import annotations

from typing import Any, Mapping, Optional

import constructs
from cdk8s_plus_27 import k8s

from ._base import HomelabConstruct
from ._names import NAMESPACE_NAME_LABEL
from ._validation import (
    check_dns_label,
    check_label_key,
    check_label_value,
    check_mapping,
    claim_once,
    fail,
)


def _annotation_value(scope: constructs.Construct | str, value: object, what: str) -> str:
    if not isinstance(value, str):
        raise fail(scope, f"{what} is not a string", value, "write the value as a string, such as 'disabled' or 'true'")
    return value


class Namespace(HomelabConstruct):
    """A ``Namespace`` (v1) with exactly the labels and annotations given::

        Namespace(chart, "Network", name="network", annotations={
            "kustomize.toolkit.fluxcd.io/prune": "disabled", "volsync.backube/privileged-movers": "true"})

    The API server labels every namespace ``kubernetes.io/metadata.name: <name>`` itself; a
    different value there would be overwritten, so it is refused.

    :param name: the namespace's name (a DNS label).
    :param labels: its labels (default none), such as the ones a policy's namespace selector or
        a Gateway listener's ``namespace_labels`` select on.
    :param annotations: its annotations (default none), such as
        ``kustomize.toolkit.fluxcd.io/prune: disabled`` (Flux never prunes it) or
        ``argocd.argoproj.io/sync-options: Delete=false``.

    The object is :attr:`resource`.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        labels: Optional[Mapping[str, str]] = None,
        annotations: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "namespace name")
        self.labels: dict[str, str] = (check_mapping(self, labels, "labels", check_label_key, check_label_value,
                                                     example={"team": "lab"}) if labels is not None else {})
        given = self.labels.get(NAMESPACE_NAME_LABEL, self.name)
        if given != self.name:
            raise fail(self, f"label {NAMESPACE_NAME_LABEL} is not the namespace's name {self.name}", given,
                       f"drop the label (the API server sets it to {self.name!r}) or write {self.name!r}")
        self.annotations: dict[str, str] = (
            check_mapping(self, annotations, "annotations", check_label_key, _annotation_value,
                          example={"kustomize.toolkit.fluxcd.io/prune": "disabled"})
            if annotations is not None else {})
        claim_once(self, "namespace", self.name, "Namespace is declared twice", self.name,
                   "declare each namespace once, with all its labels and annotations")
        #: the Namespace
        self.resource = k8s.KubeNamespace(self, "Resource", metadata=k8s.ObjectMeta(
            name=self.name, labels=self.labels or None, annotations=self.annotations or None))


def namespace_name(value: object) -> Any:
    """The name a construct's ``namespace=`` prop stands for: a :class:`Namespace`'s name (the
    construct then writes its objects there and no Namespace of its own), else ``value`` as given
    (the construct checks it)."""
    return value.name if isinstance(value, Namespace) else value
