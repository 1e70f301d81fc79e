"""Kubernetes label selectors, evaluated as the API machinery does: one place for the whole-app
rules (``validation.crossobject``) and the policy evaluator (``reachability``). Standard library
only, like the modules that use it."""
from __future__ import annotations

from typing import Callable, Mapping

#: the ``matchExpressions`` operators of a label selector
OPERATORS = ("In", "NotIn", "Exists", "DoesNotExist")


def _known(key: str) -> bool:
    return False


def selector_matches(selector: object, labels: Mapping[str, str], unknown: Callable[[str], bool] = _known) -> bool:
    """Whether ``selector`` (``matchLabels`` and ``matchExpressions``) selects ``labels``. No
    selector, or an empty one, selects everything. A requirement on a key ``unknown`` says the
    caller cannot know, or with an operator other than :data:`OPERATORS` (the caller's to refuse),
    counts as met."""
    if not isinstance(selector, Mapping) or not selector:
        return True
    for key, value in (selector.get("matchLabels") or {}).items():
        if not unknown(key) and labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions") or []:
        key, values = expression.get("key", ""), expression.get("values") or []
        if unknown(key):
            continue
        present = key in labels
        met = {"In": present and labels.get(key) in values, "NotIn": not present or labels.get(key) not in values,
               "Exists": present, "DoesNotExist": not present}.get(str(expression.get("operator")), True)
        if not met:
            return False
    return True
