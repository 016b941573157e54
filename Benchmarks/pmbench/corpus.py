"""A deterministic corpus of realistic postmortems, grown from the repository's own fixtures.

Every document starts from a real fixture (clean or broken, both profiles) or from a template
that `pmlint init` prints, and is grown to its target length the way real postmortems grow:
more prose, more action items, more timeline entries, log excerpts and tables. The broken
fixtures carry every kind of finding; a share of the other documents gets one or two
findings injected. The same seed always gives the same bytes, so figures from two runs (or
two machines) lint the same input.
"""

import math
import os
import random
import subprocess
from dataclasses import dataclass, field

from .growth import Growth, Pools
from .sections import Document

MIN_LINES = 50
MAX_LINES = 3000
# Typical postmortems are one to three hundred lines; a few incident write-ups run long.
MEDIAN_LINES = 110
SPREAD = 0.8
BROKEN_SHARE = 0.2
TEMPLATE_SHARE = 0.02
EXTERNAL_SHARE = 0.3
INJECTED_SHARE = 0.25


@dataclass
class Corpus:
    folder: str
    paths: list = field(default_factory=list)
    total_bytes: int = 0
    total_lines: int = 0


def load_bases(fixtures, pmlint):
    """The fixtures (grouped by profile and by whether they break a rule) and both templates."""
    bases = {"internal": {"clean": [], "broken": [], "template": []},
             "external": {"clean": [], "broken": [], "template": []}}
    for kind in ("clean", "broken"):
        folder = os.path.join(fixtures, kind)
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                document = Document.parse(handle.read())
            bases[document.profile][kind].append(document)
    for profile in ("internal", "external"):
        text = subprocess.run([pmlint, "init", profile], check=True, capture_output=True, text=True).stdout
        bases[profile]["template"].append(Document.parse(text))
    return bases


def target_lines(rng, index):
    """Log-normal around a typical length; every 500th document is as long as allowed."""
    if index % 500 == 0:
        return MAX_LINES
    lines = int(MEDIAN_LINES * math.exp(rng.gauss(0, SPREAD)))
    return max(MIN_LINES, min(MAX_LINES, lines))


def choose_base(rng, bases):
    profile = "external" if rng.random() < EXTERNAL_SHARE else "internal"
    roll = rng.random()
    kind = "template" if roll < TEMPLATE_SHARE else "broken" if roll < TEMPLATE_SHARE + BROKEN_SHARE else "clean"
    return rng.choice(bases[profile][kind]).copy()


def generate(folder, count, seed, fixtures, pmlint):
    """Writes `count` documents under `folder` (100 per sub-folder, as a real archive is split)."""
    bases = load_bases(fixtures, pmlint)
    pools = Pools.from_documents([d for groups in bases.values() for d in groups["clean"]])
    corpus = Corpus(folder)
    for index in range(count):
        rng = random.Random(seed * 1_000_003 + index)
        document = choose_base(rng, bases)
        growth = Growth(document, pools, rng)
        growth.grow_to(target_lines(rng, index))
        if rng.random() < INJECTED_SHARE:
            growth.inject_findings(rng.randint(1, 2))
        data = document.render().encode("utf-8")
        sub = os.path.join(folder, f"{index // 100:03d}")
        os.makedirs(sub, exist_ok=True)
        path = os.path.join(sub, f"pm-{index:05d}.md")
        with open(path, "wb") as handle:
            handle.write(data)
        corpus.paths.append(path)
        corpus.total_bytes += len(data)
        corpus.total_lines += data.count(b"\n")
    return corpus


def long_document(lines, fixtures, pmlint, seed=7):
    """One internal postmortem of exactly the given length, for the scaling figures."""
    bases = load_bases(fixtures, pmlint)
    pools = Pools.from_documents(bases["internal"]["clean"] + bases["external"]["clean"])
    rng = random.Random(seed)
    document = bases["internal"]["clean"][0].copy()
    Growth(document, pools, rng).grow_to(lines)
    return document.render().encode("utf-8")
