"""Bad input of ``waive()`` (recommendations.py), part of the bad-input catalogue
(``test_bad_input_*.py``): one row per refused value, each with the exact one-line message.

What a waiver may name is decided here: a recommendation of :data:`RECOMMENDATIONS` (by name,
as a string), a namespace for a recommendation per namespace and a construct (or its path) for
one per construct, a one-line reason that is not blank, once per scope; and a waiver must waive
something: a namespace with no finding (no route into it, or isolated already) and a construct
with none are refused at synth (a waiver is read by reviewers: one that hides nothing tells of
an exception that does not exist).
"""
from __future__ import annotations

from homelab_constructs import (
    CiliumPolicy,
    CloudflareProvider,
    DnsEndpoint,
    DnsRecord,
    ExternalDns,
    PolicyPeer,
    PolicyRule,
    declare_external,
    dns_target_annotations,
    waive,
)

import cdk8s
import pytest
from bad_input import Case, app, build, gw

WHY = "media runs without policies for now"
RECOMMENDATION_FIX = "use one of: isolation, public-dns-private-address"


def routed(c: cdk8s.Chart) -> None:
    """A routed app in ``media``, which no policy isolates (its gateway's issuer declared)."""
    app(c, gateway=gw(c, cluster_issuer=declare_external(c, "ClusterIssuer", "homelab-ca-issuer")))


def endpoint(c: cdk8s.Chart) -> DnsEndpoint:
    ExternalDns(c, "x", gateway=gw(c, annotations=dns_target_annotations("external.homelab.local")),
                provider=CloudflareProvider())
    return DnsEndpoint(c, "e", name="e", namespace="network",
                       records=[DnsRecord("nas.example.com", type="A", targets=("192.168.10.5",))])


CASES = [
    # the recommendation: a known name, as a string
    Case("waive-recommendation-type", lambda c: waive(c, 5, namespace="media", reason=WHY),  # type: ignore[arg-type]
         f"c/Waiver-5-media: recommendation is unknown (got 5); {RECOMMENDATION_FIX}"),
    Case("waive-recommendation-list", lambda c: waive(c, ["isolation"], namespace="media", reason=WHY),  # type: ignore[arg-type]
         "c/Waiver-['isolation']-media: recommendation is unknown (got ['isolation']); write it as a string, "
         f"'isolation'; {RECOMMENDATION_FIX}"),
    Case("waive-recommendation-unknown", lambda c: waive(c, "isolated", namespace="media", reason=WHY),
         f"c/Waiver-isolated-media: recommendation is unknown (got 'isolated'); did you mean isolation? "
         f"{RECOMMENDATION_FIX}"),
    # the reason: a string, not blank, one line
    Case("waive-reason-type", lambda c: waive(c, "isolation", namespace="media", reason=None),  # type: ignore[arg-type]
         "c/Waiver-isolation-media: reason is not a string (got None); write a string such as '<why the "
         "recommendation does not apply here>'"),
    Case("waive-reason-empty", lambda c: waive(c, "isolation", namespace="media", reason="  "),
         "c/Waiver-isolation-media: waiver gives no reason (got '  '); say in one line why the recommendation does "
         "not apply here: reviewers read it in the synth summary"),
    Case("waive-reason-lines", lambda c: waive(c, "isolation", namespace="media", reason="one\ntwo"),
         "c/Waiver-isolation-media: reason is not one line (got 'one\\ntwo'); write the reason on one line "
         "(waivers.txt lists one waiver per line)"),
    # what is waived: a namespace or a construct, as the recommendation is scoped
    Case("waive-isolation-without-namespace", lambda c: waive(c, "isolation", reason=WHY),
         "c/Waiver-isolation: isolation is waived per namespace, and none is given (got None); pass "
         "namespace='<namespace>', such as namespace='media'"),
    Case("waive-isolation-construct", lambda c: waive(c, "isolation", construct=c, reason=WHY),
         "c/Waiver-isolation-c: isolation is waived per namespace, not per construct (got <Chart c>); pass "
         "namespace='<namespace>' instead of construct="),
    Case("waive-namespace-type", lambda c: waive(c, "isolation", namespace=5, reason=WHY),  # type: ignore[arg-type]
         "c/Waiver-isolation-5: namespace is not a string (got 5); write a string such as 'media'"),
    Case("waive-namespace-value", lambda c: waive(c, "isolation", namespace="Media", reason=WHY),
         "c/Waiver-isolation-Media: namespace is not a DNS label (got 'Media'); use 1-63 lowercase letters, digits "
         "or '-', starting and ending with a letter or digit"),
    Case("waive-dns-namespace", lambda c: waive(c, "public-dns-private-address", namespace="network", reason=WHY),
         "c/Waiver-public-dns-private-address-network: public-dns-private-address is waived per construct, not per "
         "namespace (got 'network'); pass construct=<the construct> (or its path, as the recommendation's message "
         "names it)"),
    Case("waive-dns-without-construct", lambda c: waive(c, "public-dns-private-address", reason=WHY),
         "c/Waiver-public-dns-private-address: public-dns-private-address is waived per construct, and none is "
         "given (got None); pass construct=<the construct>, or its path such as construct='dns/Nas'"),
    Case("waive-construct-type", lambda c: waive(c, "public-dns-private-address", construct=5, reason=WHY),  # type: ignore[arg-type]
         "c/Waiver-public-dns-private-address-5: construct path is not a string (got 5); write a string such as "
         "'dns/Nas'"),
    Case("waive-construct-path", lambda c: waive(c, "public-dns-private-address", construct="dns Nas", reason=WHY),
         "c/Waiver-public-dns-private-address-dns Nas: construct path is not a construct's path (got 'dns Nas'); "
         "write the path the recommendation's message names, such as 'dns/Nas'"),
    Case("waive-construct-of-another-app",
         lambda c: waive(c, "public-dns-private-address", construct=cdk8s.Chart(cdk8s.Testing.app(), "other"),
                         reason=WHY),
         "c/Waiver-public-dns-private-address-other: construct is in another app (got <Chart other>); waive a "
         "construct of this app"),
    # once per scope
    Case("waive-twice", lambda c: (waive(c, "isolation", namespace="media", reason=WHY),
                                   waive(c, "isolation", namespace="media", reason="another reason")),
         "c/Waiver-isolation-media: isolation is waived twice here (got 'media'); waive it once per scope (one "
         "reason)"),
    # a waiver that waives nothing (decided: refused at synth)
    Case("waive-namespace-without-routes", lambda c: waive(c, "isolation", namespace="media", reason=WHY),
         "c/Waiver-isolation-media: waiver of isolation waives nothing: no route sends traffic into the namespace "
         "(got 'media'); drop the waiver", manifests=True),
    Case("waive-namespace-isolated",
         lambda c: (routed(c), CiliumPolicy(c, "deny", name="default-deny", namespace="media",
                                            ingress=[PolicyRule(PolicyPeer.entities("ingress"))],
                                            egress=[PolicyRule(PolicyPeer.kube_dns(), ports=(53,))]),
                    waive(c, "isolation", namespace="media", reason=WHY)),
         "c/Waiver-isolation-media: waiver of isolation waives nothing: namespace is isolated by default-deny "
         "policies already (got 'media'); drop the waiver", manifests=True),
    Case("waive-other-namespace",
         lambda c: (routed(c), waive(c, "isolation", namespace="media", reason=WHY),
                    waive(c, "isolation", namespace="medai", reason=WHY)),
         "c/Waiver-isolation-medai: waiver of isolation waives nothing: no route sends traffic into the namespace "
         "(got 'medai'); drop the waiver", manifests=True),
    Case("waive-typo-leaves-the-finding",
         lambda c: (routed(c), waive(c, "isolation", namespace="medai", reason=WHY)),
         "c/a/Route/Resource: metadata.namespace: routed namespace is not isolated, as the library recommends (got "
         "'media': no default-deny policy selects all its pods); isolate it (NamespaceIsolation(scope, id, "
         "namespace='media', apps=[...]); with Homelab this is the default), or waive the recommendation with a "
         "reason: waive(scope, 'isolation', namespace='media', reason='<why>') (with Homelab: "
         "IsolationSpec(opt_out={'media': '<why>'}))\n"
         "c/Waiver-isolation-medai: waiver of isolation waives nothing: no route sends traffic into the namespace "
         "(got 'medai'); drop the waiver, or waive a routed namespace that is not isolated: media", manifests=True),
    Case("waive-construct-without-finding",
         lambda c: (endpoint(c), waive(c, "public-dns-private-address", construct="c/x", reason=WHY)),
         "c/e: public record nas.example.com points at a private address (got ['192.168.10.5']); publish private "
         "addresses with visibility='internal'; or, to keep it, waive the recommendation with a reason: "
         "waive(scope, 'public-dns-private-address', construct='c/e', reason='<why>')\n"
         "c/Waiver-public-dns-private-address-c_x: waiver of public-dns-private-address waives nothing: no construct "
         "at or under c/x breaks the recommendation (got 'c/x'); drop the waiver, or name the construct the "
         "recommendation's message names", whole_app=True),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_waiver(case):
    with pytest.raises(ValueError) as caught:
        build(case)
    assert str(caught.value) == case.message


def test_rows_are_distinct():
    assert len({c.id for c in CASES}) == len(CASES)
    assert len({c.message for c in CASES}) == len(CASES)
