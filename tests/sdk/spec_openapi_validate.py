"""Validates each spec file given on the command line as an OpenAPI 3.1 document with
openapi-spec-validator (which also checks every schema against the JSON Schema 2020-12 dialect,
`format: regex` of patterns included). Prints `OK <file>` per valid file, every error otherwise;
exits 1 when any file fails."""

import json
import sys

from openapi_spec_validator import OpenAPIV31SpecValidator


def main(paths):
    failed = False
    for path in paths:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        try:
            errors = [e.message for e in OpenAPIV31SpecValidator(document, base_uri=f"file://{path}").iter_errors()]
        except Exception as e:  # an unresolvable $ref raises instead of yielding an error
            errors = [f"{type(e).__name__}: {e}"]
        if errors:
            failed = True
            for error in errors:
                print(f"ERROR {path}: {error[:300]}")
        else:
            print(f"OK {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
