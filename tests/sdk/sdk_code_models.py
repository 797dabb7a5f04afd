"""Checks each spec's x-sdk.code.python block against the installed SDK's own model classes.

    python sdk_code_models.py SPEC.json...

For the Tea and Huawei SDKs it walks the request model from the root the block names and prints one
JSON object: the models map and the attribute names that break the snake_case rule, as the SDK has
them, next to what the spec says. The Rust test requires the two to be equal.
"""

import inspect
import json
import re
import sys

from spec_sdk_fields import tea_wire_names


def snake(wire):
    """The rule src/export/sdk_code.rs applies (`snake`)."""
    text = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", wire)
    return re.sub(r"[^A-Za-z0-9_]", "_", text).lower()


def tea(module, root):
    models, attributes = {}, {}

    def walk(cls, path):
        models[path or "/"] = cls.__name__
        wire = tea_wire_names(cls)
        for attr, param in inspect.signature(cls.__init__).parameters.items():
            if attr == "self":
                continue
            name = wire[attr]
            if snake(name) != attr:
                attributes[f"{path}/{name}"] = attr
            annotation = str(param.annotation)
            nested = re.search(r"main_models\.(\w+)", annotation)
            if nested:
                suffix = "/[]" if annotation.startswith("List") else ""
                walk(getattr(module, nested.group(1)), f"{path}/{name}{suffix}")

    walk(getattr(module, root), "")
    return models, attributes


def huawei(module, root):
    models, attributes = {}, {}

    def walk(name, path):
        cls = getattr(module, name)
        models[path or "/"] = name
        for attr, kind in cls.openapi_types.items():
            wire = cls.attribute_map[attr]
            if snake(wire) != attr:
                attributes[f"{path}/{wire}"] = attr
            inner, suffix = kind, ""
            if kind.startswith("list["):
                inner, suffix = kind[5:-1], "/[]"
            if hasattr(getattr(module, inner, None), "openapi_types"):
                walk(inner, f"{path}/{wire}{suffix}")

    walk(root, "")
    return models, attributes


def main():
    import importlib

    report = {}
    for file in sys.argv[1:]:
        with open(file, encoding="utf-8") as f:
            spec = json.load(f)
        for operation in (op for item in spec["paths"].values() for op in item.values()):
            block = operation.get("x-sdk", {}).get("code", {}).get("python")
            if not block or block["sdk"] not in ("tea", "huawei"):
                continue
            if block["sdk"] == "tea":
                module = importlib.import_module(block["package"] + ".models")
                models, attributes = tea(module, block["models"]["/"])
            else:
                module = importlib.import_module(block["package"])
                models, attributes = huawei(module, block["models"]["/"])
            report[spec["x-api-id"]] = {
                "sdk": {"models": models, "attributes": attributes},
                "spec": {"models": block.get("models", {}), "attributes": block.get("attributes", {})},
            }
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
