"""pmlint's benchmark: corpus throughput, the pre-commit case, the language server's keystroke
latency and memory, peers side by side, and linear scaling. Run it with Benchmarks/run.sh."""

import argparse
import json
import os
import shutil
import sys
import tempfile

from . import corpus, lsp_driver, peers, report
from .process import timed


def step(message):
    """Progress on standard error, so that the table or JSON on standard output stays clean."""
    print(message, file=sys.stderr, flush=True)


def parse_arguments():
    parser = argparse.ArgumentParser(prog="Benchmarks/run.sh")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    parser.add_argument("--documents", type=int, default=10_000, help="corpus size (default 10000)")
    parser.add_argument("--edits", type=int, default=1_000, help="keystrokes timed per document (default 1000)")
    parser.add_argument("--memory-edits", type=int, default=10_000,
                        help="keystrokes over which memory growth is measured (default 10000)")
    parser.add_argument("--repeats", type=int, default=3, help="runs over the whole corpus per linter (default 3)")
    parser.add_argument("--binaries", required=True, help="folder with release pmlint and pmlint-lsp")
    parser.add_argument("--venv", required=True, help="virtual environment with rumdl and pymarkdownlnt")
    parser.add_argument("--fixtures", required=True)
    return parser.parse_args()


def corpus_figures(arguments, generated):
    """The whole corpus through pmlint and rumdl; its first folder (100 documents) through
    pymarkdownlnt, which is hundreds of times slower, with pmlint timed on the same folder."""
    folder = [generated.folder]
    # The corpus was just written, so it is in the page cache already: no warm-up run.
    figures = {"pmlint": timed(peers.pmlint(arguments.binaries, folder), arguments.repeats, warmup=0),
               "rumdl": timed(peers.rumdl(arguments.venv, folder), arguments.repeats, warmup=0)}
    first = [os.path.dirname(generated.paths[0])]
    names = os.listdir(first[0])
    figures["folder"] = {"documents": len(names), "bytes": sum(os.path.getsize(os.path.join(first[0], n)) for n in names),
                         "pmlint": timed(peers.pmlint(arguments.binaries, first), arguments.repeats),
                         "pymarkdown": timed(peers.pymarkdown(arguments.venv, first), 1, warmup=0)}
    return figures


def typical_file(generated):
    """The document whose size is the corpus median: the pre-commit case."""
    sized = sorted(generated.paths, key=os.path.getsize)
    return sized[len(sized) // 2]


def single_file_figures(arguments, path):
    repeats = 200
    return {"path": path, "bytes": os.path.getsize(path),
            "pmlint": timed(peers.pmlint(arguments.binaries, [path]), repeats, warmup=5),
            "rumdl": timed(peers.rumdl(arguments.venv, [path]), repeats, warmup=5),
            # What starting any process costs here, for scale.
            "true": timed(["true"], repeats, warmup=5)}


def server_figures(arguments, generated):
    server = os.path.join(arguments.binaries, "pmlint-lsp")
    figures = {}
    for lines in (200, 2000):
        text = corpus.long_document(lines, arguments.fixtures, os.path.join(arguments.binaries, "pmlint"))
        edits = max(arguments.edits, arguments.memory_edits) if lines == 2000 else arguments.edits
        seconds, memory = lsp_driver.keystrokes(server, text.decode("utf-8"), edits,
                                                memory_from=arguments.edits if lines == 2000 else None)
        figures[lines] = {"latency": lsp_driver.Latency.of(seconds[:arguments.edits])}
        if memory:
            figures[lines]["rss_after_mb"] = memory
            figures[lines]["edits"] = edits
            figures[lines]["memory_from"] = arguments.edits
    texts = []
    for path in generated.paths[:50]:
        with open(path, encoding="utf-8") as handle:
            texts.append(handle.read().lstrip("\ufeff"))
    figures["open50_peak_mb"] = lsp_driver.open_documents(server, texts)
    figures["open50_bytes"] = sum(len(t.encode("utf-8")) for t in texts)
    return figures


def scaling_figures(arguments, workdir):
    pmlint = os.path.join(arguments.binaries, "pmlint")
    figures = []
    for lines in (1_000, 10_000, 100_000):
        path = os.path.join(workdir, f"scaling-{lines}.md")
        with open(path, "wb") as handle:
            handle.write(corpus.long_document(lines, arguments.fixtures, pmlint))
        figures.append({"lines": lines, "bytes": os.path.getsize(path),
                        "timing": timed([pmlint, path], 5 if lines < 100_000 else 3)})
    return figures


def main():
    arguments = parse_arguments()
    workdir = tempfile.mkdtemp(prefix="pmlint-bench-")
    try:
        pmlint = os.path.join(arguments.binaries, "pmlint")
        step(f"Generating {arguments.documents:,} postmortems…")
        generated = corpus.generate(os.path.join(workdir, "corpus"), arguments.documents, 1,
                                    arguments.fixtures, pmlint)
        results = {"corpus": generated}
        step("Linting the corpus with pmlint, rumdl and pymarkdownlnt…")
        results["whole"] = corpus_figures(arguments, generated)
        step("Linting one typical file, many times…")
        results["single"] = single_file_figures(arguments, typical_file(generated))
        step("Typing into pmlint-lsp…")
        results["server"] = server_figures(arguments, generated)
        step("Linting 1k, 10k and 100k-line documents…")
        results["scaling"] = scaling_figures(arguments, workdir)
        if arguments.json:
            print(json.dumps(report.as_json(results), indent=2))
        else:
            print(report.as_table(results))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


main()
