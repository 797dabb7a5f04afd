"""Prints every field of the five official SDK request models as JSON lines
{"api", "path", "type", "required"}, read from the installed SDKs themselves.

path: the field's place in the request document, "/" between names, "[]" for an array's items and
"{}" for a map's values. type: string, integer, number, boolean, array, object (or "any").
required: what the SDK model says (a Tea model's "This parameter is required." comment, a Huawei
model's unconditional assignment in __init__, a BatchCompute model's `required` list).
"""

import inspect
import json
import re
import sys

SCALARS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "Any": "any", "object": "any"}


def emit(api, path, kind, required):
    print(json.dumps({"api": api, "path": path, "type": kind, "required": required}, sort_keys=True))


def tea_required(cls):
    """Attribute names whose comment block in __init__ says the parameter is required."""
    lines = inspect.getsource(cls.__init__).splitlines()
    required, comment = set(), []
    for line in lines:
        text = line.strip()
        if text.startswith("#"):
            comment.append(text)
            continue
        m = re.match(r"self\.(\w+) = \1$", text)
        if m and any("This parameter is required" in c for c in comment):
            required.add(m.group(1))
        comment = []
    return required


def tea_wire_names(cls):
    """Attribute name -> wire name, read from the model's to_map."""
    source = inspect.getsource(cls.to_map)
    names = {}
    for m in re.finditer(r"if self\.(\w+) is not None:\s*\n\s*(?:for \w+ in self\.\w+:\s*\n\s*)?result\['([^']+)'\]", source):
        names[m.group(1)] = m.group(2)
    for m in re.finditer(r"result\['([^']+)'\] = \[\]\s*\n\s*if self\.(\w+) is not None", source):
        names[m.group(2)] = m.group(1)
    for m in re.finditer(r"result\['([^']+)'\] = \{\}\s*\n\s*if self\.(\w+) is not None", source):
        names[m.group(2)] = m.group(1)
    return names


def tea_walk(api, models, cls, prefix):
    wire = tea_wire_names(cls)
    required = tea_required(cls)
    for attr, param in inspect.signature(cls.__init__).parameters.items():
        if attr == "self":
            continue
        tea_type(api, models, param.annotation, f"{prefix}/{wire[attr]}", attr in required)


def tea_type(api, models, annotation, path, required):
    text = str(annotation).replace("main_models.", "")
    m = re.fullmatch(r"List\[(.+)\]", text)
    if m:
        emit(api, path, "array", required)
        tea_type(api, models, m.group(1), path + "/[]", False)
        return
    m = re.fullmatch(r"Dict\[str, (.+)\]", text)
    if m:
        emit(api, path, "object", required)
        if m.group(1) != "Any":
            tea_type(api, models, m.group(1), path + "/{}", False)
        return
    if text in SCALARS:
        emit(api, path, SCALARS[text], required)
        return
    emit(api, path, "object", required)
    tea_walk(api, models, getattr(models, text), path)


def huawei_walk(api, models, cls, prefix):
    source = inspect.getsource(cls.__init__)
    for attr, kind in cls.openapi_types.items():
        # An optional field is set only `if x is not None`; a required one unconditionally.
        required = re.search(rf"if {attr} is not None:", source) is None
        huawei_type(api, models, kind, f"{prefix}/{cls.attribute_map[attr]}", required)


def huawei_type(api, models, kind, path, required):
    m = re.fullmatch(r"list\[(.+)\]", kind)
    if m:
        emit(api, path, "array", required)
        huawei_type(api, models, m.group(1), path + "/[]", False)
        return
    m = re.fullmatch(r"dict\(str, (.+)\)", kind)
    if m:
        emit(api, path, "object", required)
        huawei_type(api, models, m.group(1), path + "/{}", False)
        return
    if kind in SCALARS:
        emit(api, path, SCALARS[kind], required)
        return
    emit(api, path, "object", required)
    huawei_walk(api, models, getattr(models, kind), path)


def batchcompute():
    from batchcompute.resources import cluster
    from batchcompute.utils.constants import NUMBER, STRING

    api = "aliyun.batchcompute.CreateCluster"
    # Models the SDK builds from plain dicts outside its descriptor maps: a group per Groups key,
    # a MountEntry per Entries item.
    inner = {("ClusterDescription", "Groups"): ("{}", cluster.GroupDescription),
             ("Mounts", "Entries"): ("[]", cluster.MountEntry)}

    def walk(cls, prefix):
        name = cls.__name__
        for key, kind in cls.descriptor_map.items():
            path = f"{prefix}/{key}"
            required = key in cls.required
            if kind == STRING:
                emit(api, path, "string", required)
            elif kind == NUMBER:
                emit(api, path, "number", required)
            elif kind is bool:
                emit(api, path, "boolean", required)
            elif kind is list:
                emit(api, path, "array", required)
            elif kind is dict:
                emit(api, path, "object", required)
            else:
                emit(api, path, "object", required)
                model = next(k for k in kind if k is not dict)
                walk(model, path)
                continue
            if (name, key) in inner:
                token, model = inner[(name, key)]
                emit(api, f"{path}/{token}", "object", False)
                walk(model, f"{path}/{token}")

    walk(cluster.ClusterDescription, "")


def main():
    batchcompute()
    from alibabacloud_ehpc20240730 import models as ehpc
    tea_walk("aliyun.ehpc.CreateCluster", ehpc, ehpc.CreateClusterRequest, "")
    from alibabacloud_ecs20140526 import models as ecs
    tea_walk("aliyun.ecs.CreateHpcCluster", ecs, ecs.CreateHpcClusterRequest, "")
    from alibabacloud_starrocks20221019 import models as starrocks
    tea_walk("aliyun.starrocks.CreateInstanceV1", starrocks, starrocks.CreateInstanceV1Request, "")
    from huaweicloudsdkecs.v2 import model as huawei
    huawei_walk("huaweicloud.ecs.CreateServers", huawei, huawei.CreateServersRequestBody, "")


if __name__ == "__main__":
    sys.exit(main())
