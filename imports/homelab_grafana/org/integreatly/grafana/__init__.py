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


class GrafanaDashboard(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboard",
):
    '''GrafanaDashboard is the Schema for the grafanadashboards API.

    :schema: GrafanaDashboard
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["GrafanaDashboardSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "GrafanaDashboard" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: GrafanaDashboardSpec defines the desired state of GrafanaDashboard.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a97391e5cbe42595e10f7bcda4ca1a728b66b14f4e4828bc266c055bf804c00e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GrafanaDashboardProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["GrafanaDashboardSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "GrafanaDashboard".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: GrafanaDashboardSpec defines the desired state of GrafanaDashboard.
        :param metadata: 
        '''
        props = GrafanaDashboardProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "GrafanaDashboard".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class GrafanaDashboardProps:
    def __init__(
        self,
        *,
        spec: typing.Union["GrafanaDashboardSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GrafanaDashboard is the Schema for the grafanadashboards API.

        :param spec: GrafanaDashboardSpec defines the desired state of GrafanaDashboard.
        :param metadata: 

        :schema: GrafanaDashboard
        '''
        if isinstance(spec, dict):
            spec = GrafanaDashboardSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1077251f9d09e38216a4b31e429b2494b725c23ca29e78ee06cdd0af6b657bde)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "GrafanaDashboardSpec":
        '''GrafanaDashboardSpec defines the desired state of GrafanaDashboard.

        :schema: GrafanaDashboard#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("GrafanaDashboardSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: GrafanaDashboard#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpec",
    jsii_struct_bases=[],
    name_mapping={
        "instance_selector": "instanceSelector",
        "allow_cross_namespace_import": "allowCrossNamespaceImport",
        "config_map_ref": "configMapRef",
        "content_cache_duration": "contentCacheDuration",
        "datasources": "datasources",
        "env_from": "envFrom",
        "envs": "envs",
        "folder": "folder",
        "folder_ref": "folderRef",
        "folder_uid": "folderUid",
        "grafana_com": "grafanaCom",
        "gzip_json": "gzipJson",
        "json": "json",
        "jsonnet": "jsonnet",
        "jsonnet_lib": "jsonnetLib",
        "oci": "oci",
        "plugins": "plugins",
        "resync_period": "resyncPeriod",
        "suspend": "suspend",
        "uid": "uid",
        "url": "url",
        "url_authorization": "urlAuthorization",
    },
)
class GrafanaDashboardSpec:
    def __init__(
        self,
        *,
        instance_selector: typing.Union["GrafanaDashboardSpecInstanceSelector", typing.Dict[builtins.str, typing.Any]],
        allow_cross_namespace_import: typing.Optional[builtins.bool] = None,
        config_map_ref: typing.Optional[typing.Union["GrafanaDashboardSpecConfigMapRef", typing.Dict[builtins.str, typing.Any]]] = None,
        content_cache_duration: typing.Optional[builtins.str] = None,
        datasources: typing.Optional[typing.Sequence[typing.Union["GrafanaDashboardSpecDatasources", typing.Dict[builtins.str, typing.Any]]]] = None,
        env_from: typing.Optional[typing.Sequence[typing.Union["GrafanaDashboardSpecEnvFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        envs: typing.Optional[typing.Sequence[typing.Union["GrafanaDashboardSpecEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
        folder: typing.Optional[builtins.str] = None,
        folder_ref: typing.Optional[builtins.str] = None,
        folder_uid: typing.Optional[builtins.str] = None,
        grafana_com: typing.Optional[typing.Union["GrafanaDashboardSpecGrafanaCom", typing.Dict[builtins.str, typing.Any]]] = None,
        gzip_json: typing.Optional[builtins.str] = None,
        json: typing.Optional[builtins.str] = None,
        jsonnet: typing.Optional[builtins.str] = None,
        jsonnet_lib: typing.Optional[typing.Union["GrafanaDashboardSpecJsonnetLib", typing.Dict[builtins.str, typing.Any]]] = None,
        oci: typing.Optional[typing.Union["GrafanaDashboardSpecOci", typing.Dict[builtins.str, typing.Any]]] = None,
        plugins: typing.Optional[typing.Sequence[typing.Union["GrafanaDashboardSpecPlugins", typing.Dict[builtins.str, typing.Any]]]] = None,
        resync_period: typing.Optional[builtins.str] = None,
        suspend: typing.Optional[builtins.bool] = None,
        uid: typing.Optional[builtins.str] = None,
        url: typing.Optional[builtins.str] = None,
        url_authorization: typing.Optional[typing.Union["GrafanaDashboardSpecUrlAuthorization", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GrafanaDashboardSpec defines the desired state of GrafanaDashboard.

        :param instance_selector: Selects Grafana instances for import.
        :param allow_cross_namespace_import: Allow the Operator to match this resource with Grafanas outside the current namespace.
        :param config_map_ref: model from configmap.
        :param content_cache_duration: Cache duration for models fetched from URLs.
        :param datasources: maps required data sources to existing ones.
        :param env_from: environments variables from secrets or config maps.
        :param envs: environments variables as a map.
        :param folder: folder assignment for dashboard.
        :param folder_ref: Name of a ``GrafanaFolder`` resource in the same namespace.
        :param folder_uid: UID of the target folder for this dashboard.
        :param grafana_com: grafana.com/dashboards.
        :param gzip_json: GzipJson the model's JSON compressed with Gzip. Base64-encoded when in YAML.
        :param json: model json.
        :param jsonnet: Jsonnet.
        :param jsonnet_lib: Jsonnet project build.
        :param oci: model from an OCI artifact (e.g. ghcr.io/team/dashboards:v1).
        :param plugins: plugins.
        :param resync_period: How often the resource is synced, defaults to 10m0s if not set.
        :param suspend: Suspend pauses synchronizing attempts and tells the operator to ignore changes.
        :param uid: Manually specify the uid, overwrites uids already present in the json model. Can be any string consisting of alphanumeric characters, - and _ with a maximum length of 40.
        :param url: model url.
        :param url_authorization: authorization options for model from url.

        :schema: GrafanaDashboardSpec
        '''
        if isinstance(instance_selector, dict):
            instance_selector = GrafanaDashboardSpecInstanceSelector(**instance_selector)
        if isinstance(config_map_ref, dict):
            config_map_ref = GrafanaDashboardSpecConfigMapRef(**config_map_ref)
        if isinstance(grafana_com, dict):
            grafana_com = GrafanaDashboardSpecGrafanaCom(**grafana_com)
        if isinstance(jsonnet_lib, dict):
            jsonnet_lib = GrafanaDashboardSpecJsonnetLib(**jsonnet_lib)
        if isinstance(oci, dict):
            oci = GrafanaDashboardSpecOci(**oci)
        if isinstance(url_authorization, dict):
            url_authorization = GrafanaDashboardSpecUrlAuthorization(**url_authorization)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0500bb7d2e3409de7ac59a76f8a5a9dcefbb01f7b8e8326c51bd0d1da4bbdc94)
            check_type(argname="argument instance_selector", value=instance_selector, expected_type=type_hints["instance_selector"])
            check_type(argname="argument allow_cross_namespace_import", value=allow_cross_namespace_import, expected_type=type_hints["allow_cross_namespace_import"])
            check_type(argname="argument config_map_ref", value=config_map_ref, expected_type=type_hints["config_map_ref"])
            check_type(argname="argument content_cache_duration", value=content_cache_duration, expected_type=type_hints["content_cache_duration"])
            check_type(argname="argument datasources", value=datasources, expected_type=type_hints["datasources"])
            check_type(argname="argument env_from", value=env_from, expected_type=type_hints["env_from"])
            check_type(argname="argument envs", value=envs, expected_type=type_hints["envs"])
            check_type(argname="argument folder", value=folder, expected_type=type_hints["folder"])
            check_type(argname="argument folder_ref", value=folder_ref, expected_type=type_hints["folder_ref"])
            check_type(argname="argument folder_uid", value=folder_uid, expected_type=type_hints["folder_uid"])
            check_type(argname="argument grafana_com", value=grafana_com, expected_type=type_hints["grafana_com"])
            check_type(argname="argument gzip_json", value=gzip_json, expected_type=type_hints["gzip_json"])
            check_type(argname="argument json", value=json, expected_type=type_hints["json"])
            check_type(argname="argument jsonnet", value=jsonnet, expected_type=type_hints["jsonnet"])
            check_type(argname="argument jsonnet_lib", value=jsonnet_lib, expected_type=type_hints["jsonnet_lib"])
            check_type(argname="argument oci", value=oci, expected_type=type_hints["oci"])
            check_type(argname="argument plugins", value=plugins, expected_type=type_hints["plugins"])
            check_type(argname="argument resync_period", value=resync_period, expected_type=type_hints["resync_period"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument uid", value=uid, expected_type=type_hints["uid"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument url_authorization", value=url_authorization, expected_type=type_hints["url_authorization"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "instance_selector": instance_selector,
        }
        if allow_cross_namespace_import is not None:
            self._values["allow_cross_namespace_import"] = allow_cross_namespace_import
        if config_map_ref is not None:
            self._values["config_map_ref"] = config_map_ref
        if content_cache_duration is not None:
            self._values["content_cache_duration"] = content_cache_duration
        if datasources is not None:
            self._values["datasources"] = datasources
        if env_from is not None:
            self._values["env_from"] = env_from
        if envs is not None:
            self._values["envs"] = envs
        if folder is not None:
            self._values["folder"] = folder
        if folder_ref is not None:
            self._values["folder_ref"] = folder_ref
        if folder_uid is not None:
            self._values["folder_uid"] = folder_uid
        if grafana_com is not None:
            self._values["grafana_com"] = grafana_com
        if gzip_json is not None:
            self._values["gzip_json"] = gzip_json
        if json is not None:
            self._values["json"] = json
        if jsonnet is not None:
            self._values["jsonnet"] = jsonnet
        if jsonnet_lib is not None:
            self._values["jsonnet_lib"] = jsonnet_lib
        if oci is not None:
            self._values["oci"] = oci
        if plugins is not None:
            self._values["plugins"] = plugins
        if resync_period is not None:
            self._values["resync_period"] = resync_period
        if suspend is not None:
            self._values["suspend"] = suspend
        if uid is not None:
            self._values["uid"] = uid
        if url is not None:
            self._values["url"] = url
        if url_authorization is not None:
            self._values["url_authorization"] = url_authorization

    @builtins.property
    def instance_selector(self) -> "GrafanaDashboardSpecInstanceSelector":
        '''Selects Grafana instances for import.

        :schema: GrafanaDashboardSpec#instanceSelector
        '''
        result = self._values.get("instance_selector")
        assert result is not None, "Required property 'instance_selector' is missing"
        return typing.cast("GrafanaDashboardSpecInstanceSelector", result)

    @builtins.property
    def allow_cross_namespace_import(self) -> typing.Optional[builtins.bool]:
        '''Allow the Operator to match this resource with Grafanas outside the current namespace.

        :schema: GrafanaDashboardSpec#allowCrossNamespaceImport
        '''
        result = self._values.get("allow_cross_namespace_import")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def config_map_ref(self) -> typing.Optional["GrafanaDashboardSpecConfigMapRef"]:
        '''model from configmap.

        :schema: GrafanaDashboardSpec#configMapRef
        '''
        result = self._values.get("config_map_ref")
        return typing.cast(typing.Optional["GrafanaDashboardSpecConfigMapRef"], result)

    @builtins.property
    def content_cache_duration(self) -> typing.Optional[builtins.str]:
        '''Cache duration for models fetched from URLs.

        :schema: GrafanaDashboardSpec#contentCacheDuration
        '''
        result = self._values.get("content_cache_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def datasources(
        self,
    ) -> typing.Optional[typing.List["GrafanaDashboardSpecDatasources"]]:
        '''maps required data sources to existing ones.

        :schema: GrafanaDashboardSpec#datasources
        '''
        result = self._values.get("datasources")
        return typing.cast(typing.Optional[typing.List["GrafanaDashboardSpecDatasources"]], result)

    @builtins.property
    def env_from(self) -> typing.Optional[typing.List["GrafanaDashboardSpecEnvFrom"]]:
        '''environments variables from secrets or config maps.

        :schema: GrafanaDashboardSpec#envFrom
        '''
        result = self._values.get("env_from")
        return typing.cast(typing.Optional[typing.List["GrafanaDashboardSpecEnvFrom"]], result)

    @builtins.property
    def envs(self) -> typing.Optional[typing.List["GrafanaDashboardSpecEnvs"]]:
        '''environments variables as a map.

        :schema: GrafanaDashboardSpec#envs
        '''
        result = self._values.get("envs")
        return typing.cast(typing.Optional[typing.List["GrafanaDashboardSpecEnvs"]], result)

    @builtins.property
    def folder(self) -> typing.Optional[builtins.str]:
        '''folder assignment for dashboard.

        :schema: GrafanaDashboardSpec#folder
        '''
        result = self._values.get("folder")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def folder_ref(self) -> typing.Optional[builtins.str]:
        '''Name of a ``GrafanaFolder`` resource in the same namespace.

        :schema: GrafanaDashboardSpec#folderRef
        '''
        result = self._values.get("folder_ref")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def folder_uid(self) -> typing.Optional[builtins.str]:
        '''UID of the target folder for this dashboard.

        :schema: GrafanaDashboardSpec#folderUID
        '''
        result = self._values.get("folder_uid")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def grafana_com(self) -> typing.Optional["GrafanaDashboardSpecGrafanaCom"]:
        '''grafana.com/dashboards.

        :schema: GrafanaDashboardSpec#grafanaCom
        '''
        result = self._values.get("grafana_com")
        return typing.cast(typing.Optional["GrafanaDashboardSpecGrafanaCom"], result)

    @builtins.property
    def gzip_json(self) -> typing.Optional[builtins.str]:
        '''GzipJson the model's JSON compressed with Gzip.

        Base64-encoded when in YAML.

        :schema: GrafanaDashboardSpec#gzipJson
        '''
        result = self._values.get("gzip_json")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def json(self) -> typing.Optional[builtins.str]:
        '''model json.

        :schema: GrafanaDashboardSpec#json
        '''
        result = self._values.get("json")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def jsonnet(self) -> typing.Optional[builtins.str]:
        '''Jsonnet.

        :schema: GrafanaDashboardSpec#jsonnet
        '''
        result = self._values.get("jsonnet")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def jsonnet_lib(self) -> typing.Optional["GrafanaDashboardSpecJsonnetLib"]:
        '''Jsonnet project build.

        :schema: GrafanaDashboardSpec#jsonnetLib
        '''
        result = self._values.get("jsonnet_lib")
        return typing.cast(typing.Optional["GrafanaDashboardSpecJsonnetLib"], result)

    @builtins.property
    def oci(self) -> typing.Optional["GrafanaDashboardSpecOci"]:
        '''model from an OCI artifact (e.g. ghcr.io/team/dashboards:v1).

        :schema: GrafanaDashboardSpec#oci
        '''
        result = self._values.get("oci")
        return typing.cast(typing.Optional["GrafanaDashboardSpecOci"], result)

    @builtins.property
    def plugins(self) -> typing.Optional[typing.List["GrafanaDashboardSpecPlugins"]]:
        '''plugins.

        :schema: GrafanaDashboardSpec#plugins
        '''
        result = self._values.get("plugins")
        return typing.cast(typing.Optional[typing.List["GrafanaDashboardSpecPlugins"]], result)

    @builtins.property
    def resync_period(self) -> typing.Optional[builtins.str]:
        '''How often the resource is synced, defaults to 10m0s if not set.

        :schema: GrafanaDashboardSpec#resyncPeriod
        '''
        result = self._values.get("resync_period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def suspend(self) -> typing.Optional[builtins.bool]:
        '''Suspend pauses synchronizing attempts and tells the operator to ignore changes.

        :schema: GrafanaDashboardSpec#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def uid(self) -> typing.Optional[builtins.str]:
        '''Manually specify the uid, overwrites uids already present in the json model.

        Can be any string consisting of alphanumeric characters, - and _ with a maximum length of 40.

        :schema: GrafanaDashboardSpec#uid
        '''
        result = self._values.get("uid")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''model url.

        :schema: GrafanaDashboardSpec#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def url_authorization(
        self,
    ) -> typing.Optional["GrafanaDashboardSpecUrlAuthorization"]:
        '''authorization options for model from url.

        :schema: GrafanaDashboardSpec#urlAuthorization
        '''
        result = self._values.get("url_authorization")
        return typing.cast(typing.Optional["GrafanaDashboardSpecUrlAuthorization"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecConfigMapRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class GrafanaDashboardSpecConfigMapRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''model from configmap.

        :param key: The key to select.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the ConfigMap or its key must be defined.

        :schema: GrafanaDashboardSpecConfigMapRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ad59e2405414a996cd2811adc139d4773ac2149c16a941213681afba0770bfb)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key to select.

        :schema: GrafanaDashboardSpecConfigMapRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: GrafanaDashboardSpecConfigMapRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: GrafanaDashboardSpecConfigMapRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecConfigMapRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecDatasources",
    jsii_struct_bases=[],
    name_mapping={"datasource_name": "datasourceName", "input_name": "inputName"},
)
class GrafanaDashboardSpecDatasources:
    def __init__(
        self,
        *,
        datasource_name: builtins.str,
        input_name: builtins.str,
    ) -> None:
        '''GrafanaResourceDatasource is used to set the datasource name of any templated datasources in content definitions (e.g., dashboard JSON).

        :param datasource_name: 
        :param input_name: 

        :schema: GrafanaDashboardSpecDatasources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0925a5fc63cb46ce58061ed041efd9d3c8383448b0807d6dacc217a39dc849ee)
            check_type(argname="argument datasource_name", value=datasource_name, expected_type=type_hints["datasource_name"])
            check_type(argname="argument input_name", value=input_name, expected_type=type_hints["input_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "datasource_name": datasource_name,
            "input_name": input_name,
        }

    @builtins.property
    def datasource_name(self) -> builtins.str:
        '''
        :schema: GrafanaDashboardSpecDatasources#datasourceName
        '''
        result = self._values.get("datasource_name")
        assert result is not None, "Required property 'datasource_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def input_name(self) -> builtins.str:
        '''
        :schema: GrafanaDashboardSpecDatasources#inputName
        '''
        result = self._values.get("input_name")
        assert result is not None, "Required property 'input_name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecDatasources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecEnvFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class GrafanaDashboardSpecEnvFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["GrafanaDashboardSpecEnvFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["GrafanaDashboardSpecEnvFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: Selects a key of a ConfigMap.
        :param secret_key_ref: Selects a key of a Secret.

        :schema: GrafanaDashboardSpecEnvFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = GrafanaDashboardSpecEnvFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = GrafanaDashboardSpecEnvFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28082401cb0580cc48acb5af6401f546e2572a4c5622606cad28e35c68e694f5)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["GrafanaDashboardSpecEnvFromConfigMapKeyRef"]:
        '''Selects a key of a ConfigMap.

        :schema: GrafanaDashboardSpecEnvFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["GrafanaDashboardSpecEnvFromConfigMapKeyRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["GrafanaDashboardSpecEnvFromSecretKeyRef"]:
        '''Selects a key of a Secret.

        :schema: GrafanaDashboardSpecEnvFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["GrafanaDashboardSpecEnvFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecEnvFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecEnvFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class GrafanaDashboardSpecEnvFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a ConfigMap.

        :param key: The key to select.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the ConfigMap or its key must be defined.

        :schema: GrafanaDashboardSpecEnvFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3b28d975718ec972cad3c3d0a2bc616b4d93a03a52846a96959e323deeead38)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key to select.

        :schema: GrafanaDashboardSpecEnvFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: GrafanaDashboardSpecEnvFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: GrafanaDashboardSpecEnvFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecEnvFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecEnvFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class GrafanaDashboardSpecEnvFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a Secret.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: GrafanaDashboardSpecEnvFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6631fddde1d53fce6164955aa47cebe941299d49e88ed6a9027595261bdcc92c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: GrafanaDashboardSpecEnvFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: GrafanaDashboardSpecEnvFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: GrafanaDashboardSpecEnvFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecEnvFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class GrafanaDashboardSpecEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["GrafanaDashboardSpecEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: Inline env value.
        :param value_from: Reference on value source, might be the reference on a secret or config map.

        :schema: GrafanaDashboardSpecEnvs
        '''
        if isinstance(value_from, dict):
            value_from = GrafanaDashboardSpecEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__43992d16e89d11c4f261c0f1519305b376a843b27cf380a7ac3e9f2f357b395f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GrafanaDashboardSpecEnvs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Inline env value.

        :schema: GrafanaDashboardSpecEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["GrafanaDashboardSpecEnvsValueFrom"]:
        '''Reference on value source, might be the reference on a secret or config map.

        :schema: GrafanaDashboardSpecEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["GrafanaDashboardSpecEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class GrafanaDashboardSpecEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["GrafanaDashboardSpecEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Reference on value source, might be the reference on a secret or config map.

        :param config_map_key_ref: Selects a key of a ConfigMap.
        :param secret_key_ref: Selects a key of a Secret.

        :schema: GrafanaDashboardSpecEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = GrafanaDashboardSpecEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1dd398bd26e2449c3b678270294066609154d37758ba1e96d50ca6be9e3aa878)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef"]:
        '''Selects a key of a ConfigMap.

        :schema: GrafanaDashboardSpecEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["GrafanaDashboardSpecEnvsValueFromSecretKeyRef"]:
        '''Selects a key of a Secret.

        :schema: GrafanaDashboardSpecEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["GrafanaDashboardSpecEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a ConfigMap.

        :param key: The key to select.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the ConfigMap or its key must be defined.

        :schema: GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cca8fc700ecbfc363a047b57f9c3957d8536f333b6f5aa3445bd73d272ae5448)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key to select.

        :schema: GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class GrafanaDashboardSpecEnvsValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a Secret.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: GrafanaDashboardSpecEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7bcd9255e1e7cade3c127300477e196f5a8d19ce577554ae75c97fc1c9b44ffd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: GrafanaDashboardSpecEnvsValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: GrafanaDashboardSpecEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: GrafanaDashboardSpecEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecGrafanaCom",
    jsii_struct_bases=[],
    name_mapping={"id": "id", "revision": "revision"},
)
class GrafanaDashboardSpecGrafanaCom:
    def __init__(
        self,
        *,
        id: jsii.Number,
        revision: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''grafana.com/dashboards.

        :param id: 
        :param revision: 

        :schema: GrafanaDashboardSpecGrafanaCom
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de92964c73f7dc9e5dd3b96b2d89776087599e4d244eba2a3bfa32432ef70030)
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument revision", value=revision, expected_type=type_hints["revision"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "id": id,
        }
        if revision is not None:
            self._values["revision"] = revision

    @builtins.property
    def id(self) -> jsii.Number:
        '''
        :schema: GrafanaDashboardSpecGrafanaCom#id
        '''
        result = self._values.get("id")
        assert result is not None, "Required property 'id' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def revision(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: GrafanaDashboardSpecGrafanaCom#revision
        '''
        result = self._values.get("revision")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecGrafanaCom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecInstanceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class GrafanaDashboardSpecInstanceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["GrafanaDashboardSpecInstanceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Selects Grafana instances for import.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: GrafanaDashboardSpecInstanceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__82622b5b78550ab5be1bcac723b4d39b5e99f3836fcce6e4d896a2d6f0624488)
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
    ) -> typing.Optional[typing.List["GrafanaDashboardSpecInstanceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: GrafanaDashboardSpecInstanceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["GrafanaDashboardSpecInstanceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: GrafanaDashboardSpecInstanceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecInstanceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecInstanceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class GrafanaDashboardSpecInstanceSelectorMatchExpressions:
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

        :schema: GrafanaDashboardSpecInstanceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b0f12a4c578817c2ef8aee8d49ecd8476d5d97b273f1b1a94506756224c1fdbb)
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

        :schema: GrafanaDashboardSpecInstanceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: GrafanaDashboardSpecInstanceSelectorMatchExpressions#operator
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

        :schema: GrafanaDashboardSpecInstanceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecInstanceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecJsonnetLib",
    jsii_struct_bases=[],
    name_mapping={
        "file_name": "fileName",
        "gzip_jsonnet_project": "gzipJsonnetProject",
        "j_path": "jPath",
    },
)
class GrafanaDashboardSpecJsonnetLib:
    def __init__(
        self,
        *,
        file_name: builtins.str,
        gzip_jsonnet_project: builtins.str,
        j_path: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Jsonnet project build.

        :param file_name: 
        :param gzip_jsonnet_project: 
        :param j_path: 

        :schema: GrafanaDashboardSpecJsonnetLib
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bdb5c42702b6fc23471f9105aafb36ac11ddb62d9b8762ee62dccad19316501b)
            check_type(argname="argument file_name", value=file_name, expected_type=type_hints["file_name"])
            check_type(argname="argument gzip_jsonnet_project", value=gzip_jsonnet_project, expected_type=type_hints["gzip_jsonnet_project"])
            check_type(argname="argument j_path", value=j_path, expected_type=type_hints["j_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "file_name": file_name,
            "gzip_jsonnet_project": gzip_jsonnet_project,
        }
        if j_path is not None:
            self._values["j_path"] = j_path

    @builtins.property
    def file_name(self) -> builtins.str:
        '''
        :schema: GrafanaDashboardSpecJsonnetLib#fileName
        '''
        result = self._values.get("file_name")
        assert result is not None, "Required property 'file_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def gzip_jsonnet_project(self) -> builtins.str:
        '''
        :schema: GrafanaDashboardSpecJsonnetLib#gzipJsonnetProject
        '''
        result = self._values.get("gzip_jsonnet_project")
        assert result is not None, "Required property 'gzip_jsonnet_project' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def j_path(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GrafanaDashboardSpecJsonnetLib#jPath
        '''
        result = self._values.get("j_path")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecJsonnetLib(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecOci",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "reference": "reference",
        "insecure_plain_http": "insecurePlainHttp",
        "pull_secret_ref": "pullSecretRef",
    },
)
class GrafanaDashboardSpecOci:
    def __init__(
        self,
        *,
        path: builtins.str,
        reference: builtins.str,
        insecure_plain_http: typing.Optional[builtins.bool] = None,
        pull_secret_ref: typing.Optional[typing.Union["GrafanaDashboardSpecOciPullSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''model from an OCI artifact (e.g. ghcr.io/team/dashboards:v1).

        :param path: Path is the path of the file to extract from the artifact.
        :param reference: Reference is the full OCI artifact reference including a tag or digest, e.g. "ghcr.io/team/dashboards:v1.4.7" or "ghcr.io/team/dashboards@sha256:abc123...". Prefer a digest for reproducible deployments.
        :param insecure_plain_http: InsecurePlainHTTP switches the registry connection to plain HTTP (non-TLS) instead of HTTPS. Intended for in-cluster or test registries; HTTPS registries with self-signed certificates are not supported. Default false.
        :param pull_secret_ref: PullSecretRef references a kubernetes.io/dockerconfigjson Secret in the same namespace as the CR. If omitted, anonymous pull is attempted.

        :schema: GrafanaDashboardSpecOci
        '''
        if isinstance(pull_secret_ref, dict):
            pull_secret_ref = GrafanaDashboardSpecOciPullSecretRef(**pull_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dbb76140e910b9c4d2c19030040019aed2bf6c1039d25b3a6f2687bff65d8cbf)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument reference", value=reference, expected_type=type_hints["reference"])
            check_type(argname="argument insecure_plain_http", value=insecure_plain_http, expected_type=type_hints["insecure_plain_http"])
            check_type(argname="argument pull_secret_ref", value=pull_secret_ref, expected_type=type_hints["pull_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "reference": reference,
        }
        if insecure_plain_http is not None:
            self._values["insecure_plain_http"] = insecure_plain_http
        if pull_secret_ref is not None:
            self._values["pull_secret_ref"] = pull_secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path is the path of the file to extract from the artifact.

        :schema: GrafanaDashboardSpecOci#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def reference(self) -> builtins.str:
        '''Reference is the full OCI artifact reference including a tag or digest, e.g. "ghcr.io/team/dashboards:v1.4.7" or "ghcr.io/team/dashboards@sha256:abc123...". Prefer a digest for reproducible deployments.

        :schema: GrafanaDashboardSpecOci#reference
        '''
        result = self._values.get("reference")
        assert result is not None, "Required property 'reference' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def insecure_plain_http(self) -> typing.Optional[builtins.bool]:
        '''InsecurePlainHTTP switches the registry connection to plain HTTP (non-TLS) instead of HTTPS.

        Intended for in-cluster or test registries; HTTPS registries with self-signed
        certificates are not supported. Default false.

        :schema: GrafanaDashboardSpecOci#insecurePlainHTTP
        '''
        result = self._values.get("insecure_plain_http")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pull_secret_ref(
        self,
    ) -> typing.Optional["GrafanaDashboardSpecOciPullSecretRef"]:
        '''PullSecretRef references a kubernetes.io/dockerconfigjson Secret in the same namespace as the CR. If omitted, anonymous pull is attempted.

        :schema: GrafanaDashboardSpecOci#pullSecretRef
        '''
        result = self._values.get("pull_secret_ref")
        return typing.cast(typing.Optional["GrafanaDashboardSpecOciPullSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecOci(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecOciPullSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class GrafanaDashboardSpecOciPullSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''PullSecretRef references a kubernetes.io/dockerconfigjson Secret in the same namespace as the CR. If omitted, anonymous pull is attempted.

        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: GrafanaDashboardSpecOciPullSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5ea1e39b9365886cc517f2013bec7dd9da45aa2759950ea7c891c0fd356f74a0)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: GrafanaDashboardSpecOciPullSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecOciPullSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecPlugins",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "version": "version"},
)
class GrafanaDashboardSpecPlugins:
    def __init__(self, *, name: builtins.str, version: builtins.str) -> None:
        '''
        :param name: 
        :param version: 

        :schema: GrafanaDashboardSpecPlugins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d172a26581c76227c7da2eef73017bfa17418eeefdb088e5c9255ce6cada5115)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "version": version,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GrafanaDashboardSpecPlugins#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def version(self) -> builtins.str:
        '''
        :schema: GrafanaDashboardSpecPlugins#version
        '''
        result = self._values.get("version")
        assert result is not None, "Required property 'version' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecPlugins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecUrlAuthorization",
    jsii_struct_bases=[],
    name_mapping={"basic_auth": "basicAuth"},
)
class GrafanaDashboardSpecUrlAuthorization:
    def __init__(
        self,
        *,
        basic_auth: typing.Optional[typing.Union["GrafanaDashboardSpecUrlAuthorizationBasicAuth", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''authorization options for model from url.

        :param basic_auth: 

        :schema: GrafanaDashboardSpecUrlAuthorization
        '''
        if isinstance(basic_auth, dict):
            basic_auth = GrafanaDashboardSpecUrlAuthorizationBasicAuth(**basic_auth)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6dfa17cf83607088799bc93526fa2f50e012b4c138eee1ba93adc93919ba3b8)
            check_type(argname="argument basic_auth", value=basic_auth, expected_type=type_hints["basic_auth"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if basic_auth is not None:
            self._values["basic_auth"] = basic_auth

    @builtins.property
    def basic_auth(
        self,
    ) -> typing.Optional["GrafanaDashboardSpecUrlAuthorizationBasicAuth"]:
        '''
        :schema: GrafanaDashboardSpecUrlAuthorization#basicAuth
        '''
        result = self._values.get("basic_auth")
        return typing.cast(typing.Optional["GrafanaDashboardSpecUrlAuthorizationBasicAuth"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecUrlAuthorization(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecUrlAuthorizationBasicAuth",
    jsii_struct_bases=[],
    name_mapping={"password": "password", "username": "username"},
)
class GrafanaDashboardSpecUrlAuthorizationBasicAuth:
    def __init__(
        self,
        *,
        password: typing.Optional[typing.Union["GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        username: typing.Optional[typing.Union["GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param password: SecretKeySelector selects a key of a Secret.
        :param username: SecretKeySelector selects a key of a Secret.

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuth
        '''
        if isinstance(password, dict):
            password = GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword(**password)
        if isinstance(username, dict):
            username = GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername(**username)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__62ec4bf04a7d8b6492143bb772dbc734c5c2bc568dcb9610265805a058368f9e)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if password is not None:
            self._values["password"] = password
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def password(
        self,
    ) -> typing.Optional["GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword"]:
        '''SecretKeySelector selects a key of a Secret.

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuth#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword"], result)

    @builtins.property
    def username(
        self,
    ) -> typing.Optional["GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername"]:
        '''SecretKeySelector selects a key of a Secret.

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuth#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional["GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecUrlAuthorizationBasicAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''SecretKeySelector selects a key of a Secret.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a53fecf325ae128addffdc20b696bd3f5a81d2e87818bf11f174345d6d5c8df7)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="homelab_grafana_orgintegreatlygrafana.GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''SecretKeySelector selects a key of a Secret.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be4df4f75b77cc5b9535ad79b3a14eda7cede5e1267f82fd2a54ebb7eb4c1f9d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "GrafanaDashboard",
    "GrafanaDashboardProps",
    "GrafanaDashboardSpec",
    "GrafanaDashboardSpecConfigMapRef",
    "GrafanaDashboardSpecDatasources",
    "GrafanaDashboardSpecEnvFrom",
    "GrafanaDashboardSpecEnvFromConfigMapKeyRef",
    "GrafanaDashboardSpecEnvFromSecretKeyRef",
    "GrafanaDashboardSpecEnvs",
    "GrafanaDashboardSpecEnvsValueFrom",
    "GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef",
    "GrafanaDashboardSpecEnvsValueFromSecretKeyRef",
    "GrafanaDashboardSpecGrafanaCom",
    "GrafanaDashboardSpecInstanceSelector",
    "GrafanaDashboardSpecInstanceSelectorMatchExpressions",
    "GrafanaDashboardSpecJsonnetLib",
    "GrafanaDashboardSpecOci",
    "GrafanaDashboardSpecOciPullSecretRef",
    "GrafanaDashboardSpecPlugins",
    "GrafanaDashboardSpecUrlAuthorization",
    "GrafanaDashboardSpecUrlAuthorizationBasicAuth",
    "GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword",
    "GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername",
]

publication.publish()

def _typecheckingstub__a97391e5cbe42595e10f7bcda4ca1a728b66b14f4e4828bc266c055bf804c00e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[GrafanaDashboardSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1077251f9d09e38216a4b31e429b2494b725c23ca29e78ee06cdd0af6b657bde(
    *,
    spec: typing.Union[GrafanaDashboardSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0500bb7d2e3409de7ac59a76f8a5a9dcefbb01f7b8e8326c51bd0d1da4bbdc94(
    *,
    instance_selector: typing.Union[GrafanaDashboardSpecInstanceSelector, typing.Dict[builtins.str, typing.Any]],
    allow_cross_namespace_import: typing.Optional[builtins.bool] = None,
    config_map_ref: typing.Optional[typing.Union[GrafanaDashboardSpecConfigMapRef, typing.Dict[builtins.str, typing.Any]]] = None,
    content_cache_duration: typing.Optional[builtins.str] = None,
    datasources: typing.Optional[typing.Sequence[typing.Union[GrafanaDashboardSpecDatasources, typing.Dict[builtins.str, typing.Any]]]] = None,
    env_from: typing.Optional[typing.Sequence[typing.Union[GrafanaDashboardSpecEnvFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    envs: typing.Optional[typing.Sequence[typing.Union[GrafanaDashboardSpecEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    folder: typing.Optional[builtins.str] = None,
    folder_ref: typing.Optional[builtins.str] = None,
    folder_uid: typing.Optional[builtins.str] = None,
    grafana_com: typing.Optional[typing.Union[GrafanaDashboardSpecGrafanaCom, typing.Dict[builtins.str, typing.Any]]] = None,
    gzip_json: typing.Optional[builtins.str] = None,
    json: typing.Optional[builtins.str] = None,
    jsonnet: typing.Optional[builtins.str] = None,
    jsonnet_lib: typing.Optional[typing.Union[GrafanaDashboardSpecJsonnetLib, typing.Dict[builtins.str, typing.Any]]] = None,
    oci: typing.Optional[typing.Union[GrafanaDashboardSpecOci, typing.Dict[builtins.str, typing.Any]]] = None,
    plugins: typing.Optional[typing.Sequence[typing.Union[GrafanaDashboardSpecPlugins, typing.Dict[builtins.str, typing.Any]]]] = None,
    resync_period: typing.Optional[builtins.str] = None,
    suspend: typing.Optional[builtins.bool] = None,
    uid: typing.Optional[builtins.str] = None,
    url: typing.Optional[builtins.str] = None,
    url_authorization: typing.Optional[typing.Union[GrafanaDashboardSpecUrlAuthorization, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ad59e2405414a996cd2811adc139d4773ac2149c16a941213681afba0770bfb(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0925a5fc63cb46ce58061ed041efd9d3c8383448b0807d6dacc217a39dc849ee(
    *,
    datasource_name: builtins.str,
    input_name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28082401cb0580cc48acb5af6401f546e2572a4c5622606cad28e35c68e694f5(
    *,
    config_map_key_ref: typing.Optional[typing.Union[GrafanaDashboardSpecEnvFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[GrafanaDashboardSpecEnvFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3b28d975718ec972cad3c3d0a2bc616b4d93a03a52846a96959e323deeead38(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6631fddde1d53fce6164955aa47cebe941299d49e88ed6a9027595261bdcc92c(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43992d16e89d11c4f261c0f1519305b376a843b27cf380a7ac3e9f2f357b395f(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[GrafanaDashboardSpecEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1dd398bd26e2449c3b678270294066609154d37758ba1e96d50ca6be9e3aa878(
    *,
    config_map_key_ref: typing.Optional[typing.Union[GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[GrafanaDashboardSpecEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cca8fc700ecbfc363a047b57f9c3957d8536f333b6f5aa3445bd73d272ae5448(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bcd9255e1e7cade3c127300477e196f5a8d19ce577554ae75c97fc1c9b44ffd(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de92964c73f7dc9e5dd3b96b2d89776087599e4d244eba2a3bfa32432ef70030(
    *,
    id: jsii.Number,
    revision: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82622b5b78550ab5be1bcac723b4d39b5e99f3836fcce6e4d896a2d6f0624488(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[GrafanaDashboardSpecInstanceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0f12a4c578817c2ef8aee8d49ecd8476d5d97b273f1b1a94506756224c1fdbb(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdb5c42702b6fc23471f9105aafb36ac11ddb62d9b8762ee62dccad19316501b(
    *,
    file_name: builtins.str,
    gzip_jsonnet_project: builtins.str,
    j_path: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbb76140e910b9c4d2c19030040019aed2bf6c1039d25b3a6f2687bff65d8cbf(
    *,
    path: builtins.str,
    reference: builtins.str,
    insecure_plain_http: typing.Optional[builtins.bool] = None,
    pull_secret_ref: typing.Optional[typing.Union[GrafanaDashboardSpecOciPullSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ea1e39b9365886cc517f2013bec7dd9da45aa2759950ea7c891c0fd356f74a0(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d172a26581c76227c7da2eef73017bfa17418eeefdb088e5c9255ce6cada5115(
    *,
    name: builtins.str,
    version: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6dfa17cf83607088799bc93526fa2f50e012b4c138eee1ba93adc93919ba3b8(
    *,
    basic_auth: typing.Optional[typing.Union[GrafanaDashboardSpecUrlAuthorizationBasicAuth, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62ec4bf04a7d8b6492143bb772dbc734c5c2bc568dcb9610265805a058368f9e(
    *,
    password: typing.Optional[typing.Union[GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    username: typing.Optional[typing.Union[GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a53fecf325ae128addffdc20b696bd3f5a81d2e87818bf11f174345d6d5c8df7(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be4df4f75b77cc5b9535ad79b3a14eda7cede5e1267f82fd2a54ebb7eb4c1f9d(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass
