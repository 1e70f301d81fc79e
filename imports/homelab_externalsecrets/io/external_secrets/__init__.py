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


class ClusterSecretStore(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStore",
):
    '''ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

    :schema: ClusterSecretStore
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ClusterSecretStore" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cbc9f69c5a96dbc1d34cf2ed9fd2dd3c6dc1840c2e5a7b85e1afaba091df21b8)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClusterSecretStoreProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ClusterSecretStore".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        props = ClusterSecretStoreProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ClusterSecretStore".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ClusterSecretStoreProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.

        :schema: ClusterSecretStore
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ClusterSecretStoreSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__837834ac39e922ab1450366cc46a23be288a0c3c4e769975abf873a63ad23464)
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
        :schema: ClusterSecretStore#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ClusterSecretStoreSpec"]:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :schema: ClusterSecretStore#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ClusterSecretStoreSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpec",
    jsii_struct_bases=[],
    name_mapping={
        "provider": "provider",
        "conditions": "conditions",
        "controller": "controller",
        "refresh_interval": "refreshInterval",
        "retry_settings": "retrySettings",
    },
)
class ClusterSecretStoreSpec:
    def __init__(
        self,
        *,
        provider: typing.Union["ClusterSecretStoreSpecProvider", typing.Dict[builtins.str, typing.Any]],
        conditions: typing.Optional[typing.Sequence[typing.Union["ClusterSecretStoreSpecConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        controller: typing.Optional[builtins.str] = None,
        refresh_interval: typing.Optional["ClusterSecretStoreSpecRefreshInterval"] = None,
        retry_settings: typing.Optional[typing.Union["ClusterSecretStoreSpecRetrySettings", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :param provider: Used to configure the provider. Only one provider may be set
        :param conditions: Used to constrain a ClusterSecretStore to specific namespaces. Relevant only to ClusterSecretStore.
        :param controller: Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.
        :param refresh_interval: Used to configure store refresh interval. Accepts either an integer number of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or 0 will default to the controller config.
        :param retry_settings: Used to configure HTTP retries on failures.

        :schema: ClusterSecretStoreSpec
        '''
        if isinstance(provider, dict):
            provider = ClusterSecretStoreSpecProvider(**provider)
        if isinstance(retry_settings, dict):
            retry_settings = ClusterSecretStoreSpecRetrySettings(**retry_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a985f27c542859a5864cf24b4f7346718d7ced94ef6c7ff72ae89bd62a76f9b2)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument conditions", value=conditions, expected_type=type_hints["conditions"])
            check_type(argname="argument controller", value=controller, expected_type=type_hints["controller"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument retry_settings", value=retry_settings, expected_type=type_hints["retry_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "provider": provider,
        }
        if conditions is not None:
            self._values["conditions"] = conditions
        if controller is not None:
            self._values["controller"] = controller
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if retry_settings is not None:
            self._values["retry_settings"] = retry_settings

    @builtins.property
    def provider(self) -> "ClusterSecretStoreSpecProvider":
        '''Used to configure the provider.

        Only one provider may be set

        :schema: ClusterSecretStoreSpec#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast("ClusterSecretStoreSpecProvider", result)

    @builtins.property
    def conditions(
        self,
    ) -> typing.Optional[typing.List["ClusterSecretStoreSpecConditions"]]:
        '''Used to constrain a ClusterSecretStore to specific namespaces.

        Relevant only to ClusterSecretStore.

        :schema: ClusterSecretStoreSpec#conditions
        '''
        result = self._values.get("conditions")
        return typing.cast(typing.Optional[typing.List["ClusterSecretStoreSpecConditions"]], result)

    @builtins.property
    def controller(self) -> typing.Optional[builtins.str]:
        '''Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.

        :schema: ClusterSecretStoreSpec#controller
        '''
        result = self._values.get("controller")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_interval(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecRefreshInterval"]:
        '''Used to configure store refresh interval.

        Accepts either an integer number
        of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
        0 will default to the controller config.

        :schema: ClusterSecretStoreSpec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecRefreshInterval"], result)

    @builtins.property
    def retry_settings(self) -> typing.Optional["ClusterSecretStoreSpecRetrySettings"]:
        '''Used to configure HTTP retries on failures.

        :schema: ClusterSecretStoreSpec#retrySettings
        '''
        result = self._values.get("retry_settings")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecRetrySettings"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecConditions",
    jsii_struct_bases=[],
    name_mapping={
        "namespace_regexes": "namespaceRegexes",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
    },
)
class ClusterSecretStoreSpecConditions:
    def __init__(
        self,
        *,
        namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["ClusterSecretStoreSpecConditionsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSecretStoreCondition describes a condition by which to choose namespaces to process ExternalSecrets in for a ClusterSecretStore instance.

        :param namespace_regexes: Choose namespaces by using regex matching.
        :param namespaces: Choose namespaces by name.
        :param namespace_selector: Choose namespace using a labelSelector.

        :schema: ClusterSecretStoreSpecConditions
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ClusterSecretStoreSpecConditionsNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6cde0dde4cef06a823488daf8af9458389b44c9e577073161ac5436a272fba3)
            check_type(argname="argument namespace_regexes", value=namespace_regexes, expected_type=type_hints["namespace_regexes"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace_regexes is not None:
            self._values["namespace_regexes"] = namespace_regexes
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector

    @builtins.property
    def namespace_regexes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by using regex matching.

        :schema: ClusterSecretStoreSpecConditions#namespaceRegexes
        '''
        result = self._values.get("namespace_regexes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by name.

        :schema: ClusterSecretStoreSpecConditions#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecConditionsNamespaceSelector"]:
        '''Choose namespace using a labelSelector.

        :schema: ClusterSecretStoreSpecConditions#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecConditionsNamespaceSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecConditionsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ClusterSecretStoreSpecConditionsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Choose namespace using a labelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b28f56dd531c0cb658d34fd2a2f95e2393703fde7dc02ef771d9c6ea96466b4)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecConditionsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9aef1f0bab60bbefcd6f653a62489c58fc2dfa7a6bc7dc9fc14adedacefcf7e6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProvider",
    jsii_struct_bases=[],
    name_mapping={"fake": "fake", "kubernetes": "kubernetes", "vault": "vault"},
)
class ClusterSecretStoreSpecProvider:
    def __init__(
        self,
        *,
        fake: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderFake", typing.Dict[builtins.str, typing.Any]]] = None,
        kubernetes: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderKubernetes", typing.Dict[builtins.str, typing.Any]]] = None,
        vault: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVault", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Used to configure the provider.

        Only one provider may be set

        :param fake: Fake configures a store with static key/value pairs.
        :param kubernetes: Kubernetes configures this store to sync secrets using a Kubernetes cluster provider.
        :param vault: Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :schema: ClusterSecretStoreSpecProvider
        '''
        if isinstance(fake, dict):
            fake = ClusterSecretStoreSpecProviderFake(**fake)
        if isinstance(kubernetes, dict):
            kubernetes = ClusterSecretStoreSpecProviderKubernetes(**kubernetes)
        if isinstance(vault, dict):
            vault = ClusterSecretStoreSpecProviderVault(**vault)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__070835b8ebb8f629c4201e726e2075614b77595b0ccd8d6d284ded5f8ac01109)
            check_type(argname="argument fake", value=fake, expected_type=type_hints["fake"])
            check_type(argname="argument kubernetes", value=kubernetes, expected_type=type_hints["kubernetes"])
            check_type(argname="argument vault", value=vault, expected_type=type_hints["vault"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fake is not None:
            self._values["fake"] = fake
        if kubernetes is not None:
            self._values["kubernetes"] = kubernetes
        if vault is not None:
            self._values["vault"] = vault

    @builtins.property
    def fake(self) -> typing.Optional["ClusterSecretStoreSpecProviderFake"]:
        '''Fake configures a store with static key/value pairs.

        :schema: ClusterSecretStoreSpecProvider#fake
        '''
        result = self._values.get("fake")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderFake"], result)

    @builtins.property
    def kubernetes(self) -> typing.Optional["ClusterSecretStoreSpecProviderKubernetes"]:
        '''Kubernetes configures this store to sync secrets using a Kubernetes cluster provider.

        :schema: ClusterSecretStoreSpecProvider#kubernetes
        '''
        result = self._values.get("kubernetes")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderKubernetes"], result)

    @builtins.property
    def vault(self) -> typing.Optional["ClusterSecretStoreSpecProviderVault"]:
        '''Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :schema: ClusterSecretStoreSpecProvider#vault
        '''
        result = self._values.get("vault")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVault"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderFake",
    jsii_struct_bases=[],
    name_mapping={"data": "data", "validation_result": "validationResult"},
)
class ClusterSecretStoreSpecProviderFake:
    def __init__(
        self,
        *,
        data: typing.Sequence[typing.Union["ClusterSecretStoreSpecProviderFakeData", typing.Dict[builtins.str, typing.Any]]],
        validation_result: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Fake configures a store with static key/value pairs.

        :param data: 
        :param validation_result: ValidationResult is defined type for the number of validation results.

        :schema: ClusterSecretStoreSpecProviderFake
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__358f5245646003c6d60d7908dbfbacd5c27d0d5c384df3991eee43f2367aafef)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument validation_result", value=validation_result, expected_type=type_hints["validation_result"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "data": data,
        }
        if validation_result is not None:
            self._values["validation_result"] = validation_result

    @builtins.property
    def data(self) -> typing.List["ClusterSecretStoreSpecProviderFakeData"]:
        '''
        :schema: ClusterSecretStoreSpecProviderFake#data
        '''
        result = self._values.get("data")
        assert result is not None, "Required property 'data' is missing"
        return typing.cast(typing.List["ClusterSecretStoreSpecProviderFakeData"], result)

    @builtins.property
    def validation_result(self) -> typing.Optional[jsii.Number]:
        '''ValidationResult is defined type for the number of validation results.

        :schema: ClusterSecretStoreSpecProviderFake#validationResult
        '''
        result = self._values.get("validation_result")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderFake(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderFakeData",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value", "version": "version"},
)
class ClusterSecretStoreSpecProviderFakeData:
    def __init__(
        self,
        *,
        key: builtins.str,
        value: builtins.str,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''FakeProviderData defines a key-value pair with optional version for the fake provider.

        :param key: 
        :param value: 
        :param version: 

        :schema: ClusterSecretStoreSpecProviderFakeData
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db3932f1c911ba18150d2153e1dfe0e4023e9f862c5abfa15f8bb4f51f580b46)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value": value,
        }
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ClusterSecretStoreSpecProviderFakeData#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ClusterSecretStoreSpecProviderFakeData#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterSecretStoreSpecProviderFakeData#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderFakeData(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetes",
    jsii_struct_bases=[],
    name_mapping={
        "auth": "auth",
        "auth_ref": "authRef",
        "remote_namespace": "remoteNamespace",
        "server": "server",
    },
)
class ClusterSecretStoreSpecProviderKubernetes:
    def __init__(
        self,
        *,
        auth: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderKubernetesAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        auth_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderKubernetesAuthRef", typing.Dict[builtins.str, typing.Any]]] = None,
        remote_namespace: typing.Optional[builtins.str] = None,
        server: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderKubernetesServer", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Kubernetes configures this store to sync secrets using a Kubernetes cluster provider.

        :param auth: Auth configures how secret-manager authenticates with a Kubernetes instance.
        :param auth_ref: A reference to a secret that contains the auth information.
        :param remote_namespace: Remote namespace to fetch the secrets from.
        :param server: configures the Kubernetes server Address.

        :schema: ClusterSecretStoreSpecProviderKubernetes
        '''
        if isinstance(auth, dict):
            auth = ClusterSecretStoreSpecProviderKubernetesAuth(**auth)
        if isinstance(auth_ref, dict):
            auth_ref = ClusterSecretStoreSpecProviderKubernetesAuthRef(**auth_ref)
        if isinstance(server, dict):
            server = ClusterSecretStoreSpecProviderKubernetesServer(**server)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19e02910fcbdec2cfebe70e6de78e46ae2114f6719759785f20ee1f22b3b50ba)
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument auth_ref", value=auth_ref, expected_type=type_hints["auth_ref"])
            check_type(argname="argument remote_namespace", value=remote_namespace, expected_type=type_hints["remote_namespace"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auth is not None:
            self._values["auth"] = auth
        if auth_ref is not None:
            self._values["auth_ref"] = auth_ref
        if remote_namespace is not None:
            self._values["remote_namespace"] = remote_namespace
        if server is not None:
            self._values["server"] = server

    @builtins.property
    def auth(self) -> typing.Optional["ClusterSecretStoreSpecProviderKubernetesAuth"]:
        '''Auth configures how secret-manager authenticates with a Kubernetes instance.

        :schema: ClusterSecretStoreSpecProviderKubernetes#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderKubernetesAuth"], result)

    @builtins.property
    def auth_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderKubernetesAuthRef"]:
        '''A reference to a secret that contains the auth information.

        :schema: ClusterSecretStoreSpecProviderKubernetes#authRef
        '''
        result = self._values.get("auth_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderKubernetesAuthRef"], result)

    @builtins.property
    def remote_namespace(self) -> typing.Optional[builtins.str]:
        '''Remote namespace to fetch the secrets from.

        :schema: ClusterSecretStoreSpecProviderKubernetes#remoteNamespace
        '''
        result = self._values.get("remote_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderKubernetesServer"]:
        '''configures the Kubernetes server Address.

        :schema: ClusterSecretStoreSpecProviderKubernetes#server
        '''
        result = self._values.get("server")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderKubernetesServer"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesAuth",
    jsii_struct_bases=[],
    name_mapping={
        "cert": "cert",
        "service_account": "serviceAccount",
        "token": "token",
    },
)
class ClusterSecretStoreSpecProviderKubernetesAuth:
    def __init__(
        self,
        *,
        cert: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderKubernetesAuthCert", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount", typing.Dict[builtins.str, typing.Any]]] = None,
        token: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderKubernetesAuthToken", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth configures how secret-manager authenticates with a Kubernetes instance.

        :param cert: has both clientCert and clientKey as secretKeySelector.
        :param service_account: points to a service account that should be used for authentication.
        :param token: use static token to authenticate with.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuth
        '''
        if isinstance(cert, dict):
            cert = ClusterSecretStoreSpecProviderKubernetesAuthCert(**cert)
        if isinstance(service_account, dict):
            service_account = ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount(**service_account)
        if isinstance(token, dict):
            token = ClusterSecretStoreSpecProviderKubernetesAuthToken(**token)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9dab3dfbebeef1ac0bd2d504898e43d773b3eb994275686b982151de2a1f041a)
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument service_account", value=service_account, expected_type=type_hints["service_account"])
            check_type(argname="argument token", value=token, expected_type=type_hints["token"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert is not None:
            self._values["cert"] = cert
        if service_account is not None:
            self._values["service_account"] = service_account
        if token is not None:
            self._values["token"] = token

    @builtins.property
    def cert(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderKubernetesAuthCert"]:
        '''has both clientCert and clientKey as secretKeySelector.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuth#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderKubernetesAuthCert"], result)

    @builtins.property
    def service_account(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount"]:
        '''points to a service account that should be used for authentication.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuth#serviceAccount
        '''
        result = self._values.get("service_account")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount"], result)

    @builtins.property
    def token(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderKubernetesAuthToken"]:
        '''use static token to authenticate with.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuth#token
        '''
        result = self._values.get("token")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderKubernetesAuthToken"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetesAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesAuthCert",
    jsii_struct_bases=[],
    name_mapping={"client_cert": "clientCert", "client_key": "clientKey"},
)
class ClusterSecretStoreSpecProviderKubernetesAuthCert:
    def __init__(
        self,
        *,
        client_cert: typing.Union["ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert", typing.Dict[builtins.str, typing.Any]],
        client_key: typing.Union["ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''has both clientCert and clientKey as secretKeySelector.

        :param client_cert: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param client_key: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCert
        '''
        if isinstance(client_cert, dict):
            client_cert = ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert(**client_cert)
        if isinstance(client_key, dict):
            client_key = ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey(**client_key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc82c91f94aa85e0bbd8301e1c88b170eb62abcc5af3514f9ff4d7baa2e4e436)
            check_type(argname="argument client_cert", value=client_cert, expected_type=type_hints["client_cert"])
            check_type(argname="argument client_key", value=client_key, expected_type=type_hints["client_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "client_cert": client_cert,
            "client_key": client_key,
        }

    @builtins.property
    def client_cert(
        self,
    ) -> "ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCert#clientCert
        '''
        result = self._values.get("client_cert")
        assert result is not None, "Required property 'client_cert' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert", result)

    @builtins.property
    def client_key(self) -> "ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCert#clientKey
        '''
        result = self._values.get("client_key")
        assert result is not None, "Required property 'client_key' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetesAuthCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7cded0bdf7c18f22e5b5c42488608df4ee64f1a427057adfe5fb678d00db6d62)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05c656252a931578551ecdbadcffbbe0e2a6b50315e119ab7fd8ecbda775c75c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesAuthRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderKubernetesAuthRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''A reference to a secret that contains the auth information.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bcd903604fbb763a7f38126b35943c6af2b5799c1cdf2b33628d836e15b5c70e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetesAuthRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''points to a service account that should be used for authentication.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__083f7f0456e26d809ba159c736380032196baa49c332f393c243f0d948c88b3f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesAuthToken",
    jsii_struct_bases=[],
    name_mapping={"bearer_token": "bearerToken"},
)
class ClusterSecretStoreSpecProviderKubernetesAuthToken:
    def __init__(
        self,
        *,
        bearer_token: typing.Union["ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''use static token to authenticate with.

        :param bearer_token: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthToken
        '''
        if isinstance(bearer_token, dict):
            bearer_token = ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken(**bearer_token)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1df43399440f54e765ae4ed1fd490443b46e8975317f66e399ac1755937e258c)
            check_type(argname="argument bearer_token", value=bearer_token, expected_type=type_hints["bearer_token"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "bearer_token": bearer_token,
        }

    @builtins.property
    def bearer_token(
        self,
    ) -> "ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthToken#bearerToken
        '''
        result = self._values.get("bearer_token")
        assert result is not None, "Required property 'bearer_token' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetesAuthToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77137a229906fe3997f97172d32687d4148ae9292725be2ec0537098c0470b00)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesServer",
    jsii_struct_bases=[],
    name_mapping={"ca_bundle": "caBundle", "ca_provider": "caProvider", "url": "url"},
)
class ClusterSecretStoreSpecProviderKubernetesServer:
    def __init__(
        self,
        *,
        ca_bundle: typing.Optional[builtins.str] = None,
        ca_provider: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderKubernetesServerCaProvider", typing.Dict[builtins.str, typing.Any]]] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''configures the Kubernetes server Address.

        :param ca_bundle: CABundle is a base64-encoded CA certificate.
        :param ca_provider: see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider.
        :param url: configures the Kubernetes server Address.

        :schema: ClusterSecretStoreSpecProviderKubernetesServer
        '''
        if isinstance(ca_provider, dict):
            ca_provider = ClusterSecretStoreSpecProviderKubernetesServerCaProvider(**ca_provider)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af5631aef5c9ae8e7f6e150179c82f28fa0cdfdd88f6631c50fb8a15b3088b22)
            check_type(argname="argument ca_bundle", value=ca_bundle, expected_type=type_hints["ca_bundle"])
            check_type(argname="argument ca_provider", value=ca_provider, expected_type=type_hints["ca_provider"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_bundle is not None:
            self._values["ca_bundle"] = ca_bundle
        if ca_provider is not None:
            self._values["ca_provider"] = ca_provider
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def ca_bundle(self) -> typing.Optional[builtins.str]:
        '''CABundle is a base64-encoded CA certificate.

        :schema: ClusterSecretStoreSpecProviderKubernetesServer#caBundle
        '''
        result = self._values.get("ca_bundle")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_provider(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderKubernetesServerCaProvider"]:
        '''see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider.

        :schema: ClusterSecretStoreSpecProviderKubernetesServer#caProvider
        '''
        result = self._values.get("ca_provider")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderKubernetesServerCaProvider"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''configures the Kubernetes server Address.

        :schema: ClusterSecretStoreSpecProviderKubernetesServer#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetesServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesServerCaProvider",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "type": "type",
        "key": "key",
        "namespace": "namespace",
    },
)
class ClusterSecretStoreSpecProviderKubernetesServerCaProvider:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "ClusterSecretStoreSpecProviderKubernetesServerCaProviderType",
        key: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider.

        :param name: The name of the object located at the provider type.
        :param type: The type of provider to use such as "Secret", or "ConfigMap".
        :param key: The key where the CA certificate can be found in the Secret or ConfigMap.
        :param namespace: The namespace the Provider type is in. Can only be defined when used in a ClusterSecretStore.

        :schema: ClusterSecretStoreSpecProviderKubernetesServerCaProvider
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88d6ea2a1de0b68decbac83a7b67a7b91bb8866ce910bc9591282f60f15afafe)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
        }
        if key is not None:
            self._values["key"] = key
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the object located at the provider type.

        :schema: ClusterSecretStoreSpecProviderKubernetesServerCaProvider#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "ClusterSecretStoreSpecProviderKubernetesServerCaProviderType":
        '''The type of provider to use such as "Secret", or "ConfigMap".

        :schema: ClusterSecretStoreSpecProviderKubernetesServerCaProvider#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderKubernetesServerCaProviderType", result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''The key where the CA certificate can be found in the Secret or ConfigMap.

        :schema: ClusterSecretStoreSpecProviderKubernetesServerCaProvider#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace the Provider type is in.

        Can only be defined when used in a ClusterSecretStore.

        :schema: ClusterSecretStoreSpecProviderKubernetesServerCaProvider#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderKubernetesServerCaProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderKubernetesServerCaProviderType"
)
class ClusterSecretStoreSpecProviderKubernetesServerCaProviderType(enum.Enum):
    '''The type of provider to use such as "Secret", or "ConfigMap".

    :schema: ClusterSecretStoreSpecProviderKubernetesServerCaProviderType
    '''

    SECRET = "SECRET"
    '''Secret.'''
    CONFIG_MAP = "CONFIG_MAP"
    '''ConfigMap.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVault",
    jsii_struct_bases=[],
    name_mapping={
        "server": "server",
        "auth": "auth",
        "ca_bundle": "caBundle",
        "ca_provider": "caProvider",
        "check_and_set": "checkAndSet",
        "forward_inconsistent": "forwardInconsistent",
        "headers": "headers",
        "namespace": "namespace",
        "path": "path",
        "read_your_writes": "readYourWrites",
        "tls": "tls",
        "version": "version",
    },
)
class ClusterSecretStoreSpecProviderVault:
    def __init__(
        self,
        *,
        server: builtins.str,
        auth: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        ca_bundle: typing.Optional[builtins.str] = None,
        ca_provider: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultCaProvider", typing.Dict[builtins.str, typing.Any]]] = None,
        check_and_set: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultCheckAndSet", typing.Dict[builtins.str, typing.Any]]] = None,
        forward_inconsistent: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        read_your_writes: typing.Optional[builtins.bool] = None,
        tls: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultTls", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional["ClusterSecretStoreSpecProviderVaultVersion"] = None,
    ) -> None:
        '''Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :param server: Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".
        :param auth: Auth configures how secret-manager authenticates with the Vault server.
        :param ca_bundle: PEM encoded CA bundle used to validate Vault server certificate. Only used if the Server URL is using HTTPS protocol. This parameter is ignored for plain HTTP protocol connection. If not set the system root certificates are used to validate the TLS connection.
        :param ca_provider: The provider for the CA bundle to use to validate Vault server certificate.
        :param check_and_set: CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations. Only applies to Vault KV v2 stores. When enabled, write operations must include the current version of the secret to prevent unintentional overwrites.
        :param forward_inconsistent: ForwardInconsistent tells Vault to forward read-after-write requests to the Vault leader instead of simply retrying within a loop. This can increase performance if the option is enabled serverside. https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header
        :param headers: Headers to be added in Vault request.
        :param namespace: Name of the vault namespace. Namespaces is a set of features within Vault Enterprise that allows Vault environments to support Secure Multi-tenancy. e.g: "ns1". More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
        :param path: Path is the mount path of the Vault KV backend endpoint, e.g: "secret". The v2 KV secret engine version specific "/data" path suffix for fetching secrets from Vault is optional and will be appended if not present in specified path.
        :param read_your_writes: ReadYourWrites ensures isolated read-after-write semantics by providing discovered cluster replication states in each request. More information about eventual consistency in Vault can be found here https://www.vaultproject.io/docs/enterprise/consistency
        :param tls: The configuration used for client side related TLS communication, when the Vault server requires mutual authentication. Only used if the Server URL is using HTTPS protocol. This parameter is ignored for plain HTTP protocol connection. It's worth noting this configuration is different from the "TLS certificates auth method", which is available under the ``auth.cert`` section.
        :param version: Version is the Vault KV secret engine version. This can be either "v1" or "v2". Version defaults to "v2".

        :schema: ClusterSecretStoreSpecProviderVault
        '''
        if isinstance(auth, dict):
            auth = ClusterSecretStoreSpecProviderVaultAuth(**auth)
        if isinstance(ca_provider, dict):
            ca_provider = ClusterSecretStoreSpecProviderVaultCaProvider(**ca_provider)
        if isinstance(check_and_set, dict):
            check_and_set = ClusterSecretStoreSpecProviderVaultCheckAndSet(**check_and_set)
        if isinstance(tls, dict):
            tls = ClusterSecretStoreSpecProviderVaultTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86134bf5f679c069595535bc6d0411b43c8d09c355dee3911e70427bfd63b27d)
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument ca_bundle", value=ca_bundle, expected_type=type_hints["ca_bundle"])
            check_type(argname="argument ca_provider", value=ca_provider, expected_type=type_hints["ca_provider"])
            check_type(argname="argument check_and_set", value=check_and_set, expected_type=type_hints["check_and_set"])
            check_type(argname="argument forward_inconsistent", value=forward_inconsistent, expected_type=type_hints["forward_inconsistent"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument read_your_writes", value=read_your_writes, expected_type=type_hints["read_your_writes"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "server": server,
        }
        if auth is not None:
            self._values["auth"] = auth
        if ca_bundle is not None:
            self._values["ca_bundle"] = ca_bundle
        if ca_provider is not None:
            self._values["ca_provider"] = ca_provider
        if check_and_set is not None:
            self._values["check_and_set"] = check_and_set
        if forward_inconsistent is not None:
            self._values["forward_inconsistent"] = forward_inconsistent
        if headers is not None:
            self._values["headers"] = headers
        if namespace is not None:
            self._values["namespace"] = namespace
        if path is not None:
            self._values["path"] = path
        if read_your_writes is not None:
            self._values["read_your_writes"] = read_your_writes
        if tls is not None:
            self._values["tls"] = tls
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def server(self) -> builtins.str:
        '''Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".

        :schema: ClusterSecretStoreSpecProviderVault#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def auth(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuth"]:
        '''Auth configures how secret-manager authenticates with the Vault server.

        :schema: ClusterSecretStoreSpecProviderVault#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuth"], result)

    @builtins.property
    def ca_bundle(self) -> typing.Optional[builtins.str]:
        '''PEM encoded CA bundle used to validate Vault server certificate.

        Only used
        if the Server URL is using HTTPS protocol. This parameter is ignored for
        plain HTTP protocol connection. If not set the system root certificates
        are used to validate the TLS connection.

        :schema: ClusterSecretStoreSpecProviderVault#caBundle
        '''
        result = self._values.get("ca_bundle")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_provider(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultCaProvider"]:
        '''The provider for the CA bundle to use to validate Vault server certificate.

        :schema: ClusterSecretStoreSpecProviderVault#caProvider
        '''
        result = self._values.get("ca_provider")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultCaProvider"], result)

    @builtins.property
    def check_and_set(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultCheckAndSet"]:
        '''CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.

        Only applies to Vault KV v2 stores. When enabled, write operations must include
        the current version of the secret to prevent unintentional overwrites.

        :schema: ClusterSecretStoreSpecProviderVault#checkAndSet
        '''
        result = self._values.get("check_and_set")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultCheckAndSet"], result)

    @builtins.property
    def forward_inconsistent(self) -> typing.Optional[builtins.bool]:
        '''ForwardInconsistent tells Vault to forward read-after-write requests to the Vault leader instead of simply retrying within a loop.

        This can increase performance if
        the option is enabled serverside.
        https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header

        :schema: ClusterSecretStoreSpecProviderVault#forwardInconsistent
        '''
        result = self._values.get("forward_inconsistent")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Headers to be added in Vault request.

        :schema: ClusterSecretStoreSpecProviderVault#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Name of the vault namespace.

        Namespaces is a set of features within Vault Enterprise that allows
        Vault environments to support Secure Multi-tenancy. e.g: "ns1".
        More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces

        :schema: ClusterSecretStoreSpecProviderVault#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path is the mount path of the Vault KV backend endpoint, e.g: "secret". The v2 KV secret engine version specific "/data" path suffix for fetching secrets from Vault is optional and will be appended if not present in specified path.

        :schema: ClusterSecretStoreSpecProviderVault#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_your_writes(self) -> typing.Optional[builtins.bool]:
        '''ReadYourWrites ensures isolated read-after-write semantics by providing discovered cluster replication states in each request.

        More information about eventual consistency in Vault can be found here
        https://www.vaultproject.io/docs/enterprise/consistency

        :schema: ClusterSecretStoreSpecProviderVault#readYourWrites
        '''
        result = self._values.get("read_your_writes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def tls(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultTls"]:
        '''The configuration used for client side related TLS communication, when the Vault server requires mutual authentication.

        Only used if the Server URL is using HTTPS protocol.
        This parameter is ignored for plain HTTP protocol connection.
        It's worth noting this configuration is different from the "TLS certificates auth method",
        which is available under the ``auth.cert`` section.

        :schema: ClusterSecretStoreSpecProviderVault#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultTls"], result)

    @builtins.property
    def version(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultVersion"]:
        '''Version is the Vault KV secret engine version.

        This can be either "v1" or
        "v2". Version defaults to "v2".

        :schema: ClusterSecretStoreSpecProviderVault#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultVersion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuth",
    jsii_struct_bases=[],
    name_mapping={
        "app_role": "appRole",
        "cert": "cert",
        "gcp": "gcp",
        "iam": "iam",
        "jwt": "jwt",
        "kubernetes": "kubernetes",
        "ldap": "ldap",
        "namespace": "namespace",
        "token_secret_ref": "tokenSecretRef",
        "user_pass": "userPass",
    },
)
class ClusterSecretStoreSpecProviderVaultAuth:
    def __init__(
        self,
        *,
        app_role: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthAppRole", typing.Dict[builtins.str, typing.Any]]] = None,
        cert: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthCert", typing.Dict[builtins.str, typing.Any]]] = None,
        gcp: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcp", typing.Dict[builtins.str, typing.Any]]] = None,
        iam: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIam", typing.Dict[builtins.str, typing.Any]]] = None,
        jwt: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthJwt", typing.Dict[builtins.str, typing.Any]]] = None,
        kubernetes: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthKubernetes", typing.Dict[builtins.str, typing.Any]]] = None,
        ldap: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthLdap", typing.Dict[builtins.str, typing.Any]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        token_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        user_pass: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthUserPass", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth configures how secret-manager authenticates with the Vault server.

        :param app_role: AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.
        :param cert: Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.
        :param gcp: Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.
        :param iam: Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.
        :param jwt: Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.
        :param kubernetes: Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.
        :param ldap: Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.
        :param namespace: Name of the vault namespace to authenticate to. This can be different than the namespace your secret is in. Namespaces is a set of features within Vault Enterprise that allows Vault environments to support Secure Multi-tenancy. e.g: "ns1". More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces This will default to Vault.Namespace field if set, or empty otherwise
        :param token_secret_ref: TokenSecretRef authenticates with Vault by presenting a token.
        :param user_pass: UserPass authenticates with Vault by passing username/password pair.

        :schema: ClusterSecretStoreSpecProviderVaultAuth
        '''
        if isinstance(app_role, dict):
            app_role = ClusterSecretStoreSpecProviderVaultAuthAppRole(**app_role)
        if isinstance(cert, dict):
            cert = ClusterSecretStoreSpecProviderVaultAuthCert(**cert)
        if isinstance(gcp, dict):
            gcp = ClusterSecretStoreSpecProviderVaultAuthGcp(**gcp)
        if isinstance(iam, dict):
            iam = ClusterSecretStoreSpecProviderVaultAuthIam(**iam)
        if isinstance(jwt, dict):
            jwt = ClusterSecretStoreSpecProviderVaultAuthJwt(**jwt)
        if isinstance(kubernetes, dict):
            kubernetes = ClusterSecretStoreSpecProviderVaultAuthKubernetes(**kubernetes)
        if isinstance(ldap, dict):
            ldap = ClusterSecretStoreSpecProviderVaultAuthLdap(**ldap)
        if isinstance(token_secret_ref, dict):
            token_secret_ref = ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef(**token_secret_ref)
        if isinstance(user_pass, dict):
            user_pass = ClusterSecretStoreSpecProviderVaultAuthUserPass(**user_pass)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b0d8839cd98868b4ea2c0e9d013397080836929f51021b989f7d9db462413fd7)
            check_type(argname="argument app_role", value=app_role, expected_type=type_hints["app_role"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument gcp", value=gcp, expected_type=type_hints["gcp"])
            check_type(argname="argument iam", value=iam, expected_type=type_hints["iam"])
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
            check_type(argname="argument kubernetes", value=kubernetes, expected_type=type_hints["kubernetes"])
            check_type(argname="argument ldap", value=ldap, expected_type=type_hints["ldap"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument token_secret_ref", value=token_secret_ref, expected_type=type_hints["token_secret_ref"])
            check_type(argname="argument user_pass", value=user_pass, expected_type=type_hints["user_pass"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if app_role is not None:
            self._values["app_role"] = app_role
        if cert is not None:
            self._values["cert"] = cert
        if gcp is not None:
            self._values["gcp"] = gcp
        if iam is not None:
            self._values["iam"] = iam
        if jwt is not None:
            self._values["jwt"] = jwt
        if kubernetes is not None:
            self._values["kubernetes"] = kubernetes
        if ldap is not None:
            self._values["ldap"] = ldap
        if namespace is not None:
            self._values["namespace"] = namespace
        if token_secret_ref is not None:
            self._values["token_secret_ref"] = token_secret_ref
        if user_pass is not None:
            self._values["user_pass"] = user_pass

    @builtins.property
    def app_role(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthAppRole"]:
        '''AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#appRole
        '''
        result = self._values.get("app_role")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthAppRole"], result)

    @builtins.property
    def cert(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCert"]:
        '''Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCert"], result)

    @builtins.property
    def gcp(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcp"]:
        '''Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#gcp
        '''
        result = self._values.get("gcp")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcp"], result)

    @builtins.property
    def iam(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIam"]:
        '''Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#iam
        '''
        result = self._values.get("iam")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIam"], result)

    @builtins.property
    def jwt(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwt"]:
        '''Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwt"], result)

    @builtins.property
    def kubernetes(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetes"]:
        '''Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#kubernetes
        '''
        result = self._values.get("kubernetes")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetes"], result)

    @builtins.property
    def ldap(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthLdap"]:
        '''Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#ldap
        '''
        result = self._values.get("ldap")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthLdap"], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Name of the vault namespace to authenticate to.

        This can be different than the namespace your secret is in.
        Namespaces is a set of features within Vault Enterprise that allows
        Vault environments to support Secure Multi-tenancy. e.g: "ns1".
        More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
        This will default to Vault.Namespace field if set, or empty otherwise

        :schema: ClusterSecretStoreSpecProviderVaultAuth#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def token_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef"]:
        '''TokenSecretRef authenticates with Vault by presenting a token.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#tokenSecretRef
        '''
        result = self._values.get("token_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef"], result)

    @builtins.property
    def user_pass(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthUserPass"]:
        '''UserPass authenticates with Vault by passing username/password pair.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#userPass
        '''
        result = self._values.get("user_pass")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthUserPass"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthAppRole",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "secret_ref": "secretRef",
        "role_id": "roleId",
        "role_ref": "roleRef",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthAppRole:
    def __init__(
        self,
        *,
        path: builtins.str,
        secret_ref: typing.Union["ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef", typing.Dict[builtins.str, typing.Any]],
        role_id: typing.Optional[builtins.str] = None,
        role_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.

        :param path: Path where the App Role authentication backend is mounted in Vault, e.g: "approle".
        :param secret_ref: Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault. The ``key`` field must be specified and denotes which entry within the Secret resource is used as the app role secret.
        :param role_id: RoleID configured in the App Role authentication backend when setting up the authentication backend in Vault.
        :param role_ref: Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault. The ``key`` field must be specified and denotes which entry within the Secret resource is used as the app role id.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRole
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef(**secret_ref)
        if isinstance(role_ref, dict):
            role_ref = ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef(**role_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d02f3ff70891458f9afa56feb3ef91c357e3264b7e17778825cf4a612be86081)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument role_id", value=role_id, expected_type=type_hints["role_id"])
            check_type(argname="argument role_ref", value=role_ref, expected_type=type_hints["role_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "secret_ref": secret_ref,
        }
        if role_id is not None:
            self._values["role_id"] = role_id
        if role_ref is not None:
            self._values["role_ref"] = role_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the App Role authentication backend is mounted in Vault, e.g: "approle".

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRole#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(self) -> "ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef":
        '''Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role secret.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRole#secretRef
        '''
        result = self._values.get("secret_ref")
        assert result is not None, "Required property 'secret_ref' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef", result)

    @builtins.property
    def role_id(self) -> typing.Optional[builtins.str]:
        '''RoleID configured in the App Role authentication backend when setting up the authentication backend in Vault.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRole#roleId
        '''
        result = self._values.get("role_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef"]:
        '''Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role id.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRole#roleRef
        '''
        result = self._values.get("role_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthAppRole(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role id.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__431154b9356f54333468090e8832d41f37fdae7ad994aef5fdd4351345280a14)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role secret.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7ef5f52bc7368cb7501f8d581a8ac4e1f92156ed7188f44ce8bb71f4468ff45)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthCert",
    jsii_struct_bases=[],
    name_mapping={
        "client_cert": "clientCert",
        "path": "path",
        "secret_ref": "secretRef",
        "vault_role": "vaultRole",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthCert:
    def __init__(
        self,
        *,
        client_cert: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthCertClientCert", typing.Dict[builtins.str, typing.Any]]] = None,
        path: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        vault_role: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.

        :param client_cert: ClientCert is a certificate to authenticate using the Cert Vault authentication method.
        :param path: Path where the Certificate authentication backend is mounted in Vault, e.g: "cert".
        :param secret_ref: SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.
        :param vault_role: VaultRole specifies the Vault role to use for TLS certificate authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCert
        '''
        if isinstance(client_cert, dict):
            client_cert = ClusterSecretStoreSpecProviderVaultAuthCertClientCert(**client_cert)
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthCertSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d877ade00ead7d09f4ab93da1b17d81bad7df1610ca7f033f48a27d6017dd68)
            check_type(argname="argument client_cert", value=client_cert, expected_type=type_hints["client_cert"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument vault_role", value=vault_role, expected_type=type_hints["vault_role"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_cert is not None:
            self._values["client_cert"] = client_cert
        if path is not None:
            self._values["path"] = path
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if vault_role is not None:
            self._values["vault_role"] = vault_role

    @builtins.property
    def client_cert(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCertClientCert"]:
        '''ClientCert is a certificate to authenticate using the Cert Vault authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCert#clientCert
        '''
        result = self._values.get("client_cert")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCertClientCert"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the Certificate authentication backend is mounted in Vault, e.g: "cert".

        :schema: ClusterSecretStoreSpecProviderVaultAuthCert#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCertSecretRef"]:
        '''SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCert#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCertSecretRef"], result)

    @builtins.property
    def vault_role(self) -> typing.Optional[builtins.str]:
        '''VaultRole specifies the Vault role to use for TLS certificate authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCert#vaultRole
        '''
        result = self._values.get("vault_role")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthCertClientCert",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthCertClientCert:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ClientCert is a certificate to authenticate using the Cert Vault authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertClientCert
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f5a3809ee21b61af787623c4b47568158eb3d1ef64ea5b9550072c3be8bb1108)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertClientCert#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertClientCert#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertClientCert#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthCertClientCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthCertSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f262b1fdf6d23809ab5036007f25e8647aea25a28eab786fa28e6152d5c25c6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcp",
    jsii_struct_bases=[],
    name_mapping={
        "role": "role",
        "location": "location",
        "path": "path",
        "project_id": "projectId",
        "secret_ref": "secretRef",
        "service_account_ref": "serviceAccountRef",
        "workload_identity": "workloadIdentity",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthGcp:
    def __init__(
        self,
        *,
        role: builtins.str,
        location: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        project_id: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_identity: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.

        :param role: Vault Role. In Vault, a role describes an identity with a set of permissions, groups, or policies you want to attach to a user of the secrets engine.
        :param location: Location optionally defines a location/region for the secret.
        :param path: Path where the GCP auth method is enabled in Vault, e.g: "gcp".
        :param project_id: Project ID of the Google Cloud Platform project.
        :param secret_ref: Specify credentials in a Secret object.
        :param service_account_ref: ServiceAccountRef to a service account for impersonation.
        :param workload_identity: Specify a service account with Workload Identity.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef(**secret_ref)
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef(**service_account_ref)
        if isinstance(workload_identity, dict):
            workload_identity = ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(**workload_identity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47664ac4ceac023f1fc06c5949281d2a229800c624b74a34d7432f84fd2044bb)
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument workload_identity", value=workload_identity, expected_type=type_hints["workload_identity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "role": role,
        }
        if location is not None:
            self._values["location"] = location
        if path is not None:
            self._values["path"] = path
        if project_id is not None:
            self._values["project_id"] = project_id
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if workload_identity is not None:
            self._values["workload_identity"] = workload_identity

    @builtins.property
    def role(self) -> builtins.str:
        '''Vault Role.

        In Vault, a role describes an identity with a set of permissions, groups, or policies you want to attach to a user of the secrets engine.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''Location optionally defines a location/region for the secret.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the GCP auth method is enabled in Vault, e.g: "gcp".

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def project_id(self) -> typing.Optional[builtins.str]:
        '''Project ID of the Google Cloud Platform project.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#projectID
        '''
        result = self._values.get("project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef"]:
        '''Specify credentials in a Secret object.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef"]:
        '''ServiceAccountRef to a service account for impersonation.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef"], result)

    @builtins.property
    def workload_identity(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity"]:
        '''Specify a service account with Workload Identity.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#workloadIdentity
        '''
        result = self._values.get("workload_identity")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef",
    jsii_struct_bases=[],
    name_mapping={"secret_access_key_secret_ref": "secretAccessKeySecretRef"},
)
class ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef:
    def __init__(
        self,
        *,
        secret_access_key_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify credentials in a Secret object.

        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef
        '''
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__516a0e26472ae974b49e0158eeb62115450911b10cd5aef593474bd61df09025)
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28258bb10f7ca1bebd5b1c46eb57de5692fa46be8043eba889d1f377d7e51289)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountRef to a service account for impersonation.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3f8ce5897a67823f9085827086688822b4341f30ac9e84081d096595180a94b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity",
    jsii_struct_bases=[],
    name_mapping={
        "service_account_ref": "serviceAccountRef",
        "cluster_location": "clusterLocation",
        "cluster_name": "clusterName",
        "cluster_project_id": "clusterProjectId",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity:
    def __init__(
        self,
        *,
        service_account_ref: typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef", typing.Dict[builtins.str, typing.Any]],
        cluster_location: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        cluster_project_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specify a service account with Workload Identity.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.
        :param cluster_location: ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_name: ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_project_id: ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae71ddf31840283ce2fbaa2655aa9c6202660c96b7c021b6a9a084e5bf1d44d0)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument cluster_location", value=cluster_location, expected_type=type_hints["cluster_location"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument cluster_project_id", value=cluster_project_id, expected_type=type_hints["cluster_project_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "service_account_ref": service_account_ref,
        }
        if cluster_location is not None:
            self._values["cluster_location"] = cluster_location
        if cluster_name is not None:
            self._values["cluster_name"] = cluster_name
        if cluster_project_id is not None:
            self._values["cluster_project_id"] = cluster_project_id

    @builtins.property
    def service_account_ref(
        self,
    ) -> "ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef":
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        assert result is not None, "Required property 'service_account_ref' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef", result)

    @builtins.property
    def cluster_location(self) -> typing.Optional[builtins.str]:
        '''ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterLocation
        '''
        result = self._values.get("cluster_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterName
        '''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_project_id(self) -> typing.Optional[builtins.str]:
        '''ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterProjectID
        '''
        result = self._values.get("cluster_project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6b1fb76abd6f256f0bd52a9e878d1dac808852ca2970aee0935af49c57fea88)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIam",
    jsii_struct_bases=[],
    name_mapping={
        "vault_role": "vaultRole",
        "external_id": "externalId",
        "jwt": "jwt",
        "path": "path",
        "region": "region",
        "role": "role",
        "secret_ref": "secretRef",
        "vault_aws_iam_server_id": "vaultAwsIamServerId",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthIam:
    def __init__(
        self,
        *,
        vault_role: builtins.str,
        external_id: typing.Optional[builtins.str] = None,
        jwt: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamJwt", typing.Dict[builtins.str, typing.Any]]] = None,
        path: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        vault_aws_iam_server_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.

        :param vault_role: Vault Role. In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine
        :param external_id: AWS External ID set on assumed IAM roles.
        :param jwt: Specify a service account with IRSA enabled.
        :param path: Path where the AWS auth method is enabled in Vault, e.g: "aws".
        :param region: AWS region.
        :param role: This is the AWS role to be assumed before talking to vault.
        :param secret_ref: Specify credentials in a Secret object.
        :param vault_aws_iam_server_id: X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks. More details here: https://developer.hashicorp.com/vault/docs/auth/aws

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam
        '''
        if isinstance(jwt, dict):
            jwt = ClusterSecretStoreSpecProviderVaultAuthIamJwt(**jwt)
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthIamSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5be7718d4838e0615253c85d834be2ed889c6ebf8b0bf7a01d67b235490f4bbc)
            check_type(argname="argument vault_role", value=vault_role, expected_type=type_hints["vault_role"])
            check_type(argname="argument external_id", value=external_id, expected_type=type_hints["external_id"])
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument vault_aws_iam_server_id", value=vault_aws_iam_server_id, expected_type=type_hints["vault_aws_iam_server_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "vault_role": vault_role,
        }
        if external_id is not None:
            self._values["external_id"] = external_id
        if jwt is not None:
            self._values["jwt"] = jwt
        if path is not None:
            self._values["path"] = path
        if region is not None:
            self._values["region"] = region
        if role is not None:
            self._values["role"] = role
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if vault_aws_iam_server_id is not None:
            self._values["vault_aws_iam_server_id"] = vault_aws_iam_server_id

    @builtins.property
    def vault_role(self) -> builtins.str:
        '''Vault Role.

        In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#vaultRole
        '''
        result = self._values.get("vault_role")
        assert result is not None, "Required property 'vault_role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def external_id(self) -> typing.Optional[builtins.str]:
        '''AWS External ID set on assumed IAM roles.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#externalID
        '''
        result = self._values.get("external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def jwt(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamJwt"]:
        '''Specify a service account with IRSA enabled.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamJwt"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the AWS auth method is enabled in Vault, e.g: "aws".

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''AWS region.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''This is the AWS role to be assumed before talking to vault.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRef"]:
        '''Specify credentials in a Secret object.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRef"], result)

    @builtins.property
    def vault_aws_iam_server_id(self) -> typing.Optional[builtins.str]:
        '''X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks.

        More details here: https://developer.hashicorp.com/vault/docs/auth/aws

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#vaultAwsIamServerID
        '''
        result = self._values.get("vault_aws_iam_server_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIam(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamJwt",
    jsii_struct_bases=[],
    name_mapping={"service_account_ref": "serviceAccountRef"},
)
class ClusterSecretStoreSpecProviderVaultAuthIamJwt:
    def __init__(
        self,
        *,
        service_account_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify a service account with IRSA enabled.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwt
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f9715ccb22429c36e3eb9c5df716b2ab9aa29009c3abb35526b573fcd0913fc1)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef"]:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwt#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a22e5065ef147c39094300c18e919175804a0c83c9aaf6b9e5deab895d17560c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamSecretRef",
    jsii_struct_bases=[],
    name_mapping={
        "access_key_id_secret_ref": "accessKeyIdSecretRef",
        "secret_access_key_secret_ref": "secretAccessKeySecretRef",
        "session_token_secret_ref": "sessionTokenSecretRef",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthIamSecretRef:
    def __init__(
        self,
        *,
        access_key_id_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_access_key_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        session_token_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify credentials in a Secret object.

        :param access_key_id_secret_ref: The AccessKeyID is used for authentication.
        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.
        :param session_token_secret_ref: The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRef
        '''
        if isinstance(access_key_id_secret_ref, dict):
            access_key_id_secret_ref = ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(**access_key_id_secret_ref)
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if isinstance(session_token_secret_ref, dict):
            session_token_secret_ref = ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(**session_token_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd06a1d8ebf57103e2270336dd462a217690eb11f0606ccbd3fa611626cfca33)
            check_type(argname="argument access_key_id_secret_ref", value=access_key_id_secret_ref, expected_type=type_hints["access_key_id_secret_ref"])
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
            check_type(argname="argument session_token_secret_ref", value=session_token_secret_ref, expected_type=type_hints["session_token_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key_id_secret_ref is not None:
            self._values["access_key_id_secret_ref"] = access_key_id_secret_ref
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref
        if session_token_secret_ref is not None:
            self._values["session_token_secret_ref"] = session_token_secret_ref

    @builtins.property
    def access_key_id_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef"]:
        '''The AccessKeyID is used for authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRef#accessKeyIDSecretRef
        '''
        result = self._values.get("access_key_id_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef"], result)

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef"], result)

    @builtins.property
    def session_token_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef"]:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRef#sessionTokenSecretRef
        '''
        result = self._values.get("session_token_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The AccessKeyID is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c14b158539dd49aa81b6e7bcb7d0f1c6ae1c72a23daea626eabd6d4e95afc932)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5947c24c3eaa4595454c2bf87c30b2d5958f6287fa991db9525e1142c6c50f8b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2453bdb0065cf6b465b4f73b9e0fc30f3200463fe9cf33664258edb8b4f0810a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthJwt",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "kubernetes_service_account_token": "kubernetesServiceAccountToken",
        "role": "role",
        "secret_ref": "secretRef",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthJwt:
    def __init__(
        self,
        *,
        path: builtins.str,
        kubernetes_service_account_token: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken", typing.Dict[builtins.str, typing.Any]]] = None,
        role: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.

        :param path: Path where the JWT authentication backend is mounted in Vault, e.g: "jwt".
        :param kubernetes_service_account_token: Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.
        :param role: Role is a JWT role to authenticate using the JWT/OIDC Vault authentication method.
        :param secret_ref: Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwt
        '''
        if isinstance(kubernetes_service_account_token, dict):
            kubernetes_service_account_token = ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(**kubernetes_service_account_token)
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0dd179619a26424d1caad7904bf471209d3795b3dd83f98d698596dbc745821c)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument kubernetes_service_account_token", value=kubernetes_service_account_token, expected_type=type_hints["kubernetes_service_account_token"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if kubernetes_service_account_token is not None:
            self._values["kubernetes_service_account_token"] = kubernetes_service_account_token
        if role is not None:
            self._values["role"] = role
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the JWT authentication backend is mounted in Vault, e.g: "jwt".

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwt#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kubernetes_service_account_token(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken"]:
        '''Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwt#kubernetesServiceAccountToken
        '''
        result = self._values.get("kubernetes_service_account_token")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken"], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Role is a JWT role to authenticate using the JWT/OIDC Vault authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwt#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef"]:
        '''Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwt#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken",
    jsii_struct_bases=[],
    name_mapping={
        "service_account_ref": "serviceAccountRef",
        "audiences": "audiences",
        "expiration_seconds": "expirationSeconds",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken:
    def __init__(
        self,
        *,
        service_account_ref: typing.Union["ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef", typing.Dict[builtins.str, typing.Any]],
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        expiration_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.

        :param service_account_ref: Service account field containing the name of a kubernetes ServiceAccount.
        :param audiences: Optional audiences field that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``. Defaults to a single audience ``vault`` it not specified. Deprecated: use serviceAccountRef.Audiences instead Default: a single audience ``vault`` it not specified.
        :param expiration_seconds: Optional expiration time in seconds that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``. Deprecated: this will be removed in the future. Defaults to 10 minutes. Default: 10 minutes.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b82e47bbbad33c08aa28127ae2338d5d5212d822f76fc899cf50ac9a26bba8c)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument expiration_seconds", value=expiration_seconds, expected_type=type_hints["expiration_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "service_account_ref": service_account_ref,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if expiration_seconds is not None:
            self._values["expiration_seconds"] = expiration_seconds

    @builtins.property
    def service_account_ref(
        self,
    ) -> "ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef":
        '''Service account field containing the name of a kubernetes ServiceAccount.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        assert result is not None, "Required property 'service_account_ref' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef", result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional audiences field that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``.

        Defaults to a single audience ``vault`` it not specified.

        Deprecated: use serviceAccountRef.Audiences instead

        :default: a single audience ``vault`` it not specified.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def expiration_seconds(self) -> typing.Optional[jsii.Number]:
        '''Optional expiration time in seconds that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``.

        Deprecated: this will be removed in the future.
        Defaults to 10 minutes.

        :default: 10 minutes.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#expirationSeconds
        '''
        result = self._values.get("expiration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Service account field containing the name of a kubernetes ServiceAccount.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45f5b13e9dba1f5e70ee93f01ae8c43c6e77e6102605112b8dd7856180dd4221)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17b53b45da825167ee7c3bdd427ca74322821a2fd8461575e2b050e0e960b61e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthKubernetes",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "role": "role",
        "secret_ref": "secretRef",
        "service_account_ref": "serviceAccountRef",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthKubernetes:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        role: builtins.str,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.

        :param mount_path: Path where the Kubernetes authentication backend is mounted in Vault, e.g: "kubernetes".
        :param role: A required field containing the Vault Role to assume. A Role binds a Kubernetes ServiceAccount with a set of Vault policies.
        :param secret_ref: Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault. If a name is specified without a key, ``token`` is the default. If one is not specified, the one bound to the controller will be used.
        :param service_account_ref: Optional service account field containing the name of a kubernetes ServiceAccount. If the service account is specified, the service account secret token JWT will be used for authenticating with Vault. If the service account selector is not supplied, the secretRef will be used instead.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetes
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef(**secret_ref)
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06f0bcc906d55cd0444cbef1837b25c5283e6fb50af7ba5dad5fdb18ba78de75)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "role": role,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''Path where the Kubernetes authentication backend is mounted in Vault, e.g: "kubernetes".

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def role(self) -> builtins.str:
        '''A required field containing the Vault Role to assume.

        A Role binds a
        Kubernetes ServiceAccount with a set of Vault policies.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetes#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef"]:
        '''Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault.

        If a name is specified without a key,
        ``token`` is the default. If one is not specified, the one bound to
        the controller will be used.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetes#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef"]:
        '''Optional service account field containing the name of a kubernetes ServiceAccount.

        If the service account is specified, the service account secret token JWT will be used
        for authenticating with Vault. If the service account selector is not supplied,
        the secretRef will be used instead.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetes#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthKubernetes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault.

        If a name is specified without a key,
        ``token`` is the default. If one is not specified, the one bound to
        the controller will be used.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cb83754cb2bb52dcdb04f8cd30ff399415e96120ed5cc59ca737d41ec4ffc5bb)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional service account field containing the name of a kubernetes ServiceAccount.

        If the service account is specified, the service account secret token JWT will be used
        for authenticating with Vault. If the service account selector is not supplied,
        the secretRef will be used instead.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6328972a821000923397d3f948e2a173b7b7761c86f33bb1607022a14008949d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthLdap",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "username": "username", "secret_ref": "secretRef"},
)
class ClusterSecretStoreSpecProviderVaultAuthLdap:
    def __init__(
        self,
        *,
        path: builtins.str,
        username: builtins.str,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.

        :param path: Path where the LDAP authentication backend is mounted in Vault, e.g: "ldap".
        :param username: Username is an LDAP username used to authenticate using the LDAP Vault authentication method.
        :param secret_ref: SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdap
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e882523198f609f802a37dc32e1e37890e39020abb28a41dd6c754031926739e)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "username": username,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the LDAP authentication backend is mounted in Vault, e.g: "ldap".

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdap#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Username is an LDAP username used to authenticate using the LDAP Vault authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdap#username
        '''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef"]:
        '''SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdap#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthLdap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__557c9b2200e751e2e299b8f72248722b05a62bae5e1c9bb1409fe442e1a47104)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TokenSecretRef authenticates with Vault by presenting a token.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__538e9bdb73a11bb68054f5321100ecef74f430e21b571e74999fed64fbd7d22e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthUserPass",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "username": "username", "secret_ref": "secretRef"},
)
class ClusterSecretStoreSpecProviderVaultAuthUserPass:
    def __init__(
        self,
        *,
        path: builtins.str,
        username: builtins.str,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''UserPass authenticates with Vault by passing username/password pair.

        :param path: Path where the UserPassword authentication backend is mounted in Vault, e.g: "userpass".
        :param username: Username is a username used to authenticate using the UserPass Vault authentication method.
        :param secret_ref: SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPass
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f502d01e8bd3d71640c575c16c2427ca7dda5dd75500bd351b0c102018a51960)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "username": username,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the UserPassword authentication backend is mounted in Vault, e.g: "userpass".

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPass#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Username is a username used to authenticate using the UserPass Vault authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPass#username
        '''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef"]:
        '''SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPass#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthUserPass(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e3fd83ab0bb47dc58ca9cd1c9193ef732e3f9bc9cee349e890f61ce9b6bcce5)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultCaProvider",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "type": "type",
        "key": "key",
        "namespace": "namespace",
    },
)
class ClusterSecretStoreSpecProviderVaultCaProvider:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "ClusterSecretStoreSpecProviderVaultCaProviderType",
        key: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The provider for the CA bundle to use to validate Vault server certificate.

        :param name: The name of the object located at the provider type.
        :param type: The type of provider to use such as "Secret", or "ConfigMap".
        :param key: The key where the CA certificate can be found in the Secret or ConfigMap.
        :param namespace: The namespace the Provider type is in. Can only be defined when used in a ClusterSecretStore.

        :schema: ClusterSecretStoreSpecProviderVaultCaProvider
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5336754fe7cbda2bacd299b949472a0bd4f35ee073ee810570514f05a508629b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
        }
        if key is not None:
            self._values["key"] = key
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the object located at the provider type.

        :schema: ClusterSecretStoreSpecProviderVaultCaProvider#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "ClusterSecretStoreSpecProviderVaultCaProviderType":
        '''The type of provider to use such as "Secret", or "ConfigMap".

        :schema: ClusterSecretStoreSpecProviderVaultCaProvider#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderVaultCaProviderType", result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''The key where the CA certificate can be found in the Secret or ConfigMap.

        :schema: ClusterSecretStoreSpecProviderVaultCaProvider#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace the Provider type is in.

        Can only be defined when used in a ClusterSecretStore.

        :schema: ClusterSecretStoreSpecProviderVaultCaProvider#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultCaProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultCaProviderType"
)
class ClusterSecretStoreSpecProviderVaultCaProviderType(enum.Enum):
    '''The type of provider to use such as "Secret", or "ConfigMap".

    :schema: ClusterSecretStoreSpecProviderVaultCaProviderType
    '''

    SECRET = "SECRET"
    '''Secret.'''
    CONFIG_MAP = "CONFIG_MAP"
    '''ConfigMap.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultCheckAndSet",
    jsii_struct_bases=[],
    name_mapping={"required": "required"},
)
class ClusterSecretStoreSpecProviderVaultCheckAndSet:
    def __init__(self, *, required: typing.Optional[builtins.bool] = None) -> None:
        '''CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.

        Only applies to Vault KV v2 stores. When enabled, write operations must include
        the current version of the secret to prevent unintentional overwrites.

        :param required: Required when true, all write operations must include a check-and-set parameter. This helps prevent unintentional overwrites of secrets.

        :schema: ClusterSecretStoreSpecProviderVaultCheckAndSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__841f34b52dbcdbf38911c89365c07b94ca9f0605dc4b8d905c09d0ca84d66ece)
            check_type(argname="argument required", value=required, expected_type=type_hints["required"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if required is not None:
            self._values["required"] = required

    @builtins.property
    def required(self) -> typing.Optional[builtins.bool]:
        '''Required when true, all write operations must include a check-and-set parameter.

        This helps prevent unintentional overwrites of secrets.

        :schema: ClusterSecretStoreSpecProviderVaultCheckAndSet#required
        '''
        result = self._values.get("required")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultCheckAndSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultTls",
    jsii_struct_bases=[],
    name_mapping={
        "cert_secret_ref": "certSecretRef",
        "key_secret_ref": "keySecretRef",
    },
)
class ClusterSecretStoreSpecProviderVaultTls:
    def __init__(
        self,
        *,
        cert_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultTlsCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        key_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultTlsKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The configuration used for client side related TLS communication, when the Vault server requires mutual authentication.

        Only used if the Server URL is using HTTPS protocol.
        This parameter is ignored for plain HTTP protocol connection.
        It's worth noting this configuration is different from the "TLS certificates auth method",
        which is available under the ``auth.cert`` section.

        :param cert_secret_ref: CertSecretRef is a certificate added to the transport layer when communicating with the Vault server. If no key for the Secret is specified, external-secret will default to 'tls.crt'.
        :param key_secret_ref: KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server. If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :schema: ClusterSecretStoreSpecProviderVaultTls
        '''
        if isinstance(cert_secret_ref, dict):
            cert_secret_ref = ClusterSecretStoreSpecProviderVaultTlsCertSecretRef(**cert_secret_ref)
        if isinstance(key_secret_ref, dict):
            key_secret_ref = ClusterSecretStoreSpecProviderVaultTlsKeySecretRef(**key_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a50c74dd9b67407bb4be65833686be64a64fe3183b5cbecfe8df02e38286bd3c)
            check_type(argname="argument cert_secret_ref", value=cert_secret_ref, expected_type=type_hints["cert_secret_ref"])
            check_type(argname="argument key_secret_ref", value=key_secret_ref, expected_type=type_hints["key_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_secret_ref is not None:
            self._values["cert_secret_ref"] = cert_secret_ref
        if key_secret_ref is not None:
            self._values["key_secret_ref"] = key_secret_ref

    @builtins.property
    def cert_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultTlsCertSecretRef"]:
        '''CertSecretRef is a certificate added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.crt'.

        :schema: ClusterSecretStoreSpecProviderVaultTls#certSecretRef
        '''
        result = self._values.get("cert_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultTlsCertSecretRef"], result)

    @builtins.property
    def key_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultTlsKeySecretRef"]:
        '''KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :schema: ClusterSecretStoreSpecProviderVaultTls#keySecretRef
        '''
        result = self._values.get("key_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultTlsKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultTlsCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultTlsCertSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CertSecretRef is a certificate added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.crt'.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultTlsCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__711ede4f7c1ecb83bb79978ded401bf0a918b65074b2d197a17e20335f173eff)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultTlsCertSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultTlsCertSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultTlsCertSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultTlsCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultTlsKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultTlsKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultTlsKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b12674e8216b70559367a9541b4e278de23ccc6f4506b3f4c6707086503c1795)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultTlsKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultTlsKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultTlsKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultTlsKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecProviderVaultVersion"
)
class ClusterSecretStoreSpecProviderVaultVersion(enum.Enum):
    '''Version is the Vault KV secret engine version.

    This can be either "v1" or
    "v2". Version defaults to "v2".

    :schema: ClusterSecretStoreSpecProviderVaultVersion
    '''

    V1 = "V1"
    '''v1.'''
    V2 = "V2"
    '''v2.'''


class ClusterSecretStoreSpecRefreshInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecRefreshInterval",
):
    '''Used to configure store refresh interval.

    Accepts either an integer number
    of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
    0 will default to the controller config.

    :schema: ClusterSecretStoreSpecRefreshInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "ClusterSecretStoreSpecRefreshInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09d710569f350594f18f72474ac74a6c49242d68b5bfb941ae3d5a98ebc244f0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSecretStoreSpecRefreshInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterSecretStoreSpecRefreshInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cfd7780643095eea91908ca828b0d3157f507c730f1e314737e79dd0a40d4aba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSecretStoreSpecRefreshInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ClusterSecretStoreSpecRetrySettings",
    jsii_struct_bases=[],
    name_mapping={"max_retries": "maxRetries", "retry_interval": "retryInterval"},
)
class ClusterSecretStoreSpecRetrySettings:
    def __init__(
        self,
        *,
        max_retries: typing.Optional[jsii.Number] = None,
        retry_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Used to configure HTTP retries on failures.

        :param max_retries: 
        :param retry_interval: 

        :schema: ClusterSecretStoreSpecRetrySettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af5ed5222b348a48c1bfb899c78ad34dcd2fce44097385f3cabb8d731c2aae46)
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument retry_interval", value=retry_interval, expected_type=type_hints["retry_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if retry_interval is not None:
            self._values["retry_interval"] = retry_interval

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterSecretStoreSpecRetrySettings#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterSecretStoreSpecRetrySettings#retryInterval
        '''
        result = self._values.get("retry_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecRetrySettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ExternalSecret(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecret",
):
    '''ExternalSecret is the Schema for the external-secrets API.

    It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.

    :schema: ExternalSecret
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ExternalSecret" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0555620c06748326b36401f72298c61e1d669f2ef45aa520e83c725d08ee77d3)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ExternalSecretProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ExternalSecret".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.
        '''
        props = ExternalSecretProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ExternalSecret".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ExternalSecretProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecret is the Schema for the external-secrets API.

        It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.

        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.

        :schema: ExternalSecret
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ExternalSecretSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__90985c4072517c8a849b400cba82f3f0f70a6073b0cfbf11e098b035bc893663)
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
        :schema: ExternalSecret#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ExternalSecretSpec"]:
        '''ExternalSecretSpec defines the desired state of ExternalSecret.

        :schema: ExternalSecret#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ExternalSecretSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpec",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "data_from": "dataFrom",
        "refresh_interval": "refreshInterval",
        "refresh_policy": "refreshPolicy",
        "secret_store_ref": "secretStoreRef",
        "sync_windows": "syncWindows",
        "target": "target",
    },
)
class ExternalSecretSpec:
    def __init__(
        self,
        *,
        data: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecData", typing.Dict[builtins.str, typing.Any]]]] = None,
        data_from: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecDataFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        refresh_interval: typing.Optional[builtins.str] = None,
        refresh_policy: typing.Optional["ExternalSecretSpecRefreshPolicy"] = None,
        secret_store_ref: typing.Optional[typing.Union["ExternalSecretSpecSecretStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
        sync_windows: typing.Optional[typing.Union["ExternalSecretSpecSyncWindows", typing.Dict[builtins.str, typing.Any]]] = None,
        target: typing.Optional[typing.Union["ExternalSecretSpecTarget", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretSpec defines the desired state of ExternalSecret.

        :param data: Data defines the connection between the Kubernetes Secret keys and the Provider data.
        :param data_from: DataFrom is used to fetch all properties from a specific Provider data If multiple entries are specified, the Secret keys are merged in the specified order.
        :param refresh_interval: RefreshInterval is the amount of time before the values are read again from the SecretStore provider, specified as Golang Duration strings. Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h" Example values: "1h0m0s", "2h30m0s", "10m0s" May be set to "0s" to fetch and create it once. Defaults to 1h0m0s. Default: 1h0m0s.
        :param refresh_policy: RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval. No periodic updates occur if refreshInterval is 0. - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
        :param secret_store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
        :param sync_windows: SyncWindows optionally restricts when periodic refreshes may occur. Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).
        :param target: ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.

        :schema: ExternalSecretSpec
        '''
        if isinstance(secret_store_ref, dict):
            secret_store_ref = ExternalSecretSpecSecretStoreRef(**secret_store_ref)
        if isinstance(sync_windows, dict):
            sync_windows = ExternalSecretSpecSyncWindows(**sync_windows)
        if isinstance(target, dict):
            target = ExternalSecretSpecTarget(**target)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b6e5ea2467bee2660d8391f76bfe04a1b0376a97e372e22376d10c9f79a5dccd)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument data_from", value=data_from, expected_type=type_hints["data_from"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument refresh_policy", value=refresh_policy, expected_type=type_hints["refresh_policy"])
            check_type(argname="argument secret_store_ref", value=secret_store_ref, expected_type=type_hints["secret_store_ref"])
            check_type(argname="argument sync_windows", value=sync_windows, expected_type=type_hints["sync_windows"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if data_from is not None:
            self._values["data_from"] = data_from
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if refresh_policy is not None:
            self._values["refresh_policy"] = refresh_policy
        if secret_store_ref is not None:
            self._values["secret_store_ref"] = secret_store_ref
        if sync_windows is not None:
            self._values["sync_windows"] = sync_windows
        if target is not None:
            self._values["target"] = target

    @builtins.property
    def data(self) -> typing.Optional[typing.List["ExternalSecretSpecData"]]:
        '''Data defines the connection between the Kubernetes Secret keys and the Provider data.

        :schema: ExternalSecretSpec#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecData"]], result)

    @builtins.property
    def data_from(self) -> typing.Optional[typing.List["ExternalSecretSpecDataFrom"]]:
        '''DataFrom is used to fetch all properties from a specific Provider data If multiple entries are specified, the Secret keys are merged in the specified order.

        :schema: ExternalSecretSpec#dataFrom
        '''
        result = self._values.get("data_from")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecDataFrom"]], result)

    @builtins.property
    def refresh_interval(self) -> typing.Optional[builtins.str]:
        '''RefreshInterval is the amount of time before the values are read again from the SecretStore provider, specified as Golang Duration strings.

        Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h"
        Example values: "1h0m0s", "2h30m0s", "10m0s"
        May be set to "0s" to fetch and create it once. Defaults to 1h0m0s.

        :default: 1h0m0s.

        :schema: ExternalSecretSpec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_policy(self) -> typing.Optional["ExternalSecretSpecRefreshPolicy"]:
        '''RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.

        No periodic updates occur if refreshInterval is 0.

        - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes

        :schema: ExternalSecretSpec#refreshPolicy
        '''
        result = self._values.get("refresh_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecRefreshPolicy"], result)

    @builtins.property
    def secret_store_ref(self) -> typing.Optional["ExternalSecretSpecSecretStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpec#secretStoreRef
        '''
        result = self._values.get("secret_store_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecSecretStoreRef"], result)

    @builtins.property
    def sync_windows(self) -> typing.Optional["ExternalSecretSpecSyncWindows"]:
        '''SyncWindows optionally restricts when periodic refreshes may occur.

        Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).

        :schema: ExternalSecretSpec#syncWindows
        '''
        result = self._values.get("sync_windows")
        return typing.cast(typing.Optional["ExternalSecretSpecSyncWindows"], result)

    @builtins.property
    def target(self) -> typing.Optional["ExternalSecretSpecTarget"]:
        '''ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.

        :schema: ExternalSecretSpec#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional["ExternalSecretSpecTarget"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecData",
    jsii_struct_bases=[],
    name_mapping={
        "remote_ref": "remoteRef",
        "secret_key": "secretKey",
        "source_ref": "sourceRef",
    },
)
class ExternalSecretSpecData:
    def __init__(
        self,
        *,
        remote_ref: typing.Union["ExternalSecretSpecDataRemoteRef", typing.Dict[builtins.str, typing.Any]],
        secret_key: builtins.str,
        source_ref: typing.Optional[typing.Union["ExternalSecretSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretData defines the connection between the Kubernetes Secret key (spec.data.) and the Provider data.

        :param remote_ref: RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.
        :param secret_key: The key in the Kubernetes Secret to store the value.
        :param source_ref: SourceRef allows you to override the source from which the value will be pulled.

        :schema: ExternalSecretSpecData
        '''
        if isinstance(remote_ref, dict):
            remote_ref = ExternalSecretSpecDataRemoteRef(**remote_ref)
        if isinstance(source_ref, dict):
            source_ref = ExternalSecretSpecDataSourceRef(**source_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cc0c78a4fb0276e9c73b5a11831c787975a829b3ee6b5e413927340fa4fd0f37)
            check_type(argname="argument remote_ref", value=remote_ref, expected_type=type_hints["remote_ref"])
            check_type(argname="argument secret_key", value=secret_key, expected_type=type_hints["secret_key"])
            check_type(argname="argument source_ref", value=source_ref, expected_type=type_hints["source_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "remote_ref": remote_ref,
            "secret_key": secret_key,
        }
        if source_ref is not None:
            self._values["source_ref"] = source_ref

    @builtins.property
    def remote_ref(self) -> "ExternalSecretSpecDataRemoteRef":
        '''RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.

        :schema: ExternalSecretSpecData#remoteRef
        '''
        result = self._values.get("remote_ref")
        assert result is not None, "Required property 'remote_ref' is missing"
        return typing.cast("ExternalSecretSpecDataRemoteRef", result)

    @builtins.property
    def secret_key(self) -> builtins.str:
        '''The key in the Kubernetes Secret to store the value.

        :schema: ExternalSecretSpecData#secretKey
        '''
        result = self._values.get("secret_key")
        assert result is not None, "Required property 'secret_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def source_ref(self) -> typing.Optional["ExternalSecretSpecDataSourceRef"]:
        '''SourceRef allows you to override the source from which the value will be pulled.

        :schema: ExternalSecretSpecData#sourceRef
        '''
        result = self._values.get("source_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecData(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFrom",
    jsii_struct_bases=[],
    name_mapping={
        "extract": "extract",
        "find": "find",
        "rewrite": "rewrite",
        "source_ref": "sourceRef",
    },
)
class ExternalSecretSpecDataFrom:
    def __init__(
        self,
        *,
        extract: typing.Optional[typing.Union["ExternalSecretSpecDataFromExtract", typing.Dict[builtins.str, typing.Any]]] = None,
        find: typing.Optional[typing.Union["ExternalSecretSpecDataFromFind", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecDataFromRewrite", typing.Dict[builtins.str, typing.Any]]]] = None,
        source_ref: typing.Optional[typing.Union["ExternalSecretSpecDataFromSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretDataFromRemoteRef defines the connection between the Kubernetes Secret keys and the Provider data when using DataFrom to fetch multiple values from a Provider.

        :param extract: Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
        :param find: Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
        :param rewrite: Used to rewrite secret Keys after getting them from the secret Provider Multiple Rewrite operations can be provided. They are applied in a layered order (first to last)
        :param source_ref: SourceRef points to a store or generator which contains secret values ready to use. Use this in combination with Extract or Find pull values out of a specific SecretStore. When sourceRef points to a generator Extract or Find is not supported. The generator returns a static map of values

        :schema: ExternalSecretSpecDataFrom
        '''
        if isinstance(extract, dict):
            extract = ExternalSecretSpecDataFromExtract(**extract)
        if isinstance(find, dict):
            find = ExternalSecretSpecDataFromFind(**find)
        if isinstance(source_ref, dict):
            source_ref = ExternalSecretSpecDataFromSourceRef(**source_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b32fa860434c99beb0f161407fd76f72ad22fdb8f112c390f2a6b3a776bd8daa)
            check_type(argname="argument extract", value=extract, expected_type=type_hints["extract"])
            check_type(argname="argument find", value=find, expected_type=type_hints["find"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument source_ref", value=source_ref, expected_type=type_hints["source_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if extract is not None:
            self._values["extract"] = extract
        if find is not None:
            self._values["find"] = find
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if source_ref is not None:
            self._values["source_ref"] = source_ref

    @builtins.property
    def extract(self) -> typing.Optional["ExternalSecretSpecDataFromExtract"]:
        '''Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :schema: ExternalSecretSpecDataFrom#extract
        '''
        result = self._values.get("extract")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtract"], result)

    @builtins.property
    def find(self) -> typing.Optional["ExternalSecretSpecDataFromFind"]:
        '''Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :schema: ExternalSecretSpecDataFrom#find
        '''
        result = self._values.get("find")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFind"], result)

    @builtins.property
    def rewrite(
        self,
    ) -> typing.Optional[typing.List["ExternalSecretSpecDataFromRewrite"]]:
        '''Used to rewrite secret Keys after getting them from the secret Provider Multiple Rewrite operations can be provided.

        They are applied in a layered order (first to last)

        :schema: ExternalSecretSpecDataFrom#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecDataFromRewrite"]], result)

    @builtins.property
    def source_ref(self) -> typing.Optional["ExternalSecretSpecDataFromSourceRef"]:
        '''SourceRef points to a store or generator which contains secret values ready to use.

        Use this in combination with Extract or Find pull values out of
        a specific SecretStore.
        When sourceRef points to a generator Extract or Find is not supported.
        The generator returns a static map of values

        :schema: ExternalSecretSpecDataFrom#sourceRef
        '''
        result = self._values.get("source_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromExtract",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "metadata_policy": "metadataPolicy",
        "null_byte_policy": "nullBytePolicy",
        "property": "property",
        "version": "version",
    },
)
class ExternalSecretSpecDataFromExtract:
    def __init__(
        self,
        *,
        key: builtins.str,
        conversion_strategy: typing.Optional["ExternalSecretSpecDataFromExtractConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretSpecDataFromExtractDecodingStrategy"] = None,
        metadata_policy: typing.Optional["ExternalSecretSpecDataFromExtractMetadataPolicy"] = None,
        null_byte_policy: typing.Optional["ExternalSecretSpecDataFromExtractNullBytePolicy"] = None,
        property: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :param key: Key is the key used in the Provider, mandatory.
        :param conversion_strategy: Used to define a conversion Strategy. Defaults to Default when omitted. Default: Default when omitted.
        :param decoding_strategy: Used to define a decoding Strategy. Defaults to None when omitted. Default: None when omitted.
        :param metadata_policy: Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None Default: None
        :param null_byte_policy: Controls how ESO handles fetched secret data containing NUL bytes for this source.
        :param property: Used to select a specific property of the Provider value (if a map), if supported.
        :param version: Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataFromExtract
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f9080be1b28dc9f07fb094a23c9ba146793078480e447b133f2029839352ffbf)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument metadata_policy", value=metadata_policy, expected_type=type_hints["metadata_policy"])
            check_type(argname="argument null_byte_policy", value=null_byte_policy, expected_type=type_hints["null_byte_policy"])
            check_type(argname="argument property", value=property, expected_type=type_hints["property"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if metadata_policy is not None:
            self._values["metadata_policy"] = metadata_policy
        if null_byte_policy is not None:
            self._values["null_byte_policy"] = null_byte_policy
        if property is not None:
            self._values["property"] = property
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key used in the Provider, mandatory.

        :schema: ExternalSecretSpecDataFromExtract#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractConversionStrategy"]:
        '''Used to define a conversion Strategy.

        Defaults to Default when omitted.

        :default: Default when omitted.

        :schema: ExternalSecretSpecDataFromExtract#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecDataFromExtract#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractDecodingStrategy"], result)

    @builtins.property
    def metadata_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractMetadataPolicy"]:
        '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

        Defaults to None

        :default: None

        :schema: ExternalSecretSpecDataFromExtract#metadataPolicy
        '''
        result = self._values.get("metadata_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractMetadataPolicy"], result)

    @builtins.property
    def null_byte_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractNullBytePolicy"]:
        '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

        :schema: ExternalSecretSpecDataFromExtract#nullBytePolicy
        '''
        result = self._values.get("null_byte_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractNullBytePolicy"], result)

    @builtins.property
    def property(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific property of the Provider value (if a map), if supported.

        :schema: ExternalSecretSpecDataFromExtract#property
        '''
        result = self._values.get("property")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataFromExtract#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromExtract(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromExtractConversionStrategy"
)
class ExternalSecretSpecDataFromExtractConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    Defaults to Default when omitted.

    :default: Default when omitted.

    :schema: ExternalSecretSpecDataFromExtractConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromExtractDecodingStrategy"
)
class ExternalSecretSpecDataFromExtractDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecDataFromExtractDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromExtractMetadataPolicy"
)
class ExternalSecretSpecDataFromExtractMetadataPolicy(enum.Enum):
    '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

    Defaults to None

    :default: None

    :schema: ExternalSecretSpecDataFromExtractMetadataPolicy
    '''

    NONE = "NONE"
    '''None.'''
    FETCH = "FETCH"
    '''Fetch.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromExtractNullBytePolicy"
)
class ExternalSecretSpecDataFromExtractNullBytePolicy(enum.Enum):
    '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

    :schema: ExternalSecretSpecDataFromExtractNullBytePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromFind",
    jsii_struct_bases=[],
    name_mapping={
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "name": "name",
        "null_byte_policy": "nullBytePolicy",
        "path": "path",
        "tags": "tags",
    },
)
class ExternalSecretSpecDataFromFind:
    def __init__(
        self,
        *,
        conversion_strategy: typing.Optional["ExternalSecretSpecDataFromFindConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretSpecDataFromFindDecodingStrategy"] = None,
        name: typing.Optional[typing.Union["ExternalSecretSpecDataFromFindName", typing.Dict[builtins.str, typing.Any]]] = None,
        null_byte_policy: typing.Optional["ExternalSecretSpecDataFromFindNullBytePolicy"] = None,
        path: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :param conversion_strategy: Used to define a conversion Strategy. Defaults to Default when omitted. Default: Default when omitted.
        :param decoding_strategy: Used to define a decoding Strategy. Defaults to None when omitted. Default: None when omitted.
        :param name: Finds secrets based on the name.
        :param null_byte_policy: Controls how ESO handles fetched secret data containing NUL bytes for this find source.
        :param path: A root path to start the find operations.
        :param tags: Find secrets based on tags.

        :schema: ExternalSecretSpecDataFromFind
        '''
        if isinstance(name, dict):
            name = ExternalSecretSpecDataFromFindName(**name)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cfef1f273df22a679e23cec2e6be31afde611d75dc63ad84602e8a411a16af61)
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument null_byte_policy", value=null_byte_policy, expected_type=type_hints["null_byte_policy"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if name is not None:
            self._values["name"] = name
        if null_byte_policy is not None:
            self._values["null_byte_policy"] = null_byte_policy
        if path is not None:
            self._values["path"] = path
        if tags is not None:
            self._values["tags"] = tags

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromFindConversionStrategy"]:
        '''Used to define a conversion Strategy.

        Defaults to Default when omitted.

        :default: Default when omitted.

        :schema: ExternalSecretSpecDataFromFind#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromFindDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecDataFromFind#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindDecodingStrategy"], result)

    @builtins.property
    def name(self) -> typing.Optional["ExternalSecretSpecDataFromFindName"]:
        '''Finds secrets based on the name.

        :schema: ExternalSecretSpecDataFromFind#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindName"], result)

    @builtins.property
    def null_byte_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromFindNullBytePolicy"]:
        '''Controls how ESO handles fetched secret data containing NUL bytes for this find source.

        :schema: ExternalSecretSpecDataFromFind#nullBytePolicy
        '''
        result = self._values.get("null_byte_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindNullBytePolicy"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''A root path to start the find operations.

        :schema: ExternalSecretSpecDataFromFind#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Find secrets based on tags.

        :schema: ExternalSecretSpecDataFromFind#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromFind(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromFindConversionStrategy"
)
class ExternalSecretSpecDataFromFindConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    Defaults to Default when omitted.

    :default: Default when omitted.

    :schema: ExternalSecretSpecDataFromFindConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromFindDecodingStrategy"
)
class ExternalSecretSpecDataFromFindDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecDataFromFindDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromFindName",
    jsii_struct_bases=[],
    name_mapping={"regexp": "regexp"},
)
class ExternalSecretSpecDataFromFindName:
    def __init__(self, *, regexp: typing.Optional[builtins.str] = None) -> None:
        '''Finds secrets based on the name.

        :param regexp: Finds secrets base.

        :schema: ExternalSecretSpecDataFromFindName
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c10b6df84f555d756c3159783a3e10089c01e08228ca078263d76fb32057213)
            check_type(argname="argument regexp", value=regexp, expected_type=type_hints["regexp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if regexp is not None:
            self._values["regexp"] = regexp

    @builtins.property
    def regexp(self) -> typing.Optional[builtins.str]:
        '''Finds secrets base.

        :schema: ExternalSecretSpecDataFromFindName#regexp
        '''
        result = self._values.get("regexp")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromFindName(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromFindNullBytePolicy"
)
class ExternalSecretSpecDataFromFindNullBytePolicy(enum.Enum):
    '''Controls how ESO handles fetched secret data containing NUL bytes for this find source.

    :schema: ExternalSecretSpecDataFromFindNullBytePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromRewrite",
    jsii_struct_bases=[],
    name_mapping={"merge": "merge", "regexp": "regexp", "transform": "transform"},
)
class ExternalSecretSpecDataFromRewrite:
    def __init__(
        self,
        *,
        merge: typing.Optional[typing.Union["ExternalSecretSpecDataFromRewriteMerge", typing.Dict[builtins.str, typing.Any]]] = None,
        regexp: typing.Optional[typing.Union["ExternalSecretSpecDataFromRewriteRegexp", typing.Dict[builtins.str, typing.Any]]] = None,
        transform: typing.Optional[typing.Union["ExternalSecretSpecDataFromRewriteTransform", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretRewrite defines how to rewrite secret data values before they are written to the Secret.

        :param merge: Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.
        :param regexp: Used to rewrite with regular expressions. The resulting key will be the output of a regexp.ReplaceAll operation.
        :param transform: Used to apply string transformation on the secrets. The resulting key will be the output of the template applied by the operation.

        :schema: ExternalSecretSpecDataFromRewrite
        '''
        if isinstance(merge, dict):
            merge = ExternalSecretSpecDataFromRewriteMerge(**merge)
        if isinstance(regexp, dict):
            regexp = ExternalSecretSpecDataFromRewriteRegexp(**regexp)
        if isinstance(transform, dict):
            transform = ExternalSecretSpecDataFromRewriteTransform(**transform)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fbea4f6f1222d56f26e45deb4c981e685f0ca3350c8c59b62030fc461a448733)
            check_type(argname="argument merge", value=merge, expected_type=type_hints["merge"])
            check_type(argname="argument regexp", value=regexp, expected_type=type_hints["regexp"])
            check_type(argname="argument transform", value=transform, expected_type=type_hints["transform"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if merge is not None:
            self._values["merge"] = merge
        if regexp is not None:
            self._values["regexp"] = regexp
        if transform is not None:
            self._values["transform"] = transform

    @builtins.property
    def merge(self) -> typing.Optional["ExternalSecretSpecDataFromRewriteMerge"]:
        '''Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.

        :schema: ExternalSecretSpecDataFromRewrite#merge
        '''
        result = self._values.get("merge")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMerge"], result)

    @builtins.property
    def regexp(self) -> typing.Optional["ExternalSecretSpecDataFromRewriteRegexp"]:
        '''Used to rewrite with regular expressions.

        The resulting key will be the output of a regexp.ReplaceAll operation.

        :schema: ExternalSecretSpecDataFromRewrite#regexp
        '''
        result = self._values.get("regexp")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteRegexp"], result)

    @builtins.property
    def transform(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteTransform"]:
        '''Used to apply string transformation on the secrets.

        The resulting key will be the output of the template applied by the operation.

        :schema: ExternalSecretSpecDataFromRewrite#transform
        '''
        result = self._values.get("transform")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteTransform"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromRewriteMerge",
    jsii_struct_bases=[],
    name_mapping={
        "conflict_policy": "conflictPolicy",
        "into": "into",
        "priority": "priority",
        "priority_policy": "priorityPolicy",
        "strategy": "strategy",
    },
)
class ExternalSecretSpecDataFromRewriteMerge:
    def __init__(
        self,
        *,
        conflict_policy: typing.Optional["ExternalSecretSpecDataFromRewriteMergeConflictPolicy"] = None,
        into: typing.Optional[builtins.str] = None,
        priority: typing.Optional[typing.Sequence[builtins.str]] = None,
        priority_policy: typing.Optional["ExternalSecretSpecDataFromRewriteMergePriorityPolicy"] = None,
        strategy: typing.Optional["ExternalSecretSpecDataFromRewriteMergeStrategy"] = None,
    ) -> None:
        '''Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.

        :param conflict_policy: Used to define the policy to use in conflict resolution.
        :param into: Used to define the target key of the merge operation. Required if strategy is JSON. Ignored otherwise.
        :param priority: Used to define key priority in conflict resolution.
        :param priority_policy: Used to define the policy when a key in the priority list does not exist in the input.
        :param strategy: Used to define the strategy to use in the merge operation.

        :schema: ExternalSecretSpecDataFromRewriteMerge
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96ad1038bca85fcc767283180c7d910ee91c5b5a74dc2bd2fdd3680915cdd5b4)
            check_type(argname="argument conflict_policy", value=conflict_policy, expected_type=type_hints["conflict_policy"])
            check_type(argname="argument into", value=into, expected_type=type_hints["into"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument priority_policy", value=priority_policy, expected_type=type_hints["priority_policy"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if conflict_policy is not None:
            self._values["conflict_policy"] = conflict_policy
        if into is not None:
            self._values["into"] = into
        if priority is not None:
            self._values["priority"] = priority
        if priority_policy is not None:
            self._values["priority_policy"] = priority_policy
        if strategy is not None:
            self._values["strategy"] = strategy

    @builtins.property
    def conflict_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteMergeConflictPolicy"]:
        '''Used to define the policy to use in conflict resolution.

        :schema: ExternalSecretSpecDataFromRewriteMerge#conflictPolicy
        '''
        result = self._values.get("conflict_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMergeConflictPolicy"], result)

    @builtins.property
    def into(self) -> typing.Optional[builtins.str]:
        '''Used to define the target key of the merge operation.

        Required if strategy is JSON. Ignored otherwise.

        :schema: ExternalSecretSpecDataFromRewriteMerge#into
        '''
        result = self._values.get("into")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Used to define key priority in conflict resolution.

        :schema: ExternalSecretSpecDataFromRewriteMerge#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def priority_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteMergePriorityPolicy"]:
        '''Used to define the policy when a key in the priority list does not exist in the input.

        :schema: ExternalSecretSpecDataFromRewriteMerge#priorityPolicy
        '''
        result = self._values.get("priority_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMergePriorityPolicy"], result)

    @builtins.property
    def strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteMergeStrategy"]:
        '''Used to define the strategy to use in the merge operation.

        :schema: ExternalSecretSpecDataFromRewriteMerge#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMergeStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewriteMerge(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromRewriteMergeConflictPolicy"
)
class ExternalSecretSpecDataFromRewriteMergeConflictPolicy(enum.Enum):
    '''Used to define the policy to use in conflict resolution.

    :schema: ExternalSecretSpecDataFromRewriteMergeConflictPolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    ERROR = "ERROR"
    '''Error.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromRewriteMergePriorityPolicy"
)
class ExternalSecretSpecDataFromRewriteMergePriorityPolicy(enum.Enum):
    '''Used to define the policy when a key in the priority list does not exist in the input.

    :schema: ExternalSecretSpecDataFromRewriteMergePriorityPolicy
    '''

    IGNORE_NOT_FOUND = "IGNORE_NOT_FOUND"
    '''IgnoreNotFound.'''
    STRICT = "STRICT"
    '''Strict.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromRewriteMergeStrategy"
)
class ExternalSecretSpecDataFromRewriteMergeStrategy(enum.Enum):
    '''Used to define the strategy to use in the merge operation.

    :schema: ExternalSecretSpecDataFromRewriteMergeStrategy
    '''

    EXTRACT = "EXTRACT"
    '''Extract.'''
    JSON = "JSON"
    '''JSON.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromRewriteRegexp",
    jsii_struct_bases=[],
    name_mapping={"source": "source", "target": "target"},
)
class ExternalSecretSpecDataFromRewriteRegexp:
    def __init__(self, *, source: builtins.str, target: builtins.str) -> None:
        '''Used to rewrite with regular expressions.

        The resulting key will be the output of a regexp.ReplaceAll operation.

        :param source: Used to define the regular expression of a re.Compiler.
        :param target: Used to define the target pattern of a ReplaceAll operation.

        :schema: ExternalSecretSpecDataFromRewriteRegexp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9de4d7b391aadcd2c874898440b72c973aeaeedbd8edc896e05d70b4bf060d7b)
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "source": source,
            "target": target,
        }

    @builtins.property
    def source(self) -> builtins.str:
        '''Used to define the regular expression of a re.Compiler.

        :schema: ExternalSecretSpecDataFromRewriteRegexp#source
        '''
        result = self._values.get("source")
        assert result is not None, "Required property 'source' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target(self) -> builtins.str:
        '''Used to define the target pattern of a ReplaceAll operation.

        :schema: ExternalSecretSpecDataFromRewriteRegexp#target
        '''
        result = self._values.get("target")
        assert result is not None, "Required property 'target' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewriteRegexp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromRewriteTransform",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class ExternalSecretSpecDataFromRewriteTransform:
    def __init__(self, *, template: builtins.str) -> None:
        '''Used to apply string transformation on the secrets.

        The resulting key will be the output of the template applied by the operation.

        :param template: Used to define the template to apply on the secret name. ``.value `` will specify the secret name in the template.

        :schema: ExternalSecretSpecDataFromRewriteTransform
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__548272dc3481a845e3be557ac3efcf667b0224c35a47ca9cf65067b9c820ca6b)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "template": template,
        }

    @builtins.property
    def template(self) -> builtins.str:
        '''Used to define the template to apply on the secret name.

        ``.value `` will specify the secret name in the template.

        :schema: ExternalSecretSpecDataFromRewriteTransform#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewriteTransform(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromSourceRef",
    jsii_struct_bases=[],
    name_mapping={"generator_ref": "generatorRef", "store_ref": "storeRef"},
)
class ExternalSecretSpecDataFromSourceRef:
    def __init__(
        self,
        *,
        generator_ref: typing.Optional[typing.Union["ExternalSecretSpecDataFromSourceRefGeneratorRef", typing.Dict[builtins.str, typing.Any]]] = None,
        store_ref: typing.Optional[typing.Union["ExternalSecretSpecDataFromSourceRefStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SourceRef points to a store or generator which contains secret values ready to use.

        Use this in combination with Extract or Find pull values out of
        a specific SecretStore.
        When sourceRef points to a generator Extract or Find is not supported.
        The generator returns a static map of values

        :param generator_ref: GeneratorRef points to a generator custom resource.
        :param store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataFromSourceRef
        '''
        if isinstance(generator_ref, dict):
            generator_ref = ExternalSecretSpecDataFromSourceRefGeneratorRef(**generator_ref)
        if isinstance(store_ref, dict):
            store_ref = ExternalSecretSpecDataFromSourceRefStoreRef(**store_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79ab7c59fb332309918dea82ea9c58981240e451cad9dbcb80991626b78ae149)
            check_type(argname="argument generator_ref", value=generator_ref, expected_type=type_hints["generator_ref"])
            check_type(argname="argument store_ref", value=store_ref, expected_type=type_hints["store_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if generator_ref is not None:
            self._values["generator_ref"] = generator_ref
        if store_ref is not None:
            self._values["store_ref"] = store_ref

    @builtins.property
    def generator_ref(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromSourceRefGeneratorRef"]:
        '''GeneratorRef points to a generator custom resource.

        :schema: ExternalSecretSpecDataFromSourceRef#generatorRef
        '''
        result = self._values.get("generator_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRefGeneratorRef"], result)

    @builtins.property
    def store_ref(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataFromSourceRef#storeRef
        '''
        result = self._values.get("store_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromSourceRefGeneratorRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_version": "apiVersion"},
)
class ExternalSecretSpecDataFromSourceRefGeneratorRef:
    def __init__(
        self,
        *,
        kind: "ExternalSecretSpecDataFromSourceRefGeneratorRefKind",
        name: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GeneratorRef points to a generator custom resource.

        :param kind: Specify the Kind of the generator resource.
        :param name: Specify the name of the generator resource.
        :param api_version: Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88184e9900fde7b39162ce4d4b866977542b2fa553e6dcd1d9a05ddd5d1d891e)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def kind(self) -> "ExternalSecretSpecDataFromSourceRefGeneratorRefKind":
        '''Specify the Kind of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretSpecDataFromSourceRefGeneratorRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Specify the name of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromSourceRefGeneratorRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromSourceRefGeneratorRefKind"
)
class ExternalSecretSpecDataFromSourceRefGeneratorRefKind(enum.Enum):
    '''Specify the Kind of the generator resource.

    :schema: ExternalSecretSpecDataFromSourceRefGeneratorRefKind
    '''

    ACR_ACCESS_TOKEN = "ACR_ACCESS_TOKEN"
    '''ACRAccessToken.'''
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"
    '''BeyondtrustWorkloadCredentialsDynamicSecret.'''
    CLUSTER_GENERATOR = "CLUSTER_GENERATOR"
    '''ClusterGenerator.'''
    CLOUDSMITH_ACCESS_TOKEN = "CLOUDSMITH_ACCESS_TOKEN"
    '''CloudsmithAccessToken.'''
    ECR_AUTHORIZATION_TOKEN = "ECR_AUTHORIZATION_TOKEN"
    '''ECRAuthorizationToken.'''
    FAKE = "FAKE"
    '''Fake.'''
    GCR_ACCESS_TOKEN = "GCR_ACCESS_TOKEN"
    '''GCRAccessToken.'''
    GITHUB_ACCESS_TOKEN = "GITHUB_ACCESS_TOKEN"
    '''GithubAccessToken.'''
    GITLAB_DEPLOY_TOKEN = "GITLAB_DEPLOY_TOKEN"
    '''GitlabDeployToken.'''
    QUAY_ACCESS_TOKEN = "QUAY_ACCESS_TOKEN"
    '''QuayAccessToken.'''
    PASSWORD = "PASSWORD"
    '''Password.'''
    SSH_KEY = "SSH_KEY"
    '''SSHKey.'''
    STS_SESSION_TOKEN = "STS_SESSION_TOKEN"
    '''STSSessionToken.'''
    UUID = "UUID"
    '''UUID.'''
    VAULT_DYNAMIC_SECRET = "VAULT_DYNAMIC_SECRET"
    '''VaultDynamicSecret.'''
    WEBHOOK = "WEBHOOK"
    '''Webhook.'''
    GRAFANA = "GRAFANA"
    '''Grafana.'''
    MFA = "MFA"
    '''MFA.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromSourceRefStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretSpecDataFromSourceRefStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataFromSourceRefStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__89ffbd160a1fc51580a8acb490e71770b6f5031313af8f4cd7b8a280df2eb378)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretSpecDataFromSourceRefStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataFromSourceRefStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromSourceRefStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataFromSourceRefStoreRefKind"
)
class ExternalSecretSpecDataFromSourceRefStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretSpecDataFromSourceRefStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataRemoteRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "metadata_policy": "metadataPolicy",
        "null_byte_policy": "nullBytePolicy",
        "property": "property",
        "version": "version",
    },
)
class ExternalSecretSpecDataRemoteRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        conversion_strategy: typing.Optional["ExternalSecretSpecDataRemoteRefConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretSpecDataRemoteRefDecodingStrategy"] = None,
        metadata_policy: typing.Optional["ExternalSecretSpecDataRemoteRefMetadataPolicy"] = None,
        null_byte_policy: typing.Optional["ExternalSecretSpecDataRemoteRefNullBytePolicy"] = None,
        property: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.

        :param key: Key is the key used in the Provider, mandatory.
        :param conversion_strategy: Used to define a conversion Strategy. Defaults to Default when omitted. Default: Default when omitted.
        :param decoding_strategy: Used to define a decoding Strategy. Defaults to None when omitted. Default: None when omitted.
        :param metadata_policy: Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None Default: None
        :param null_byte_policy: Controls how ESO handles fetched secret data containing NUL bytes for this source.
        :param property: Used to select a specific property of the Provider value (if a map), if supported.
        :param version: Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataRemoteRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54bec334f46f8a39bdbb706a3f06b6c681a7d59ae97bbb57c82179fcbc6ccb91)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument metadata_policy", value=metadata_policy, expected_type=type_hints["metadata_policy"])
            check_type(argname="argument null_byte_policy", value=null_byte_policy, expected_type=type_hints["null_byte_policy"])
            check_type(argname="argument property", value=property, expected_type=type_hints["property"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if metadata_policy is not None:
            self._values["metadata_policy"] = metadata_policy
        if null_byte_policy is not None:
            self._values["null_byte_policy"] = null_byte_policy
        if property is not None:
            self._values["property"] = property
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key used in the Provider, mandatory.

        :schema: ExternalSecretSpecDataRemoteRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefConversionStrategy"]:
        '''Used to define a conversion Strategy.

        Defaults to Default when omitted.

        :default: Default when omitted.

        :schema: ExternalSecretSpecDataRemoteRef#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecDataRemoteRef#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefDecodingStrategy"], result)

    @builtins.property
    def metadata_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefMetadataPolicy"]:
        '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

        Defaults to None

        :default: None

        :schema: ExternalSecretSpecDataRemoteRef#metadataPolicy
        '''
        result = self._values.get("metadata_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefMetadataPolicy"], result)

    @builtins.property
    def null_byte_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefNullBytePolicy"]:
        '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

        :schema: ExternalSecretSpecDataRemoteRef#nullBytePolicy
        '''
        result = self._values.get("null_byte_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefNullBytePolicy"], result)

    @builtins.property
    def property(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific property of the Provider value (if a map), if supported.

        :schema: ExternalSecretSpecDataRemoteRef#property
        '''
        result = self._values.get("property")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataRemoteRef#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataRemoteRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataRemoteRefConversionStrategy"
)
class ExternalSecretSpecDataRemoteRefConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    Defaults to Default when omitted.

    :default: Default when omitted.

    :schema: ExternalSecretSpecDataRemoteRefConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataRemoteRefDecodingStrategy"
)
class ExternalSecretSpecDataRemoteRefDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecDataRemoteRefDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataRemoteRefMetadataPolicy"
)
class ExternalSecretSpecDataRemoteRefMetadataPolicy(enum.Enum):
    '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

    Defaults to None

    :default: None

    :schema: ExternalSecretSpecDataRemoteRefMetadataPolicy
    '''

    NONE = "NONE"
    '''None.'''
    FETCH = "FETCH"
    '''Fetch.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataRemoteRefNullBytePolicy"
)
class ExternalSecretSpecDataRemoteRefNullBytePolicy(enum.Enum):
    '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

    :schema: ExternalSecretSpecDataRemoteRefNullBytePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={"generator_ref": "generatorRef", "store_ref": "storeRef"},
)
class ExternalSecretSpecDataSourceRef:
    def __init__(
        self,
        *,
        generator_ref: typing.Optional[typing.Union["ExternalSecretSpecDataSourceRefGeneratorRef", typing.Dict[builtins.str, typing.Any]]] = None,
        store_ref: typing.Optional[typing.Union["ExternalSecretSpecDataSourceRefStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SourceRef allows you to override the source from which the value will be pulled.

        :param generator_ref: GeneratorRef points to a generator custom resource. Deprecated: The generatorRef is not implemented in .data[]. this will be removed with v1.
        :param store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataSourceRef
        '''
        if isinstance(generator_ref, dict):
            generator_ref = ExternalSecretSpecDataSourceRefGeneratorRef(**generator_ref)
        if isinstance(store_ref, dict):
            store_ref = ExternalSecretSpecDataSourceRefStoreRef(**store_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b904289916e2f2f9adfd62337e823ea083dfbe46a8ca108b9b34ec0602577737)
            check_type(argname="argument generator_ref", value=generator_ref, expected_type=type_hints["generator_ref"])
            check_type(argname="argument store_ref", value=store_ref, expected_type=type_hints["store_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if generator_ref is not None:
            self._values["generator_ref"] = generator_ref
        if store_ref is not None:
            self._values["store_ref"] = store_ref

    @builtins.property
    def generator_ref(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataSourceRefGeneratorRef"]:
        '''GeneratorRef points to a generator custom resource.

        Deprecated: The generatorRef is not implemented in .data[].
        this will be removed with v1.

        :schema: ExternalSecretSpecDataSourceRef#generatorRef
        '''
        result = self._values.get("generator_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRefGeneratorRef"], result)

    @builtins.property
    def store_ref(self) -> typing.Optional["ExternalSecretSpecDataSourceRefStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataSourceRef#storeRef
        '''
        result = self._values.get("store_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRefStoreRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataSourceRefGeneratorRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_version": "apiVersion"},
)
class ExternalSecretSpecDataSourceRefGeneratorRef:
    def __init__(
        self,
        *,
        kind: "ExternalSecretSpecDataSourceRefGeneratorRefKind",
        name: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GeneratorRef points to a generator custom resource.

        Deprecated: The generatorRef is not implemented in .data[].
        this will be removed with v1.

        :param kind: Specify the Kind of the generator resource.
        :param name: Specify the name of the generator resource.
        :param api_version: Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c296ec87ac271b19490dec2a3a890dd6a6cdfe5c9a6b9eb9881c1ce1ddda872)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def kind(self) -> "ExternalSecretSpecDataSourceRefGeneratorRefKind":
        '''Specify the Kind of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretSpecDataSourceRefGeneratorRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Specify the name of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataSourceRefGeneratorRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataSourceRefGeneratorRefKind"
)
class ExternalSecretSpecDataSourceRefGeneratorRefKind(enum.Enum):
    '''Specify the Kind of the generator resource.

    :schema: ExternalSecretSpecDataSourceRefGeneratorRefKind
    '''

    ACR_ACCESS_TOKEN = "ACR_ACCESS_TOKEN"
    '''ACRAccessToken.'''
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"
    '''BeyondtrustWorkloadCredentialsDynamicSecret.'''
    CLUSTER_GENERATOR = "CLUSTER_GENERATOR"
    '''ClusterGenerator.'''
    CLOUDSMITH_ACCESS_TOKEN = "CLOUDSMITH_ACCESS_TOKEN"
    '''CloudsmithAccessToken.'''
    ECR_AUTHORIZATION_TOKEN = "ECR_AUTHORIZATION_TOKEN"
    '''ECRAuthorizationToken.'''
    FAKE = "FAKE"
    '''Fake.'''
    GCR_ACCESS_TOKEN = "GCR_ACCESS_TOKEN"
    '''GCRAccessToken.'''
    GITHUB_ACCESS_TOKEN = "GITHUB_ACCESS_TOKEN"
    '''GithubAccessToken.'''
    GITLAB_DEPLOY_TOKEN = "GITLAB_DEPLOY_TOKEN"
    '''GitlabDeployToken.'''
    QUAY_ACCESS_TOKEN = "QUAY_ACCESS_TOKEN"
    '''QuayAccessToken.'''
    PASSWORD = "PASSWORD"
    '''Password.'''
    SSH_KEY = "SSH_KEY"
    '''SSHKey.'''
    STS_SESSION_TOKEN = "STS_SESSION_TOKEN"
    '''STSSessionToken.'''
    UUID = "UUID"
    '''UUID.'''
    VAULT_DYNAMIC_SECRET = "VAULT_DYNAMIC_SECRET"
    '''VaultDynamicSecret.'''
    WEBHOOK = "WEBHOOK"
    '''Webhook.'''
    GRAFANA = "GRAFANA"
    '''Grafana.'''
    MFA = "MFA"
    '''MFA.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataSourceRefStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretSpecDataSourceRefStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretSpecDataSourceRefStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataSourceRefStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9df2601ab967431067d9e1bc13e845aaf702d3e62fb654ebbd365bba3e270ad)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(self) -> typing.Optional["ExternalSecretSpecDataSourceRefStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretSpecDataSourceRefStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRefStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataSourceRefStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataSourceRefStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecDataSourceRefStoreRefKind"
)
class ExternalSecretSpecDataSourceRefStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretSpecDataSourceRefStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecRefreshPolicy"
)
class ExternalSecretSpecRefreshPolicy(enum.Enum):
    '''RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.

    No periodic updates occur if refreshInterval is 0.

    - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes

    :schema: ExternalSecretSpecRefreshPolicy
    '''

    CREATED_ONCE = "CREATED_ONCE"
    '''CreatedOnce.'''
    PERIODIC = "PERIODIC"
    '''Periodic.'''
    ON_CHANGE = "ON_CHANGE"
    '''OnChange.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecSecretStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretSpecSecretStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretSpecSecretStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretSpecSecretStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09b34671a3e551be5b7193924447e717e708f3962088b998c452c1d31ad26c02)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(self) -> typing.Optional["ExternalSecretSpecSecretStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretSpecSecretStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretSpecSecretStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretSpecSecretStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecSecretStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecSecretStoreRefKind"
)
class ExternalSecretSpecSecretStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretSpecSecretStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecSyncWindows",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "windows": "windows"},
)
class ExternalSecretSpecSyncWindows:
    def __init__(
        self,
        *,
        kind: "ExternalSecretSpecSyncWindowsKind",
        windows: typing.Sequence[typing.Union["ExternalSecretSpecSyncWindowsWindows", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''SyncWindows optionally restricts when periodic refreshes may occur.

        Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).

        :param kind: Kind applies to every window in the list. "allow" -- syncs are permitted only while at least one window is active; all other times are blocked. "deny" -- syncs are blocked while any window is active; all other times are permitted.
        :param windows: Windows is the list of schedule+duration pairs.

        :schema: ExternalSecretSpecSyncWindows
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5aee72e3d778b1159d749b0e6c9bcb2ea317e1bde4577c39f1753091d0596c89)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument windows", value=windows, expected_type=type_hints["windows"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "windows": windows,
        }

    @builtins.property
    def kind(self) -> "ExternalSecretSpecSyncWindowsKind":
        '''Kind applies to every window in the list.

        "allow" -- syncs are permitted only while at least one window is active;
        all other times are blocked.
        "deny"  -- syncs are blocked while any window is active;
        all other times are permitted.

        :schema: ExternalSecretSpecSyncWindows#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretSpecSyncWindowsKind", result)

    @builtins.property
    def windows(self) -> typing.List["ExternalSecretSpecSyncWindowsWindows"]:
        '''Windows is the list of schedule+duration pairs.

        :schema: ExternalSecretSpecSyncWindows#windows
        '''
        result = self._values.get("windows")
        assert result is not None, "Required property 'windows' is missing"
        return typing.cast(typing.List["ExternalSecretSpecSyncWindowsWindows"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecSyncWindows(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecSyncWindowsKind"
)
class ExternalSecretSpecSyncWindowsKind(enum.Enum):
    '''Kind applies to every window in the list.

    "allow" -- syncs are permitted only while at least one window is active;
    all other times are blocked.
    "deny"  -- syncs are blocked while any window is active;
    all other times are permitted.

    :schema: ExternalSecretSpecSyncWindowsKind
    '''

    ALLOW = "ALLOW"
    '''allow.'''
    DENY = "DENY"
    '''deny.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecSyncWindowsWindows",
    jsii_struct_bases=[],
    name_mapping={"duration": "duration", "schedule": "schedule"},
)
class ExternalSecretSpecSyncWindowsWindows:
    def __init__(self, *, duration: builtins.str, schedule: builtins.str) -> None:
        '''ExternalSecretSyncWindowEntry defines a single cron-schedule + duration pair within a SyncWindows block.

        :param duration: Duration specifies how long the window stays open after each Schedule firing. Example: "8h".
        :param schedule: Schedule is a standard 5-field cron expression evaluated in UTC, or a named shorthand such as.

        :schema: ExternalSecretSpecSyncWindowsWindows
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c73c2aeb2388f4196248ecc4765f17603fd5047d3422bcb9f95c8c3145e5e9eb)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument schedule", value=schedule, expected_type=type_hints["schedule"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
            "schedule": schedule,
        }

    @builtins.property
    def duration(self) -> builtins.str:
        '''Duration specifies how long the window stays open after each Schedule firing.

        Example: "8h".

        :schema: ExternalSecretSpecSyncWindowsWindows#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def schedule(self) -> builtins.str:
        '''Schedule is a standard 5-field cron expression evaluated in UTC, or a named shorthand such as.

        :daily: or
        :every:

        1h. It marks the start time of
        each window occurrence.
        Example: "0 22 * * 1-5" opens a window every weekday at 22:00 UTC.
        :schema: ExternalSecretSpecSyncWindowsWindows#schedule
        '''
        result = self._values.get("schedule")
        assert result is not None, "Required property 'schedule' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecSyncWindowsWindows(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTarget",
    jsii_struct_bases=[],
    name_mapping={
        "creation_policy": "creationPolicy",
        "deletion_policy": "deletionPolicy",
        "immutable": "immutable",
        "manifest": "manifest",
        "name": "name",
        "template": "template",
    },
)
class ExternalSecretSpecTarget:
    def __init__(
        self,
        *,
        creation_policy: typing.Optional["ExternalSecretSpecTargetCreationPolicy"] = None,
        deletion_policy: typing.Optional["ExternalSecretSpecTargetDeletionPolicy"] = None,
        immutable: typing.Optional[builtins.bool] = None,
        manifest: typing.Optional[typing.Union["ExternalSecretSpecTargetManifest", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        template: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.

        :param creation_policy: CreationPolicy defines rules on how to create the resulting Secret. Defaults to "Owner" Default: Owner"
        :param deletion_policy: DeletionPolicy defines rules on how to delete the resulting Secret. Defaults to "Retain" Default: Retain"
        :param immutable: Immutable defines if the final secret will be immutable.
        :param manifest: Manifest defines a custom Kubernetes resource to create instead of a Secret. When specified, ExternalSecret will create the resource type defined here (e.g., ConfigMap, Custom Resource) instead of a Secret. Warning: Using Generic target. Make sure access policies and encryption are properly configured.
        :param name: The name of the Secret resource to be managed. Defaults to the .metadata.name of the ExternalSecret resource Default: the .metadata.name of the ExternalSecret resource
        :param template: Template defines a blueprint for the created Secret resource.

        :schema: ExternalSecretSpecTarget
        '''
        if isinstance(manifest, dict):
            manifest = ExternalSecretSpecTargetManifest(**manifest)
        if isinstance(template, dict):
            template = ExternalSecretSpecTargetTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9d1bb159ec8a15701150c84bafed71f834f749c414b5649647a04b4d1b0a11f)
            check_type(argname="argument creation_policy", value=creation_policy, expected_type=type_hints["creation_policy"])
            check_type(argname="argument deletion_policy", value=deletion_policy, expected_type=type_hints["deletion_policy"])
            check_type(argname="argument immutable", value=immutable, expected_type=type_hints["immutable"])
            check_type(argname="argument manifest", value=manifest, expected_type=type_hints["manifest"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if creation_policy is not None:
            self._values["creation_policy"] = creation_policy
        if deletion_policy is not None:
            self._values["deletion_policy"] = deletion_policy
        if immutable is not None:
            self._values["immutable"] = immutable
        if manifest is not None:
            self._values["manifest"] = manifest
        if name is not None:
            self._values["name"] = name
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def creation_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetCreationPolicy"]:
        '''CreationPolicy defines rules on how to create the resulting Secret.

        Defaults to "Owner"

        :default: Owner"

        :schema: ExternalSecretSpecTarget#creationPolicy
        '''
        result = self._values.get("creation_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetCreationPolicy"], result)

    @builtins.property
    def deletion_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetDeletionPolicy"]:
        '''DeletionPolicy defines rules on how to delete the resulting Secret.

        Defaults to "Retain"

        :default: Retain"

        :schema: ExternalSecretSpecTarget#deletionPolicy
        '''
        result = self._values.get("deletion_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetDeletionPolicy"], result)

    @builtins.property
    def immutable(self) -> typing.Optional[builtins.bool]:
        '''Immutable defines if the final secret will be immutable.

        :schema: ExternalSecretSpecTarget#immutable
        '''
        result = self._values.get("immutable")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def manifest(self) -> typing.Optional["ExternalSecretSpecTargetManifest"]:
        '''Manifest defines a custom Kubernetes resource to create instead of a Secret.

        When specified, ExternalSecret will create the resource type defined here
        (e.g., ConfigMap, Custom Resource) instead of a Secret.
        Warning: Using Generic target. Make sure access policies and encryption are properly configured.

        :schema: ExternalSecretSpecTarget#manifest
        '''
        result = self._values.get("manifest")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetManifest"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource to be managed.

        Defaults to the .metadata.name of the ExternalSecret resource

        :default: the .metadata.name of the ExternalSecret resource

        :schema: ExternalSecretSpecTarget#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def template(self) -> typing.Optional["ExternalSecretSpecTargetTemplate"]:
        '''Template defines a blueprint for the created Secret resource.

        :schema: ExternalSecretSpecTarget#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTarget(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetCreationPolicy"
)
class ExternalSecretSpecTargetCreationPolicy(enum.Enum):
    '''CreationPolicy defines rules on how to create the resulting Secret.

    Defaults to "Owner"

    :default: Owner"

    :schema: ExternalSecretSpecTargetCreationPolicy
    '''

    OWNER = "OWNER"
    '''Owner.'''
    ORPHAN = "ORPHAN"
    '''Orphan.'''
    MERGE = "MERGE"
    '''Merge.'''
    NONE = "NONE"
    '''None.'''
    CREATE_OR_MERGE = "CREATE_OR_MERGE"
    '''CreateOrMerge.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetDeletionPolicy"
)
class ExternalSecretSpecTargetDeletionPolicy(enum.Enum):
    '''DeletionPolicy defines rules on how to delete the resulting Secret.

    Defaults to "Retain"

    :default: Retain"

    :schema: ExternalSecretSpecTargetDeletionPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    MERGE = "MERGE"
    '''Merge.'''
    RETAIN = "RETAIN"
    '''Retain.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetManifest",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind"},
)
class ExternalSecretSpecTargetManifest:
    def __init__(self, *, api_version: builtins.str, kind: builtins.str) -> None:
        '''Manifest defines a custom Kubernetes resource to create instead of a Secret.

        When specified, ExternalSecret will create the resource type defined here
        (e.g., ConfigMap, Custom Resource) instead of a Secret.
        Warning: Using Generic target. Make sure access policies and encryption are properly configured.

        :param api_version: APIVersion of the target resource (e.g., "v1" for ConfigMap, "argoproj.io/v1alpha1" for ArgoCD Application).
        :param kind: Kind of the target resource (e.g., "ConfigMap", "Application").

        :schema: ExternalSecretSpecTargetManifest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68b587110323e9e3114cefdba93782118adb1670e6d92a6760ad119fa0521884)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
        }

    @builtins.property
    def api_version(self) -> builtins.str:
        '''APIVersion of the target resource (e.g., "v1" for ConfigMap, "argoproj.io/v1alpha1" for ArgoCD Application).

        :schema: ExternalSecretSpecTargetManifest#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of the target resource (e.g., "ConfigMap", "Application").

        :schema: ExternalSecretSpecTargetManifest#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetManifest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "engine_version": "engineVersion",
        "merge_policy": "mergePolicy",
        "metadata": "metadata",
        "template_from": "templateFrom",
        "type": "type",
    },
)
class ExternalSecretSpecTargetTemplate:
    def __init__(
        self,
        *,
        data: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        engine_version: typing.Optional["ExternalSecretSpecTargetTemplateEngineVersion"] = None,
        merge_policy: typing.Optional["ExternalSecretSpecTargetTemplateMergePolicy"] = None,
        metadata: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        template_from: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecTargetTemplateTemplateFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Template defines a blueprint for the created Secret resource.

        :param data: 
        :param engine_version: EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].
        :param merge_policy: TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
        :param metadata: ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
        :param template_from: 
        :param type: 

        :schema: ExternalSecretSpecTargetTemplate
        '''
        if isinstance(metadata, dict):
            metadata = ExternalSecretSpecTargetTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6dcb4050974b7f810fea907f274cc771138ab4d946f9b6f44a6cfcbbe743968a)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument engine_version", value=engine_version, expected_type=type_hints["engine_version"])
            check_type(argname="argument merge_policy", value=merge_policy, expected_type=type_hints["merge_policy"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument template_from", value=template_from, expected_type=type_hints["template_from"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if engine_version is not None:
            self._values["engine_version"] = engine_version
        if merge_policy is not None:
            self._values["merge_policy"] = merge_policy
        if metadata is not None:
            self._values["metadata"] = metadata
        if template_from is not None:
            self._values["template_from"] = template_from
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def data(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplate#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def engine_version(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateEngineVersion"]:
        '''EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].

        :schema: ExternalSecretSpecTargetTemplate#engineVersion
        '''
        result = self._values.get("engine_version")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateEngineVersion"], result)

    @builtins.property
    def merge_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateMergePolicy"]:
        '''TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.

        :schema: ExternalSecretSpecTargetTemplate#mergePolicy
        '''
        result = self._values.get("merge_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateMergePolicy"], result)

    @builtins.property
    def metadata(self) -> typing.Optional["ExternalSecretSpecTargetTemplateMetadata"]:
        '''ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.

        :schema: ExternalSecretSpecTargetTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateMetadata"], result)

    @builtins.property
    def template_from(
        self,
    ) -> typing.Optional[typing.List["ExternalSecretSpecTargetTemplateTemplateFrom"]]:
        '''
        :schema: ExternalSecretSpecTargetTemplate#templateFrom
        '''
        result = self._values.get("template_from")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecTargetTemplateTemplateFrom"]], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExternalSecretSpecTargetTemplate#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateEngineVersion"
)
class ExternalSecretSpecTargetTemplateEngineVersion(enum.Enum):
    '''EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].

    :schema: ExternalSecretSpecTargetTemplateEngineVersion
    '''

    V2 = "V2"
    '''v2.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateMergePolicy"
)
class ExternalSecretSpecTargetTemplateMergePolicy(enum.Enum):
    '''TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.

    :schema: ExternalSecretSpecTargetTemplateMergePolicy
    '''

    REPLACE = "REPLACE"
    '''Replace.'''
    MERGE = "MERGE"
    '''Merge.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
    },
)
class ExternalSecretSpecTargetTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.

        :param annotations: 
        :param finalizers: 
        :param labels: 

        :schema: ExternalSecretSpecTargetTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f6993b24b90deec99a2c61fab58ea9a980318262745f3abde910cc2208d70a3)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument finalizers", value=finalizers, expected_type=type_hints["finalizers"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if finalizers is not None:
            self._values["finalizers"] = finalizers
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "literal": "literal",
        "secret": "secret",
        "target": "target",
        "values_decoding_strategy": "valuesDecodingStrategy",
    },
)
class ExternalSecretSpecTargetTemplateTemplateFrom:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        literal: typing.Optional[builtins.str] = None,
        secret: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        target: typing.Optional[builtins.str] = None,
        values_decoding_strategy: typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"] = None,
    ) -> None:
        '''TemplateFrom specifies a source for templates.

        Each item in the list can either reference a ConfigMap or a Secret resource.

        :param config_map: TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
        :param literal: 
        :param secret: TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
        :param target: Target specifies where to place the template result. For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels"; any other value is rejected because it would allow writes to privileged Secret fields. For custom resources (when spec.target.manifest is set), this supports nested paths like "spec.database.config" or "data".
        :param values_decoding_strategy: Used to define a decoding Strategy for the rendered template values. Defaults to None when omitted. Default: None when omitted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom
        '''
        if isinstance(config_map, dict):
            config_map = ExternalSecretSpecTargetTemplateTemplateFromConfigMap(**config_map)
        if isinstance(secret, dict):
            secret = ExternalSecretSpecTargetTemplateTemplateFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf1078865f7fb55772f29e095aefc171cc05f51af16c13edb72c7c15eb9e7b7f)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument literal", value=literal, expected_type=type_hints["literal"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
            check_type(argname="argument values_decoding_strategy", value=values_decoding_strategy, expected_type=type_hints["values_decoding_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if literal is not None:
            self._values["literal"] = literal
        if secret is not None:
            self._values["secret"] = secret
        if target is not None:
            self._values["target"] = target
        if values_decoding_strategy is not None:
            self._values["values_decoding_strategy"] = values_decoding_strategy

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMap"]:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMap"], result)

    @builtins.property
    def literal(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#literal
        '''
        result = self._values.get("literal")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecret"]:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecret"], result)

    @builtins.property
    def target(self) -> typing.Optional[builtins.str]:
        '''Target specifies where to place the template result.

        For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels";
        any other value is rejected because it would allow writes to privileged Secret fields.
        For custom resources (when spec.target.manifest is set), this supports
        nested paths like "spec.database.config" or "data".

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values_decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"]:
        '''Used to define a decoding Strategy for the rendered template values.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#valuesDecodingStrategy
        '''
        result = self._values.get("values_decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromConfigMap",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name"},
)
class ExternalSecretSpecTargetTemplateTemplateFromConfigMap:
    def __init__(
        self,
        *,
        items: typing.Sequence[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
    ) -> None:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :param items: A list of keys in the ConfigMap/Secret to use as templates for Secret data.
        :param name: The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb7c0ef380cecd9ad03f9d89382577478d05dd4774b99539ea356cfe145fb9e6)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "items": items,
            "name": name,
        }

    @builtins.property
    def items(
        self,
    ) -> typing.List["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems"]:
        '''A list of keys in the ConfigMap/Secret to use as templates for Secret data.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMap#items
        '''
        result = self._values.get("items")
        assert result is not None, "Required property 'items' is missing"
        return typing.cast(typing.List["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMap#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "template_as": "templateAs"},
)
class ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        template_as: typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"] = None,
    ) -> None:
        '''TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.

        :param key: A key in the ConfigMap/Secret.
        :param template_as: TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b208337d3e07da3efb7d283b0e28d8208e2567cce4f245e05fd213f5979899e0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument template_as", value=template_as, expected_type=type_hints["template_as"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if template_as is not None:
            self._values["template_as"] = template_as

    @builtins.property
    def key(self) -> builtins.str:
        '''A key in the ConfigMap/Secret.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_as(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"]:
        '''TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#templateAs
        '''
        result = self._values.get("template_as")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"
)
class ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs(enum.Enum):
    '''TemplateScope specifies how the template keys should be interpreted.

    :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs
    '''

    VALUES = "VALUES"
    '''Values.'''
    KEYS_AND_VALUES = "KEYS_AND_VALUES"
    '''KeysAndValues.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromSecret",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name"},
)
class ExternalSecretSpecTargetTemplateTemplateFromSecret:
    def __init__(
        self,
        *,
        items: typing.Sequence[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromSecretItems", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
    ) -> None:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :param items: A list of keys in the ConfigMap/Secret to use as templates for Secret data.
        :param name: The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__76a820ffbc8a76ae81f69b1c6d9d1b8dc2815face31f92b803afccf644e85da3)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "items": items,
            "name": name,
        }

    @builtins.property
    def items(
        self,
    ) -> typing.List["ExternalSecretSpecTargetTemplateTemplateFromSecretItems"]:
        '''A list of keys in the ConfigMap/Secret to use as templates for Secret data.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecret#items
        '''
        result = self._values.get("items")
        assert result is not None, "Required property 'items' is missing"
        return typing.cast(typing.List["ExternalSecretSpecTargetTemplateTemplateFromSecretItems"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "template_as": "templateAs"},
)
class ExternalSecretSpecTargetTemplateTemplateFromSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        template_as: typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"] = None,
    ) -> None:
        '''TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.

        :param key: A key in the ConfigMap/Secret.
        :param template_as: TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97ab642577d3f8202615460ae36d563467a1639c59d0524f62df0a28ac1c16d1)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument template_as", value=template_as, expected_type=type_hints["template_as"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if template_as is not None:
            self._values["template_as"] = template_as

    @builtins.property
    def key(self) -> builtins.str:
        '''A key in the ConfigMap/Secret.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_as(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"]:
        '''TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItems#templateAs
        '''
        result = self._values.get("template_as")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"
)
class ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs(enum.Enum):
    '''TemplateScope specifies how the template keys should be interpreted.

    :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs
    '''

    VALUES = "VALUES"
    '''Values.'''
    KEYS_AND_VALUES = "KEYS_AND_VALUES"
    '''KeysAndValues.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"
)
class ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy for the rendered template values.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


class PushSecret(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecret",
):
    '''PushSecret is the Schema for the PushSecrets API that enables pushing Kubernetes secrets to external secret providers.

    :schema: PushSecret
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PushSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PushSecret" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: PushSecretSpec configures the behavior of the PushSecret.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d7fc57fefa891415b3fe5c1ec0dfab5d6f3eae505b2877ead24fb8db433f037f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PushSecretProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PushSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PushSecret".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: PushSecretSpec configures the behavior of the PushSecret.
        '''
        props = PushSecretProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PushSecret".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class PushSecretProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PushSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PushSecret is the Schema for the PushSecrets API that enables pushing Kubernetes secrets to external secret providers.

        :param metadata: 
        :param spec: PushSecretSpec configures the behavior of the PushSecret.

        :schema: PushSecret
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = PushSecretSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d46efcdd98630a583464d22072257015df7fc10d4a4cc504b1ee7bd5f1fba18)
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
        :schema: PushSecret#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["PushSecretSpec"]:
        '''PushSecretSpec configures the behavior of the PushSecret.

        :schema: PushSecret#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["PushSecretSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpec",
    jsii_struct_bases=[],
    name_mapping={
        "secret_store_refs": "secretStoreRefs",
        "selector": "selector",
        "data": "data",
        "data_to": "dataTo",
        "deletion_policy": "deletionPolicy",
        "refresh_interval": "refreshInterval",
        "template": "template",
        "update_policy": "updatePolicy",
    },
)
class PushSecretSpec:
    def __init__(
        self,
        *,
        secret_store_refs: typing.Sequence[typing.Union["PushSecretSpecSecretStoreRefs", typing.Dict[builtins.str, typing.Any]]],
        selector: typing.Union["PushSecretSpecSelector", typing.Dict[builtins.str, typing.Any]],
        data: typing.Optional[typing.Sequence[typing.Union["PushSecretSpecData", typing.Dict[builtins.str, typing.Any]]]] = None,
        data_to: typing.Optional[typing.Sequence[typing.Union["PushSecretSpecDataTo", typing.Dict[builtins.str, typing.Any]]]] = None,
        deletion_policy: typing.Optional["PushSecretSpecDeletionPolicy"] = None,
        refresh_interval: typing.Optional[builtins.str] = None,
        template: typing.Optional[typing.Union["PushSecretSpecTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        update_policy: typing.Optional["PushSecretSpecUpdatePolicy"] = None,
    ) -> None:
        '''PushSecretSpec configures the behavior of the PushSecret.

        :param secret_store_refs: 
        :param selector: The Secret Selector (k8s source) for the Push Secret.
        :param data: Secret Data that should be pushed to providers.
        :param data_to: DataTo defines bulk push rules that expand source Secret keys into provider entries.
        :param deletion_policy: Deletion Policy to handle Secrets in the provider.
        :param refresh_interval: The Interval to which External Secrets will try to push a secret definition.
        :param template: Template defines a blueprint for the created Secret resource.
        :param update_policy: UpdatePolicy to handle Secrets in the provider.

        :schema: PushSecretSpec
        '''
        if isinstance(selector, dict):
            selector = PushSecretSpecSelector(**selector)
        if isinstance(template, dict):
            template = PushSecretSpecTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__594acce4554a7473636fd27622f6dfd3f9087b08a496809df50339c6a375d0e2)
            check_type(argname="argument secret_store_refs", value=secret_store_refs, expected_type=type_hints["secret_store_refs"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument data_to", value=data_to, expected_type=type_hints["data_to"])
            check_type(argname="argument deletion_policy", value=deletion_policy, expected_type=type_hints["deletion_policy"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
            check_type(argname="argument update_policy", value=update_policy, expected_type=type_hints["update_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret_store_refs": secret_store_refs,
            "selector": selector,
        }
        if data is not None:
            self._values["data"] = data
        if data_to is not None:
            self._values["data_to"] = data_to
        if deletion_policy is not None:
            self._values["deletion_policy"] = deletion_policy
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if template is not None:
            self._values["template"] = template
        if update_policy is not None:
            self._values["update_policy"] = update_policy

    @builtins.property
    def secret_store_refs(self) -> typing.List["PushSecretSpecSecretStoreRefs"]:
        '''
        :schema: PushSecretSpec#secretStoreRefs
        '''
        result = self._values.get("secret_store_refs")
        assert result is not None, "Required property 'secret_store_refs' is missing"
        return typing.cast(typing.List["PushSecretSpecSecretStoreRefs"], result)

    @builtins.property
    def selector(self) -> "PushSecretSpecSelector":
        '''The Secret Selector (k8s source) for the Push Secret.

        :schema: PushSecretSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("PushSecretSpecSelector", result)

    @builtins.property
    def data(self) -> typing.Optional[typing.List["PushSecretSpecData"]]:
        '''Secret Data that should be pushed to providers.

        :schema: PushSecretSpec#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[typing.List["PushSecretSpecData"]], result)

    @builtins.property
    def data_to(self) -> typing.Optional[typing.List["PushSecretSpecDataTo"]]:
        '''DataTo defines bulk push rules that expand source Secret keys into provider entries.

        :schema: PushSecretSpec#dataTo
        '''
        result = self._values.get("data_to")
        return typing.cast(typing.Optional[typing.List["PushSecretSpecDataTo"]], result)

    @builtins.property
    def deletion_policy(self) -> typing.Optional["PushSecretSpecDeletionPolicy"]:
        '''Deletion Policy to handle Secrets in the provider.

        :schema: PushSecretSpec#deletionPolicy
        '''
        result = self._values.get("deletion_policy")
        return typing.cast(typing.Optional["PushSecretSpecDeletionPolicy"], result)

    @builtins.property
    def refresh_interval(self) -> typing.Optional[builtins.str]:
        '''The Interval to which External Secrets will try to push a secret definition.

        :schema: PushSecretSpec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def template(self) -> typing.Optional["PushSecretSpecTemplate"]:
        '''Template defines a blueprint for the created Secret resource.

        :schema: PushSecretSpec#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional["PushSecretSpecTemplate"], result)

    @builtins.property
    def update_policy(self) -> typing.Optional["PushSecretSpecUpdatePolicy"]:
        '''UpdatePolicy to handle Secrets in the provider.

        :schema: PushSecretSpec#updatePolicy
        '''
        result = self._values.get("update_policy")
        return typing.cast(typing.Optional["PushSecretSpecUpdatePolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecData",
    jsii_struct_bases=[],
    name_mapping={
        "match": "match",
        "conversion_strategy": "conversionStrategy",
        "metadata": "metadata",
    },
)
class PushSecretSpecData:
    def __init__(
        self,
        *,
        match: typing.Union["PushSecretSpecDataMatch", typing.Dict[builtins.str, typing.Any]],
        conversion_strategy: typing.Optional["PushSecretSpecDataConversionStrategy"] = None,
        metadata: typing.Any = None,
    ) -> None:
        '''PushSecretData defines data to be pushed to the provider and associated metadata.

        :param match: Match a given Secret Key to be pushed to the provider.
        :param conversion_strategy: Used to define a conversion Strategy for the secret keys.
        :param metadata: Metadata is metadata attached to the secret. The structure of metadata is provider specific, please look it up in the provider documentation.

        :schema: PushSecretSpecData
        '''
        if isinstance(match, dict):
            match = PushSecretSpecDataMatch(**match)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ac1bacf4d8586c3ab4cb8337150fe242cd774b2fb6057c33065d70a2e11ebd6)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match": match,
        }
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def match(self) -> "PushSecretSpecDataMatch":
        '''Match a given Secret Key to be pushed to the provider.

        :schema: PushSecretSpecData#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast("PushSecretSpecDataMatch", result)

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["PushSecretSpecDataConversionStrategy"]:
        '''Used to define a conversion Strategy for the secret keys.

        :schema: PushSecretSpecData#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["PushSecretSpecDataConversionStrategy"], result)

    @builtins.property
    def metadata(self) -> typing.Any:
        '''Metadata is metadata attached to the secret.

        The structure of metadata is provider specific, please look it up in the provider documentation.

        :schema: PushSecretSpecData#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecData(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataConversionStrategy"
)
class PushSecretSpecDataConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy for the secret keys.

    :schema: PushSecretSpecDataConversionStrategy
    '''

    NONE = "NONE"
    '''None.'''
    REVERSE_UNICODE = "REVERSE_UNICODE"
    '''ReverseUnicode.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataMatch",
    jsii_struct_bases=[],
    name_mapping={"remote_ref": "remoteRef", "secret_key": "secretKey"},
)
class PushSecretSpecDataMatch:
    def __init__(
        self,
        *,
        remote_ref: typing.Union["PushSecretSpecDataMatchRemoteRef", typing.Dict[builtins.str, typing.Any]],
        secret_key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Match a given Secret Key to be pushed to the provider.

        :param remote_ref: Remote Refs to push to providers.
        :param secret_key: Secret Key to be pushed.

        :schema: PushSecretSpecDataMatch
        '''
        if isinstance(remote_ref, dict):
            remote_ref = PushSecretSpecDataMatchRemoteRef(**remote_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0bc56fdd3ac94e9c5c6a8580a05a90adf365130d97a2227a00f5476676ef3025)
            check_type(argname="argument remote_ref", value=remote_ref, expected_type=type_hints["remote_ref"])
            check_type(argname="argument secret_key", value=secret_key, expected_type=type_hints["secret_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "remote_ref": remote_ref,
        }
        if secret_key is not None:
            self._values["secret_key"] = secret_key

    @builtins.property
    def remote_ref(self) -> "PushSecretSpecDataMatchRemoteRef":
        '''Remote Refs to push to providers.

        :schema: PushSecretSpecDataMatch#remoteRef
        '''
        result = self._values.get("remote_ref")
        assert result is not None, "Required property 'remote_ref' is missing"
        return typing.cast("PushSecretSpecDataMatchRemoteRef", result)

    @builtins.property
    def secret_key(self) -> typing.Optional[builtins.str]:
        '''Secret Key to be pushed.

        :schema: PushSecretSpecDataMatch#secretKey
        '''
        result = self._values.get("secret_key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecDataMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataMatchRemoteRef",
    jsii_struct_bases=[],
    name_mapping={"remote_key": "remoteKey", "property": "property"},
)
class PushSecretSpecDataMatchRemoteRef:
    def __init__(
        self,
        *,
        remote_key: builtins.str,
        property: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Remote Refs to push to providers.

        :param remote_key: Name of the resulting provider secret.
        :param property: Name of the property in the resulting secret.

        :schema: PushSecretSpecDataMatchRemoteRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce24110d442dcbddcdc469c7d81266bae8b08480435702de0dcccdfcc0f5f27a)
            check_type(argname="argument remote_key", value=remote_key, expected_type=type_hints["remote_key"])
            check_type(argname="argument property", value=property, expected_type=type_hints["property"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "remote_key": remote_key,
        }
        if property is not None:
            self._values["property"] = property

    @builtins.property
    def remote_key(self) -> builtins.str:
        '''Name of the resulting provider secret.

        :schema: PushSecretSpecDataMatchRemoteRef#remoteKey
        '''
        result = self._values.get("remote_key")
        assert result is not None, "Required property 'remote_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def property(self) -> typing.Optional[builtins.str]:
        '''Name of the property in the resulting secret.

        :schema: PushSecretSpecDataMatchRemoteRef#property
        '''
        result = self._values.get("property")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecDataMatchRemoteRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataTo",
    jsii_struct_bases=[],
    name_mapping={
        "conversion_strategy": "conversionStrategy",
        "match": "match",
        "metadata": "metadata",
        "remote_key": "remoteKey",
        "rewrite": "rewrite",
        "store_ref": "storeRef",
    },
)
class PushSecretSpecDataTo:
    def __init__(
        self,
        *,
        conversion_strategy: typing.Optional["PushSecretSpecDataToConversionStrategy"] = None,
        match: typing.Optional[typing.Union["PushSecretSpecDataToMatch", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Any = None,
        remote_key: typing.Optional[builtins.str] = None,
        rewrite: typing.Optional[typing.Sequence[typing.Union["PushSecretSpecDataToRewrite", typing.Dict[builtins.str, typing.Any]]]] = None,
        store_ref: typing.Optional[typing.Union["PushSecretSpecDataToStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PushSecretDataTo defines how to bulk-push secrets to providers without explicit per-key mappings.

        :param conversion_strategy: Used to define a conversion Strategy for the secret keys.
        :param match: Match pattern for selecting keys from the source Secret. If not specified, all keys are selected.
        :param metadata: Metadata is metadata attached to the secret. The structure of metadata is provider specific, please look it up in the provider documentation.
        :param remote_key: RemoteKey is the name of the single provider secret that will receive ALL matched keys bundled as a JSON object (e.g. {"DB_HOST":"...","DB_USER":"..."}). When set, per-key expansion is skipped and a single push is performed. The provider's store prefix (if any) is still prepended to this value. When not set, each matched key is pushed as its own individual provider secret.
        :param rewrite: Rewrite operations to transform keys before pushing to the provider. Operations are applied sequentially.
        :param store_ref: StoreRef specifies which SecretStore to push to. Required.

        :schema: PushSecretSpecDataTo
        '''
        if isinstance(match, dict):
            match = PushSecretSpecDataToMatch(**match)
        if isinstance(store_ref, dict):
            store_ref = PushSecretSpecDataToStoreRef(**store_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__536285ab8d45e8e264116139ec21fea9e6968db1dc874e056b1839d4d4620790)
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument remote_key", value=remote_key, expected_type=type_hints["remote_key"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument store_ref", value=store_ref, expected_type=type_hints["store_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if match is not None:
            self._values["match"] = match
        if metadata is not None:
            self._values["metadata"] = metadata
        if remote_key is not None:
            self._values["remote_key"] = remote_key
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if store_ref is not None:
            self._values["store_ref"] = store_ref

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["PushSecretSpecDataToConversionStrategy"]:
        '''Used to define a conversion Strategy for the secret keys.

        :schema: PushSecretSpecDataTo#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["PushSecretSpecDataToConversionStrategy"], result)

    @builtins.property
    def match(self) -> typing.Optional["PushSecretSpecDataToMatch"]:
        '''Match pattern for selecting keys from the source Secret.

        If not specified, all keys are selected.

        :schema: PushSecretSpecDataTo#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional["PushSecretSpecDataToMatch"], result)

    @builtins.property
    def metadata(self) -> typing.Any:
        '''Metadata is metadata attached to the secret.

        The structure of metadata is provider specific, please look it up in the provider documentation.

        :schema: PushSecretSpecDataTo#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Any, result)

    @builtins.property
    def remote_key(self) -> typing.Optional[builtins.str]:
        '''RemoteKey is the name of the single provider secret that will receive ALL matched keys bundled as a JSON object (e.g. {"DB_HOST":"...","DB_USER":"..."}). When set, per-key expansion is skipped and a single push is performed. The provider's store prefix (if any) is still prepended to this value. When not set, each matched key is pushed as its own individual provider secret.

        :schema: PushSecretSpecDataTo#remoteKey
        '''
        result = self._values.get("remote_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rewrite(self) -> typing.Optional[typing.List["PushSecretSpecDataToRewrite"]]:
        '''Rewrite operations to transform keys before pushing to the provider.

        Operations are applied sequentially.

        :schema: PushSecretSpecDataTo#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[typing.List["PushSecretSpecDataToRewrite"]], result)

    @builtins.property
    def store_ref(self) -> typing.Optional["PushSecretSpecDataToStoreRef"]:
        '''StoreRef specifies which SecretStore to push to.

        Required.

        :schema: PushSecretSpecDataTo#storeRef
        '''
        result = self._values.get("store_ref")
        return typing.cast(typing.Optional["PushSecretSpecDataToStoreRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecDataTo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataToConversionStrategy"
)
class PushSecretSpecDataToConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy for the secret keys.

    :schema: PushSecretSpecDataToConversionStrategy
    '''

    NONE = "NONE"
    '''None.'''
    REVERSE_UNICODE = "REVERSE_UNICODE"
    '''ReverseUnicode.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataToMatch",
    jsii_struct_bases=[],
    name_mapping={"regexp": "regexp"},
)
class PushSecretSpecDataToMatch:
    def __init__(self, *, regexp: typing.Optional[builtins.str] = None) -> None:
        '''Match pattern for selecting keys from the source Secret.

        If not specified, all keys are selected.

        :param regexp: Regexp matches keys by regular expression. If not specified, all keys are matched.

        :schema: PushSecretSpecDataToMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfd9396db6a775ee6efc5c5a16b492825acfd7a879ca21c12026e735ddc2400b)
            check_type(argname="argument regexp", value=regexp, expected_type=type_hints["regexp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if regexp is not None:
            self._values["regexp"] = regexp

    @builtins.property
    def regexp(self) -> typing.Optional[builtins.str]:
        '''Regexp matches keys by regular expression.

        If not specified, all keys are matched.

        :schema: PushSecretSpecDataToMatch#regexp
        '''
        result = self._values.get("regexp")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecDataToMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataToRewrite",
    jsii_struct_bases=[],
    name_mapping={"regexp": "regexp", "transform": "transform"},
)
class PushSecretSpecDataToRewrite:
    def __init__(
        self,
        *,
        regexp: typing.Optional[typing.Union["PushSecretSpecDataToRewriteRegexp", typing.Dict[builtins.str, typing.Any]]] = None,
        transform: typing.Optional[typing.Union["PushSecretSpecDataToRewriteTransform", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PushSecretRewrite defines how to transform secret keys before pushing.

        :param regexp: Used to rewrite with regular expressions.
        :param transform: Used to apply string transformation on the secrets.

        :schema: PushSecretSpecDataToRewrite
        '''
        if isinstance(regexp, dict):
            regexp = PushSecretSpecDataToRewriteRegexp(**regexp)
        if isinstance(transform, dict):
            transform = PushSecretSpecDataToRewriteTransform(**transform)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a90e115ff9bd3d7cac9eb5b0bfc305956b02bc62ad4d0d04b00842c89595136)
            check_type(argname="argument regexp", value=regexp, expected_type=type_hints["regexp"])
            check_type(argname="argument transform", value=transform, expected_type=type_hints["transform"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if regexp is not None:
            self._values["regexp"] = regexp
        if transform is not None:
            self._values["transform"] = transform

    @builtins.property
    def regexp(self) -> typing.Optional["PushSecretSpecDataToRewriteRegexp"]:
        '''Used to rewrite with regular expressions.

        :schema: PushSecretSpecDataToRewrite#regexp
        '''
        result = self._values.get("regexp")
        return typing.cast(typing.Optional["PushSecretSpecDataToRewriteRegexp"], result)

    @builtins.property
    def transform(self) -> typing.Optional["PushSecretSpecDataToRewriteTransform"]:
        '''Used to apply string transformation on the secrets.

        :schema: PushSecretSpecDataToRewrite#transform
        '''
        result = self._values.get("transform")
        return typing.cast(typing.Optional["PushSecretSpecDataToRewriteTransform"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecDataToRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataToRewriteRegexp",
    jsii_struct_bases=[],
    name_mapping={"source": "source", "target": "target"},
)
class PushSecretSpecDataToRewriteRegexp:
    def __init__(self, *, source: builtins.str, target: builtins.str) -> None:
        '''Used to rewrite with regular expressions.

        :param source: Used to define the regular expression of a re.Compiler.
        :param target: Used to define the target pattern of a ReplaceAll operation.

        :schema: PushSecretSpecDataToRewriteRegexp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e9c06ffb409e464e1771723886a656e6072e12d67893ec8af68460b6bb3de5c)
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "source": source,
            "target": target,
        }

    @builtins.property
    def source(self) -> builtins.str:
        '''Used to define the regular expression of a re.Compiler.

        :schema: PushSecretSpecDataToRewriteRegexp#source
        '''
        result = self._values.get("source")
        assert result is not None, "Required property 'source' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target(self) -> builtins.str:
        '''Used to define the target pattern of a ReplaceAll operation.

        :schema: PushSecretSpecDataToRewriteRegexp#target
        '''
        result = self._values.get("target")
        assert result is not None, "Required property 'target' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecDataToRewriteRegexp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataToRewriteTransform",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class PushSecretSpecDataToRewriteTransform:
    def __init__(self, *, template: builtins.str) -> None:
        '''Used to apply string transformation on the secrets.

        :param template: Used to define the template to apply on the secret name. ``.value `` will specify the secret name in the template.

        :schema: PushSecretSpecDataToRewriteTransform
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5af2712638c209ceb827048082f83c8f55ac55ea0aa0c480e79a0853cda01317)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "template": template,
        }

    @builtins.property
    def template(self) -> builtins.str:
        '''Used to define the template to apply on the secret name.

        ``.value `` will specify the secret name in the template.

        :schema: PushSecretSpecDataToRewriteTransform#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecDataToRewriteTransform(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataToStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "label_selector": "labelSelector", "name": "name"},
)
class PushSecretSpecDataToStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["PushSecretSpecDataToStoreRefKind"] = None,
        label_selector: typing.Optional[typing.Union["PushSecretSpecDataToStoreRefLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''StoreRef specifies which SecretStore to push to.

        Required.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore).
        :param label_selector: Optionally, sync to secret stores with label selector.
        :param name: Optionally, sync to the SecretStore of the given name.

        :schema: PushSecretSpecDataToStoreRef
        '''
        if isinstance(label_selector, dict):
            label_selector = PushSecretSpecDataToStoreRefLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5be75bc64c16a43e18dd28144e5fc0ec8f41515687a42fe577754771a9d88550)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(self) -> typing.Optional["PushSecretSpecDataToStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore).

        :schema: PushSecretSpecDataToStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["PushSecretSpecDataToStoreRefKind"], result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["PushSecretSpecDataToStoreRefLabelSelector"]:
        '''Optionally, sync to secret stores with label selector.

        :schema: PushSecretSpecDataToStoreRef#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["PushSecretSpecDataToStoreRefLabelSelector"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Optionally, sync to the SecretStore of the given name.

        :schema: PushSecretSpecDataToStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecDataToStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataToStoreRefKind"
)
class PushSecretSpecDataToStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore).

    :schema: PushSecretSpecDataToStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataToStoreRefLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PushSecretSpecDataToStoreRefLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Optionally, sync to secret stores with label selector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PushSecretSpecDataToStoreRefLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12f8d12f66f2d1cbf2cd549e93fef928a4c989163e1974bcd594fe10147d793c)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PushSecretSpecDataToStoreRefLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PushSecretSpecDataToStoreRefLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecDataToStoreRefLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff648688c27ebf6e74c2e5a8c40fb57fcae3dcf073833e3eec18f903cf90226a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecDeletionPolicy"
)
class PushSecretSpecDeletionPolicy(enum.Enum):
    '''Deletion Policy to handle Secrets in the provider.

    :schema: PushSecretSpecDeletionPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecSecretStoreRefs",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "label_selector": "labelSelector", "name": "name"},
)
class PushSecretSpecSecretStoreRefs:
    def __init__(
        self,
        *,
        kind: typing.Optional["PushSecretSpecSecretStoreRefsKind"] = None,
        label_selector: typing.Optional[typing.Union["PushSecretSpecSecretStoreRefsLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PushSecretStoreRef contains a reference on how to sync to a SecretStore.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore).
        :param label_selector: Optionally, sync to secret stores with label selector.
        :param name: Optionally, sync to the SecretStore of the given name.

        :schema: PushSecretSpecSecretStoreRefs
        '''
        if isinstance(label_selector, dict):
            label_selector = PushSecretSpecSecretStoreRefsLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4cd57ebadec12fd2abddcf0ec15a4d722ac25925c8feca3af66518cfefc5c4f)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(self) -> typing.Optional["PushSecretSpecSecretStoreRefsKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore).

        :schema: PushSecretSpecSecretStoreRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["PushSecretSpecSecretStoreRefsKind"], result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["PushSecretSpecSecretStoreRefsLabelSelector"]:
        '''Optionally, sync to secret stores with label selector.

        :schema: PushSecretSpecSecretStoreRefs#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["PushSecretSpecSecretStoreRefsLabelSelector"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Optionally, sync to the SecretStore of the given name.

        :schema: PushSecretSpecSecretStoreRefs#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecSecretStoreRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecSecretStoreRefsKind"
)
class PushSecretSpecSecretStoreRefsKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore).

    :schema: PushSecretSpecSecretStoreRefsKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecSecretStoreRefsLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PushSecretSpecSecretStoreRefsLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Optionally, sync to secret stores with label selector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PushSecretSpecSecretStoreRefsLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e012508bde71b59f57727805d50a3a86523aa79e0ca7d1a3875ba1bcc6aaaed)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PushSecretSpecSecretStoreRefsLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PushSecretSpecSecretStoreRefsLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecSecretStoreRefsLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9a0dde627fc8b9d740b3c5ae46597f537380ac78a97a104e75c5750bc0eca0d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecSelector",
    jsii_struct_bases=[],
    name_mapping={"generator_ref": "generatorRef", "secret": "secret"},
)
class PushSecretSpecSelector:
    def __init__(
        self,
        *,
        generator_ref: typing.Optional[typing.Union["PushSecretSpecSelectorGeneratorRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["PushSecretSpecSelectorSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The Secret Selector (k8s source) for the Push Secret.

        :param generator_ref: Point to a generator to create a Secret.
        :param secret: Select a Secret to Push.

        :schema: PushSecretSpecSelector
        '''
        if isinstance(generator_ref, dict):
            generator_ref = PushSecretSpecSelectorGeneratorRef(**generator_ref)
        if isinstance(secret, dict):
            secret = PushSecretSpecSelectorSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a77422adb23c4bdcda2e2bf0bfc722ed98fe32862724df675c631596ac06247)
            check_type(argname="argument generator_ref", value=generator_ref, expected_type=type_hints["generator_ref"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if generator_ref is not None:
            self._values["generator_ref"] = generator_ref
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def generator_ref(self) -> typing.Optional["PushSecretSpecSelectorGeneratorRef"]:
        '''Point to a generator to create a Secret.

        :schema: PushSecretSpecSelector#generatorRef
        '''
        result = self._values.get("generator_ref")
        return typing.cast(typing.Optional["PushSecretSpecSelectorGeneratorRef"], result)

    @builtins.property
    def secret(self) -> typing.Optional["PushSecretSpecSelectorSecret"]:
        '''Select a Secret to Push.

        :schema: PushSecretSpecSelector#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PushSecretSpecSelectorSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecSelectorGeneratorRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_version": "apiVersion"},
)
class PushSecretSpecSelectorGeneratorRef:
    def __init__(
        self,
        *,
        kind: "PushSecretSpecSelectorGeneratorRefKind",
        name: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Point to a generator to create a Secret.

        :param kind: Specify the Kind of the generator resource.
        :param name: Specify the name of the generator resource.
        :param api_version: Specify the apiVersion of the generator resource.

        :schema: PushSecretSpecSelectorGeneratorRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__94f1f8691344ef564b2b06328e0cf4fdfdd1c3cfb7f4615e111a044488a98715)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def kind(self) -> "PushSecretSpecSelectorGeneratorRefKind":
        '''Specify the Kind of the generator resource.

        :schema: PushSecretSpecSelectorGeneratorRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("PushSecretSpecSelectorGeneratorRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Specify the name of the generator resource.

        :schema: PushSecretSpecSelectorGeneratorRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Specify the apiVersion of the generator resource.

        :schema: PushSecretSpecSelectorGeneratorRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecSelectorGeneratorRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecSelectorGeneratorRefKind"
)
class PushSecretSpecSelectorGeneratorRefKind(enum.Enum):
    '''Specify the Kind of the generator resource.

    :schema: PushSecretSpecSelectorGeneratorRefKind
    '''

    ACR_ACCESS_TOKEN = "ACR_ACCESS_TOKEN"
    '''ACRAccessToken.'''
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"
    '''BeyondtrustWorkloadCredentialsDynamicSecret.'''
    CLUSTER_GENERATOR = "CLUSTER_GENERATOR"
    '''ClusterGenerator.'''
    CLOUDSMITH_ACCESS_TOKEN = "CLOUDSMITH_ACCESS_TOKEN"
    '''CloudsmithAccessToken.'''
    ECR_AUTHORIZATION_TOKEN = "ECR_AUTHORIZATION_TOKEN"
    '''ECRAuthorizationToken.'''
    FAKE = "FAKE"
    '''Fake.'''
    GCR_ACCESS_TOKEN = "GCR_ACCESS_TOKEN"
    '''GCRAccessToken.'''
    GITHUB_ACCESS_TOKEN = "GITHUB_ACCESS_TOKEN"
    '''GithubAccessToken.'''
    GITLAB_DEPLOY_TOKEN = "GITLAB_DEPLOY_TOKEN"
    '''GitlabDeployToken.'''
    QUAY_ACCESS_TOKEN = "QUAY_ACCESS_TOKEN"
    '''QuayAccessToken.'''
    PASSWORD = "PASSWORD"
    '''Password.'''
    SSH_KEY = "SSH_KEY"
    '''SSHKey.'''
    STS_SESSION_TOKEN = "STS_SESSION_TOKEN"
    '''STSSessionToken.'''
    UUID = "UUID"
    '''UUID.'''
    VAULT_DYNAMIC_SECRET = "VAULT_DYNAMIC_SECRET"
    '''VaultDynamicSecret.'''
    WEBHOOK = "WEBHOOK"
    '''Webhook.'''
    GRAFANA = "GRAFANA"
    '''Grafana.'''
    MFA = "MFA"
    '''MFA.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecSelectorSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "selector": "selector"},
)
class PushSecretSpecSelectorSecret:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        selector: typing.Optional[typing.Union["PushSecretSpecSelectorSecretSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Select a Secret to Push.

        :param name: Name of the Secret. The Secret must exist in the same namespace as the PushSecret manifest.
        :param selector: Selector chooses secrets using a labelSelector.

        :schema: PushSecretSpecSelectorSecret
        '''
        if isinstance(selector, dict):
            selector = PushSecretSpecSelectorSecretSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__319cb4c51aedd9ecee4a6d2ec3a4be9426cb30ac61c8c195ef5cf8a7e7303286)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if selector is not None:
            self._values["selector"] = selector

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the Secret.

        The Secret must exist in the same namespace as the PushSecret manifest.

        :schema: PushSecretSpecSelectorSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def selector(self) -> typing.Optional["PushSecretSpecSelectorSecretSelector"]:
        '''Selector chooses secrets using a labelSelector.

        :schema: PushSecretSpecSelectorSecret#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["PushSecretSpecSelectorSecretSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecSelectorSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecSelectorSecretSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PushSecretSpecSelectorSecretSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PushSecretSpecSelectorSecretSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Selector chooses secrets using a labelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PushSecretSpecSelectorSecretSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0719fce8bd6a05d90573a096dd304f82894f73b71aaffede40886b5239285ab1)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["PushSecretSpecSelectorSecretSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PushSecretSpecSelectorSecretSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PushSecretSpecSelectorSecretSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PushSecretSpecSelectorSecretSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecSelectorSecretSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecSelectorSecretSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PushSecretSpecSelectorSecretSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: PushSecretSpecSelectorSecretSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6ebadef26f9030c9ff16a1c72c362be74a426f9cfa5d3f5c2e25f7129c17113)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: PushSecretSpecSelectorSecretSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PushSecretSpecSelectorSecretSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: PushSecretSpecSelectorSecretSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecSelectorSecretSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "engine_version": "engineVersion",
        "merge_policy": "mergePolicy",
        "metadata": "metadata",
        "template_from": "templateFrom",
        "type": "type",
    },
)
class PushSecretSpecTemplate:
    def __init__(
        self,
        *,
        data: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        engine_version: typing.Optional["PushSecretSpecTemplateEngineVersion"] = None,
        merge_policy: typing.Optional["PushSecretSpecTemplateMergePolicy"] = None,
        metadata: typing.Optional[typing.Union["PushSecretSpecTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        template_from: typing.Optional[typing.Sequence[typing.Union["PushSecretSpecTemplateTemplateFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Template defines a blueprint for the created Secret resource.

        :param data: 
        :param engine_version: EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].
        :param merge_policy: TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
        :param metadata: ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
        :param template_from: 
        :param type: 

        :schema: PushSecretSpecTemplate
        '''
        if isinstance(metadata, dict):
            metadata = PushSecretSpecTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a36be9ecefabc210e249b7ee03a3ae2969ce4ac02003322448d63ecb989babf7)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument engine_version", value=engine_version, expected_type=type_hints["engine_version"])
            check_type(argname="argument merge_policy", value=merge_policy, expected_type=type_hints["merge_policy"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument template_from", value=template_from, expected_type=type_hints["template_from"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if engine_version is not None:
            self._values["engine_version"] = engine_version
        if merge_policy is not None:
            self._values["merge_policy"] = merge_policy
        if metadata is not None:
            self._values["metadata"] = metadata
        if template_from is not None:
            self._values["template_from"] = template_from
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def data(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PushSecretSpecTemplate#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def engine_version(self) -> typing.Optional["PushSecretSpecTemplateEngineVersion"]:
        '''EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].

        :schema: PushSecretSpecTemplate#engineVersion
        '''
        result = self._values.get("engine_version")
        return typing.cast(typing.Optional["PushSecretSpecTemplateEngineVersion"], result)

    @builtins.property
    def merge_policy(self) -> typing.Optional["PushSecretSpecTemplateMergePolicy"]:
        '''TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.

        :schema: PushSecretSpecTemplate#mergePolicy
        '''
        result = self._values.get("merge_policy")
        return typing.cast(typing.Optional["PushSecretSpecTemplateMergePolicy"], result)

    @builtins.property
    def metadata(self) -> typing.Optional["PushSecretSpecTemplateMetadata"]:
        '''ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.

        :schema: PushSecretSpecTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["PushSecretSpecTemplateMetadata"], result)

    @builtins.property
    def template_from(
        self,
    ) -> typing.Optional[typing.List["PushSecretSpecTemplateTemplateFrom"]]:
        '''
        :schema: PushSecretSpecTemplate#templateFrom
        '''
        result = self._values.get("template_from")
        return typing.cast(typing.Optional[typing.List["PushSecretSpecTemplateTemplateFrom"]], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PushSecretSpecTemplate#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateEngineVersion"
)
class PushSecretSpecTemplateEngineVersion(enum.Enum):
    '''EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].

    :schema: PushSecretSpecTemplateEngineVersion
    '''

    V2 = "V2"
    '''v2.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateMergePolicy"
)
class PushSecretSpecTemplateMergePolicy(enum.Enum):
    '''TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.

    :schema: PushSecretSpecTemplateMergePolicy
    '''

    REPLACE = "REPLACE"
    '''Replace.'''
    MERGE = "MERGE"
    '''Merge.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
    },
)
class PushSecretSpecTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.

        :param annotations: 
        :param finalizers: 
        :param labels: 

        :schema: PushSecretSpecTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80484b521badd4458b6238926e97f2cc809dbf138718a8ce62aad7e81ea9775b)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument finalizers", value=finalizers, expected_type=type_hints["finalizers"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if finalizers is not None:
            self._values["finalizers"] = finalizers
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PushSecretSpecTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PushSecretSpecTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PushSecretSpecTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateTemplateFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "literal": "literal",
        "secret": "secret",
        "target": "target",
        "values_decoding_strategy": "valuesDecodingStrategy",
    },
)
class PushSecretSpecTemplateTemplateFrom:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["PushSecretSpecTemplateTemplateFromConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        literal: typing.Optional[builtins.str] = None,
        secret: typing.Optional[typing.Union["PushSecretSpecTemplateTemplateFromSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        target: typing.Optional[builtins.str] = None,
        values_decoding_strategy: typing.Optional["PushSecretSpecTemplateTemplateFromValuesDecodingStrategy"] = None,
    ) -> None:
        '''TemplateFrom specifies a source for templates.

        Each item in the list can either reference a ConfigMap or a Secret resource.

        :param config_map: TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
        :param literal: 
        :param secret: TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
        :param target: Target specifies where to place the template result. For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels"; any other value is rejected because it would allow writes to privileged Secret fields. For custom resources (when spec.target.manifest is set), this supports nested paths like "spec.database.config" or "data".
        :param values_decoding_strategy: Used to define a decoding Strategy for the rendered template values. Defaults to None when omitted. Default: None when omitted.

        :schema: PushSecretSpecTemplateTemplateFrom
        '''
        if isinstance(config_map, dict):
            config_map = PushSecretSpecTemplateTemplateFromConfigMap(**config_map)
        if isinstance(secret, dict):
            secret = PushSecretSpecTemplateTemplateFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97bb9782760ab1d5c7bedb76e98d7803d291834c5b38a9b5191dd56648e24040)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument literal", value=literal, expected_type=type_hints["literal"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
            check_type(argname="argument values_decoding_strategy", value=values_decoding_strategy, expected_type=type_hints["values_decoding_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if literal is not None:
            self._values["literal"] = literal
        if secret is not None:
            self._values["secret"] = secret
        if target is not None:
            self._values["target"] = target
        if values_decoding_strategy is not None:
            self._values["values_decoding_strategy"] = values_decoding_strategy

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["PushSecretSpecTemplateTemplateFromConfigMap"]:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :schema: PushSecretSpecTemplateTemplateFrom#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["PushSecretSpecTemplateTemplateFromConfigMap"], result)

    @builtins.property
    def literal(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PushSecretSpecTemplateTemplateFrom#literal
        '''
        result = self._values.get("literal")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(self) -> typing.Optional["PushSecretSpecTemplateTemplateFromSecret"]:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :schema: PushSecretSpecTemplateTemplateFrom#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PushSecretSpecTemplateTemplateFromSecret"], result)

    @builtins.property
    def target(self) -> typing.Optional[builtins.str]:
        '''Target specifies where to place the template result.

        For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels";
        any other value is rejected because it would allow writes to privileged Secret fields.
        For custom resources (when spec.target.manifest is set), this supports
        nested paths like "spec.database.config" or "data".

        :schema: PushSecretSpecTemplateTemplateFrom#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values_decoding_strategy(
        self,
    ) -> typing.Optional["PushSecretSpecTemplateTemplateFromValuesDecodingStrategy"]:
        '''Used to define a decoding Strategy for the rendered template values.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: PushSecretSpecTemplateTemplateFrom#valuesDecodingStrategy
        '''
        result = self._values.get("values_decoding_strategy")
        return typing.cast(typing.Optional["PushSecretSpecTemplateTemplateFromValuesDecodingStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecTemplateTemplateFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateTemplateFromConfigMap",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name"},
)
class PushSecretSpecTemplateTemplateFromConfigMap:
    def __init__(
        self,
        *,
        items: typing.Sequence[typing.Union["PushSecretSpecTemplateTemplateFromConfigMapItems", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
    ) -> None:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :param items: A list of keys in the ConfigMap/Secret to use as templates for Secret data.
        :param name: The name of the ConfigMap/Secret resource.

        :schema: PushSecretSpecTemplateTemplateFromConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38d878077ff54be2bfbefbfae3b25fb3499a936ef0f95a12eb740192c8e08649)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "items": items,
            "name": name,
        }

    @builtins.property
    def items(self) -> typing.List["PushSecretSpecTemplateTemplateFromConfigMapItems"]:
        '''A list of keys in the ConfigMap/Secret to use as templates for Secret data.

        :schema: PushSecretSpecTemplateTemplateFromConfigMap#items
        '''
        result = self._values.get("items")
        assert result is not None, "Required property 'items' is missing"
        return typing.cast(typing.List["PushSecretSpecTemplateTemplateFromConfigMapItems"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ConfigMap/Secret resource.

        :schema: PushSecretSpecTemplateTemplateFromConfigMap#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecTemplateTemplateFromConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateTemplateFromConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "template_as": "templateAs"},
)
class PushSecretSpecTemplateTemplateFromConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        template_as: typing.Optional["PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs"] = None,
    ) -> None:
        '''TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.

        :param key: A key in the ConfigMap/Secret.
        :param template_as: TemplateScope specifies how the template keys should be interpreted.

        :schema: PushSecretSpecTemplateTemplateFromConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1571e8934c0a77757fd179b475189d8e079bef808a857d44c0bb5375a703f078)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument template_as", value=template_as, expected_type=type_hints["template_as"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if template_as is not None:
            self._values["template_as"] = template_as

    @builtins.property
    def key(self) -> builtins.str:
        '''A key in the ConfigMap/Secret.

        :schema: PushSecretSpecTemplateTemplateFromConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_as(
        self,
    ) -> typing.Optional["PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs"]:
        '''TemplateScope specifies how the template keys should be interpreted.

        :schema: PushSecretSpecTemplateTemplateFromConfigMapItems#templateAs
        '''
        result = self._values.get("template_as")
        return typing.cast(typing.Optional["PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecTemplateTemplateFromConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs"
)
class PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs(enum.Enum):
    '''TemplateScope specifies how the template keys should be interpreted.

    :schema: PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs
    '''

    VALUES = "VALUES"
    '''Values.'''
    KEYS_AND_VALUES = "KEYS_AND_VALUES"
    '''KeysAndValues.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateTemplateFromSecret",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name"},
)
class PushSecretSpecTemplateTemplateFromSecret:
    def __init__(
        self,
        *,
        items: typing.Sequence[typing.Union["PushSecretSpecTemplateTemplateFromSecretItems", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
    ) -> None:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :param items: A list of keys in the ConfigMap/Secret to use as templates for Secret data.
        :param name: The name of the ConfigMap/Secret resource.

        :schema: PushSecretSpecTemplateTemplateFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc2c0b5f1fed4e479e8d1ef6cda4c38731d69f5c0e402357cca8e63cf40c7892)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "items": items,
            "name": name,
        }

    @builtins.property
    def items(self) -> typing.List["PushSecretSpecTemplateTemplateFromSecretItems"]:
        '''A list of keys in the ConfigMap/Secret to use as templates for Secret data.

        :schema: PushSecretSpecTemplateTemplateFromSecret#items
        '''
        result = self._values.get("items")
        assert result is not None, "Required property 'items' is missing"
        return typing.cast(typing.List["PushSecretSpecTemplateTemplateFromSecretItems"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ConfigMap/Secret resource.

        :schema: PushSecretSpecTemplateTemplateFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecTemplateTemplateFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateTemplateFromSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "template_as": "templateAs"},
)
class PushSecretSpecTemplateTemplateFromSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        template_as: typing.Optional["PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs"] = None,
    ) -> None:
        '''TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.

        :param key: A key in the ConfigMap/Secret.
        :param template_as: TemplateScope specifies how the template keys should be interpreted.

        :schema: PushSecretSpecTemplateTemplateFromSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f6dbe9777404be8599cc43fa0a6a8494fda17df0ddb98b096dbf2897010c279e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument template_as", value=template_as, expected_type=type_hints["template_as"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if template_as is not None:
            self._values["template_as"] = template_as

    @builtins.property
    def key(self) -> builtins.str:
        '''A key in the ConfigMap/Secret.

        :schema: PushSecretSpecTemplateTemplateFromSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_as(
        self,
    ) -> typing.Optional["PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs"]:
        '''TemplateScope specifies how the template keys should be interpreted.

        :schema: PushSecretSpecTemplateTemplateFromSecretItems#templateAs
        '''
        result = self._values.get("template_as")
        return typing.cast(typing.Optional["PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PushSecretSpecTemplateTemplateFromSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs"
)
class PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs(enum.Enum):
    '''TemplateScope specifies how the template keys should be interpreted.

    :schema: PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs
    '''

    VALUES = "VALUES"
    '''Values.'''
    KEYS_AND_VALUES = "KEYS_AND_VALUES"
    '''KeysAndValues.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecTemplateTemplateFromValuesDecodingStrategy"
)
class PushSecretSpecTemplateTemplateFromValuesDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy for the rendered template values.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: PushSecretSpecTemplateTemplateFromValuesDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.PushSecretSpecUpdatePolicy"
)
class PushSecretSpecUpdatePolicy(enum.Enum):
    '''UpdatePolicy to handle Secrets in the provider.

    :schema: PushSecretSpecUpdatePolicy
    '''

    REPLACE = "REPLACE"
    '''Replace.'''
    IF_NOT_EXISTS = "IF_NOT_EXISTS"
    '''IfNotExists.'''


class SecretStore(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStore",
):
    '''SecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

    :schema: SecretStore
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "SecretStore" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ad2d0ede7df15370b74e754e9dfd5b805da99cccc7d9eff91c59513d1436e91)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SecretStoreProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "SecretStore".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        props = SecretStoreProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "SecretStore".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class SecretStoreProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.

        :schema: SecretStore
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = SecretStoreSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__763be80bb9995015a9bc7e843dabb892e7deb6704dfc40e366f5428099d60892)
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
        :schema: SecretStore#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["SecretStoreSpec"]:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :schema: SecretStore#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["SecretStoreSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpec",
    jsii_struct_bases=[],
    name_mapping={
        "provider": "provider",
        "conditions": "conditions",
        "controller": "controller",
        "refresh_interval": "refreshInterval",
        "retry_settings": "retrySettings",
    },
)
class SecretStoreSpec:
    def __init__(
        self,
        *,
        provider: typing.Union["SecretStoreSpecProvider", typing.Dict[builtins.str, typing.Any]],
        conditions: typing.Optional[typing.Sequence[typing.Union["SecretStoreSpecConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        controller: typing.Optional[builtins.str] = None,
        refresh_interval: typing.Optional["SecretStoreSpecRefreshInterval"] = None,
        retry_settings: typing.Optional[typing.Union["SecretStoreSpecRetrySettings", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :param provider: Used to configure the provider. Only one provider may be set
        :param conditions: Used to constrain a ClusterSecretStore to specific namespaces. Relevant only to ClusterSecretStore.
        :param controller: Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.
        :param refresh_interval: Used to configure store refresh interval. Accepts either an integer number of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or 0 will default to the controller config.
        :param retry_settings: Used to configure HTTP retries on failures.

        :schema: SecretStoreSpec
        '''
        if isinstance(provider, dict):
            provider = SecretStoreSpecProvider(**provider)
        if isinstance(retry_settings, dict):
            retry_settings = SecretStoreSpecRetrySettings(**retry_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f2decd47fd3dee1af027aeddbd9d99d6613f24ed728bb97c8c9eaefabcd6f19)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument conditions", value=conditions, expected_type=type_hints["conditions"])
            check_type(argname="argument controller", value=controller, expected_type=type_hints["controller"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument retry_settings", value=retry_settings, expected_type=type_hints["retry_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "provider": provider,
        }
        if conditions is not None:
            self._values["conditions"] = conditions
        if controller is not None:
            self._values["controller"] = controller
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if retry_settings is not None:
            self._values["retry_settings"] = retry_settings

    @builtins.property
    def provider(self) -> "SecretStoreSpecProvider":
        '''Used to configure the provider.

        Only one provider may be set

        :schema: SecretStoreSpec#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast("SecretStoreSpecProvider", result)

    @builtins.property
    def conditions(self) -> typing.Optional[typing.List["SecretStoreSpecConditions"]]:
        '''Used to constrain a ClusterSecretStore to specific namespaces.

        Relevant only to ClusterSecretStore.

        :schema: SecretStoreSpec#conditions
        '''
        result = self._values.get("conditions")
        return typing.cast(typing.Optional[typing.List["SecretStoreSpecConditions"]], result)

    @builtins.property
    def controller(self) -> typing.Optional[builtins.str]:
        '''Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.

        :schema: SecretStoreSpec#controller
        '''
        result = self._values.get("controller")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_interval(self) -> typing.Optional["SecretStoreSpecRefreshInterval"]:
        '''Used to configure store refresh interval.

        Accepts either an integer number
        of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
        0 will default to the controller config.

        :schema: SecretStoreSpec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional["SecretStoreSpecRefreshInterval"], result)

    @builtins.property
    def retry_settings(self) -> typing.Optional["SecretStoreSpecRetrySettings"]:
        '''Used to configure HTTP retries on failures.

        :schema: SecretStoreSpec#retrySettings
        '''
        result = self._values.get("retry_settings")
        return typing.cast(typing.Optional["SecretStoreSpecRetrySettings"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecConditions",
    jsii_struct_bases=[],
    name_mapping={
        "namespace_regexes": "namespaceRegexes",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
    },
)
class SecretStoreSpecConditions:
    def __init__(
        self,
        *,
        namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["SecretStoreSpecConditionsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSecretStoreCondition describes a condition by which to choose namespaces to process ExternalSecrets in for a ClusterSecretStore instance.

        :param namespace_regexes: Choose namespaces by using regex matching.
        :param namespaces: Choose namespaces by name.
        :param namespace_selector: Choose namespace using a labelSelector.

        :schema: SecretStoreSpecConditions
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = SecretStoreSpecConditionsNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__673ff5f6a7f983e22274a7ad10cc7121bcbab8cea1f6a3e92e69796560bece9f)
            check_type(argname="argument namespace_regexes", value=namespace_regexes, expected_type=type_hints["namespace_regexes"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace_regexes is not None:
            self._values["namespace_regexes"] = namespace_regexes
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector

    @builtins.property
    def namespace_regexes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by using regex matching.

        :schema: SecretStoreSpecConditions#namespaceRegexes
        '''
        result = self._values.get("namespace_regexes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by name.

        :schema: SecretStoreSpecConditions#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["SecretStoreSpecConditionsNamespaceSelector"]:
        '''Choose namespace using a labelSelector.

        :schema: SecretStoreSpecConditions#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["SecretStoreSpecConditionsNamespaceSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecConditionsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class SecretStoreSpecConditionsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["SecretStoreSpecConditionsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Choose namespace using a labelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: SecretStoreSpecConditionsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__caecfa04d9ee27c76c7e03418a349492998e2c28ba297ce8a02f119387240fd0)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["SecretStoreSpecConditionsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: SecretStoreSpecConditionsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["SecretStoreSpecConditionsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: SecretStoreSpecConditionsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecConditionsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecConditionsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class SecretStoreSpecConditionsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__61b46482d985dd474498d44f5be6ca198eb06f62b29557f9a2b985179572e345)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecConditionsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProvider",
    jsii_struct_bases=[],
    name_mapping={"fake": "fake", "kubernetes": "kubernetes", "vault": "vault"},
)
class SecretStoreSpecProvider:
    def __init__(
        self,
        *,
        fake: typing.Optional[typing.Union["SecretStoreSpecProviderFake", typing.Dict[builtins.str, typing.Any]]] = None,
        kubernetes: typing.Optional[typing.Union["SecretStoreSpecProviderKubernetes", typing.Dict[builtins.str, typing.Any]]] = None,
        vault: typing.Optional[typing.Union["SecretStoreSpecProviderVault", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Used to configure the provider.

        Only one provider may be set

        :param fake: Fake configures a store with static key/value pairs.
        :param kubernetes: Kubernetes configures this store to sync secrets using a Kubernetes cluster provider.
        :param vault: Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :schema: SecretStoreSpecProvider
        '''
        if isinstance(fake, dict):
            fake = SecretStoreSpecProviderFake(**fake)
        if isinstance(kubernetes, dict):
            kubernetes = SecretStoreSpecProviderKubernetes(**kubernetes)
        if isinstance(vault, dict):
            vault = SecretStoreSpecProviderVault(**vault)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8f6e1f792da91e1bd1ef4acffd43cb96656827afbdff335698b89a622ee2856)
            check_type(argname="argument fake", value=fake, expected_type=type_hints["fake"])
            check_type(argname="argument kubernetes", value=kubernetes, expected_type=type_hints["kubernetes"])
            check_type(argname="argument vault", value=vault, expected_type=type_hints["vault"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fake is not None:
            self._values["fake"] = fake
        if kubernetes is not None:
            self._values["kubernetes"] = kubernetes
        if vault is not None:
            self._values["vault"] = vault

    @builtins.property
    def fake(self) -> typing.Optional["SecretStoreSpecProviderFake"]:
        '''Fake configures a store with static key/value pairs.

        :schema: SecretStoreSpecProvider#fake
        '''
        result = self._values.get("fake")
        return typing.cast(typing.Optional["SecretStoreSpecProviderFake"], result)

    @builtins.property
    def kubernetes(self) -> typing.Optional["SecretStoreSpecProviderKubernetes"]:
        '''Kubernetes configures this store to sync secrets using a Kubernetes cluster provider.

        :schema: SecretStoreSpecProvider#kubernetes
        '''
        result = self._values.get("kubernetes")
        return typing.cast(typing.Optional["SecretStoreSpecProviderKubernetes"], result)

    @builtins.property
    def vault(self) -> typing.Optional["SecretStoreSpecProviderVault"]:
        '''Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :schema: SecretStoreSpecProvider#vault
        '''
        result = self._values.get("vault")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVault"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderFake",
    jsii_struct_bases=[],
    name_mapping={"data": "data", "validation_result": "validationResult"},
)
class SecretStoreSpecProviderFake:
    def __init__(
        self,
        *,
        data: typing.Sequence[typing.Union["SecretStoreSpecProviderFakeData", typing.Dict[builtins.str, typing.Any]]],
        validation_result: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Fake configures a store with static key/value pairs.

        :param data: 
        :param validation_result: ValidationResult is defined type for the number of validation results.

        :schema: SecretStoreSpecProviderFake
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fee282dcc59dc55228f0603ec21cc0f48362d985da84cda6912e622c97e5994c)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument validation_result", value=validation_result, expected_type=type_hints["validation_result"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "data": data,
        }
        if validation_result is not None:
            self._values["validation_result"] = validation_result

    @builtins.property
    def data(self) -> typing.List["SecretStoreSpecProviderFakeData"]:
        '''
        :schema: SecretStoreSpecProviderFake#data
        '''
        result = self._values.get("data")
        assert result is not None, "Required property 'data' is missing"
        return typing.cast(typing.List["SecretStoreSpecProviderFakeData"], result)

    @builtins.property
    def validation_result(self) -> typing.Optional[jsii.Number]:
        '''ValidationResult is defined type for the number of validation results.

        :schema: SecretStoreSpecProviderFake#validationResult
        '''
        result = self._values.get("validation_result")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderFake(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderFakeData",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value", "version": "version"},
)
class SecretStoreSpecProviderFakeData:
    def __init__(
        self,
        *,
        key: builtins.str,
        value: builtins.str,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''FakeProviderData defines a key-value pair with optional version for the fake provider.

        :param key: 
        :param value: 
        :param version: 

        :schema: SecretStoreSpecProviderFakeData
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__62e846122fd39cb01946500aff5be955492341e99a2b3d95803648060e5d8095)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value": value,
        }
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: SecretStoreSpecProviderFakeData#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SecretStoreSpecProviderFakeData#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SecretStoreSpecProviderFakeData#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderFakeData(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetes",
    jsii_struct_bases=[],
    name_mapping={
        "auth": "auth",
        "auth_ref": "authRef",
        "remote_namespace": "remoteNamespace",
        "server": "server",
    },
)
class SecretStoreSpecProviderKubernetes:
    def __init__(
        self,
        *,
        auth: typing.Optional[typing.Union["SecretStoreSpecProviderKubernetesAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        auth_ref: typing.Optional[typing.Union["SecretStoreSpecProviderKubernetesAuthRef", typing.Dict[builtins.str, typing.Any]]] = None,
        remote_namespace: typing.Optional[builtins.str] = None,
        server: typing.Optional[typing.Union["SecretStoreSpecProviderKubernetesServer", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Kubernetes configures this store to sync secrets using a Kubernetes cluster provider.

        :param auth: Auth configures how secret-manager authenticates with a Kubernetes instance.
        :param auth_ref: A reference to a secret that contains the auth information.
        :param remote_namespace: Remote namespace to fetch the secrets from.
        :param server: configures the Kubernetes server Address.

        :schema: SecretStoreSpecProviderKubernetes
        '''
        if isinstance(auth, dict):
            auth = SecretStoreSpecProviderKubernetesAuth(**auth)
        if isinstance(auth_ref, dict):
            auth_ref = SecretStoreSpecProviderKubernetesAuthRef(**auth_ref)
        if isinstance(server, dict):
            server = SecretStoreSpecProviderKubernetesServer(**server)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dcbe5cfa4519b57dd5e80afe6d86fc7b65da59cbcb7afce9a6fb04adb6ce4fa8)
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument auth_ref", value=auth_ref, expected_type=type_hints["auth_ref"])
            check_type(argname="argument remote_namespace", value=remote_namespace, expected_type=type_hints["remote_namespace"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auth is not None:
            self._values["auth"] = auth
        if auth_ref is not None:
            self._values["auth_ref"] = auth_ref
        if remote_namespace is not None:
            self._values["remote_namespace"] = remote_namespace
        if server is not None:
            self._values["server"] = server

    @builtins.property
    def auth(self) -> typing.Optional["SecretStoreSpecProviderKubernetesAuth"]:
        '''Auth configures how secret-manager authenticates with a Kubernetes instance.

        :schema: SecretStoreSpecProviderKubernetes#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional["SecretStoreSpecProviderKubernetesAuth"], result)

    @builtins.property
    def auth_ref(self) -> typing.Optional["SecretStoreSpecProviderKubernetesAuthRef"]:
        '''A reference to a secret that contains the auth information.

        :schema: SecretStoreSpecProviderKubernetes#authRef
        '''
        result = self._values.get("auth_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderKubernetesAuthRef"], result)

    @builtins.property
    def remote_namespace(self) -> typing.Optional[builtins.str]:
        '''Remote namespace to fetch the secrets from.

        :schema: SecretStoreSpecProviderKubernetes#remoteNamespace
        '''
        result = self._values.get("remote_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server(self) -> typing.Optional["SecretStoreSpecProviderKubernetesServer"]:
        '''configures the Kubernetes server Address.

        :schema: SecretStoreSpecProviderKubernetes#server
        '''
        result = self._values.get("server")
        return typing.cast(typing.Optional["SecretStoreSpecProviderKubernetesServer"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesAuth",
    jsii_struct_bases=[],
    name_mapping={
        "cert": "cert",
        "service_account": "serviceAccount",
        "token": "token",
    },
)
class SecretStoreSpecProviderKubernetesAuth:
    def __init__(
        self,
        *,
        cert: typing.Optional[typing.Union["SecretStoreSpecProviderKubernetesAuthCert", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account: typing.Optional[typing.Union["SecretStoreSpecProviderKubernetesAuthServiceAccount", typing.Dict[builtins.str, typing.Any]]] = None,
        token: typing.Optional[typing.Union["SecretStoreSpecProviderKubernetesAuthToken", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth configures how secret-manager authenticates with a Kubernetes instance.

        :param cert: has both clientCert and clientKey as secretKeySelector.
        :param service_account: points to a service account that should be used for authentication.
        :param token: use static token to authenticate with.

        :schema: SecretStoreSpecProviderKubernetesAuth
        '''
        if isinstance(cert, dict):
            cert = SecretStoreSpecProviderKubernetesAuthCert(**cert)
        if isinstance(service_account, dict):
            service_account = SecretStoreSpecProviderKubernetesAuthServiceAccount(**service_account)
        if isinstance(token, dict):
            token = SecretStoreSpecProviderKubernetesAuthToken(**token)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e4e9fca9edafc3614b42ec9ebc3b5d804afd7b32b814da29559f521abbe646c)
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument service_account", value=service_account, expected_type=type_hints["service_account"])
            check_type(argname="argument token", value=token, expected_type=type_hints["token"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert is not None:
            self._values["cert"] = cert
        if service_account is not None:
            self._values["service_account"] = service_account
        if token is not None:
            self._values["token"] = token

    @builtins.property
    def cert(self) -> typing.Optional["SecretStoreSpecProviderKubernetesAuthCert"]:
        '''has both clientCert and clientKey as secretKeySelector.

        :schema: SecretStoreSpecProviderKubernetesAuth#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["SecretStoreSpecProviderKubernetesAuthCert"], result)

    @builtins.property
    def service_account(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderKubernetesAuthServiceAccount"]:
        '''points to a service account that should be used for authentication.

        :schema: SecretStoreSpecProviderKubernetesAuth#serviceAccount
        '''
        result = self._values.get("service_account")
        return typing.cast(typing.Optional["SecretStoreSpecProviderKubernetesAuthServiceAccount"], result)

    @builtins.property
    def token(self) -> typing.Optional["SecretStoreSpecProviderKubernetesAuthToken"]:
        '''use static token to authenticate with.

        :schema: SecretStoreSpecProviderKubernetesAuth#token
        '''
        result = self._values.get("token")
        return typing.cast(typing.Optional["SecretStoreSpecProviderKubernetesAuthToken"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetesAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesAuthCert",
    jsii_struct_bases=[],
    name_mapping={"client_cert": "clientCert", "client_key": "clientKey"},
)
class SecretStoreSpecProviderKubernetesAuthCert:
    def __init__(
        self,
        *,
        client_cert: typing.Union["SecretStoreSpecProviderKubernetesAuthCertClientCert", typing.Dict[builtins.str, typing.Any]],
        client_key: typing.Union["SecretStoreSpecProviderKubernetesAuthCertClientKey", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''has both clientCert and clientKey as secretKeySelector.

        :param client_cert: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param client_key: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: SecretStoreSpecProviderKubernetesAuthCert
        '''
        if isinstance(client_cert, dict):
            client_cert = SecretStoreSpecProviderKubernetesAuthCertClientCert(**client_cert)
        if isinstance(client_key, dict):
            client_key = SecretStoreSpecProviderKubernetesAuthCertClientKey(**client_key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1617abcd4834d876b62f43f05b94249224bbd7fab533fe775e9f27b2414b6d19)
            check_type(argname="argument client_cert", value=client_cert, expected_type=type_hints["client_cert"])
            check_type(argname="argument client_key", value=client_key, expected_type=type_hints["client_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "client_cert": client_cert,
            "client_key": client_key,
        }

    @builtins.property
    def client_cert(self) -> "SecretStoreSpecProviderKubernetesAuthCertClientCert":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: SecretStoreSpecProviderKubernetesAuthCert#clientCert
        '''
        result = self._values.get("client_cert")
        assert result is not None, "Required property 'client_cert' is missing"
        return typing.cast("SecretStoreSpecProviderKubernetesAuthCertClientCert", result)

    @builtins.property
    def client_key(self) -> "SecretStoreSpecProviderKubernetesAuthCertClientKey":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: SecretStoreSpecProviderKubernetesAuthCert#clientKey
        '''
        result = self._values.get("client_key")
        assert result is not None, "Required property 'client_key' is missing"
        return typing.cast("SecretStoreSpecProviderKubernetesAuthCertClientKey", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetesAuthCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesAuthCertClientCert",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderKubernetesAuthCertClientCert:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderKubernetesAuthCertClientCert
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1dc485e988dc3cbddfdb69be56de7ca883a43b1b43ff040ae04362ec8f8c83bd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderKubernetesAuthCertClientCert#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderKubernetesAuthCertClientCert#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderKubernetesAuthCertClientCert#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetesAuthCertClientCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesAuthCertClientKey",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderKubernetesAuthCertClientKey:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderKubernetesAuthCertClientKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6fdeae5e1d4405cdd125551219874ddae28c33049704f7e1f4b60af4378a194e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderKubernetesAuthCertClientKey#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderKubernetesAuthCertClientKey#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderKubernetesAuthCertClientKey#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetesAuthCertClientKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesAuthRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderKubernetesAuthRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''A reference to a secret that contains the auth information.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderKubernetesAuthRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87cfb6e6034703d0a6d7ddd7b60f22e12b74d2471cd44f94d04a9340f8a9d239)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderKubernetesAuthRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderKubernetesAuthRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderKubernetesAuthRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetesAuthRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesAuthServiceAccount",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderKubernetesAuthServiceAccount:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''points to a service account that should be used for authentication.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderKubernetesAuthServiceAccount
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe3023645410aa0ec296f09e61507bcec2b7be190b67ef74bd415315044d5ee2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderKubernetesAuthServiceAccount#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderKubernetesAuthServiceAccount#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderKubernetesAuthServiceAccount#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetesAuthServiceAccount(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesAuthToken",
    jsii_struct_bases=[],
    name_mapping={"bearer_token": "bearerToken"},
)
class SecretStoreSpecProviderKubernetesAuthToken:
    def __init__(
        self,
        *,
        bearer_token: typing.Union["SecretStoreSpecProviderKubernetesAuthTokenBearerToken", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''use static token to authenticate with.

        :param bearer_token: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: SecretStoreSpecProviderKubernetesAuthToken
        '''
        if isinstance(bearer_token, dict):
            bearer_token = SecretStoreSpecProviderKubernetesAuthTokenBearerToken(**bearer_token)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03792fecbf286daf6fc06f375f9d8968054e1a5230e0d85dd5093a01871838d3)
            check_type(argname="argument bearer_token", value=bearer_token, expected_type=type_hints["bearer_token"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "bearer_token": bearer_token,
        }

    @builtins.property
    def bearer_token(self) -> "SecretStoreSpecProviderKubernetesAuthTokenBearerToken":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: SecretStoreSpecProviderKubernetesAuthToken#bearerToken
        '''
        result = self._values.get("bearer_token")
        assert result is not None, "Required property 'bearer_token' is missing"
        return typing.cast("SecretStoreSpecProviderKubernetesAuthTokenBearerToken", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetesAuthToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesAuthTokenBearerToken",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderKubernetesAuthTokenBearerToken:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderKubernetesAuthTokenBearerToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96f7113880dcf51a209a2907a8e4b6d527dc98a7f487da93928636bfd8f1441c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderKubernetesAuthTokenBearerToken#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderKubernetesAuthTokenBearerToken#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderKubernetesAuthTokenBearerToken#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetesAuthTokenBearerToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesServer",
    jsii_struct_bases=[],
    name_mapping={"ca_bundle": "caBundle", "ca_provider": "caProvider", "url": "url"},
)
class SecretStoreSpecProviderKubernetesServer:
    def __init__(
        self,
        *,
        ca_bundle: typing.Optional[builtins.str] = None,
        ca_provider: typing.Optional[typing.Union["SecretStoreSpecProviderKubernetesServerCaProvider", typing.Dict[builtins.str, typing.Any]]] = None,
        url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''configures the Kubernetes server Address.

        :param ca_bundle: CABundle is a base64-encoded CA certificate.
        :param ca_provider: see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider.
        :param url: configures the Kubernetes server Address.

        :schema: SecretStoreSpecProviderKubernetesServer
        '''
        if isinstance(ca_provider, dict):
            ca_provider = SecretStoreSpecProviderKubernetesServerCaProvider(**ca_provider)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f841e31123277e3aa96873280cf5cea35020666d5a0102f066913bddc1ba71b7)
            check_type(argname="argument ca_bundle", value=ca_bundle, expected_type=type_hints["ca_bundle"])
            check_type(argname="argument ca_provider", value=ca_provider, expected_type=type_hints["ca_provider"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_bundle is not None:
            self._values["ca_bundle"] = ca_bundle
        if ca_provider is not None:
            self._values["ca_provider"] = ca_provider
        if url is not None:
            self._values["url"] = url

    @builtins.property
    def ca_bundle(self) -> typing.Optional[builtins.str]:
        '''CABundle is a base64-encoded CA certificate.

        :schema: SecretStoreSpecProviderKubernetesServer#caBundle
        '''
        result = self._values.get("ca_bundle")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_provider(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderKubernetesServerCaProvider"]:
        '''see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider.

        :schema: SecretStoreSpecProviderKubernetesServer#caProvider
        '''
        result = self._values.get("ca_provider")
        return typing.cast(typing.Optional["SecretStoreSpecProviderKubernetesServerCaProvider"], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''configures the Kubernetes server Address.

        :schema: SecretStoreSpecProviderKubernetesServer#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetesServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesServerCaProvider",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "type": "type",
        "key": "key",
        "namespace": "namespace",
    },
)
class SecretStoreSpecProviderKubernetesServerCaProvider:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SecretStoreSpecProviderKubernetesServerCaProviderType",
        key: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider.

        :param name: The name of the object located at the provider type.
        :param type: The type of provider to use such as "Secret", or "ConfigMap".
        :param key: The key where the CA certificate can be found in the Secret or ConfigMap.
        :param namespace: The namespace the Provider type is in. Can only be defined when used in a ClusterSecretStore.

        :schema: SecretStoreSpecProviderKubernetesServerCaProvider
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cc27bc3ec3fbe1f2e97211922326fb739265fda86c7aaad68715aba6f2799b3d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
        }
        if key is not None:
            self._values["key"] = key
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the object located at the provider type.

        :schema: SecretStoreSpecProviderKubernetesServerCaProvider#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "SecretStoreSpecProviderKubernetesServerCaProviderType":
        '''The type of provider to use such as "Secret", or "ConfigMap".

        :schema: SecretStoreSpecProviderKubernetesServerCaProvider#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SecretStoreSpecProviderKubernetesServerCaProviderType", result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''The key where the CA certificate can be found in the Secret or ConfigMap.

        :schema: SecretStoreSpecProviderKubernetesServerCaProvider#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace the Provider type is in.

        Can only be defined when used in a ClusterSecretStore.

        :schema: SecretStoreSpecProviderKubernetesServerCaProvider#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderKubernetesServerCaProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderKubernetesServerCaProviderType"
)
class SecretStoreSpecProviderKubernetesServerCaProviderType(enum.Enum):
    '''The type of provider to use such as "Secret", or "ConfigMap".

    :schema: SecretStoreSpecProviderKubernetesServerCaProviderType
    '''

    SECRET = "SECRET"
    '''Secret.'''
    CONFIG_MAP = "CONFIG_MAP"
    '''ConfigMap.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVault",
    jsii_struct_bases=[],
    name_mapping={
        "server": "server",
        "auth": "auth",
        "ca_bundle": "caBundle",
        "ca_provider": "caProvider",
        "check_and_set": "checkAndSet",
        "forward_inconsistent": "forwardInconsistent",
        "headers": "headers",
        "namespace": "namespace",
        "path": "path",
        "read_your_writes": "readYourWrites",
        "tls": "tls",
        "version": "version",
    },
)
class SecretStoreSpecProviderVault:
    def __init__(
        self,
        *,
        server: builtins.str,
        auth: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        ca_bundle: typing.Optional[builtins.str] = None,
        ca_provider: typing.Optional[typing.Union["SecretStoreSpecProviderVaultCaProvider", typing.Dict[builtins.str, typing.Any]]] = None,
        check_and_set: typing.Optional[typing.Union["SecretStoreSpecProviderVaultCheckAndSet", typing.Dict[builtins.str, typing.Any]]] = None,
        forward_inconsistent: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        read_your_writes: typing.Optional[builtins.bool] = None,
        tls: typing.Optional[typing.Union["SecretStoreSpecProviderVaultTls", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional["SecretStoreSpecProviderVaultVersion"] = None,
    ) -> None:
        '''Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :param server: Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".
        :param auth: Auth configures how secret-manager authenticates with the Vault server.
        :param ca_bundle: PEM encoded CA bundle used to validate Vault server certificate. Only used if the Server URL is using HTTPS protocol. This parameter is ignored for plain HTTP protocol connection. If not set the system root certificates are used to validate the TLS connection.
        :param ca_provider: The provider for the CA bundle to use to validate Vault server certificate.
        :param check_and_set: CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations. Only applies to Vault KV v2 stores. When enabled, write operations must include the current version of the secret to prevent unintentional overwrites.
        :param forward_inconsistent: ForwardInconsistent tells Vault to forward read-after-write requests to the Vault leader instead of simply retrying within a loop. This can increase performance if the option is enabled serverside. https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header
        :param headers: Headers to be added in Vault request.
        :param namespace: Name of the vault namespace. Namespaces is a set of features within Vault Enterprise that allows Vault environments to support Secure Multi-tenancy. e.g: "ns1". More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
        :param path: Path is the mount path of the Vault KV backend endpoint, e.g: "secret". The v2 KV secret engine version specific "/data" path suffix for fetching secrets from Vault is optional and will be appended if not present in specified path.
        :param read_your_writes: ReadYourWrites ensures isolated read-after-write semantics by providing discovered cluster replication states in each request. More information about eventual consistency in Vault can be found here https://www.vaultproject.io/docs/enterprise/consistency
        :param tls: The configuration used for client side related TLS communication, when the Vault server requires mutual authentication. Only used if the Server URL is using HTTPS protocol. This parameter is ignored for plain HTTP protocol connection. It's worth noting this configuration is different from the "TLS certificates auth method", which is available under the ``auth.cert`` section.
        :param version: Version is the Vault KV secret engine version. This can be either "v1" or "v2". Version defaults to "v2".

        :schema: SecretStoreSpecProviderVault
        '''
        if isinstance(auth, dict):
            auth = SecretStoreSpecProviderVaultAuth(**auth)
        if isinstance(ca_provider, dict):
            ca_provider = SecretStoreSpecProviderVaultCaProvider(**ca_provider)
        if isinstance(check_and_set, dict):
            check_and_set = SecretStoreSpecProviderVaultCheckAndSet(**check_and_set)
        if isinstance(tls, dict):
            tls = SecretStoreSpecProviderVaultTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee0cf95bef36fabff35a71c369f8f8453658386c0c1a3c3f5cac98b96627fe97)
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument ca_bundle", value=ca_bundle, expected_type=type_hints["ca_bundle"])
            check_type(argname="argument ca_provider", value=ca_provider, expected_type=type_hints["ca_provider"])
            check_type(argname="argument check_and_set", value=check_and_set, expected_type=type_hints["check_and_set"])
            check_type(argname="argument forward_inconsistent", value=forward_inconsistent, expected_type=type_hints["forward_inconsistent"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument read_your_writes", value=read_your_writes, expected_type=type_hints["read_your_writes"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "server": server,
        }
        if auth is not None:
            self._values["auth"] = auth
        if ca_bundle is not None:
            self._values["ca_bundle"] = ca_bundle
        if ca_provider is not None:
            self._values["ca_provider"] = ca_provider
        if check_and_set is not None:
            self._values["check_and_set"] = check_and_set
        if forward_inconsistent is not None:
            self._values["forward_inconsistent"] = forward_inconsistent
        if headers is not None:
            self._values["headers"] = headers
        if namespace is not None:
            self._values["namespace"] = namespace
        if path is not None:
            self._values["path"] = path
        if read_your_writes is not None:
            self._values["read_your_writes"] = read_your_writes
        if tls is not None:
            self._values["tls"] = tls
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def server(self) -> builtins.str:
        '''Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".

        :schema: SecretStoreSpecProviderVault#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def auth(self) -> typing.Optional["SecretStoreSpecProviderVaultAuth"]:
        '''Auth configures how secret-manager authenticates with the Vault server.

        :schema: SecretStoreSpecProviderVault#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuth"], result)

    @builtins.property
    def ca_bundle(self) -> typing.Optional[builtins.str]:
        '''PEM encoded CA bundle used to validate Vault server certificate.

        Only used
        if the Server URL is using HTTPS protocol. This parameter is ignored for
        plain HTTP protocol connection. If not set the system root certificates
        are used to validate the TLS connection.

        :schema: SecretStoreSpecProviderVault#caBundle
        '''
        result = self._values.get("ca_bundle")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_provider(self) -> typing.Optional["SecretStoreSpecProviderVaultCaProvider"]:
        '''The provider for the CA bundle to use to validate Vault server certificate.

        :schema: SecretStoreSpecProviderVault#caProvider
        '''
        result = self._values.get("ca_provider")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultCaProvider"], result)

    @builtins.property
    def check_and_set(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultCheckAndSet"]:
        '''CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.

        Only applies to Vault KV v2 stores. When enabled, write operations must include
        the current version of the secret to prevent unintentional overwrites.

        :schema: SecretStoreSpecProviderVault#checkAndSet
        '''
        result = self._values.get("check_and_set")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultCheckAndSet"], result)

    @builtins.property
    def forward_inconsistent(self) -> typing.Optional[builtins.bool]:
        '''ForwardInconsistent tells Vault to forward read-after-write requests to the Vault leader instead of simply retrying within a loop.

        This can increase performance if
        the option is enabled serverside.
        https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header

        :schema: SecretStoreSpecProviderVault#forwardInconsistent
        '''
        result = self._values.get("forward_inconsistent")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Headers to be added in Vault request.

        :schema: SecretStoreSpecProviderVault#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Name of the vault namespace.

        Namespaces is a set of features within Vault Enterprise that allows
        Vault environments to support Secure Multi-tenancy. e.g: "ns1".
        More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces

        :schema: SecretStoreSpecProviderVault#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path is the mount path of the Vault KV backend endpoint, e.g: "secret". The v2 KV secret engine version specific "/data" path suffix for fetching secrets from Vault is optional and will be appended if not present in specified path.

        :schema: SecretStoreSpecProviderVault#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_your_writes(self) -> typing.Optional[builtins.bool]:
        '''ReadYourWrites ensures isolated read-after-write semantics by providing discovered cluster replication states in each request.

        More information about eventual consistency in Vault can be found here
        https://www.vaultproject.io/docs/enterprise/consistency

        :schema: SecretStoreSpecProviderVault#readYourWrites
        '''
        result = self._values.get("read_your_writes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def tls(self) -> typing.Optional["SecretStoreSpecProviderVaultTls"]:
        '''The configuration used for client side related TLS communication, when the Vault server requires mutual authentication.

        Only used if the Server URL is using HTTPS protocol.
        This parameter is ignored for plain HTTP protocol connection.
        It's worth noting this configuration is different from the "TLS certificates auth method",
        which is available under the ``auth.cert`` section.

        :schema: SecretStoreSpecProviderVault#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultTls"], result)

    @builtins.property
    def version(self) -> typing.Optional["SecretStoreSpecProviderVaultVersion"]:
        '''Version is the Vault KV secret engine version.

        This can be either "v1" or
        "v2". Version defaults to "v2".

        :schema: SecretStoreSpecProviderVault#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultVersion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuth",
    jsii_struct_bases=[],
    name_mapping={
        "app_role": "appRole",
        "cert": "cert",
        "gcp": "gcp",
        "iam": "iam",
        "jwt": "jwt",
        "kubernetes": "kubernetes",
        "ldap": "ldap",
        "namespace": "namespace",
        "token_secret_ref": "tokenSecretRef",
        "user_pass": "userPass",
    },
)
class SecretStoreSpecProviderVaultAuth:
    def __init__(
        self,
        *,
        app_role: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthAppRole", typing.Dict[builtins.str, typing.Any]]] = None,
        cert: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthCert", typing.Dict[builtins.str, typing.Any]]] = None,
        gcp: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthGcp", typing.Dict[builtins.str, typing.Any]]] = None,
        iam: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIam", typing.Dict[builtins.str, typing.Any]]] = None,
        jwt: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthJwt", typing.Dict[builtins.str, typing.Any]]] = None,
        kubernetes: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthKubernetes", typing.Dict[builtins.str, typing.Any]]] = None,
        ldap: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthLdap", typing.Dict[builtins.str, typing.Any]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        token_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthTokenSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        user_pass: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthUserPass", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth configures how secret-manager authenticates with the Vault server.

        :param app_role: AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.
        :param cert: Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.
        :param gcp: Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.
        :param iam: Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.
        :param jwt: Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.
        :param kubernetes: Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.
        :param ldap: Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.
        :param namespace: Name of the vault namespace to authenticate to. This can be different than the namespace your secret is in. Namespaces is a set of features within Vault Enterprise that allows Vault environments to support Secure Multi-tenancy. e.g: "ns1". More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces This will default to Vault.Namespace field if set, or empty otherwise
        :param token_secret_ref: TokenSecretRef authenticates with Vault by presenting a token.
        :param user_pass: UserPass authenticates with Vault by passing username/password pair.

        :schema: SecretStoreSpecProviderVaultAuth
        '''
        if isinstance(app_role, dict):
            app_role = SecretStoreSpecProviderVaultAuthAppRole(**app_role)
        if isinstance(cert, dict):
            cert = SecretStoreSpecProviderVaultAuthCert(**cert)
        if isinstance(gcp, dict):
            gcp = SecretStoreSpecProviderVaultAuthGcp(**gcp)
        if isinstance(iam, dict):
            iam = SecretStoreSpecProviderVaultAuthIam(**iam)
        if isinstance(jwt, dict):
            jwt = SecretStoreSpecProviderVaultAuthJwt(**jwt)
        if isinstance(kubernetes, dict):
            kubernetes = SecretStoreSpecProviderVaultAuthKubernetes(**kubernetes)
        if isinstance(ldap, dict):
            ldap = SecretStoreSpecProviderVaultAuthLdap(**ldap)
        if isinstance(token_secret_ref, dict):
            token_secret_ref = SecretStoreSpecProviderVaultAuthTokenSecretRef(**token_secret_ref)
        if isinstance(user_pass, dict):
            user_pass = SecretStoreSpecProviderVaultAuthUserPass(**user_pass)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e62c41c282f9a2f75c8f0ef41246441f85e3e4530803121c64cd6aec72299aa7)
            check_type(argname="argument app_role", value=app_role, expected_type=type_hints["app_role"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument gcp", value=gcp, expected_type=type_hints["gcp"])
            check_type(argname="argument iam", value=iam, expected_type=type_hints["iam"])
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
            check_type(argname="argument kubernetes", value=kubernetes, expected_type=type_hints["kubernetes"])
            check_type(argname="argument ldap", value=ldap, expected_type=type_hints["ldap"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument token_secret_ref", value=token_secret_ref, expected_type=type_hints["token_secret_ref"])
            check_type(argname="argument user_pass", value=user_pass, expected_type=type_hints["user_pass"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if app_role is not None:
            self._values["app_role"] = app_role
        if cert is not None:
            self._values["cert"] = cert
        if gcp is not None:
            self._values["gcp"] = gcp
        if iam is not None:
            self._values["iam"] = iam
        if jwt is not None:
            self._values["jwt"] = jwt
        if kubernetes is not None:
            self._values["kubernetes"] = kubernetes
        if ldap is not None:
            self._values["ldap"] = ldap
        if namespace is not None:
            self._values["namespace"] = namespace
        if token_secret_ref is not None:
            self._values["token_secret_ref"] = token_secret_ref
        if user_pass is not None:
            self._values["user_pass"] = user_pass

    @builtins.property
    def app_role(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthAppRole"]:
        '''AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.

        :schema: SecretStoreSpecProviderVaultAuth#appRole
        '''
        result = self._values.get("app_role")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthAppRole"], result)

    @builtins.property
    def cert(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthCert"]:
        '''Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.

        :schema: SecretStoreSpecProviderVaultAuth#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthCert"], result)

    @builtins.property
    def gcp(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthGcp"]:
        '''Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.

        :schema: SecretStoreSpecProviderVaultAuth#gcp
        '''
        result = self._values.get("gcp")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthGcp"], result)

    @builtins.property
    def iam(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthIam"]:
        '''Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.

        :schema: SecretStoreSpecProviderVaultAuth#iam
        '''
        result = self._values.get("iam")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIam"], result)

    @builtins.property
    def jwt(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthJwt"]:
        '''Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.

        :schema: SecretStoreSpecProviderVaultAuth#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthJwt"], result)

    @builtins.property
    def kubernetes(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthKubernetes"]:
        '''Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.

        :schema: SecretStoreSpecProviderVaultAuth#kubernetes
        '''
        result = self._values.get("kubernetes")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthKubernetes"], result)

    @builtins.property
    def ldap(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthLdap"]:
        '''Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.

        :schema: SecretStoreSpecProviderVaultAuth#ldap
        '''
        result = self._values.get("ldap")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthLdap"], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Name of the vault namespace to authenticate to.

        This can be different than the namespace your secret is in.
        Namespaces is a set of features within Vault Enterprise that allows
        Vault environments to support Secure Multi-tenancy. e.g: "ns1".
        More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
        This will default to Vault.Namespace field if set, or empty otherwise

        :schema: SecretStoreSpecProviderVaultAuth#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def token_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthTokenSecretRef"]:
        '''TokenSecretRef authenticates with Vault by presenting a token.

        :schema: SecretStoreSpecProviderVaultAuth#tokenSecretRef
        '''
        result = self._values.get("token_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthTokenSecretRef"], result)

    @builtins.property
    def user_pass(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthUserPass"]:
        '''UserPass authenticates with Vault by passing username/password pair.

        :schema: SecretStoreSpecProviderVaultAuth#userPass
        '''
        result = self._values.get("user_pass")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthUserPass"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthAppRole",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "secret_ref": "secretRef",
        "role_id": "roleId",
        "role_ref": "roleRef",
    },
)
class SecretStoreSpecProviderVaultAuthAppRole:
    def __init__(
        self,
        *,
        path: builtins.str,
        secret_ref: typing.Union["SecretStoreSpecProviderVaultAuthAppRoleSecretRef", typing.Dict[builtins.str, typing.Any]],
        role_id: typing.Optional[builtins.str] = None,
        role_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthAppRoleRoleRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.

        :param path: Path where the App Role authentication backend is mounted in Vault, e.g: "approle".
        :param secret_ref: Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault. The ``key`` field must be specified and denotes which entry within the Secret resource is used as the app role secret.
        :param role_id: RoleID configured in the App Role authentication backend when setting up the authentication backend in Vault.
        :param role_ref: Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault. The ``key`` field must be specified and denotes which entry within the Secret resource is used as the app role id.

        :schema: SecretStoreSpecProviderVaultAuthAppRole
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthAppRoleSecretRef(**secret_ref)
        if isinstance(role_ref, dict):
            role_ref = SecretStoreSpecProviderVaultAuthAppRoleRoleRef(**role_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb38593eac602dc8d5347ea06ec33ccf84d0600f6f6a03c33c344a7c53f9c9a3)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument role_id", value=role_id, expected_type=type_hints["role_id"])
            check_type(argname="argument role_ref", value=role_ref, expected_type=type_hints["role_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "secret_ref": secret_ref,
        }
        if role_id is not None:
            self._values["role_id"] = role_id
        if role_ref is not None:
            self._values["role_ref"] = role_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the App Role authentication backend is mounted in Vault, e.g: "approle".

        :schema: SecretStoreSpecProviderVaultAuthAppRole#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(self) -> "SecretStoreSpecProviderVaultAuthAppRoleSecretRef":
        '''Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role secret.

        :schema: SecretStoreSpecProviderVaultAuthAppRole#secretRef
        '''
        result = self._values.get("secret_ref")
        assert result is not None, "Required property 'secret_ref' is missing"
        return typing.cast("SecretStoreSpecProviderVaultAuthAppRoleSecretRef", result)

    @builtins.property
    def role_id(self) -> typing.Optional[builtins.str]:
        '''RoleID configured in the App Role authentication backend when setting up the authentication backend in Vault.

        :schema: SecretStoreSpecProviderVaultAuthAppRole#roleId
        '''
        result = self._values.get("role_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthAppRoleRoleRef"]:
        '''Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role id.

        :schema: SecretStoreSpecProviderVaultAuthAppRole#roleRef
        '''
        result = self._values.get("role_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthAppRoleRoleRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthAppRole(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthAppRoleRoleRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthAppRoleRoleRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role id.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleRoleRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__989edd2f2b53e227c95cb111a60be0fe6abbb120c039584de89858d55afc21e5)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleRoleRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleRoleRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleRoleRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthAppRoleRoleRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthAppRoleSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthAppRoleSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role secret.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aaebb58f23118520d233ddecd667f7a7f64d0fda91525eea8fa12428f4134fc8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthAppRoleSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthCert",
    jsii_struct_bases=[],
    name_mapping={
        "client_cert": "clientCert",
        "path": "path",
        "secret_ref": "secretRef",
        "vault_role": "vaultRole",
    },
)
class SecretStoreSpecProviderVaultAuthCert:
    def __init__(
        self,
        *,
        client_cert: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthCertClientCert", typing.Dict[builtins.str, typing.Any]]] = None,
        path: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        vault_role: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.

        :param client_cert: ClientCert is a certificate to authenticate using the Cert Vault authentication method.
        :param path: Path where the Certificate authentication backend is mounted in Vault, e.g: "cert".
        :param secret_ref: SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.
        :param vault_role: VaultRole specifies the Vault role to use for TLS certificate authentication.

        :schema: SecretStoreSpecProviderVaultAuthCert
        '''
        if isinstance(client_cert, dict):
            client_cert = SecretStoreSpecProviderVaultAuthCertClientCert(**client_cert)
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthCertSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9096b52a1fbd756438b0e16b4bf5283462bb7cf4c4fcd20d87664107778fd146)
            check_type(argname="argument client_cert", value=client_cert, expected_type=type_hints["client_cert"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument vault_role", value=vault_role, expected_type=type_hints["vault_role"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_cert is not None:
            self._values["client_cert"] = client_cert
        if path is not None:
            self._values["path"] = path
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if vault_role is not None:
            self._values["vault_role"] = vault_role

    @builtins.property
    def client_cert(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthCertClientCert"]:
        '''ClientCert is a certificate to authenticate using the Cert Vault authentication method.

        :schema: SecretStoreSpecProviderVaultAuthCert#clientCert
        '''
        result = self._values.get("client_cert")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthCertClientCert"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the Certificate authentication backend is mounted in Vault, e.g: "cert".

        :schema: SecretStoreSpecProviderVaultAuthCert#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthCertSecretRef"]:
        '''SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.

        :schema: SecretStoreSpecProviderVaultAuthCert#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthCertSecretRef"], result)

    @builtins.property
    def vault_role(self) -> typing.Optional[builtins.str]:
        '''VaultRole specifies the Vault role to use for TLS certificate authentication.

        :schema: SecretStoreSpecProviderVaultAuthCert#vaultRole
        '''
        result = self._values.get("vault_role")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthCertClientCert",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthCertClientCert:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ClientCert is a certificate to authenticate using the Cert Vault authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthCertClientCert
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b37d865b6d6bc1da12e673976faebf6dfa5491d0c59041706ad8f570470fc14a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthCertClientCert#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthCertClientCert#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthCertClientCert#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthCertClientCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthCertSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac9d99bb5a916771c0df9d5e97361e6ab19035d8edc7a9cde683e60414fc2de9)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthCertSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthCertSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthCertSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcp",
    jsii_struct_bases=[],
    name_mapping={
        "role": "role",
        "location": "location",
        "path": "path",
        "project_id": "projectId",
        "secret_ref": "secretRef",
        "service_account_ref": "serviceAccountRef",
        "workload_identity": "workloadIdentity",
    },
)
class SecretStoreSpecProviderVaultAuthGcp:
    def __init__(
        self,
        *,
        role: builtins.str,
        location: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        project_id: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthGcpSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthGcpServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_identity: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.

        :param role: Vault Role. In Vault, a role describes an identity with a set of permissions, groups, or policies you want to attach to a user of the secrets engine.
        :param location: Location optionally defines a location/region for the secret.
        :param path: Path where the GCP auth method is enabled in Vault, e.g: "gcp".
        :param project_id: Project ID of the Google Cloud Platform project.
        :param secret_ref: Specify credentials in a Secret object.
        :param service_account_ref: ServiceAccountRef to a service account for impersonation.
        :param workload_identity: Specify a service account with Workload Identity.

        :schema: SecretStoreSpecProviderVaultAuthGcp
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthGcpSecretRef(**secret_ref)
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderVaultAuthGcpServiceAccountRef(**service_account_ref)
        if isinstance(workload_identity, dict):
            workload_identity = SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(**workload_identity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6235a184572aa5817f3202eacf391930c6eef6107e16a8fd6f8009859688e1d6)
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument workload_identity", value=workload_identity, expected_type=type_hints["workload_identity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "role": role,
        }
        if location is not None:
            self._values["location"] = location
        if path is not None:
            self._values["path"] = path
        if project_id is not None:
            self._values["project_id"] = project_id
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if workload_identity is not None:
            self._values["workload_identity"] = workload_identity

    @builtins.property
    def role(self) -> builtins.str:
        '''Vault Role.

        In Vault, a role describes an identity with a set of permissions, groups, or policies you want to attach to a user of the secrets engine.

        :schema: SecretStoreSpecProviderVaultAuthGcp#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''Location optionally defines a location/region for the secret.

        :schema: SecretStoreSpecProviderVaultAuthGcp#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the GCP auth method is enabled in Vault, e.g: "gcp".

        :schema: SecretStoreSpecProviderVaultAuthGcp#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def project_id(self) -> typing.Optional[builtins.str]:
        '''Project ID of the Google Cloud Platform project.

        :schema: SecretStoreSpecProviderVaultAuthGcp#projectID
        '''
        result = self._values.get("project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthGcpSecretRef"]:
        '''Specify credentials in a Secret object.

        :schema: SecretStoreSpecProviderVaultAuthGcp#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthGcpSecretRef"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthGcpServiceAccountRef"]:
        '''ServiceAccountRef to a service account for impersonation.

        :schema: SecretStoreSpecProviderVaultAuthGcp#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthGcpServiceAccountRef"], result)

    @builtins.property
    def workload_identity(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity"]:
        '''Specify a service account with Workload Identity.

        :schema: SecretStoreSpecProviderVaultAuthGcp#workloadIdentity
        '''
        result = self._values.get("workload_identity")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcpSecretRef",
    jsii_struct_bases=[],
    name_mapping={"secret_access_key_secret_ref": "secretAccessKeySecretRef"},
)
class SecretStoreSpecProviderVaultAuthGcpSecretRef:
    def __init__(
        self,
        *,
        secret_access_key_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify credentials in a Secret object.

        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRef
        '''
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88997f8f9c63333ca7de9b264744c7632f28d38e2cd704764658c2c18178f221)
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcpSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9da356d2ab08594880c44aee0374ad293d199172d444cd9ea2b38427f70f19b3)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcpServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthGcpServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountRef to a service account for impersonation.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__493b56bbe68da47ee06af39b2366e7b12d05532d9f7ea157611c2fed74aa0c36)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcpServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity",
    jsii_struct_bases=[],
    name_mapping={
        "service_account_ref": "serviceAccountRef",
        "cluster_location": "clusterLocation",
        "cluster_name": "clusterName",
        "cluster_project_id": "clusterProjectId",
    },
)
class SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity:
    def __init__(
        self,
        *,
        service_account_ref: typing.Union["SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef", typing.Dict[builtins.str, typing.Any]],
        cluster_location: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        cluster_project_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specify a service account with Workload Identity.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.
        :param cluster_location: ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_name: ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_project_id: ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11313525fe6f0ee5b66eaee5d059f2dc26852865fc256c4e4c9f8c1186558b1a)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument cluster_location", value=cluster_location, expected_type=type_hints["cluster_location"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument cluster_project_id", value=cluster_project_id, expected_type=type_hints["cluster_project_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "service_account_ref": service_account_ref,
        }
        if cluster_location is not None:
            self._values["cluster_location"] = cluster_location
        if cluster_name is not None:
            self._values["cluster_name"] = cluster_name
        if cluster_project_id is not None:
            self._values["cluster_project_id"] = cluster_project_id

    @builtins.property
    def service_account_ref(
        self,
    ) -> "SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef":
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        assert result is not None, "Required property 'service_account_ref' is missing"
        return typing.cast("SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef", result)

    @builtins.property
    def cluster_location(self) -> typing.Optional[builtins.str]:
        '''ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterLocation
        '''
        result = self._values.get("cluster_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterName
        '''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_project_id(self) -> typing.Optional[builtins.str]:
        '''ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterProjectID
        '''
        result = self._values.get("cluster_project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29735fdfe5837127569e215eb11d6c380ca39119ef628cb3e68ca6ef77b3cbc1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthIam",
    jsii_struct_bases=[],
    name_mapping={
        "vault_role": "vaultRole",
        "external_id": "externalId",
        "jwt": "jwt",
        "path": "path",
        "region": "region",
        "role": "role",
        "secret_ref": "secretRef",
        "vault_aws_iam_server_id": "vaultAwsIamServerId",
    },
)
class SecretStoreSpecProviderVaultAuthIam:
    def __init__(
        self,
        *,
        vault_role: builtins.str,
        external_id: typing.Optional[builtins.str] = None,
        jwt: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamJwt", typing.Dict[builtins.str, typing.Any]]] = None,
        path: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        vault_aws_iam_server_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.

        :param vault_role: Vault Role. In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine
        :param external_id: AWS External ID set on assumed IAM roles.
        :param jwt: Specify a service account with IRSA enabled.
        :param path: Path where the AWS auth method is enabled in Vault, e.g: "aws".
        :param region: AWS region.
        :param role: This is the AWS role to be assumed before talking to vault.
        :param secret_ref: Specify credentials in a Secret object.
        :param vault_aws_iam_server_id: X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks. More details here: https://developer.hashicorp.com/vault/docs/auth/aws

        :schema: SecretStoreSpecProviderVaultAuthIam
        '''
        if isinstance(jwt, dict):
            jwt = SecretStoreSpecProviderVaultAuthIamJwt(**jwt)
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthIamSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67442ed8d2f338dd8819893b8cb66711f0acf511db9bcc2dd99bd747726e2ebf)
            check_type(argname="argument vault_role", value=vault_role, expected_type=type_hints["vault_role"])
            check_type(argname="argument external_id", value=external_id, expected_type=type_hints["external_id"])
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument vault_aws_iam_server_id", value=vault_aws_iam_server_id, expected_type=type_hints["vault_aws_iam_server_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "vault_role": vault_role,
        }
        if external_id is not None:
            self._values["external_id"] = external_id
        if jwt is not None:
            self._values["jwt"] = jwt
        if path is not None:
            self._values["path"] = path
        if region is not None:
            self._values["region"] = region
        if role is not None:
            self._values["role"] = role
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if vault_aws_iam_server_id is not None:
            self._values["vault_aws_iam_server_id"] = vault_aws_iam_server_id

    @builtins.property
    def vault_role(self) -> builtins.str:
        '''Vault Role.

        In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine

        :schema: SecretStoreSpecProviderVaultAuthIam#vaultRole
        '''
        result = self._values.get("vault_role")
        assert result is not None, "Required property 'vault_role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def external_id(self) -> typing.Optional[builtins.str]:
        '''AWS External ID set on assumed IAM roles.

        :schema: SecretStoreSpecProviderVaultAuthIam#externalID
        '''
        result = self._values.get("external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def jwt(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamJwt"]:
        '''Specify a service account with IRSA enabled.

        :schema: SecretStoreSpecProviderVaultAuthIam#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamJwt"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the AWS auth method is enabled in Vault, e.g: "aws".

        :schema: SecretStoreSpecProviderVaultAuthIam#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''AWS region.

        :schema: SecretStoreSpecProviderVaultAuthIam#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''This is the AWS role to be assumed before talking to vault.

        :schema: SecretStoreSpecProviderVaultAuthIam#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRef"]:
        '''Specify credentials in a Secret object.

        :schema: SecretStoreSpecProviderVaultAuthIam#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRef"], result)

    @builtins.property
    def vault_aws_iam_server_id(self) -> typing.Optional[builtins.str]:
        '''X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks.

        More details here: https://developer.hashicorp.com/vault/docs/auth/aws

        :schema: SecretStoreSpecProviderVaultAuthIam#vaultAwsIamServerID
        '''
        result = self._values.get("vault_aws_iam_server_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIam(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamJwt",
    jsii_struct_bases=[],
    name_mapping={"service_account_ref": "serviceAccountRef"},
)
class SecretStoreSpecProviderVaultAuthIamJwt:
    def __init__(
        self,
        *,
        service_account_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify a service account with IRSA enabled.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: SecretStoreSpecProviderVaultAuthIamJwt
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3afeba6fb2c034fd20ba314805520be2df4381692d6774ca42ddbb6b08dcbfa)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef"]:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: SecretStoreSpecProviderVaultAuthIamJwt#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__20479be2bd2bfc69b649f3e40da91ccd52b3ad4227293db5c5df39aeb91bad8e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamSecretRef",
    jsii_struct_bases=[],
    name_mapping={
        "access_key_id_secret_ref": "accessKeyIdSecretRef",
        "secret_access_key_secret_ref": "secretAccessKeySecretRef",
        "session_token_secret_ref": "sessionTokenSecretRef",
    },
)
class SecretStoreSpecProviderVaultAuthIamSecretRef:
    def __init__(
        self,
        *,
        access_key_id_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_access_key_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        session_token_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify credentials in a Secret object.

        :param access_key_id_secret_ref: The AccessKeyID is used for authentication.
        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.
        :param session_token_secret_ref: The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRef
        '''
        if isinstance(access_key_id_secret_ref, dict):
            access_key_id_secret_ref = SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(**access_key_id_secret_ref)
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if isinstance(session_token_secret_ref, dict):
            session_token_secret_ref = SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(**session_token_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d5c0d9d51958aeb9649c85a48a3e817f9cae17cc57e6a663b4861d855dae4bf)
            check_type(argname="argument access_key_id_secret_ref", value=access_key_id_secret_ref, expected_type=type_hints["access_key_id_secret_ref"])
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
            check_type(argname="argument session_token_secret_ref", value=session_token_secret_ref, expected_type=type_hints["session_token_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key_id_secret_ref is not None:
            self._values["access_key_id_secret_ref"] = access_key_id_secret_ref
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref
        if session_token_secret_ref is not None:
            self._values["session_token_secret_ref"] = session_token_secret_ref

    @builtins.property
    def access_key_id_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef"]:
        '''The AccessKeyID is used for authentication.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRef#accessKeyIDSecretRef
        '''
        result = self._values.get("access_key_id_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef"], result)

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef"], result)

    @builtins.property
    def session_token_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef"]:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRef#sessionTokenSecretRef
        '''
        result = self._values.get("session_token_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The AccessKeyID is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__deae919e6339f52c5d72f9780a6bc17c3c30876d1c248edb19e38e5f9d744f3e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3462bb8b59a50a0fa35b5a7324410c0b40cdab2a156098c157c653a99651036c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef3a5a4b3f9f7852e1111cfadf56b1a09feaace3c504dfc248faa7671dd5b6dc)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthJwt",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "kubernetes_service_account_token": "kubernetesServiceAccountToken",
        "role": "role",
        "secret_ref": "secretRef",
    },
)
class SecretStoreSpecProviderVaultAuthJwt:
    def __init__(
        self,
        *,
        path: builtins.str,
        kubernetes_service_account_token: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken", typing.Dict[builtins.str, typing.Any]]] = None,
        role: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthJwtSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.

        :param path: Path where the JWT authentication backend is mounted in Vault, e.g: "jwt".
        :param kubernetes_service_account_token: Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.
        :param role: Role is a JWT role to authenticate using the JWT/OIDC Vault authentication method.
        :param secret_ref: Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :schema: SecretStoreSpecProviderVaultAuthJwt
        '''
        if isinstance(kubernetes_service_account_token, dict):
            kubernetes_service_account_token = SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(**kubernetes_service_account_token)
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthJwtSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b29c49503fc1bdf9eaa896f8640f9f11dc98b1798e5f02a635578bd5f67a998)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument kubernetes_service_account_token", value=kubernetes_service_account_token, expected_type=type_hints["kubernetes_service_account_token"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if kubernetes_service_account_token is not None:
            self._values["kubernetes_service_account_token"] = kubernetes_service_account_token
        if role is not None:
            self._values["role"] = role
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the JWT authentication backend is mounted in Vault, e.g: "jwt".

        :schema: SecretStoreSpecProviderVaultAuthJwt#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kubernetes_service_account_token(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken"]:
        '''Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.

        :schema: SecretStoreSpecProviderVaultAuthJwt#kubernetesServiceAccountToken
        '''
        result = self._values.get("kubernetes_service_account_token")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken"], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Role is a JWT role to authenticate using the JWT/OIDC Vault authentication method.

        :schema: SecretStoreSpecProviderVaultAuthJwt#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthJwtSecretRef"]:
        '''Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :schema: SecretStoreSpecProviderVaultAuthJwt#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthJwtSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken",
    jsii_struct_bases=[],
    name_mapping={
        "service_account_ref": "serviceAccountRef",
        "audiences": "audiences",
        "expiration_seconds": "expirationSeconds",
    },
)
class SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken:
    def __init__(
        self,
        *,
        service_account_ref: typing.Union["SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef", typing.Dict[builtins.str, typing.Any]],
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        expiration_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.

        :param service_account_ref: Service account field containing the name of a kubernetes ServiceAccount.
        :param audiences: Optional audiences field that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``. Defaults to a single audience ``vault`` it not specified. Deprecated: use serviceAccountRef.Audiences instead Default: a single audience ``vault`` it not specified.
        :param expiration_seconds: Optional expiration time in seconds that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``. Deprecated: this will be removed in the future. Defaults to 10 minutes. Default: 10 minutes.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae004b368e8f1a45d34720b89f8f16beb590234aaf76cebd9b405e732a2868a5)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument expiration_seconds", value=expiration_seconds, expected_type=type_hints["expiration_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "service_account_ref": service_account_ref,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if expiration_seconds is not None:
            self._values["expiration_seconds"] = expiration_seconds

    @builtins.property
    def service_account_ref(
        self,
    ) -> "SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef":
        '''Service account field containing the name of a kubernetes ServiceAccount.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        assert result is not None, "Required property 'service_account_ref' is missing"
        return typing.cast("SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef", result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional audiences field that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``.

        Defaults to a single audience ``vault`` it not specified.

        Deprecated: use serviceAccountRef.Audiences instead

        :default: a single audience ``vault`` it not specified.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def expiration_seconds(self) -> typing.Optional[jsii.Number]:
        '''Optional expiration time in seconds that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``.

        Deprecated: this will be removed in the future.
        Defaults to 10 minutes.

        :default: 10 minutes.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#expirationSeconds
        '''
        result = self._values.get("expiration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Service account field containing the name of a kubernetes ServiceAccount.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ffd8a3672819d9a8f8c682cf7c2de6acd024f272c13a19678a36d7b98edd1f1a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthJwtSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthJwtSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthJwtSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a6f93bea21d826ad05f3d0c26b222c51fcd944385a55712db8c279866d10395)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthJwtSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthJwtSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthJwtSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthJwtSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthKubernetes",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "role": "role",
        "secret_ref": "secretRef",
        "service_account_ref": "serviceAccountRef",
    },
)
class SecretStoreSpecProviderVaultAuthKubernetes:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        role: builtins.str,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthKubernetesSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.

        :param mount_path: Path where the Kubernetes authentication backend is mounted in Vault, e.g: "kubernetes".
        :param role: A required field containing the Vault Role to assume. A Role binds a Kubernetes ServiceAccount with a set of Vault policies.
        :param secret_ref: Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault. If a name is specified without a key, ``token`` is the default. If one is not specified, the one bound to the controller will be used.
        :param service_account_ref: Optional service account field containing the name of a kubernetes ServiceAccount. If the service account is specified, the service account secret token JWT will be used for authenticating with Vault. If the service account selector is not supplied, the secretRef will be used instead.

        :schema: SecretStoreSpecProviderVaultAuthKubernetes
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthKubernetesSecretRef(**secret_ref)
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__439b09102ed14002515a062605fbd507244d696952fea0b7080d3bdc31e06e20)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "role": role,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''Path where the Kubernetes authentication backend is mounted in Vault, e.g: "kubernetes".

        :schema: SecretStoreSpecProviderVaultAuthKubernetes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def role(self) -> builtins.str:
        '''A required field containing the Vault Role to assume.

        A Role binds a
        Kubernetes ServiceAccount with a set of Vault policies.

        :schema: SecretStoreSpecProviderVaultAuthKubernetes#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthKubernetesSecretRef"]:
        '''Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault.

        If a name is specified without a key,
        ``token`` is the default. If one is not specified, the one bound to
        the controller will be used.

        :schema: SecretStoreSpecProviderVaultAuthKubernetes#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthKubernetesSecretRef"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef"]:
        '''Optional service account field containing the name of a kubernetes ServiceAccount.

        If the service account is specified, the service account secret token JWT will be used
        for authenticating with Vault. If the service account selector is not supplied,
        the secretRef will be used instead.

        :schema: SecretStoreSpecProviderVaultAuthKubernetes#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthKubernetes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthKubernetesSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthKubernetesSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault.

        If a name is specified without a key,
        ``token`` is the default. If one is not specified, the one bound to
        the controller will be used.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aeecaea8431b377fc5bc533f227ab4192bc6ed8410a13601241718fa7948a7ba)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthKubernetesSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional service account field containing the name of a kubernetes ServiceAccount.

        If the service account is specified, the service account secret token JWT will be used
        for authenticating with Vault. If the service account selector is not supplied,
        the secretRef will be used instead.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__268a43622d1764ac85f1b53cffe7e8a3464a63368867f820407e264312532499)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthLdap",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "username": "username", "secret_ref": "secretRef"},
)
class SecretStoreSpecProviderVaultAuthLdap:
    def __init__(
        self,
        *,
        path: builtins.str,
        username: builtins.str,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthLdapSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.

        :param path: Path where the LDAP authentication backend is mounted in Vault, e.g: "ldap".
        :param username: Username is an LDAP username used to authenticate using the LDAP Vault authentication method.
        :param secret_ref: SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :schema: SecretStoreSpecProviderVaultAuthLdap
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthLdapSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e70efbbf82c3324d5a90099672416ba235cfa613112f478d664d3e047bb1c90e)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "username": username,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the LDAP authentication backend is mounted in Vault, e.g: "ldap".

        :schema: SecretStoreSpecProviderVaultAuthLdap#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Username is an LDAP username used to authenticate using the LDAP Vault authentication method.

        :schema: SecretStoreSpecProviderVaultAuthLdap#username
        '''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthLdapSecretRef"]:
        '''SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :schema: SecretStoreSpecProviderVaultAuthLdap#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthLdapSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthLdap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthLdapSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthLdapSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthLdapSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ffcc4b2de50556053fc8515fcec00ffeafc794ac50cc36d2f2869246cac99604)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthLdapSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthLdapSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthLdapSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthLdapSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthTokenSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthTokenSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TokenSecretRef authenticates with Vault by presenting a token.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthTokenSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f16aafbff32ffd7250232843ab2a1169619f915ecbb444c6a35e978df1ec01c3)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthTokenSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthTokenSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthTokenSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthTokenSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthUserPass",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "username": "username", "secret_ref": "secretRef"},
)
class SecretStoreSpecProviderVaultAuthUserPass:
    def __init__(
        self,
        *,
        path: builtins.str,
        username: builtins.str,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthUserPassSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''UserPass authenticates with Vault by passing username/password pair.

        :param path: Path where the UserPassword authentication backend is mounted in Vault, e.g: "userpass".
        :param username: Username is a username used to authenticate using the UserPass Vault authentication method.
        :param secret_ref: SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :schema: SecretStoreSpecProviderVaultAuthUserPass
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthUserPassSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc89f1eadb80f65a29edf3f24f31d81454fe6391560466db297b7776aa4647aa)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "username": username,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the UserPassword authentication backend is mounted in Vault, e.g: "userpass".

        :schema: SecretStoreSpecProviderVaultAuthUserPass#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Username is a username used to authenticate using the UserPass Vault authentication method.

        :schema: SecretStoreSpecProviderVaultAuthUserPass#username
        '''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthUserPassSecretRef"]:
        '''SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :schema: SecretStoreSpecProviderVaultAuthUserPass#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthUserPassSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthUserPass(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultAuthUserPassSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthUserPassSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthUserPassSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8bb056b4dce9ef33b0622e47970237351d040e94e2dde88071933e2c9d9352a6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthUserPassSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthUserPassSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthUserPassSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthUserPassSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultCaProvider",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "type": "type",
        "key": "key",
        "namespace": "namespace",
    },
)
class SecretStoreSpecProviderVaultCaProvider:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SecretStoreSpecProviderVaultCaProviderType",
        key: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The provider for the CA bundle to use to validate Vault server certificate.

        :param name: The name of the object located at the provider type.
        :param type: The type of provider to use such as "Secret", or "ConfigMap".
        :param key: The key where the CA certificate can be found in the Secret or ConfigMap.
        :param namespace: The namespace the Provider type is in. Can only be defined when used in a ClusterSecretStore.

        :schema: SecretStoreSpecProviderVaultCaProvider
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d03fa4d803b3115111e5549f0ff41f2f5c58f56bc8b759dff69bb0350185d596)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
        }
        if key is not None:
            self._values["key"] = key
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the object located at the provider type.

        :schema: SecretStoreSpecProviderVaultCaProvider#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "SecretStoreSpecProviderVaultCaProviderType":
        '''The type of provider to use such as "Secret", or "ConfigMap".

        :schema: SecretStoreSpecProviderVaultCaProvider#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SecretStoreSpecProviderVaultCaProviderType", result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''The key where the CA certificate can be found in the Secret or ConfigMap.

        :schema: SecretStoreSpecProviderVaultCaProvider#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace the Provider type is in.

        Can only be defined when used in a ClusterSecretStore.

        :schema: SecretStoreSpecProviderVaultCaProvider#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultCaProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultCaProviderType"
)
class SecretStoreSpecProviderVaultCaProviderType(enum.Enum):
    '''The type of provider to use such as "Secret", or "ConfigMap".

    :schema: SecretStoreSpecProviderVaultCaProviderType
    '''

    SECRET = "SECRET"
    '''Secret.'''
    CONFIG_MAP = "CONFIG_MAP"
    '''ConfigMap.'''


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultCheckAndSet",
    jsii_struct_bases=[],
    name_mapping={"required": "required"},
)
class SecretStoreSpecProviderVaultCheckAndSet:
    def __init__(self, *, required: typing.Optional[builtins.bool] = None) -> None:
        '''CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.

        Only applies to Vault KV v2 stores. When enabled, write operations must include
        the current version of the secret to prevent unintentional overwrites.

        :param required: Required when true, all write operations must include a check-and-set parameter. This helps prevent unintentional overwrites of secrets.

        :schema: SecretStoreSpecProviderVaultCheckAndSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d3e1b299b5ff01cbd2a42107fa65894f0f27b1f09b84c3616e4ed649df92274)
            check_type(argname="argument required", value=required, expected_type=type_hints["required"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if required is not None:
            self._values["required"] = required

    @builtins.property
    def required(self) -> typing.Optional[builtins.bool]:
        '''Required when true, all write operations must include a check-and-set parameter.

        This helps prevent unintentional overwrites of secrets.

        :schema: SecretStoreSpecProviderVaultCheckAndSet#required
        '''
        result = self._values.get("required")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultCheckAndSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultTls",
    jsii_struct_bases=[],
    name_mapping={
        "cert_secret_ref": "certSecretRef",
        "key_secret_ref": "keySecretRef",
    },
)
class SecretStoreSpecProviderVaultTls:
    def __init__(
        self,
        *,
        cert_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultTlsCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        key_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultTlsKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The configuration used for client side related TLS communication, when the Vault server requires mutual authentication.

        Only used if the Server URL is using HTTPS protocol.
        This parameter is ignored for plain HTTP protocol connection.
        It's worth noting this configuration is different from the "TLS certificates auth method",
        which is available under the ``auth.cert`` section.

        :param cert_secret_ref: CertSecretRef is a certificate added to the transport layer when communicating with the Vault server. If no key for the Secret is specified, external-secret will default to 'tls.crt'.
        :param key_secret_ref: KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server. If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :schema: SecretStoreSpecProviderVaultTls
        '''
        if isinstance(cert_secret_ref, dict):
            cert_secret_ref = SecretStoreSpecProviderVaultTlsCertSecretRef(**cert_secret_ref)
        if isinstance(key_secret_ref, dict):
            key_secret_ref = SecretStoreSpecProviderVaultTlsKeySecretRef(**key_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f0870c75be72662ef9805a428cfbc01b354f9374ddce05db95257dedfbf5649b)
            check_type(argname="argument cert_secret_ref", value=cert_secret_ref, expected_type=type_hints["cert_secret_ref"])
            check_type(argname="argument key_secret_ref", value=key_secret_ref, expected_type=type_hints["key_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_secret_ref is not None:
            self._values["cert_secret_ref"] = cert_secret_ref
        if key_secret_ref is not None:
            self._values["key_secret_ref"] = key_secret_ref

    @builtins.property
    def cert_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultTlsCertSecretRef"]:
        '''CertSecretRef is a certificate added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.crt'.

        :schema: SecretStoreSpecProviderVaultTls#certSecretRef
        '''
        result = self._values.get("cert_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultTlsCertSecretRef"], result)

    @builtins.property
    def key_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultTlsKeySecretRef"]:
        '''KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :schema: SecretStoreSpecProviderVaultTls#keySecretRef
        '''
        result = self._values.get("key_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultTlsKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultTlsCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultTlsCertSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CertSecretRef is a certificate added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.crt'.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultTlsCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95113eeeafdbd75d4d6d8e57dc847de7ec7002ad8f14ce3f811c8d3a99c60ee0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultTlsCertSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultTlsCertSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultTlsCertSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultTlsCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultTlsKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultTlsKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultTlsKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c27da9945a32f8300d8b7e41f1ecc4eb9f83656d94f674b5e6a3c1cd7a2b0d7a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultTlsKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultTlsKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultTlsKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultTlsKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecProviderVaultVersion"
)
class SecretStoreSpecProviderVaultVersion(enum.Enum):
    '''Version is the Vault KV secret engine version.

    This can be either "v1" or
    "v2". Version defaults to "v2".

    :schema: SecretStoreSpecProviderVaultVersion
    '''

    V1 = "V1"
    '''v1.'''
    V2 = "V2"
    '''v2.'''


class SecretStoreSpecRefreshInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecRefreshInterval",
):
    '''Used to configure store refresh interval.

    Accepts either an integer number
    of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
    0 will default to the controller config.

    :schema: SecretStoreSpecRefreshInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "SecretStoreSpecRefreshInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c999190bcdafa6f74ec096dcb1c9fc204f6d5d4858a74fe0890ac1db01076fa8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SecretStoreSpecRefreshInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "SecretStoreSpecRefreshInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb143f56cff7276452ce4fac26c1093195f51766e5dfa1744fc5a587e6a0b1f6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SecretStoreSpecRefreshInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="homelab_externalsecrets_ioexternal-secrets.SecretStoreSpecRetrySettings",
    jsii_struct_bases=[],
    name_mapping={"max_retries": "maxRetries", "retry_interval": "retryInterval"},
)
class SecretStoreSpecRetrySettings:
    def __init__(
        self,
        *,
        max_retries: typing.Optional[jsii.Number] = None,
        retry_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Used to configure HTTP retries on failures.

        :param max_retries: 
        :param retry_interval: 

        :schema: SecretStoreSpecRetrySettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42d84428f143b7c5b6aaa707e3e9331419c64a52c1c8e6e06103b8219efe7502)
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument retry_interval", value=retry_interval, expected_type=type_hints["retry_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if retry_interval is not None:
            self._values["retry_interval"] = retry_interval

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SecretStoreSpecRetrySettings#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SecretStoreSpecRetrySettings#retryInterval
        '''
        result = self._values.get("retry_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecRetrySettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ClusterSecretStore",
    "ClusterSecretStoreProps",
    "ClusterSecretStoreSpec",
    "ClusterSecretStoreSpecConditions",
    "ClusterSecretStoreSpecConditionsNamespaceSelector",
    "ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions",
    "ClusterSecretStoreSpecProvider",
    "ClusterSecretStoreSpecProviderFake",
    "ClusterSecretStoreSpecProviderFakeData",
    "ClusterSecretStoreSpecProviderKubernetes",
    "ClusterSecretStoreSpecProviderKubernetesAuth",
    "ClusterSecretStoreSpecProviderKubernetesAuthCert",
    "ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert",
    "ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey",
    "ClusterSecretStoreSpecProviderKubernetesAuthRef",
    "ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount",
    "ClusterSecretStoreSpecProviderKubernetesAuthToken",
    "ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken",
    "ClusterSecretStoreSpecProviderKubernetesServer",
    "ClusterSecretStoreSpecProviderKubernetesServerCaProvider",
    "ClusterSecretStoreSpecProviderKubernetesServerCaProviderType",
    "ClusterSecretStoreSpecProviderVault",
    "ClusterSecretStoreSpecProviderVaultAuth",
    "ClusterSecretStoreSpecProviderVaultAuthAppRole",
    "ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef",
    "ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthCert",
    "ClusterSecretStoreSpecProviderVaultAuthCertClientCert",
    "ClusterSecretStoreSpecProviderVaultAuthCertSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthGcp",
    "ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef",
    "ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity",
    "ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef",
    "ClusterSecretStoreSpecProviderVaultAuthIam",
    "ClusterSecretStoreSpecProviderVaultAuthIamJwt",
    "ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef",
    "ClusterSecretStoreSpecProviderVaultAuthIamSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthJwt",
    "ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken",
    "ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef",
    "ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthKubernetes",
    "ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef",
    "ClusterSecretStoreSpecProviderVaultAuthLdap",
    "ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthUserPass",
    "ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef",
    "ClusterSecretStoreSpecProviderVaultCaProvider",
    "ClusterSecretStoreSpecProviderVaultCaProviderType",
    "ClusterSecretStoreSpecProviderVaultCheckAndSet",
    "ClusterSecretStoreSpecProviderVaultTls",
    "ClusterSecretStoreSpecProviderVaultTlsCertSecretRef",
    "ClusterSecretStoreSpecProviderVaultTlsKeySecretRef",
    "ClusterSecretStoreSpecProviderVaultVersion",
    "ClusterSecretStoreSpecRefreshInterval",
    "ClusterSecretStoreSpecRetrySettings",
    "ExternalSecret",
    "ExternalSecretProps",
    "ExternalSecretSpec",
    "ExternalSecretSpecData",
    "ExternalSecretSpecDataFrom",
    "ExternalSecretSpecDataFromExtract",
    "ExternalSecretSpecDataFromExtractConversionStrategy",
    "ExternalSecretSpecDataFromExtractDecodingStrategy",
    "ExternalSecretSpecDataFromExtractMetadataPolicy",
    "ExternalSecretSpecDataFromExtractNullBytePolicy",
    "ExternalSecretSpecDataFromFind",
    "ExternalSecretSpecDataFromFindConversionStrategy",
    "ExternalSecretSpecDataFromFindDecodingStrategy",
    "ExternalSecretSpecDataFromFindName",
    "ExternalSecretSpecDataFromFindNullBytePolicy",
    "ExternalSecretSpecDataFromRewrite",
    "ExternalSecretSpecDataFromRewriteMerge",
    "ExternalSecretSpecDataFromRewriteMergeConflictPolicy",
    "ExternalSecretSpecDataFromRewriteMergePriorityPolicy",
    "ExternalSecretSpecDataFromRewriteMergeStrategy",
    "ExternalSecretSpecDataFromRewriteRegexp",
    "ExternalSecretSpecDataFromRewriteTransform",
    "ExternalSecretSpecDataFromSourceRef",
    "ExternalSecretSpecDataFromSourceRefGeneratorRef",
    "ExternalSecretSpecDataFromSourceRefGeneratorRefKind",
    "ExternalSecretSpecDataFromSourceRefStoreRef",
    "ExternalSecretSpecDataFromSourceRefStoreRefKind",
    "ExternalSecretSpecDataRemoteRef",
    "ExternalSecretSpecDataRemoteRefConversionStrategy",
    "ExternalSecretSpecDataRemoteRefDecodingStrategy",
    "ExternalSecretSpecDataRemoteRefMetadataPolicy",
    "ExternalSecretSpecDataRemoteRefNullBytePolicy",
    "ExternalSecretSpecDataSourceRef",
    "ExternalSecretSpecDataSourceRefGeneratorRef",
    "ExternalSecretSpecDataSourceRefGeneratorRefKind",
    "ExternalSecretSpecDataSourceRefStoreRef",
    "ExternalSecretSpecDataSourceRefStoreRefKind",
    "ExternalSecretSpecRefreshPolicy",
    "ExternalSecretSpecSecretStoreRef",
    "ExternalSecretSpecSecretStoreRefKind",
    "ExternalSecretSpecSyncWindows",
    "ExternalSecretSpecSyncWindowsKind",
    "ExternalSecretSpecSyncWindowsWindows",
    "ExternalSecretSpecTarget",
    "ExternalSecretSpecTargetCreationPolicy",
    "ExternalSecretSpecTargetDeletionPolicy",
    "ExternalSecretSpecTargetManifest",
    "ExternalSecretSpecTargetTemplate",
    "ExternalSecretSpecTargetTemplateEngineVersion",
    "ExternalSecretSpecTargetTemplateMergePolicy",
    "ExternalSecretSpecTargetTemplateMetadata",
    "ExternalSecretSpecTargetTemplateTemplateFrom",
    "ExternalSecretSpecTargetTemplateTemplateFromConfigMap",
    "ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems",
    "ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs",
    "ExternalSecretSpecTargetTemplateTemplateFromSecret",
    "ExternalSecretSpecTargetTemplateTemplateFromSecretItems",
    "ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs",
    "ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy",
    "PushSecret",
    "PushSecretProps",
    "PushSecretSpec",
    "PushSecretSpecData",
    "PushSecretSpecDataConversionStrategy",
    "PushSecretSpecDataMatch",
    "PushSecretSpecDataMatchRemoteRef",
    "PushSecretSpecDataTo",
    "PushSecretSpecDataToConversionStrategy",
    "PushSecretSpecDataToMatch",
    "PushSecretSpecDataToRewrite",
    "PushSecretSpecDataToRewriteRegexp",
    "PushSecretSpecDataToRewriteTransform",
    "PushSecretSpecDataToStoreRef",
    "PushSecretSpecDataToStoreRefKind",
    "PushSecretSpecDataToStoreRefLabelSelector",
    "PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions",
    "PushSecretSpecDeletionPolicy",
    "PushSecretSpecSecretStoreRefs",
    "PushSecretSpecSecretStoreRefsKind",
    "PushSecretSpecSecretStoreRefsLabelSelector",
    "PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions",
    "PushSecretSpecSelector",
    "PushSecretSpecSelectorGeneratorRef",
    "PushSecretSpecSelectorGeneratorRefKind",
    "PushSecretSpecSelectorSecret",
    "PushSecretSpecSelectorSecretSelector",
    "PushSecretSpecSelectorSecretSelectorMatchExpressions",
    "PushSecretSpecTemplate",
    "PushSecretSpecTemplateEngineVersion",
    "PushSecretSpecTemplateMergePolicy",
    "PushSecretSpecTemplateMetadata",
    "PushSecretSpecTemplateTemplateFrom",
    "PushSecretSpecTemplateTemplateFromConfigMap",
    "PushSecretSpecTemplateTemplateFromConfigMapItems",
    "PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs",
    "PushSecretSpecTemplateTemplateFromSecret",
    "PushSecretSpecTemplateTemplateFromSecretItems",
    "PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs",
    "PushSecretSpecTemplateTemplateFromValuesDecodingStrategy",
    "PushSecretSpecUpdatePolicy",
    "SecretStore",
    "SecretStoreProps",
    "SecretStoreSpec",
    "SecretStoreSpecConditions",
    "SecretStoreSpecConditionsNamespaceSelector",
    "SecretStoreSpecConditionsNamespaceSelectorMatchExpressions",
    "SecretStoreSpecProvider",
    "SecretStoreSpecProviderFake",
    "SecretStoreSpecProviderFakeData",
    "SecretStoreSpecProviderKubernetes",
    "SecretStoreSpecProviderKubernetesAuth",
    "SecretStoreSpecProviderKubernetesAuthCert",
    "SecretStoreSpecProviderKubernetesAuthCertClientCert",
    "SecretStoreSpecProviderKubernetesAuthCertClientKey",
    "SecretStoreSpecProviderKubernetesAuthRef",
    "SecretStoreSpecProviderKubernetesAuthServiceAccount",
    "SecretStoreSpecProviderKubernetesAuthToken",
    "SecretStoreSpecProviderKubernetesAuthTokenBearerToken",
    "SecretStoreSpecProviderKubernetesServer",
    "SecretStoreSpecProviderKubernetesServerCaProvider",
    "SecretStoreSpecProviderKubernetesServerCaProviderType",
    "SecretStoreSpecProviderVault",
    "SecretStoreSpecProviderVaultAuth",
    "SecretStoreSpecProviderVaultAuthAppRole",
    "SecretStoreSpecProviderVaultAuthAppRoleRoleRef",
    "SecretStoreSpecProviderVaultAuthAppRoleSecretRef",
    "SecretStoreSpecProviderVaultAuthCert",
    "SecretStoreSpecProviderVaultAuthCertClientCert",
    "SecretStoreSpecProviderVaultAuthCertSecretRef",
    "SecretStoreSpecProviderVaultAuthGcp",
    "SecretStoreSpecProviderVaultAuthGcpSecretRef",
    "SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef",
    "SecretStoreSpecProviderVaultAuthGcpServiceAccountRef",
    "SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity",
    "SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef",
    "SecretStoreSpecProviderVaultAuthIam",
    "SecretStoreSpecProviderVaultAuthIamJwt",
    "SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef",
    "SecretStoreSpecProviderVaultAuthIamSecretRef",
    "SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef",
    "SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef",
    "SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef",
    "SecretStoreSpecProviderVaultAuthJwt",
    "SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken",
    "SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef",
    "SecretStoreSpecProviderVaultAuthJwtSecretRef",
    "SecretStoreSpecProviderVaultAuthKubernetes",
    "SecretStoreSpecProviderVaultAuthKubernetesSecretRef",
    "SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef",
    "SecretStoreSpecProviderVaultAuthLdap",
    "SecretStoreSpecProviderVaultAuthLdapSecretRef",
    "SecretStoreSpecProviderVaultAuthTokenSecretRef",
    "SecretStoreSpecProviderVaultAuthUserPass",
    "SecretStoreSpecProviderVaultAuthUserPassSecretRef",
    "SecretStoreSpecProviderVaultCaProvider",
    "SecretStoreSpecProviderVaultCaProviderType",
    "SecretStoreSpecProviderVaultCheckAndSet",
    "SecretStoreSpecProviderVaultTls",
    "SecretStoreSpecProviderVaultTlsCertSecretRef",
    "SecretStoreSpecProviderVaultTlsKeySecretRef",
    "SecretStoreSpecProviderVaultVersion",
    "SecretStoreSpecRefreshInterval",
    "SecretStoreSpecRetrySettings",
]

publication.publish()

def _typecheckingstub__cbc9f69c5a96dbc1d34cf2ed9fd2dd3c6dc1840c2e5a7b85e1afaba091df21b8(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterSecretStoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__837834ac39e922ab1450366cc46a23be288a0c3c4e769975abf873a63ad23464(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterSecretStoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a985f27c542859a5864cf24b4f7346718d7ced94ef6c7ff72ae89bd62a76f9b2(
    *,
    provider: typing.Union[ClusterSecretStoreSpecProvider, typing.Dict[builtins.str, typing.Any]],
    conditions: typing.Optional[typing.Sequence[typing.Union[ClusterSecretStoreSpecConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    controller: typing.Optional[builtins.str] = None,
    refresh_interval: typing.Optional[ClusterSecretStoreSpecRefreshInterval] = None,
    retry_settings: typing.Optional[typing.Union[ClusterSecretStoreSpecRetrySettings, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6cde0dde4cef06a823488daf8af9458389b44c9e577073161ac5436a272fba3(
    *,
    namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[ClusterSecretStoreSpecConditionsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b28f56dd531c0cb658d34fd2a2f95e2393703fde7dc02ef771d9c6ea96466b4(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9aef1f0bab60bbefcd6f653a62489c58fc2dfa7a6bc7dc9fc14adedacefcf7e6(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__070835b8ebb8f629c4201e726e2075614b77595b0ccd8d6d284ded5f8ac01109(
    *,
    fake: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderFake, typing.Dict[builtins.str, typing.Any]]] = None,
    kubernetes: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderKubernetes, typing.Dict[builtins.str, typing.Any]]] = None,
    vault: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVault, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__358f5245646003c6d60d7908dbfbacd5c27d0d5c384df3991eee43f2367aafef(
    *,
    data: typing.Sequence[typing.Union[ClusterSecretStoreSpecProviderFakeData, typing.Dict[builtins.str, typing.Any]]],
    validation_result: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db3932f1c911ba18150d2153e1dfe0e4023e9f862c5abfa15f8bb4f51f580b46(
    *,
    key: builtins.str,
    value: builtins.str,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19e02910fcbdec2cfebe70e6de78e46ae2114f6719759785f20ee1f22b3b50ba(
    *,
    auth: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderKubernetesAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    auth_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderKubernetesAuthRef, typing.Dict[builtins.str, typing.Any]]] = None,
    remote_namespace: typing.Optional[builtins.str] = None,
    server: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderKubernetesServer, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9dab3dfbebeef1ac0bd2d504898e43d773b3eb994275686b982151de2a1f041a(
    *,
    cert: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderKubernetesAuthCert, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderKubernetesAuthServiceAccount, typing.Dict[builtins.str, typing.Any]]] = None,
    token: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderKubernetesAuthToken, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc82c91f94aa85e0bbd8301e1c88b170eb62abcc5af3514f9ff4d7baa2e4e436(
    *,
    client_cert: typing.Union[ClusterSecretStoreSpecProviderKubernetesAuthCertClientCert, typing.Dict[builtins.str, typing.Any]],
    client_key: typing.Union[ClusterSecretStoreSpecProviderKubernetesAuthCertClientKey, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7cded0bdf7c18f22e5b5c42488608df4ee64f1a427057adfe5fb678d00db6d62(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05c656252a931578551ecdbadcffbbe0e2a6b50315e119ab7fd8ecbda775c75c(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bcd903604fbb763a7f38126b35943c6af2b5799c1cdf2b33628d836e15b5c70e(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__083f7f0456e26d809ba159c736380032196baa49c332f393c243f0d948c88b3f(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1df43399440f54e765ae4ed1fd490443b46e8975317f66e399ac1755937e258c(
    *,
    bearer_token: typing.Union[ClusterSecretStoreSpecProviderKubernetesAuthTokenBearerToken, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77137a229906fe3997f97172d32687d4148ae9292725be2ec0537098c0470b00(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af5631aef5c9ae8e7f6e150179c82f28fa0cdfdd88f6631c50fb8a15b3088b22(
    *,
    ca_bundle: typing.Optional[builtins.str] = None,
    ca_provider: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderKubernetesServerCaProvider, typing.Dict[builtins.str, typing.Any]]] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88d6ea2a1de0b68decbac83a7b67a7b91bb8866ce910bc9591282f60f15afafe(
    *,
    name: builtins.str,
    type: ClusterSecretStoreSpecProviderKubernetesServerCaProviderType,
    key: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86134bf5f679c069595535bc6d0411b43c8d09c355dee3911e70427bfd63b27d(
    *,
    server: builtins.str,
    auth: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    ca_bundle: typing.Optional[builtins.str] = None,
    ca_provider: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultCaProvider, typing.Dict[builtins.str, typing.Any]]] = None,
    check_and_set: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultCheckAndSet, typing.Dict[builtins.str, typing.Any]]] = None,
    forward_inconsistent: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    read_your_writes: typing.Optional[builtins.bool] = None,
    tls: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultTls, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[ClusterSecretStoreSpecProviderVaultVersion] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0d8839cd98868b4ea2c0e9d013397080836929f51021b989f7d9db462413fd7(
    *,
    app_role: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthAppRole, typing.Dict[builtins.str, typing.Any]]] = None,
    cert: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthCert, typing.Dict[builtins.str, typing.Any]]] = None,
    gcp: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcp, typing.Dict[builtins.str, typing.Any]]] = None,
    iam: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIam, typing.Dict[builtins.str, typing.Any]]] = None,
    jwt: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthJwt, typing.Dict[builtins.str, typing.Any]]] = None,
    kubernetes: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthKubernetes, typing.Dict[builtins.str, typing.Any]]] = None,
    ldap: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthLdap, typing.Dict[builtins.str, typing.Any]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    token_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    user_pass: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthUserPass, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d02f3ff70891458f9afa56feb3ef91c357e3264b7e17778825cf4a612be86081(
    *,
    path: builtins.str,
    secret_ref: typing.Union[ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef, typing.Dict[builtins.str, typing.Any]],
    role_id: typing.Optional[builtins.str] = None,
    role_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__431154b9356f54333468090e8832d41f37fdae7ad994aef5fdd4351345280a14(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7ef5f52bc7368cb7501f8d581a8ac4e1f92156ed7188f44ce8bb71f4468ff45(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d877ade00ead7d09f4ab93da1b17d81bad7df1610ca7f033f48a27d6017dd68(
    *,
    client_cert: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthCertClientCert, typing.Dict[builtins.str, typing.Any]]] = None,
    path: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    vault_role: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5a3809ee21b61af787623c4b47568158eb3d1ef64ea5b9550072c3be8bb1108(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f262b1fdf6d23809ab5036007f25e8647aea25a28eab786fa28e6152d5c25c6(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47664ac4ceac023f1fc06c5949281d2a229800c624b74a34d7432f84fd2044bb(
    *,
    role: builtins.str,
    location: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    project_id: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_identity: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__516a0e26472ae974b49e0158eeb62115450911b10cd5aef593474bd61df09025(
    *,
    secret_access_key_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28258bb10f7ca1bebd5b1c46eb57de5692fa46be8043eba889d1f377d7e51289(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3f8ce5897a67823f9085827086688822b4341f30ac9e84081d096595180a94b(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae71ddf31840283ce2fbaa2655aa9c6202660c96b7c021b6a9a084e5bf1d44d0(
    *,
    service_account_ref: typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef, typing.Dict[builtins.str, typing.Any]],
    cluster_location: typing.Optional[builtins.str] = None,
    cluster_name: typing.Optional[builtins.str] = None,
    cluster_project_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6b1fb76abd6f256f0bd52a9e878d1dac808852ca2970aee0935af49c57fea88(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5be7718d4838e0615253c85d834be2ed889c6ebf8b0bf7a01d67b235490f4bbc(
    *,
    vault_role: builtins.str,
    external_id: typing.Optional[builtins.str] = None,
    jwt: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamJwt, typing.Dict[builtins.str, typing.Any]]] = None,
    path: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    vault_aws_iam_server_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9715ccb22429c36e3eb9c5df716b2ab9aa29009c3abb35526b573fcd0913fc1(
    *,
    service_account_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a22e5065ef147c39094300c18e919175804a0c83c9aaf6b9e5deab895d17560c(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd06a1d8ebf57103e2270336dd462a217690eb11f0606ccbd3fa611626cfca33(
    *,
    access_key_id_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_access_key_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    session_token_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c14b158539dd49aa81b6e7bcb7d0f1c6ae1c72a23daea626eabd6d4e95afc932(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5947c24c3eaa4595454c2bf87c30b2d5958f6287fa991db9525e1142c6c50f8b(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2453bdb0065cf6b465b4f73b9e0fc30f3200463fe9cf33664258edb8b4f0810a(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0dd179619a26424d1caad7904bf471209d3795b3dd83f98d698596dbc745821c(
    *,
    path: builtins.str,
    kubernetes_service_account_token: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken, typing.Dict[builtins.str, typing.Any]]] = None,
    role: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b82e47bbbad33c08aa28127ae2338d5d5212d822f76fc899cf50ac9a26bba8c(
    *,
    service_account_ref: typing.Union[ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef, typing.Dict[builtins.str, typing.Any]],
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    expiration_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45f5b13e9dba1f5e70ee93f01ae8c43c6e77e6102605112b8dd7856180dd4221(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17b53b45da825167ee7c3bdd427ca74322821a2fd8461575e2b050e0e960b61e(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06f0bcc906d55cd0444cbef1837b25c5283e6fb50af7ba5dad5fdb18ba78de75(
    *,
    mount_path: builtins.str,
    role: builtins.str,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb83754cb2bb52dcdb04f8cd30ff399415e96120ed5cc59ca737d41ec4ffc5bb(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6328972a821000923397d3f948e2a173b7b7761c86f33bb1607022a14008949d(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e882523198f609f802a37dc32e1e37890e39020abb28a41dd6c754031926739e(
    *,
    path: builtins.str,
    username: builtins.str,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__557c9b2200e751e2e299b8f72248722b05a62bae5e1c9bb1409fe442e1a47104(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__538e9bdb73a11bb68054f5321100ecef74f430e21b571e74999fed64fbd7d22e(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f502d01e8bd3d71640c575c16c2427ca7dda5dd75500bd351b0c102018a51960(
    *,
    path: builtins.str,
    username: builtins.str,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e3fd83ab0bb47dc58ca9cd1c9193ef732e3f9bc9cee349e890f61ce9b6bcce5(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5336754fe7cbda2bacd299b949472a0bd4f35ee073ee810570514f05a508629b(
    *,
    name: builtins.str,
    type: ClusterSecretStoreSpecProviderVaultCaProviderType,
    key: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__841f34b52dbcdbf38911c89365c07b94ca9f0605dc4b8d905c09d0ca84d66ece(
    *,
    required: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a50c74dd9b67407bb4be65833686be64a64fe3183b5cbecfe8df02e38286bd3c(
    *,
    cert_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultTlsCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    key_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultTlsKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__711ede4f7c1ecb83bb79978ded401bf0a918b65074b2d197a17e20335f173eff(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b12674e8216b70559367a9541b4e278de23ccc6f4506b3f4c6707086503c1795(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09d710569f350594f18f72474ac74a6c49242d68b5bfb941ae3d5a98ebc244f0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfd7780643095eea91908ca828b0d3157f507c730f1e314737e79dd0a40d4aba(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af5ed5222b348a48c1bfb899c78ad34dcd2fce44097385f3cabb8d731c2aae46(
    *,
    max_retries: typing.Optional[jsii.Number] = None,
    retry_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0555620c06748326b36401f72298c61e1d669f2ef45aa520e83c725d08ee77d3(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ExternalSecretSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90985c4072517c8a849b400cba82f3f0f70a6073b0cfbf11e098b035bc893663(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ExternalSecretSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6e5ea2467bee2660d8391f76bfe04a1b0376a97e372e22376d10c9f79a5dccd(
    *,
    data: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecData, typing.Dict[builtins.str, typing.Any]]]] = None,
    data_from: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecDataFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    refresh_interval: typing.Optional[builtins.str] = None,
    refresh_policy: typing.Optional[ExternalSecretSpecRefreshPolicy] = None,
    secret_store_ref: typing.Optional[typing.Union[ExternalSecretSpecSecretStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
    sync_windows: typing.Optional[typing.Union[ExternalSecretSpecSyncWindows, typing.Dict[builtins.str, typing.Any]]] = None,
    target: typing.Optional[typing.Union[ExternalSecretSpecTarget, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc0c78a4fb0276e9c73b5a11831c787975a829b3ee6b5e413927340fa4fd0f37(
    *,
    remote_ref: typing.Union[ExternalSecretSpecDataRemoteRef, typing.Dict[builtins.str, typing.Any]],
    secret_key: builtins.str,
    source_ref: typing.Optional[typing.Union[ExternalSecretSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b32fa860434c99beb0f161407fd76f72ad22fdb8f112c390f2a6b3a776bd8daa(
    *,
    extract: typing.Optional[typing.Union[ExternalSecretSpecDataFromExtract, typing.Dict[builtins.str, typing.Any]]] = None,
    find: typing.Optional[typing.Union[ExternalSecretSpecDataFromFind, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecDataFromRewrite, typing.Dict[builtins.str, typing.Any]]]] = None,
    source_ref: typing.Optional[typing.Union[ExternalSecretSpecDataFromSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9080be1b28dc9f07fb094a23c9ba146793078480e447b133f2029839352ffbf(
    *,
    key: builtins.str,
    conversion_strategy: typing.Optional[ExternalSecretSpecDataFromExtractConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretSpecDataFromExtractDecodingStrategy] = None,
    metadata_policy: typing.Optional[ExternalSecretSpecDataFromExtractMetadataPolicy] = None,
    null_byte_policy: typing.Optional[ExternalSecretSpecDataFromExtractNullBytePolicy] = None,
    property: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfef1f273df22a679e23cec2e6be31afde611d75dc63ad84602e8a411a16af61(
    *,
    conversion_strategy: typing.Optional[ExternalSecretSpecDataFromFindConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretSpecDataFromFindDecodingStrategy] = None,
    name: typing.Optional[typing.Union[ExternalSecretSpecDataFromFindName, typing.Dict[builtins.str, typing.Any]]] = None,
    null_byte_policy: typing.Optional[ExternalSecretSpecDataFromFindNullBytePolicy] = None,
    path: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c10b6df84f555d756c3159783a3e10089c01e08228ca078263d76fb32057213(
    *,
    regexp: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbea4f6f1222d56f26e45deb4c981e685f0ca3350c8c59b62030fc461a448733(
    *,
    merge: typing.Optional[typing.Union[ExternalSecretSpecDataFromRewriteMerge, typing.Dict[builtins.str, typing.Any]]] = None,
    regexp: typing.Optional[typing.Union[ExternalSecretSpecDataFromRewriteRegexp, typing.Dict[builtins.str, typing.Any]]] = None,
    transform: typing.Optional[typing.Union[ExternalSecretSpecDataFromRewriteTransform, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96ad1038bca85fcc767283180c7d910ee91c5b5a74dc2bd2fdd3680915cdd5b4(
    *,
    conflict_policy: typing.Optional[ExternalSecretSpecDataFromRewriteMergeConflictPolicy] = None,
    into: typing.Optional[builtins.str] = None,
    priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    priority_policy: typing.Optional[ExternalSecretSpecDataFromRewriteMergePriorityPolicy] = None,
    strategy: typing.Optional[ExternalSecretSpecDataFromRewriteMergeStrategy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9de4d7b391aadcd2c874898440b72c973aeaeedbd8edc896e05d70b4bf060d7b(
    *,
    source: builtins.str,
    target: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__548272dc3481a845e3be557ac3efcf667b0224c35a47ca9cf65067b9c820ca6b(
    *,
    template: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79ab7c59fb332309918dea82ea9c58981240e451cad9dbcb80991626b78ae149(
    *,
    generator_ref: typing.Optional[typing.Union[ExternalSecretSpecDataFromSourceRefGeneratorRef, typing.Dict[builtins.str, typing.Any]]] = None,
    store_ref: typing.Optional[typing.Union[ExternalSecretSpecDataFromSourceRefStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88184e9900fde7b39162ce4d4b866977542b2fa553e6dcd1d9a05ddd5d1d891e(
    *,
    kind: ExternalSecretSpecDataFromSourceRefGeneratorRefKind,
    name: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89ffbd160a1fc51580a8acb490e71770b6f5031313af8f4cd7b8a280df2eb378(
    *,
    kind: typing.Optional[ExternalSecretSpecDataFromSourceRefStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54bec334f46f8a39bdbb706a3f06b6c681a7d59ae97bbb57c82179fcbc6ccb91(
    *,
    key: builtins.str,
    conversion_strategy: typing.Optional[ExternalSecretSpecDataRemoteRefConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretSpecDataRemoteRefDecodingStrategy] = None,
    metadata_policy: typing.Optional[ExternalSecretSpecDataRemoteRefMetadataPolicy] = None,
    null_byte_policy: typing.Optional[ExternalSecretSpecDataRemoteRefNullBytePolicy] = None,
    property: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b904289916e2f2f9adfd62337e823ea083dfbe46a8ca108b9b34ec0602577737(
    *,
    generator_ref: typing.Optional[typing.Union[ExternalSecretSpecDataSourceRefGeneratorRef, typing.Dict[builtins.str, typing.Any]]] = None,
    store_ref: typing.Optional[typing.Union[ExternalSecretSpecDataSourceRefStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c296ec87ac271b19490dec2a3a890dd6a6cdfe5c9a6b9eb9881c1ce1ddda872(
    *,
    kind: ExternalSecretSpecDataSourceRefGeneratorRefKind,
    name: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9df2601ab967431067d9e1bc13e845aaf702d3e62fb654ebbd365bba3e270ad(
    *,
    kind: typing.Optional[ExternalSecretSpecDataSourceRefStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09b34671a3e551be5b7193924447e717e708f3962088b998c452c1d31ad26c02(
    *,
    kind: typing.Optional[ExternalSecretSpecSecretStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5aee72e3d778b1159d749b0e6c9bcb2ea317e1bde4577c39f1753091d0596c89(
    *,
    kind: ExternalSecretSpecSyncWindowsKind,
    windows: typing.Sequence[typing.Union[ExternalSecretSpecSyncWindowsWindows, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c73c2aeb2388f4196248ecc4765f17603fd5047d3422bcb9f95c8c3145e5e9eb(
    *,
    duration: builtins.str,
    schedule: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9d1bb159ec8a15701150c84bafed71f834f749c414b5649647a04b4d1b0a11f(
    *,
    creation_policy: typing.Optional[ExternalSecretSpecTargetCreationPolicy] = None,
    deletion_policy: typing.Optional[ExternalSecretSpecTargetDeletionPolicy] = None,
    immutable: typing.Optional[builtins.bool] = None,
    manifest: typing.Optional[typing.Union[ExternalSecretSpecTargetManifest, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    template: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68b587110323e9e3114cefdba93782118adb1670e6d92a6760ad119fa0521884(
    *,
    api_version: builtins.str,
    kind: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6dcb4050974b7f810fea907f274cc771138ab4d946f9b6f44a6cfcbbe743968a(
    *,
    data: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    engine_version: typing.Optional[ExternalSecretSpecTargetTemplateEngineVersion] = None,
    merge_policy: typing.Optional[ExternalSecretSpecTargetTemplateMergePolicy] = None,
    metadata: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    template_from: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecTargetTemplateTemplateFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f6993b24b90deec99a2c61fab58ea9a980318262745f3abde910cc2208d70a3(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf1078865f7fb55772f29e095aefc171cc05f51af16c13edb72c7c15eb9e7b7f(
    *,
    config_map: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    literal: typing.Optional[builtins.str] = None,
    secret: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    target: typing.Optional[builtins.str] = None,
    values_decoding_strategy: typing.Optional[ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb7c0ef380cecd9ad03f9d89382577478d05dd4774b99539ea356cfe145fb9e6(
    *,
    items: typing.Sequence[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b208337d3e07da3efb7d283b0e28d8208e2567cce4f245e05fd213f5979899e0(
    *,
    key: builtins.str,
    template_as: typing.Optional[ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76a820ffbc8a76ae81f69b1c6d9d1b8dc2815face31f92b803afccf644e85da3(
    *,
    items: typing.Sequence[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromSecretItems, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97ab642577d3f8202615460ae36d563467a1639c59d0524f62df0a28ac1c16d1(
    *,
    key: builtins.str,
    template_as: typing.Optional[ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7fc57fefa891415b3fe5c1ec0dfab5d6f3eae505b2877ead24fb8db433f037f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[PushSecretSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d46efcdd98630a583464d22072257015df7fc10d4a4cc504b1ee7bd5f1fba18(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[PushSecretSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__594acce4554a7473636fd27622f6dfd3f9087b08a496809df50339c6a375d0e2(
    *,
    secret_store_refs: typing.Sequence[typing.Union[PushSecretSpecSecretStoreRefs, typing.Dict[builtins.str, typing.Any]]],
    selector: typing.Union[PushSecretSpecSelector, typing.Dict[builtins.str, typing.Any]],
    data: typing.Optional[typing.Sequence[typing.Union[PushSecretSpecData, typing.Dict[builtins.str, typing.Any]]]] = None,
    data_to: typing.Optional[typing.Sequence[typing.Union[PushSecretSpecDataTo, typing.Dict[builtins.str, typing.Any]]]] = None,
    deletion_policy: typing.Optional[PushSecretSpecDeletionPolicy] = None,
    refresh_interval: typing.Optional[builtins.str] = None,
    template: typing.Optional[typing.Union[PushSecretSpecTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    update_policy: typing.Optional[PushSecretSpecUpdatePolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ac1bacf4d8586c3ab4cb8337150fe242cd774b2fb6057c33065d70a2e11ebd6(
    *,
    match: typing.Union[PushSecretSpecDataMatch, typing.Dict[builtins.str, typing.Any]],
    conversion_strategy: typing.Optional[PushSecretSpecDataConversionStrategy] = None,
    metadata: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bc56fdd3ac94e9c5c6a8580a05a90adf365130d97a2227a00f5476676ef3025(
    *,
    remote_ref: typing.Union[PushSecretSpecDataMatchRemoteRef, typing.Dict[builtins.str, typing.Any]],
    secret_key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce24110d442dcbddcdc469c7d81266bae8b08480435702de0dcccdfcc0f5f27a(
    *,
    remote_key: builtins.str,
    property: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__536285ab8d45e8e264116139ec21fea9e6968db1dc874e056b1839d4d4620790(
    *,
    conversion_strategy: typing.Optional[PushSecretSpecDataToConversionStrategy] = None,
    match: typing.Optional[typing.Union[PushSecretSpecDataToMatch, typing.Dict[builtins.str, typing.Any]]] = None,
    metadata: typing.Any = None,
    remote_key: typing.Optional[builtins.str] = None,
    rewrite: typing.Optional[typing.Sequence[typing.Union[PushSecretSpecDataToRewrite, typing.Dict[builtins.str, typing.Any]]]] = None,
    store_ref: typing.Optional[typing.Union[PushSecretSpecDataToStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfd9396db6a775ee6efc5c5a16b492825acfd7a879ca21c12026e735ddc2400b(
    *,
    regexp: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a90e115ff9bd3d7cac9eb5b0bfc305956b02bc62ad4d0d04b00842c89595136(
    *,
    regexp: typing.Optional[typing.Union[PushSecretSpecDataToRewriteRegexp, typing.Dict[builtins.str, typing.Any]]] = None,
    transform: typing.Optional[typing.Union[PushSecretSpecDataToRewriteTransform, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e9c06ffb409e464e1771723886a656e6072e12d67893ec8af68460b6bb3de5c(
    *,
    source: builtins.str,
    target: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5af2712638c209ceb827048082f83c8f55ac55ea0aa0c480e79a0853cda01317(
    *,
    template: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5be75bc64c16a43e18dd28144e5fc0ec8f41515687a42fe577754771a9d88550(
    *,
    kind: typing.Optional[PushSecretSpecDataToStoreRefKind] = None,
    label_selector: typing.Optional[typing.Union[PushSecretSpecDataToStoreRefLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12f8d12f66f2d1cbf2cd549e93fef928a4c989163e1974bcd594fe10147d793c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff648688c27ebf6e74c2e5a8c40fb57fcae3dcf073833e3eec18f903cf90226a(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4cd57ebadec12fd2abddcf0ec15a4d722ac25925c8feca3af66518cfefc5c4f(
    *,
    kind: typing.Optional[PushSecretSpecSecretStoreRefsKind] = None,
    label_selector: typing.Optional[typing.Union[PushSecretSpecSecretStoreRefsLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e012508bde71b59f57727805d50a3a86523aa79e0ca7d1a3875ba1bcc6aaaed(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9a0dde627fc8b9d740b3c5ae46597f537380ac78a97a104e75c5750bc0eca0d(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a77422adb23c4bdcda2e2bf0bfc722ed98fe32862724df675c631596ac06247(
    *,
    generator_ref: typing.Optional[typing.Union[PushSecretSpecSelectorGeneratorRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[PushSecretSpecSelectorSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94f1f8691344ef564b2b06328e0cf4fdfdd1c3cfb7f4615e111a044488a98715(
    *,
    kind: PushSecretSpecSelectorGeneratorRefKind,
    name: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__319cb4c51aedd9ecee4a6d2ec3a4be9426cb30ac61c8c195ef5cf8a7e7303286(
    *,
    name: typing.Optional[builtins.str] = None,
    selector: typing.Optional[typing.Union[PushSecretSpecSelectorSecretSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0719fce8bd6a05d90573a096dd304f82894f73b71aaffede40886b5239285ab1(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PushSecretSpecSelectorSecretSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6ebadef26f9030c9ff16a1c72c362be74a426f9cfa5d3f5c2e25f7129c17113(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a36be9ecefabc210e249b7ee03a3ae2969ce4ac02003322448d63ecb989babf7(
    *,
    data: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    engine_version: typing.Optional[PushSecretSpecTemplateEngineVersion] = None,
    merge_policy: typing.Optional[PushSecretSpecTemplateMergePolicy] = None,
    metadata: typing.Optional[typing.Union[PushSecretSpecTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    template_from: typing.Optional[typing.Sequence[typing.Union[PushSecretSpecTemplateTemplateFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80484b521badd4458b6238926e97f2cc809dbf138718a8ce62aad7e81ea9775b(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97bb9782760ab1d5c7bedb76e98d7803d291834c5b38a9b5191dd56648e24040(
    *,
    config_map: typing.Optional[typing.Union[PushSecretSpecTemplateTemplateFromConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    literal: typing.Optional[builtins.str] = None,
    secret: typing.Optional[typing.Union[PushSecretSpecTemplateTemplateFromSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    target: typing.Optional[builtins.str] = None,
    values_decoding_strategy: typing.Optional[PushSecretSpecTemplateTemplateFromValuesDecodingStrategy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38d878077ff54be2bfbefbfae3b25fb3499a936ef0f95a12eb740192c8e08649(
    *,
    items: typing.Sequence[typing.Union[PushSecretSpecTemplateTemplateFromConfigMapItems, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1571e8934c0a77757fd179b475189d8e079bef808a857d44c0bb5375a703f078(
    *,
    key: builtins.str,
    template_as: typing.Optional[PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc2c0b5f1fed4e479e8d1ef6cda4c38731d69f5c0e402357cca8e63cf40c7892(
    *,
    items: typing.Sequence[typing.Union[PushSecretSpecTemplateTemplateFromSecretItems, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6dbe9777404be8599cc43fa0a6a8494fda17df0ddb98b096dbf2897010c279e(
    *,
    key: builtins.str,
    template_as: typing.Optional[PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ad2d0ede7df15370b74e754e9dfd5b805da99cccc7d9eff91c59513d1436e91(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SecretStoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__763be80bb9995015a9bc7e843dabb892e7deb6704dfc40e366f5428099d60892(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SecretStoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f2decd47fd3dee1af027aeddbd9d99d6613f24ed728bb97c8c9eaefabcd6f19(
    *,
    provider: typing.Union[SecretStoreSpecProvider, typing.Dict[builtins.str, typing.Any]],
    conditions: typing.Optional[typing.Sequence[typing.Union[SecretStoreSpecConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    controller: typing.Optional[builtins.str] = None,
    refresh_interval: typing.Optional[SecretStoreSpecRefreshInterval] = None,
    retry_settings: typing.Optional[typing.Union[SecretStoreSpecRetrySettings, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__673ff5f6a7f983e22274a7ad10cc7121bcbab8cea1f6a3e92e69796560bece9f(
    *,
    namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[SecretStoreSpecConditionsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__caecfa04d9ee27c76c7e03418a349492998e2c28ba297ce8a02f119387240fd0(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[SecretStoreSpecConditionsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61b46482d985dd474498d44f5be6ca198eb06f62b29557f9a2b985179572e345(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8f6e1f792da91e1bd1ef4acffd43cb96656827afbdff335698b89a622ee2856(
    *,
    fake: typing.Optional[typing.Union[SecretStoreSpecProviderFake, typing.Dict[builtins.str, typing.Any]]] = None,
    kubernetes: typing.Optional[typing.Union[SecretStoreSpecProviderKubernetes, typing.Dict[builtins.str, typing.Any]]] = None,
    vault: typing.Optional[typing.Union[SecretStoreSpecProviderVault, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fee282dcc59dc55228f0603ec21cc0f48362d985da84cda6912e622c97e5994c(
    *,
    data: typing.Sequence[typing.Union[SecretStoreSpecProviderFakeData, typing.Dict[builtins.str, typing.Any]]],
    validation_result: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62e846122fd39cb01946500aff5be955492341e99a2b3d95803648060e5d8095(
    *,
    key: builtins.str,
    value: builtins.str,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcbe5cfa4519b57dd5e80afe6d86fc7b65da59cbcb7afce9a6fb04adb6ce4fa8(
    *,
    auth: typing.Optional[typing.Union[SecretStoreSpecProviderKubernetesAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    auth_ref: typing.Optional[typing.Union[SecretStoreSpecProviderKubernetesAuthRef, typing.Dict[builtins.str, typing.Any]]] = None,
    remote_namespace: typing.Optional[builtins.str] = None,
    server: typing.Optional[typing.Union[SecretStoreSpecProviderKubernetesServer, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e4e9fca9edafc3614b42ec9ebc3b5d804afd7b32b814da29559f521abbe646c(
    *,
    cert: typing.Optional[typing.Union[SecretStoreSpecProviderKubernetesAuthCert, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account: typing.Optional[typing.Union[SecretStoreSpecProviderKubernetesAuthServiceAccount, typing.Dict[builtins.str, typing.Any]]] = None,
    token: typing.Optional[typing.Union[SecretStoreSpecProviderKubernetesAuthToken, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1617abcd4834d876b62f43f05b94249224bbd7fab533fe775e9f27b2414b6d19(
    *,
    client_cert: typing.Union[SecretStoreSpecProviderKubernetesAuthCertClientCert, typing.Dict[builtins.str, typing.Any]],
    client_key: typing.Union[SecretStoreSpecProviderKubernetesAuthCertClientKey, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1dc485e988dc3cbddfdb69be56de7ca883a43b1b43ff040ae04362ec8f8c83bd(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fdeae5e1d4405cdd125551219874ddae28c33049704f7e1f4b60af4378a194e(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87cfb6e6034703d0a6d7ddd7b60f22e12b74d2471cd44f94d04a9340f8a9d239(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe3023645410aa0ec296f09e61507bcec2b7be190b67ef74bd415315044d5ee2(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03792fecbf286daf6fc06f375f9d8968054e1a5230e0d85dd5093a01871838d3(
    *,
    bearer_token: typing.Union[SecretStoreSpecProviderKubernetesAuthTokenBearerToken, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96f7113880dcf51a209a2907a8e4b6d527dc98a7f487da93928636bfd8f1441c(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f841e31123277e3aa96873280cf5cea35020666d5a0102f066913bddc1ba71b7(
    *,
    ca_bundle: typing.Optional[builtins.str] = None,
    ca_provider: typing.Optional[typing.Union[SecretStoreSpecProviderKubernetesServerCaProvider, typing.Dict[builtins.str, typing.Any]]] = None,
    url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc27bc3ec3fbe1f2e97211922326fb739265fda86c7aaad68715aba6f2799b3d(
    *,
    name: builtins.str,
    type: SecretStoreSpecProviderKubernetesServerCaProviderType,
    key: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee0cf95bef36fabff35a71c369f8f8453658386c0c1a3c3f5cac98b96627fe97(
    *,
    server: builtins.str,
    auth: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    ca_bundle: typing.Optional[builtins.str] = None,
    ca_provider: typing.Optional[typing.Union[SecretStoreSpecProviderVaultCaProvider, typing.Dict[builtins.str, typing.Any]]] = None,
    check_and_set: typing.Optional[typing.Union[SecretStoreSpecProviderVaultCheckAndSet, typing.Dict[builtins.str, typing.Any]]] = None,
    forward_inconsistent: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    read_your_writes: typing.Optional[builtins.bool] = None,
    tls: typing.Optional[typing.Union[SecretStoreSpecProviderVaultTls, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[SecretStoreSpecProviderVaultVersion] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e62c41c282f9a2f75c8f0ef41246441f85e3e4530803121c64cd6aec72299aa7(
    *,
    app_role: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthAppRole, typing.Dict[builtins.str, typing.Any]]] = None,
    cert: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthCert, typing.Dict[builtins.str, typing.Any]]] = None,
    gcp: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthGcp, typing.Dict[builtins.str, typing.Any]]] = None,
    iam: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIam, typing.Dict[builtins.str, typing.Any]]] = None,
    jwt: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthJwt, typing.Dict[builtins.str, typing.Any]]] = None,
    kubernetes: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthKubernetes, typing.Dict[builtins.str, typing.Any]]] = None,
    ldap: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthLdap, typing.Dict[builtins.str, typing.Any]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    token_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthTokenSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    user_pass: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthUserPass, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb38593eac602dc8d5347ea06ec33ccf84d0600f6f6a03c33c344a7c53f9c9a3(
    *,
    path: builtins.str,
    secret_ref: typing.Union[SecretStoreSpecProviderVaultAuthAppRoleSecretRef, typing.Dict[builtins.str, typing.Any]],
    role_id: typing.Optional[builtins.str] = None,
    role_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthAppRoleRoleRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__989edd2f2b53e227c95cb111a60be0fe6abbb120c039584de89858d55afc21e5(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aaebb58f23118520d233ddecd667f7a7f64d0fda91525eea8fa12428f4134fc8(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9096b52a1fbd756438b0e16b4bf5283462bb7cf4c4fcd20d87664107778fd146(
    *,
    client_cert: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthCertClientCert, typing.Dict[builtins.str, typing.Any]]] = None,
    path: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    vault_role: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b37d865b6d6bc1da12e673976faebf6dfa5491d0c59041706ad8f570470fc14a(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac9d99bb5a916771c0df9d5e97361e6ab19035d8edc7a9cde683e60414fc2de9(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6235a184572aa5817f3202eacf391930c6eef6107e16a8fd6f8009859688e1d6(
    *,
    role: builtins.str,
    location: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    project_id: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthGcpSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthGcpServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_identity: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88997f8f9c63333ca7de9b264744c7632f28d38e2cd704764658c2c18178f221(
    *,
    secret_access_key_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9da356d2ab08594880c44aee0374ad293d199172d444cd9ea2b38427f70f19b3(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__493b56bbe68da47ee06af39b2366e7b12d05532d9f7ea157611c2fed74aa0c36(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11313525fe6f0ee5b66eaee5d059f2dc26852865fc256c4e4c9f8c1186558b1a(
    *,
    service_account_ref: typing.Union[SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef, typing.Dict[builtins.str, typing.Any]],
    cluster_location: typing.Optional[builtins.str] = None,
    cluster_name: typing.Optional[builtins.str] = None,
    cluster_project_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29735fdfe5837127569e215eb11d6c380ca39119ef628cb3e68ca6ef77b3cbc1(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67442ed8d2f338dd8819893b8cb66711f0acf511db9bcc2dd99bd747726e2ebf(
    *,
    vault_role: builtins.str,
    external_id: typing.Optional[builtins.str] = None,
    jwt: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamJwt, typing.Dict[builtins.str, typing.Any]]] = None,
    path: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    vault_aws_iam_server_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3afeba6fb2c034fd20ba314805520be2df4381692d6774ca42ddbb6b08dcbfa(
    *,
    service_account_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20479be2bd2bfc69b649f3e40da91ccd52b3ad4227293db5c5df39aeb91bad8e(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d5c0d9d51958aeb9649c85a48a3e817f9cae17cc57e6a663b4861d855dae4bf(
    *,
    access_key_id_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_access_key_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    session_token_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__deae919e6339f52c5d72f9780a6bc17c3c30876d1c248edb19e38e5f9d744f3e(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3462bb8b59a50a0fa35b5a7324410c0b40cdab2a156098c157c653a99651036c(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef3a5a4b3f9f7852e1111cfadf56b1a09feaace3c504dfc248faa7671dd5b6dc(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b29c49503fc1bdf9eaa896f8640f9f11dc98b1798e5f02a635578bd5f67a998(
    *,
    path: builtins.str,
    kubernetes_service_account_token: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken, typing.Dict[builtins.str, typing.Any]]] = None,
    role: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthJwtSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae004b368e8f1a45d34720b89f8f16beb590234aaf76cebd9b405e732a2868a5(
    *,
    service_account_ref: typing.Union[SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef, typing.Dict[builtins.str, typing.Any]],
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    expiration_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ffd8a3672819d9a8f8c682cf7c2de6acd024f272c13a19678a36d7b98edd1f1a(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a6f93bea21d826ad05f3d0c26b222c51fcd944385a55712db8c279866d10395(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__439b09102ed14002515a062605fbd507244d696952fea0b7080d3bdc31e06e20(
    *,
    mount_path: builtins.str,
    role: builtins.str,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthKubernetesSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aeecaea8431b377fc5bc533f227ab4192bc6ed8410a13601241718fa7948a7ba(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__268a43622d1764ac85f1b53cffe7e8a3464a63368867f820407e264312532499(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e70efbbf82c3324d5a90099672416ba235cfa613112f478d664d3e047bb1c90e(
    *,
    path: builtins.str,
    username: builtins.str,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthLdapSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ffcc4b2de50556053fc8515fcec00ffeafc794ac50cc36d2f2869246cac99604(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f16aafbff32ffd7250232843ab2a1169619f915ecbb444c6a35e978df1ec01c3(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc89f1eadb80f65a29edf3f24f31d81454fe6391560466db297b7776aa4647aa(
    *,
    path: builtins.str,
    username: builtins.str,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthUserPassSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8bb056b4dce9ef33b0622e47970237351d040e94e2dde88071933e2c9d9352a6(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d03fa4d803b3115111e5549f0ff41f2f5c58f56bc8b759dff69bb0350185d596(
    *,
    name: builtins.str,
    type: SecretStoreSpecProviderVaultCaProviderType,
    key: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d3e1b299b5ff01cbd2a42107fa65894f0f27b1f09b84c3616e4ed649df92274(
    *,
    required: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0870c75be72662ef9805a428cfbc01b354f9374ddce05db95257dedfbf5649b(
    *,
    cert_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultTlsCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    key_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultTlsKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95113eeeafdbd75d4d6d8e57dc847de7ec7002ad8f14ce3f811c8d3a99c60ee0(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c27da9945a32f8300d8b7e41f1ecc4eb9f83656d94f674b5e6a3c1cd7a2b0d7a(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c999190bcdafa6f74ec096dcb1c9fc204f6d5d4858a74fe0890ac1db01076fa8(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb143f56cff7276452ce4fac26c1093195f51766e5dfa1744fc5a587e6a0b1f6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42d84428f143b7c5b6aaa707e3e9331419c64a52c1c8e6e06103b8219efe7502(
    *,
    max_retries: typing.Optional[jsii.Number] = None,
    retry_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
