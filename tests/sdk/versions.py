"""Prints `name==version` for each official SDK the tests drive, after importing its client."""
import importlib
from importlib import metadata

MODULES = {
    "huaweicloudsdkecs": "huaweicloudsdkecs.v2",
    "alibabacloud-ecs20140526": "alibabacloud_ecs20140526.client",
    "alibabacloud-ehpc20240730": "alibabacloud_ehpc20240730.client",
    "alibabacloud-starrocks20221019": "alibabacloud_starrocks20221019.client",
    "batchcompute": "batchcompute",
    "openapi-spec-validator": "openapi_spec_validator",
}

for dist, module in MODULES.items():
    importlib.import_module(module)
    print(f"{dist}=={metadata.version(dist)}")
