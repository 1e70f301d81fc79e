from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class DnsEndpoint(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iok8sexternaldns.DnsEndpoint",
):
    '''DNSEndpoint is a contract that a user-specified CRD must implement to be used as a source for external-dns.

    The user-specified CRD should also have the status sub-resource.

    :schema: DNSEndpoint
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DnsEndpointSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "DNSEndpoint" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: DNSEndpointSpec defines the desired state of DNSEndpoint.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68ca986e687b0396aa3a86b5e2b5d8be004e250072aa38d6b346bef56228d22e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = DnsEndpointProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DnsEndpointSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "DNSEndpoint".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: DNSEndpointSpec defines the desired state of DNSEndpoint.
        '''
        props = DnsEndpointProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "DNSEndpoint".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iok8sexternaldns.DnsEndpointProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class DnsEndpointProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["DnsEndpointSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''DNSEndpoint is a contract that a user-specified CRD must implement to be used as a source for external-dns.

        The user-specified CRD should also have the status sub-resource.

        :param metadata: 
        :param spec: DNSEndpointSpec defines the desired state of DNSEndpoint.

        :schema: DNSEndpoint
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = DnsEndpointSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d97c62dff7e5dc436b57cb3d8d29e2f820c59768020105ad8b46fafba91e7d27)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: DNSEndpoint#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["DnsEndpointSpec"]:
        '''DNSEndpointSpec defines the desired state of DNSEndpoint.

        :schema: DNSEndpoint#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["DnsEndpointSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DnsEndpointProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sexternaldns.DnsEndpointSpec",
    jsii_struct_bases=[],
    name_mapping={"endpoints": "endpoints"},
)
class DnsEndpointSpec:
    def __init__(
        self,
        *,
        endpoints: typing.Optional[typing.Sequence[typing.Union["DnsEndpointSpecEndpoints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''DNSEndpointSpec defines the desired state of DNSEndpoint.

        :param endpoints: 

        :schema: DnsEndpointSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__680eb740a730cd9a3cfd6894d51fc884f7d6dfb30b5e13be2104b22ff4fab78c)
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if endpoints is not None:
            self._values["endpoints"] = endpoints

    @builtins.property
    def endpoints(self) -> typing.Optional[typing.List["DnsEndpointSpecEndpoints"]]:
        '''
        :schema: DnsEndpointSpec#endpoints
        '''
        result = self._values.get("endpoints")
        return typing.cast(typing.Optional[typing.List["DnsEndpointSpecEndpoints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DnsEndpointSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sexternaldns.DnsEndpointSpecEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "dns_name": "dnsName",
        "labels": "labels",
        "provider_specific": "providerSpecific",
        "record_ttl": "recordTtl",
        "record_type": "recordType",
        "set_identifier": "setIdentifier",
        "targets": "targets",
    },
)
class DnsEndpointSpecEndpoints:
    def __init__(
        self,
        *,
        dns_name: typing.Optional[builtins.str] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        provider_specific: typing.Optional[typing.Sequence[typing.Union["DnsEndpointSpecEndpointsProviderSpecific", typing.Dict[builtins.str, typing.Any]]]] = None,
        record_ttl: typing.Optional[jsii.Number] = None,
        record_type: typing.Optional[builtins.str] = None,
        set_identifier: typing.Optional[builtins.str] = None,
        targets: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Endpoint is a high-level way of a connection between a service and an IP.

        :param dns_name: The hostname of the DNS record.
        :param labels: Labels stores labels defined for the Endpoint.
        :param provider_specific: ProviderSpecific stores provider specific config.
        :param record_ttl: TTL for the record.
        :param record_type: RecordType type of record, e.g. CNAME, A, AAAA, SRV, TXT etc.
        :param set_identifier: Identifier to distinguish multiple records with the same name and type (e.g. Route53 records with routing policies other than 'simple').
        :param targets: The targets the DNS record points to.

        :schema: DnsEndpointSpecEndpoints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9cbe4ceae4bfdf3130d2acac69d8fd2e4095003d914c9eaecd38f01977ca914)
            check_type(argname="argument dns_name", value=dns_name, expected_type=type_hints["dns_name"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument provider_specific", value=provider_specific, expected_type=type_hints["provider_specific"])
            check_type(argname="argument record_ttl", value=record_ttl, expected_type=type_hints["record_ttl"])
            check_type(argname="argument record_type", value=record_type, expected_type=type_hints["record_type"])
            check_type(argname="argument set_identifier", value=set_identifier, expected_type=type_hints["set_identifier"])
            check_type(argname="argument targets", value=targets, expected_type=type_hints["targets"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dns_name is not None:
            self._values["dns_name"] = dns_name
        if labels is not None:
            self._values["labels"] = labels
        if provider_specific is not None:
            self._values["provider_specific"] = provider_specific
        if record_ttl is not None:
            self._values["record_ttl"] = record_ttl
        if record_type is not None:
            self._values["record_type"] = record_type
        if set_identifier is not None:
            self._values["set_identifier"] = set_identifier
        if targets is not None:
            self._values["targets"] = targets

    @builtins.property
    def dns_name(self) -> typing.Optional[builtins.str]:
        '''The hostname of the DNS record.

        :schema: DnsEndpointSpecEndpoints#dnsName
        '''
        result = self._values.get("dns_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Labels stores labels defined for the Endpoint.

        :schema: DnsEndpointSpecEndpoints#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def provider_specific(
        self,
    ) -> typing.Optional[typing.List["DnsEndpointSpecEndpointsProviderSpecific"]]:
        '''ProviderSpecific stores provider specific config.

        :schema: DnsEndpointSpecEndpoints#providerSpecific
        '''
        result = self._values.get("provider_specific")
        return typing.cast(typing.Optional[typing.List["DnsEndpointSpecEndpointsProviderSpecific"]], result)

    @builtins.property
    def record_ttl(self) -> typing.Optional[jsii.Number]:
        '''TTL for the record.

        :schema: DnsEndpointSpecEndpoints#recordTTL
        '''
        result = self._values.get("record_ttl")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def record_type(self) -> typing.Optional[builtins.str]:
        '''RecordType type of record, e.g. CNAME, A, AAAA, SRV, TXT etc.

        :schema: DnsEndpointSpecEndpoints#recordType
        '''
        result = self._values.get("record_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def set_identifier(self) -> typing.Optional[builtins.str]:
        '''Identifier to distinguish multiple records with the same name and type (e.g. Route53 records with routing policies other than 'simple').

        :schema: DnsEndpointSpecEndpoints#setIdentifier
        '''
        result = self._values.get("set_identifier")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def targets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The targets the DNS record points to.

        :schema: DnsEndpointSpecEndpoints#targets
        '''
        result = self._values.get("targets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DnsEndpointSpecEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8sexternaldns.DnsEndpointSpecEndpointsProviderSpecific",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class DnsEndpointSpecEndpointsProviderSpecific:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ProviderSpecificProperty holds the name and value of a configuration which is specific to individual DNS providers.

        :param name: 
        :param value: 

        :schema: DnsEndpointSpecEndpointsProviderSpecific
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39f6e3464badefe7990769bb5c9b93faa666ce1497cdb708eb0eac696865406d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DnsEndpointSpecEndpointsProviderSpecific#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: DnsEndpointSpecEndpointsProviderSpecific#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DnsEndpointSpecEndpointsProviderSpecific(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "DnsEndpoint",
    "DnsEndpointProps",
    "DnsEndpointSpec",
    "DnsEndpointSpecEndpoints",
    "DnsEndpointSpecEndpointsProviderSpecific",
]

publication.publish()

def _typecheckingstub__68ca986e687b0396aa3a86b5e2b5d8be004e250072aa38d6b346bef56228d22e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DnsEndpointSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d97c62dff7e5dc436b57cb3d8d29e2f820c59768020105ad8b46fafba91e7d27(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[DnsEndpointSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__680eb740a730cd9a3cfd6894d51fc884f7d6dfb30b5e13be2104b22ff4fab78c(
    *,
    endpoints: typing.Optional[typing.Sequence[typing.Union[DnsEndpointSpecEndpoints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9cbe4ceae4bfdf3130d2acac69d8fd2e4095003d914c9eaecd38f01977ca914(
    *,
    dns_name: typing.Optional[builtins.str] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    provider_specific: typing.Optional[typing.Sequence[typing.Union[DnsEndpointSpecEndpointsProviderSpecific, typing.Dict[builtins.str, typing.Any]]]] = None,
    record_ttl: typing.Optional[jsii.Number] = None,
    record_type: typing.Optional[builtins.str] = None,
    set_identifier: typing.Optional[builtins.str] = None,
    targets: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39f6e3464badefe7990769bb5c9b93faa666ce1497cdb708eb0eac696865406d(
    *,
    name: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
