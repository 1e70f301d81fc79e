"""The API server's own rules for every object (validation/objects.py): names, labels, sizes.

Each rule is checked on objects no construct vetted (as an escape hatch or another library
would write them), through ``cross_object_problems``, which both ``synth()`` and
``python -m homelab_constructs validate`` run.
"""
from __future__ import annotations

import base64

from homelab_constructs import ClusterCidrs
from homelab_constructs.validation import cross_object_problems
from homelab_constructs.validation.objects import DATA_LIMIT, OBJECT_LIMIT

import cdk8s
import pytest
from cdk8s_plus_27 import k8s


def _problems(*objects: dict) -> list[str]:
    return [str(p) for p in cross_object_problems([("x.k8s.yaml", o) for o in objects], ClusterCidrs())]


def _obj(kind: str = "ConfigMap", name: str = "ok", api_version: str = "v1", **extra) -> dict:
    metadata = {"name": name, **extra.pop("metadata", {})}
    return {"apiVersion": api_version, "kind": kind, "metadata": metadata, **extra}


def test_good_objects_pass():
    assert _problems(_obj(metadata={"namespace": "media", "labels": {"app.kubernetes.io/name": "sonarr"},
                                    "annotations": {"example.com/a": "b"}}, data={"config.yaml": "x"}),
                     _obj("Service", "sonarr", spec={}), _obj("Namespace", "media"),
                     _obj("HTTPRoute", "sonarr.v2", "gateway.networking.k8s.io/v1")) == []


def test_service_name_must_start_with_a_letter():
    assert _problems(_obj("Service", "1password", metadata={"namespace": "auth"})) == [
        "x.k8s.yaml: Service auth/1password: metadata.name: a Service name must be a DNS-1035 label (got "
        "'1password'); use 1-63 lowercase letters, digits or '-', starting with a letter and ending with a letter "
        "or digit"]


def test_namespace_name_is_a_label():
    [problem] = _problems(_obj("Namespace", "media.apps"))
    assert "a Namespace name must be a DNS-1123 label (got 'media.apps')" in problem


@pytest.mark.parametrize("name", ["Sonarr", "media_apps", "-x", "a" * 254])
def test_other_names_are_subdomains(name):
    [problem] = _problems(_obj("CiliumNetworkPolicy", name, "cilium.io/v2"))
    assert f"the name must be a DNS-1123 subdomain (got {name!r})" in problem


def test_namespace_field_is_a_label():
    [problem] = _problems(_obj(metadata={"namespace": "Media"}))
    assert "metadata.namespace: the namespace must be a DNS-1123 label (got 'Media')" in problem


@pytest.mark.parametrize("key", ["has space", "a/b/c", "Example.com/x", "x" * 64, ""])
def test_label_keys(key):
    [problem] = _problems(_obj(metadata={"labels": {key: "v"}}))
    assert f"metadata.labels: label key is not a label name (got {key!r})" in problem


@pytest.mark.parametrize("value", ["has space", "-x", "x" * 64])
def test_label_values(value):
    [problem] = _problems(_obj(metadata={"labels": {"k": value}}))
    assert f"metadata.labels.k: label value is not a label value (got {value!r})" in problem


def test_annotation_keys_and_size():
    [problem] = _problems(_obj(metadata={"annotations": {"bad key": "v"}}))
    assert "annotation key is not a qualified name (got 'bad key')" in problem
    [problem] = _problems(_obj(metadata={"annotations": {"a": "x" * (256 * 1024)}}))
    assert "annotations take 262145 bytes, more than the API server's 262144" in problem


def test_data_keys():
    [problem] = _problems(_obj(data={"has space": "x"}))
    assert "data: ConfigMap key is not a valid key (got 'has space')" in problem
    [problem] = _problems(_obj("Secret", stringData={"a/b": "x"}))
    assert "stringData: Secret key is not a valid key (got 'a/b')" in problem


def test_config_map_over_one_mebibyte():
    [problem] = _problems(_obj(data={"a": "x" * DATA_LIMIT, "b": "y"}))
    assert f"data: ConfigMap data takes {DATA_LIMIT + 1} bytes, more than Kubernetes' 1 MiB (got keys ['a', 'b'])" \
        in problem
    assert _problems(_obj(data={"a": "x" * DATA_LIMIT})) == []


def test_secret_data_is_counted_decoded():
    encoded = base64.b64encode(b"x" * DATA_LIMIT).decode()  # 1.33 MiB of base64 for exactly 1 MiB
    assert _problems(_obj("Secret", data={"a": encoded})) == []


def test_any_object_over_the_request_limit():
    [problem] = _problems(_obj("CiliumNetworkPolicy", "big", "cilium.io/v2", spec={"description": "x" * OBJECT_LIMIT}))
    assert "<root>: the object takes" in problem and "(got CiliumNetworkPolicy 'big'); split it" in problem


def test_synth_names_the_construct(tmp_path):
    """An escape hatch writes a Service name the API server refuses: synth() names the ApiObject."""
    from homelab_constructs import HomelabValidationError, synth

    app = cdk8s.App(outdir=str(tmp_path))
    chart = cdk8s.Chart(app, "apps")
    k8s.KubeService(chart, "Vault", metadata=k8s.ObjectMeta(name="1password", namespace="auth"),
                    spec=k8s.ServiceSpec(ports=[k8s.ServicePort(port=80)]))
    with pytest.raises(HomelabValidationError) as error:
        synth(app)
    assert str(error.value).startswith("apps/Vault: metadata.name: a Service name must be a DNS-1035 label (got "
                                       "'1password')")
    assert not list(tmp_path.glob("*.yaml"))
