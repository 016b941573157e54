#!/usr/bin/env python3
"""Measures pmlint on a folder of real postmortems against a reviewer's judgments.

usage: measure-real.py PMLINT CORPUS [--judgments FILE]... [--metrics FILE] [--manifest FILE]
                       [--show unjudged|wrong|all] [--rules r1,r2]

CORPUS is a folder such as ../shared/corpus: `real/*.md`, `MANIFEST.tsv` (column `kind`:
internal or customer), `judgments.tsv`, `metrics.tsv` and `misses.tsv` are read from it when
present. Every document is linted with the default profile (`int`); customer-facing documents
are also linted with `--profile external` (`ext`). A finding matches a judgment when the file,
rule ID, line and profile are the same; where several findings of one rule share a line (every
missing section or metadata field is reported where it belongs), a judgment may name the one it
judges in an optional `subject` column: the first quoted text of the finding's message ("Root
Cause", "Incident ID"). A judgment with a subject wins over one without. Further judgment files (`--judgments`, such as
`judgments.tsv` beside this script) add verdicts for findings the corpus's file does not judge;
the corpus's own verdicts win where both judge one finding.

Prints, per rule: findings, how many are judged C (correct), W (wrong), D (debatable), not yet
judged, and precision C / (C + W) over the judged ones; the same per rule family; wrong findings
at error severity; how many lines of misses.tsv are now reported by a rule listed for them; and
TTD / TTR from `pmlint metrics` against the ranges of metrics.tsv, with any negative metric.
Exit status 0 whatever the figures: this script measures, it does not gate.
"""
import argparse, csv, json, os, subprocess, sys
from collections import defaultdict

FAMILIES = {"structure": range(1, 100), "wording": range(100, 200), "timeline": range(200, 300)}


def read_tsv(path):
    if not path or not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def subject(message):
    """The first quoted text of a message: which section or field a finding is about."""
    parts = message.split('"')
    return parts[1] if len(parts) > 2 else ""


def lint(pmlint, path, profile):
    args = [pmlint, "--format", "json"]
    if profile == "ext":
        args += ["--profile", "external"]
    out = subprocess.run(args + [path], capture_output=True).stdout
    try:
        data = json.loads(out or b"{}")
    except json.JSONDecodeError:
        print(f"error: pmlint printed no JSON for {path} ({profile})", file=sys.stderr)
        return []
    found = []
    for f in data.get("files", []):
        for d in f.get("diagnostics", []):
            found.append((d["rule"], d.get("name", ""), d["range"]["start"]["line"], d["severity"], d["message"]))
    return found


def metrics(pmlint, path):
    out = subprocess.run([pmlint, "metrics", "--format", "json", path], capture_output=True).stdout
    try:
        docs = json.loads(out or b"{}").get("documents", [])
    except json.JSONDecodeError:
        return {}
    return docs[0] if docs else {}


def in_range(minutes, spec):
    lo, hi = (float(x) for x in spec.split("-"))
    return minutes is not None and lo <= minutes <= hi


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pmlint"); ap.add_argument("corpus")
    ap.add_argument("--judgments", action="append", default=[])
    ap.add_argument("--metrics"); ap.add_argument("--manifest"); ap.add_argument("--misses")
    ap.add_argument("--show", choices=["unjudged", "wrong", "all"])
    ap.add_argument("--rules")
    a = ap.parse_args()
    real = os.path.join(a.corpus, "real") if os.path.isdir(os.path.join(a.corpus, "real")) else a.corpus
    manifest = {os.path.basename(r["file"]): r for r in read_tsv(a.manifest or os.path.join(a.corpus, "MANIFEST.tsv"))}
    verdicts = {}
    for path in reversed([os.path.join(a.corpus, "judgments.tsv")] + a.judgments):
        for r in read_tsv(path):
            verdicts[(r["file"], r["rule"], int(r["line"]), r["profile"], r.get("subject") or "")] = (r["verdict"], r.get("reason", ""))
    only = set(a.rules.split(",")) if a.rules else None

    per_rule = defaultdict(lambda: defaultdict(int))
    names, reported, wrong_errors, shown = {}, set(), [], []
    files = sorted(f for f in os.listdir(real) if f.endswith(".md"))
    for name in files:
        path = os.path.join(real, name)
        profiles = ["int"] + (["ext"] if manifest.get(name, {}).get("kind") == "customer" else [])
        for profile in profiles:
            for rule, rname, line, severity, message in lint(a.pmlint, path, profile):
                if only and rule not in only and rname not in only:
                    continue
                names[rule] = rname
                reported.add((name, line, rname))
                key = (name, rule, line, profile)
                verdict, reason = verdicts.get(key + (subject(message),)) or verdicts.get(key + ("",), ("?", ""))
                per_rule[rule][verdict] += 1
                if verdict == "W" and severity == "error":
                    wrong_errors.append(f"{name}:{line} {rule} ({profile}) {reason}")
                if a.show == "all" or (a.show == "unjudged" and verdict == "?") or (a.show == "wrong" and verdict == "W"):
                    shown.append(f"{verdict} {profile}\t{name}\t{line}\t{rule} {rname}\t{message}")

    print(f"{'rule':30s} {'found':>5s} {'C':>4s} {'W':>4s} {'D':>4s} {'new':>4s}  precision")
    family = defaultdict(lambda: defaultdict(int))
    for rule in sorted(per_rule):
        c = per_rule[rule]
        total = sum(c.values())
        judged = c["C"] + c["W"]
        p = f"{c['C'] / judged:.2f}" if judged else "  - "
        print(f"{rule + ' ' + names[rule]:30s} {total:5d} {c['C']:4d} {c['W']:4d} {c['D']:4d} {c['?']:4d}  {p}")
        num = int(rule[2:])
        for fam, span in FAMILIES.items():
            if num in span:
                for k, v in c.items():
                    family[fam][k] += v
    for fam, c in family.items():
        judged = c["C"] + c["W"]
        p = f"{c['C'] / judged:.2f}" if judged else "-"
        print(f"family {fam:10s} C {c['C']} W {c['W']} D {c['D']} new {c['?']} precision {p}")
    print(f"wrong findings at error severity: {len(wrong_errors)}")
    for w in wrong_errors:
        print(f"  {w}")

    misses = read_tsv(a.misses or os.path.join(a.corpus, "misses.tsv"))
    if misses:
        caught = [m for m in misses if any((m["file"], int(m["line"]), r) in reported for r in m["rules"].split("|"))]
        print(f"misses.tsv lines now reported by a listed rule: {len(caught)} of {len(misses)} ({len(caught) / len(misses):.0%})")
        for m in misses:
            mark = "caught" if m in caught else "missed"
            print(f"  {mark} {m['file']}:{m['line']} {m['rules']}")

    ranges = read_tsv(a.metrics or os.path.join(a.corpus, "metrics.tsv"))
    checked = ok = 0
    for r in ranges:
        m = metrics(a.pmlint, os.path.join(real, r["file"]))
        for key, col in (("ttdSeconds", "ttd_minutes"), ("ttrSeconds", "ttr_minutes")):
            if not r[col]:
                continue
            checked += 1
            minutes = m.get(key) / 60 if m.get(key) is not None else None
            good = in_range(minutes, r[col])
            ok += good
            shown_min = "unknown" if minutes is None else f"{minutes:.0f}"
            print(f"  {'ok ' if good else 'BAD'} {r['file']} {col[:3].upper()} {shown_min} (range {r[col]})")
    if checked:
        print(f"metrics within range: {ok} of {checked}")
    negatives = []
    for name in files:
        m = metrics(a.pmlint, os.path.join(real, name))
        for key in ("ttdSeconds", "ttaSeconds", "ttmSeconds", "ttrSeconds"):
            if m.get(key) is not None and m[key] < 0:
                negatives.append(f"{name} {key} {m[key]}")
    print(f"negative metrics: {len(negatives)}")
    for n in negatives:
        print(f"  {n}")
    for s in shown:
        print(s)


if __name__ == "__main__":
    main()
