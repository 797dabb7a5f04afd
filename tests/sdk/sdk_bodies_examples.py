"""Builds each documented example of the given spec files as the official SDK's request object, lets
the SDK serialise and sign it as it would to send it, and catches it at the HTTP layer instead of
sending. Prints one JSON line per example: {"api", "example", "query": [[name, value], ...],
"body": <the JSON body or null>}, the wire as the SDK wrote it (its defaults included)."""

import http.client
import json
import sys
import urllib.parse


class Caught(BaseException):
    """Raised where the request would leave the process; BaseException so no SDK retry loop eats it."""

    def __init__(self, query, body):
        super().__init__("caught")
        self.query, self.body = query, body


def parse_body(body):
    if body is None or body == b"" or body == "":
        return None
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    return json.loads(body) if isinstance(body, str) else body


def batchcompute(example, token):
    from batchcompute import Client

    def request(self, method, url, body=None, headers=None, **kwargs):
        query = urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query, keep_blank_values=True)
        raise Caught(query, parse_body(body))

    http.client.HTTPConnection.request = request
    client = Client("batchcompute.cn-hangzhou.aliyuncs.com", "test-ak", "test-secret")
    client.create_cluster(example, token)


def tea(module, models, request_name, call, endpoint, example):
    from alibabacloud_tea_openapi import utils_models
    from darabonba.core import DaraCore
    from darabonba.runtime import RuntimeOptions

    def do_action(request, runtime=None):
        query = sorted((request.query or {}).items())
        raise Caught(query, parse_body(request.body))

    DaraCore.do_action = staticmethod(do_action)
    client = module.Client(utils_models.Config(access_key_id="test-ak", access_key_secret="test-secret", endpoint=endpoint))
    request = getattr(models, request_name)().from_map(example)
    call(client, request, RuntimeOptions())


def huawei_model(models, kind, data):
    """The Huawei model of type `kind` built from its JSON form (the SDK models have no from_map)."""
    if kind.startswith("list["):
        return [huawei_model(models, kind[5:-1], item) for item in data]
    if kind.startswith("dict("):
        inner = kind[kind.index(",") + 1 : -1].strip()
        return {k: huawei_model(models, inner, v) for k, v in data.items()}
    if kind in ("str", "int", "float", "bool", "object"):
        return data
    cls = getattr(models, kind)
    by_json = {json_name: attr for attr, json_name in cls.attribute_map.items()}
    unknown = set(data) - set(by_json)
    if unknown:
        raise SystemExit(f"{kind} has no field {sorted(unknown)}: the SDK cannot send it")
    return cls(**{by_json[k]: huawei_model(models, cls.openapi_types[by_json[k]], v) for k, v in data.items()})


def huawei(example, parameters):
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.http.http_client import HttpClient
    from huaweicloudsdkecs.v2 import EcsClient, model

    def do_request_sync(self, request):
        query = sorted(urllib.parse.parse_qsl(urllib.parse.urlsplit(request.url).query, keep_blank_values=True))
        raise Caught(query, parse_body(request.body))

    HttpClient.do_request_sync = do_request_sync
    project = parameters.get("project_id", "0605767b8b00d5c32f2cc0169e5ae3c5")
    credentials = BasicCredentials("test-ak", "test-secret", project)
    client = EcsClient.new_builder().with_credentials(credentials).with_endpoints(["https://ecs.cn-north-4.myhuaweicloud.com"]).build()
    body = huawei_model(model, "CreateServersRequestBody", example)
    client.create_servers(model.CreateServersRequest(body=body))


def send(api, example, parameters):
    if api == "aliyun.batchcompute.CreateCluster":
        return batchcompute(example, parameters.get("IdempotentToken", ""))
    if api == "aliyun.ehpc.CreateCluster":
        import alibabacloud_ehpc20240730.client as c
        from alibabacloud_ehpc20240730 import models
        return tea(c, models, "CreateClusterRequest", lambda cl, r, rt: cl.create_cluster_with_options(r, rt), "ehpc.cn-hangzhou.aliyuncs.com", example)
    if api == "aliyun.ecs.CreateHpcCluster":
        import alibabacloud_ecs20140526.client as c
        from alibabacloud_ecs20140526 import models
        return tea(c, models, "CreateHpcClusterRequest", lambda cl, r, rt: cl.create_hpc_cluster_with_options(r, rt), "ecs.cn-hangzhou.aliyuncs.com", example)
    if api == "aliyun.starrocks.CreateInstanceV1":
        import alibabacloud_starrocks20221019.client as c
        from alibabacloud_starrocks20221019 import models
        return tea(c, models, "CreateInstanceV1Request", lambda cl, r, rt: cl.create_instance_v1with_options(r, {}, rt), "starrocks.cn-hangzhou.aliyuncs.com", example)
    if api == "huaweicloud.ecs.CreateServers":
        return huawei(example, parameters)
    raise SystemExit(f"no SDK for {api}")


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            spec = json.load(f)
        api = spec["x-api-id"]
        operation = next(iter(next(iter(spec["paths"].values())).values()))
        media = next(iter(operation["requestBody"]["content"].values()))
        for name, example in media["examples"].items():
            try:
                send(api, json.loads(json.dumps(example["value"])), example.get("x-parameters", {}))
            except Caught as caught:
                print(json.dumps({"api": api, "example": name, "query": caught.query, "body": caught.body}, ensure_ascii=False))
            else:
                raise SystemExit(f"{api} {name}: the SDK sent nothing")


if __name__ == "__main__":
    main(sys.argv[1:])
