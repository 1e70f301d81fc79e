"""cert-manager Certificates as users write them: a named Secret signed by an issuer.

A :class:`Certificate` asks an issuer (an :class:`~homelab_constructs.tls.issuer.Issuer` object,
or a ClusterIssuer's name) for a certificate of some DNS names and keeps it in a Secret of its
namespace; a gateway listener uses that Secret (:attr:`Certificate.secret_name`). The rules
cert-manager's webhook applies are applied first: durations of at least 1h, ``renewBefore``
of at least 5m and shorter than the duration, usages from its list, key sizes per algorithm.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_certmanager.io import cert_manager as cm

from .._base import HomelabConstruct
from .._validation import (
    Scope,
    check_choice,
    check_dns_label,
    check_dns_subdomain,
    check_go_duration,
    check_instance,
    check_once,
    check_sequence,
    check_text,
    claim_once,
    fail,
    go_duration_seconds,
    is_dns_name,
)
from .issuer import IssuerArg, issuer_of

#: cert-manager's limits (seconds): shortest duration and renewBefore, and its default duration
MINIMUM_DURATION, MINIMUM_RENEW_BEFORE, DEFAULT_DURATION = 3600.0, 300.0, 90 * 24 * 3600.0
#: cert-manager's key usages (``spec.usages``), as written in a Certificate
USAGES = ("signing", "digital signature", "content commitment", "key encipherment", "key agreement",
          "data encipherment", "cert sign", "crl sign", "encipher only", "decipher only", "any", "server auth",
          "client auth", "code signing", "email protection", "s/mime", "ipsec end system", "ipsec tunnel",
          "ipsec user", "timestamping", "ocsp signing", "microsoft sgc", "netscape sgc")
#: key sizes cert-manager accepts per algorithm (``None``: the size is ignored, leave it out)
KEY_SIZES = {"RSA": (2048, 4096, 8192), "ECDSA": (256, 384, 521), "Ed25519": ()}
ROTATION_POLICIES = ("Always", "Never")
KEY_ENCODINGS = ("PKCS1", "PKCS8")
#: the registry of cert-manager objects (issuers, Certificates, their Secrets) claimed per app
CERT_MANAGER_REGISTRY = "cert-manager-objects"
_ALGORITHMS = {"RSA": cm.CertificateSpecPrivateKeyAlgorithm.RSA, "ECDSA": cm.CertificateSpecPrivateKeyAlgorithm.ECDSA,
               "Ed25519": cm.CertificateSpecPrivateKeyAlgorithm.ED25519}


def usage_enum(usage: str) -> cm.CertificateSpecUsages:
    """The binding's member for a cert-manager usage (``digital signature`` -> ``DIGITAL_SIGNATURE``)."""
    return cm.CertificateSpecUsages[usage.upper().replace("/", "_FORWARD_SLASH_").replace(" ", "_")]


@dataclass(frozen=True)
class PrivateKey:
    """A Certificate's ``spec.privateKey``; each field left out is cert-manager's default.

    :param algorithm: ``RSA``, ``ECDSA`` or ``Ed25519`` (default ``None``: RSA).
    :param size: bits: 2048, 4096 or 8192 for RSA, 256, 384 or 521 for ECDSA, none for Ed25519
        (default ``None``: 2048 for RSA, 256 for ECDSA).
    :param rotation_policy: ``Always`` (a new key on every renewal) or ``Never`` (default ``None``:
        cert-manager's ``Always``).
    :param encoding: ``PKCS1`` or ``PKCS8`` (default ``None``: PKCS1).
    """

    algorithm: Optional[str] = None
    size: Optional[int] = None
    rotation_policy: Optional[str] = None
    encoding: Optional[str] = None

    def __post_init__(self) -> None:
        if self.algorithm is not None:
            check_choice("PrivateKey.algorithm", self.algorithm, KEY_SIZES, "algorithm")
        if self.size is not None:
            if isinstance(self.size, bool) or not isinstance(self.size, int):
                raise fail("PrivateKey.size", "size is not an integer or None", self.size,
                           "write the key's bits, such as 256, or None")
            sizes = KEY_SIZES[self.algorithm or "RSA"]
            if self.size not in sizes:
                fix = (f"use one of: {', '.join(map(str, sizes))}" if sizes
                       else "leave size out: Ed25519 keys have one size")
                raise fail("PrivateKey.size", f"size is not a {self.algorithm or 'RSA'} key size", self.size, fix)
        if self.rotation_policy is not None:
            check_choice("PrivateKey.rotation_policy", self.rotation_policy, ROTATION_POLICIES, "rotation policy")
        if self.encoding is not None:
            check_choice("PrivateKey.encoding", self.encoding, KEY_ENCODINGS, "encoding")

    def spec(self) -> cm.CertificateSpecPrivateKey:
        return cm.CertificateSpecPrivateKey(
            algorithm=_ALGORITHMS[self.algorithm] if self.algorithm else None,
            size=self.size,
            rotation_policy=cm.CertificateSpecPrivateKeyRotationPolicy[self.rotation_policy.upper()]
            if self.rotation_policy else None,
            encoding=cm.CertificateSpecPrivateKeyEncoding[self.encoding] if self.encoding else None)


def check_lifetime(scope: Scope, duration: object, renew_before: object, *, duration_example: str = "'2160h'",
                   renew_example: str = "'720h'", longer: str = "give the certificate a longer life, such as '2160h'",
                   earlier: str = "renew earlier, such as '720h'") -> tuple[Optional[str], Optional[str]]:
    """``duration`` and ``renew_before`` (each a Go duration or ``None``: cert-manager's default,
    90 days and a third of the life) as cert-manager's webhook takes them: a life of at least
    1h, renewal at least 5m before expiry and before the life is over. The examples and the
    ``longer``/``earlier`` fixes are the caller's words."""
    life = DEFAULT_DURATION
    if duration is not None:
        life = go_duration_seconds(check_go_duration(scope, duration, "duration", duration_example))
        if life < MINIMUM_DURATION:
            raise fail(scope, "duration is under cert-manager's minimum of 1h", duration, longer)
    if renew_before is not None:
        early = go_duration_seconds(check_go_duration(scope, renew_before, "renew_before", renew_example))
        if early < MINIMUM_RENEW_BEFORE:
            raise fail(scope, "renew_before is under cert-manager's minimum of 5m", renew_before, earlier)
        if early >= life:
            raise fail(scope, "renew_before is not shorter than the duration", renew_before,
                       f"renew before the certificate expires: less than {duration or '2160h'} "
                       "(cert-manager would renew it forever)")
    return duration, renew_before  # type: ignore[return-value]  # checked above


def _dns_name(scope: Scope, value: object, what: str) -> str:
    name = value[2:] if isinstance(value, str) and value.startswith("*.") else value
    if not is_dns_name(name, min_labels=1):
        raise fail(scope, f"{what} is not a DNS name", value,
                   "write a name such as 'example.com', or a wildcard such as '*.example.com'")
    return value  # type: ignore[return-value]


def _usage(scope: Scope, value: object, what: str) -> str:
    return check_choice(scope, value, USAGES, what)


class Certificate(HomelabConstruct):
    """A cert-manager ``Certificate``: the certificate of ``dns_names`` from ``issuer``, kept in
    Secret ``secret_name`` of ``namespace``.

    Two Certificates of one app writing one Secret would overwrite each other's key pair: the
    second is refused, naming the first.

    :param name: the Certificate's name.
    :param namespace: its namespace, and its Secret's.
    :param issuer: the issuer that signs it: an :class:`~homelab_constructs.tls.issuer.Issuer`
        object (a namespaced ``Issuer`` must live in ``namespace``), or the name of a ClusterIssuer
        (of the app, or declared with ``declare_external``).
    :param dns_names: the names it covers, such as ``["example.com", "*.example.com"]``
        (default ``()``: none; then ``common_name`` is required).
    :param secret_name: the Secret that holds the key pair (default ``<name>-tls``).
    :param common_name: the subject CN, at most 64 characters (default ``None``: none).
    :param duration: the requested life, a Go duration of at least 1h (default ``None``:
        cert-manager's 90 days).
    :param renew_before: renew this long before expiry: at least 5m and shorter than the
        duration (default ``None``: a third of the life left).
    :param usages: key usages from cert-manager's list, such as ``["digital signature"]``
        (default ``None``: cert-manager's ``digital signature, key encipherment``).
    :param private_key: the key's algorithm, size, rotation and encoding (default ``None``:
        cert-manager's RSA 2048, rotated on renewal).
    :param issuer_group: the issuer's API group (default ``None``: left out, ``cert-manager.io``).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        issuer: IssuerArg,
        dns_names: Sequence[str] = (),
        secret_name: Optional[str] = None,
        common_name: Optional[str] = None,
        duration: Optional[str] = None,
        renew_before: Optional[str] = None,
        usages: Optional[Sequence[str]] = None,
        private_key: Optional[PrivateKey] = None,
        issuer_group: Optional[str] = None,
    ) -> None:
        super().__init__(scope, id)
        self._validate(name, namespace, issuer, dns_names, secret_name, common_name, usages, private_key,
                       issuer_group)
        check_lifetime(self, duration, renew_before)
        self.duration, self.renew_before = duration, renew_before
        self._claim()
        self.resource = cm.Certificate(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace),
            spec=cm.CertificateSpec(
                secret_name=self.secret_name,
                issuer_ref=cm.CertificateSpecIssuerRef(name=self.issuer_name, kind=self.issuer_kind,
                                                       group=self.issuer_group),
                common_name=self.common_name,
                dns_names=list(self.dns_names) or None,
                duration=duration,
                renew_before=renew_before,
                usages=[usage_enum(u) for u in self.usages] if self.usages is not None else None,
                private_key=self.private_key.spec() if self.private_key else None,
            ),
        )

    def _validate(self, name: object, namespace: object, issuer: object, dns_names: object, secret_name: object,
                  common_name: object, usages: object, private_key: object, issuer_group: object) -> None:
        self.name = check_dns_subdomain(self, name, "certificate name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.issuer_kind, self.issuer_name = issuer_of(self, issuer, self.namespace)
        self.dns_names: tuple[str, ...] = check_sequence(self, dns_names, "dns_names", _dns_name,
                                                         example=["example.com", "*.example.com"])
        check_text(self, secret_name, "secret name", "example-com-tls", optional=True)
        self.secret_name = check_dns_subdomain(self, secret_name or f"{self.name}-tls", "secret name")
        self.common_name = check_text(self, common_name, "common name", "example.com", optional=True)
        if self.common_name is not None and not (self.common_name.strip() and len(self.common_name) <= 64):
            raise fail(self, "common name must be 1-64 characters", common_name,
                       "write a short subject such as 'example.com' (X.509 limits the CN to 64)")
        if not self.dns_names and common_name is None:
            raise fail(self, "certificate names nothing", dns_names,
                       "give dns_names such as ['example.com', '*.example.com'], or a common_name")
        self.usages: Optional[tuple[str, ...]] = None if usages is None else check_sequence(
            self, usages, "usages", _usage, example=["digital signature", "key encipherment"])
        self.private_key: Optional[PrivateKey] = check_instance(  # type: ignore[assignment]
            self, private_key, PrivateKey, "private key", "pass PrivateKey(algorithm='ECDSA', size=256), or None",
            optional=True)
        check_text(self, issuer_group, "issuer group", "cert-manager.io", optional=True)
        self.issuer_group: Optional[str] = (None if issuer_group is None
                                            else check_dns_subdomain(self, issuer_group, "issuer group"))

    def _claim(self) -> None:
        fix = "give each Certificate its own name and secret_name, or build one and share its secret_name"
        claims = ((("Certificate", self.namespace, self.name), "Certificate is declared twice",
                   f"{self.namespace}/{self.name}"),
                  (("Secret", self.namespace, self.secret_name), "Secret is written by two Certificates",
                   f"{self.namespace}/{self.secret_name}"))
        for key, what, got in claims:
            check_once(self, CERT_MANAGER_REGISTRY, key, what, got, fix, already="already writes it")
        for key, what, got in claims:
            claim_once(self, CERT_MANAGER_REGISTRY, key, what, got, fix, already="already writes it")
