#!/usr/bin/env python3
"""Prints the closing line of a `meson test` run: 'N passed, N failed'.

Reads the testlog.json files given on the command line (one JSON object
per test). Skipped tests are counted apart; expected failures count as
passed. Exits 1 when any test failed.
"""
import json
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                result = json.loads(line).get("result", "")
                if result in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif result == "SKIP":
                    skipped += 1
                else:
                    failed += 1
    except FileNotFoundError:
        print(f"check: {path} is missing (the tests did not run)", file=sys.stderr)
        failed += 1

line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed else 0)
