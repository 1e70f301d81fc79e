"""Presets: a construct's opinions are one named preset of its props (``<Construct>.RECOMMENDED``),
applied by name (``<Construct>.recommended(...)``) or by ``Homelab`` (``HomelabSpec.recommended``);
what the props give wins over the preset."""
from homelab_constructs import Homelab, HomelabSpec, SelfSignedCa

import cdk8s
import pytest


def _ca_common_name(spec: HomelabSpec) -> str:
    app = cdk8s.Testing.app()
    lab = Homelab(app, "Homelab", spec)
    certificate = lab.ca.api_object("Certificate")
    return certificate.to_json()["spec"]["commonName"]


@pytest.fixture
def preset(monkeypatch):
    monkeypatch.setattr(SelfSignedCa, "RECOMMENDED", {"common_name": "Preset CA"})


def test_homelab_applies_the_recommended_preset(preset):
    assert _ca_common_name(HomelabSpec()) == "Preset CA"


def test_the_props_given_win_over_the_preset(preset):
    assert _ca_common_name(HomelabSpec(ca=SelfSignedCa.props(common_name="Mine"))) == "Mine"


def test_recommended_false_builds_from_the_props_alone(preset):
    assert _ca_common_name(HomelabSpec(recommended=False)) == SelfSignedCa.props().common_name


def test_recommended_puts_the_preset_under_what_is_given(preset):
    assert SelfSignedCa.recommended().given == {"common_name": "Preset CA"}
    assert SelfSignedCa.recommended(common_name="Mine").given == {"common_name": "Mine"}


def test_recommended_checks_its_names():
    with pytest.raises(ValueError, match=r"^SelfSignedCa.props: SelfSignedCa takes no argument comon_name "
                                         r"\(got 'comon_name'\); did you mean common_name=\?"):
        SelfSignedCa.recommended(comon_name="x")


def test_recommended_is_a_switch():
    with pytest.raises(ValueError, match=r"^HomelabSpec.recommended: recommended must be True or False \(got 'yes'\)"):
        HomelabSpec(recommended="yes")  # type: ignore[arg-type]
