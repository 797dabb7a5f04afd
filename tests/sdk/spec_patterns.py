"""Reads JSON lines {"pattern", "text"} on stdin and prints, per line, 1 when Python's `re` finds the
pattern in the text (JSON Schema's `pattern` is a search, not a full match) and 0 when not."""

import json
import re
import sys

for line in sys.stdin:
    case = json.loads(line)
    print(1 if re.search(case["pattern"], case["text"]) else 0)
