"""Drives one official SDK, unpatched, against `apiwizard serve --verify-signatures`.

    python sdk_drive.py PLAN.json

PLAN holds: api (the apiwizard id), endpoint (http://127.0.0.1:PORT), key and secret (the sandbox's
pair), document (a valid request document), parameters (the example's x-parameters), invalid (a
document the sandbox must refuse) and token (an idempotency token, where the API takes one).
It prints one JSON object: what each step saw, for the Rust test to judge. Every call is made the
way the SDK's own documentation shows; nothing here changes how the SDK signs or sends.
"""

import json
import sys
import time

DEADLINE_SECONDS = 60


def error_report(exc):
    """The typed exception's code, message and request id, under one set of names for every SDK."""
    # batchcompute.ClientError also has .code and .request_id, but keeps its text in .msg: ask it first.
    if hasattr(exc, "get_code"):  # batchcompute.ClientError
        return {
            "type": type(exc).__name__,
            "code": exc.get_code(),
            "message": exc.get_msg(),
            "request_id": exc.get_requestid(),
            "status": exc.get_status_code(),
        }
    for code_attr, msg_attr, id_attr in (
        ("code", "message", "request_id"),  # Tea (alibabacloud_tea_openapi)
        ("error_code", "error_msg", "request_id"),  # huaweicloudsdkcore
    ):
        if hasattr(exc, code_attr) and hasattr(exc, id_attr):
            return {
                "type": type(exc).__name__,
                "code": getattr(exc, code_attr),
                "message": getattr(exc, msg_attr, None),
                "request_id": getattr(exc, id_attr),
                "status": getattr(exc, "status_code", None),
            }
    raise exc


def expect_error(call):
    try:
        result = call()
    except Exception as exc:  # the report says which type it was
        return error_report(exc)
    return {"type": None, "unexpected_success": repr(result)[:300]}


def follow(read, done, what):
    """Calls `read` until `done(value)` holds; returns every distinct state seen, in order."""
    seen = []
    start = time.time()
    while time.time() - start < DEADLINE_SECONDS:
        state = read()
        if not seen or seen[-1] != state:
            seen.append(state)
        if done(state):
            return seen
        time.sleep(0.1)
    raise SystemExit(f"{what} never reached its final state; seen {seen}")


def refusals(create, create_wrong, plan, changed=None):
    """The refusals every SDK meets after its create: the same token with a changed body (where the
    API takes a token), an invalid document, and the right document signed with a wrong secret."""
    return {
        "mismatch": None if changed is None else expect_error(lambda: create(changed)),
        "invalid": expect_error(lambda: create(plan["invalid"])),
        "wrong_key": expect_error(lambda: create_wrong(plan["document"])),
    }


# ---------------------------------------------------------------- Alibaba Cloud Tea SDKs


def tea_config(plan, secret=None):
    from alibabacloud_tea_openapi.models import Config

    host = plan["endpoint"].split("://", 1)[1]
    return Config(
        access_key_id=plan["key"],
        access_key_secret=secret or plan["secret"],
        endpoint=host,
        protocol="http",
        region_id=plan["document"].get("RegionId", "cn-hangzhou"),
    )


def ecs(plan):
    from alibabacloud_ecs20140526 import models
    from alibabacloud_ecs20140526.client import Client

    client = Client(tea_config(plan))
    wrong = Client(tea_config(plan, secret="not-the-secret"))

    def create(document, via=client):
        return via.create_hpc_cluster(models.CreateHpcClusterRequest().from_map(document)).body

    doc = dict(plan["document"], ClientToken=plan["token"])
    created = create(doc)
    cluster_id = created.hpc_cluster_id
    listed = client.describe_hpc_clusters(
        models.DescribeHpcClustersRequest(region_id=doc["RegionId"], hpc_cluster_ids=json.dumps([cluster_id]))
    ).body
    found = [c.to_map() for c in listed.hpc_clusters.hpc_cluster]
    replay = create(doc).hpc_cluster_id
    changed = dict(doc, Description="changed under the same token")
    return {
        "id": cluster_id,
        "request_id": created.request_id,
        "states": [],
        "listed": found,
        "replay_id": replay,
        **refusals(create, lambda d: create(d, wrong), plan, changed),
    }


def ehpc(plan):
    from alibabacloud_ehpc20240730 import models
    from alibabacloud_ehpc20240730.client import Client

    client = Client(tea_config(plan))
    wrong = Client(tea_config(plan, secret="not-the-secret"))

    def create(document, via=client):
        return via.create_cluster(models.CreateClusterRequest().from_map(document)).body

    created = create(plan["document"])
    cluster_id = created.cluster_id

    def status():
        body = client.get_cluster(models.GetClusterRequest(cluster_id=cluster_id)).body
        return body.cluster_status

    states = follow(status, lambda s: s in ("running", "exception"), "GetCluster")
    listed = client.list_clusters(models.ListClustersRequest(cluster_ids=[cluster_id])).body
    found = [c.to_map() for c in listed.clusters]
    return {
        "id": cluster_id,
        "request_id": created.request_id,
        "states": states,
        "listed": found,
        "replay_id": None,
        **refusals(create, lambda d: create(d, wrong), plan),
    }


def starrocks(plan):
    from alibabacloud_starrocks20221019 import models
    from alibabacloud_starrocks20221019.client import Client

    client = Client(tea_config(plan))
    wrong = Client(tea_config(plan, secret="not-the-secret"))

    def create(document, via=client):
        return via.create_instance_v1(models.CreateInstanceV1Request().from_map(document)).body

    doc = dict(plan["document"], ClientToken=plan["token"])
    created = create(doc)
    instance_id = created.data.instance_id
    region = doc["RegionId"]

    def status():
        request = models.DescribeInstancesRequest(instance_id=instance_id, region_id=region)
        return client.describe_instances(request).body.data[0].instance_status

    states = follow(status, lambda s: s in ("running", "creating_failed"), "DescribeInstances")
    listed = client.describe_instances(models.DescribeInstancesRequest(region_id=region)).body
    found = [i.to_map() for i in listed.data]
    replay = create(doc).data.instance_id
    changed = dict(doc, InstanceName="changed-under-token")
    return {
        "id": instance_id,
        "order_id": created.data.order_id,
        "request_id": created.request_id,
        "states": states,
        "listed": found,
        "replay_id": replay,
        **refusals(create, lambda d: create(d, wrong), plan, changed),
    }


# ---------------------------------------------------------------- BatchCompute's own SDK


def batchcompute(plan):
    from batchcompute import Client
    from batchcompute.resources import ClusterDescription

    host, port = plan["endpoint"].split("://", 1)[1].rsplit(":", 1)
    # The SDK's documented way to reach an endpoint it does not list: register it as a region.
    Client.register_region("cn-sandbox", host, int(port))
    client = Client(host, plan["key"], plan["secret"])
    wrong = Client(host, plan["key"], "not-the-secret")

    def create(document, via=client):
        return via.create_cluster(ClusterDescription(document), plan["token"])

    created = create(plan["document"])
    cluster_id = created.Id
    states = follow(lambda: client.get_cluster(cluster_id).State, lambda s: s != "Waiting", "GetCluster")
    listed = client.list_clusters("", 100)
    found = [{"Id": c.Id, "Name": c.Name, "State": c.State} for c in listed.Items]
    replay = create(plan["document"]).Id
    changed = dict(plan["document"], Description="changed under the same token")
    return {
        "id": cluster_id,
        "states": states,
        "listed": found,
        "replay_id": replay,
        **refusals(create, lambda d: create(d, wrong), plan, changed),
    }


# ---------------------------------------------------------------- Huawei Cloud


def huawei_model(type_name, value):
    """The SDK's own model classes filled from a JSON document, by their openapi_types/attribute_map."""
    from huaweicloudsdkecs import v2

    if value is None:
        return None
    if type_name.startswith("list["):
        return [huawei_model(type_name[5:-1], v) for v in value]
    if type_name.startswith("dict("):
        inner = type_name[type_name.index(",") + 1 : -1].strip()
        return {k: huawei_model(inner, v) for k, v in value.items()}
    model = getattr(v2, type_name, None)
    if model is None or not hasattr(model, "openapi_types"):
        return value
    kwargs = {}
    for attr, attr_type in model.openapi_types.items():
        key = model.attribute_map[attr]
        if key in value:
            kwargs[attr] = huawei_model(attr_type, value[key])
    return model(**kwargs)


def huawei(plan):
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkecs import v2

    project = plan["parameters"].get("project_id")

    def client_with(secret):
        credentials = BasicCredentials(plan["key"], secret, project)
        return v2.EcsClient.new_builder().with_credentials(credentials).with_endpoints([plan["endpoint"]]).build()

    def request(document, token):
        body = huawei_model("CreateServersRequestBody", document)
        return v2.CreateServersRequest(x_client_token=token, body=body)

    client = client_with(plan["secret"])
    wrong = client_with("not-the-secret")

    def create(document, via=client):
        return via.create_servers(request(document, plan["token"]))

    if plan["document"].get("dry_run"):
        # A dry run is checked and answered 202 with no body: there is nothing to follow.
        checked = create(plan["document"])
        return {"dry_run_status": checked.status_code, "id": checked.job_id}
    created = create(plan["document"])
    job_id = created.job_id
    states = follow(
        lambda: client.show_job(v2.ShowJobRequest(job_id=job_id)).status,
        lambda s: s in ("SUCCESS", "FAIL"),
        "ShowJob",
    )
    servers = [client.show_server(v2.ShowServerRequest(server_id=s)).server for s in created.server_ids]
    found = [{"id": s.id, "name": s.name, "status": s.status} for s in servers]
    replay = create(plan["document"]).job_id
    changed = json.loads(json.dumps(plan["document"]))
    changed["server"]["name"] = "changed-under-token"
    return {
        "id": job_id,
        "server_ids": created.server_ids,
        "states": states,
        "listed": found,
        "replay_id": replay,
        **refusals(create, lambda d: create(d, wrong), plan, changed),
    }


DRIVERS = {
    "aliyun.ecs.CreateHpcCluster": ecs,
    "aliyun.ehpc.CreateCluster": ehpc,
    "aliyun.starrocks.CreateInstanceV1": starrocks,
    "aliyun.batchcompute.CreateCluster": batchcompute,
    "huaweicloud.ecs.CreateServers": huawei,
}

if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        plan = json.load(f)
    report = DRIVERS[plan["api"]](plan)
    print(json.dumps(report, default=str, ensure_ascii=False))
