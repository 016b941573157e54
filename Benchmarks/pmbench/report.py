"""The figures as a small table for people and as JSON for tracking, each next to its target
(issue 7) so a reader sees at once what is met."""

import dataclasses
import os
import platform


def machine():
    model = "unknown"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.partition(":")[2].strip()
                break
    return {"cpu": model, "cores": os.cpu_count(), "system": platform.platform()}


def derived(results):
    """Ratios and rates, computed once for both outputs."""
    generated, whole, single, server = results["corpus"], results["whole"], results["single"], results["server"]
    pm, rumdl, folder = whole["pmlint"], whole["rumdl"], whole["folder"]
    cores = os.cpu_count()
    scaling = results["scaling"]
    return {
        "corpus_ratio": pm.median / rumdl.median,
        "corpus_mb_s": generated.total_bytes / pm.median / 1e6,
        "corpus_mb_s_per_core": generated.total_bytes / pm.median / 1e6 / cores,
        "corpus_docs_s": len(generated.paths) / pm.median,
        "rumdl_mb_s": generated.total_bytes / rumdl.median / 1e6,
        "memory_ratio": pm.peak_rss_mb / rumdl.peak_rss_mb,
        "pymarkdown_ratio": folder["pmlint"].median / folder["pymarkdown"].median,
        "single_ratio": single["pmlint"].median / single["rumdl"].median,
        "rss_growth_mb": server[2000]["rss_after_mb"][1] - server[2000]["rss_after_mb"][0],
        # Time per line relative to the 1k-line document: at most 1.0 when cost is linear.
        "scaling_per_line": [(s["timing"].median / s["lines"]) / (scaling[0]["timing"].median / scaling[0]["lines"])
                             for s in scaling],
    }


def as_json(results):
    def plain(value):
        if dataclasses.is_dataclass(value):
            return {k: plain(v) for k, v in dataclasses.asdict(value).items() if k != "paths"}
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value
    generated = results["corpus"]
    return {"machine": machine(),
            "corpus": {"documents": len(generated.paths), "bytes": generated.total_bytes, "lines": generated.total_lines},
            **{key: plain(results[key]) for key in ("whole", "single", "server", "scaling")},
            "derived": derived(results)}


def met(condition):
    return "met" if condition else "NOT MET"


def as_table(results):
    d = derived(results)
    generated, whole, single, server = results["corpus"], results["whole"], results["single"], results["server"]
    m = machine()
    latency = server[2000]["latency"]
    rows = [
        ("Whole corpus, wall time", f"{whole['pmlint'].median:.2f} s", f"rumdl {whole['rumdl'].median:.2f} s",
         f"ratio {d['corpus_ratio']:.2f} ≤ 1.0", met(d["corpus_ratio"] <= 1.0)),
        ("Whole corpus, throughput", f"{d['corpus_mb_s']:.1f} MB/s", f"rumdl {d['rumdl_mb_s']:.1f} MB/s",
         f"{d['corpus_mb_s_per_core']:.1f} MB/s/core ≥ 30", met(d["corpus_mb_s_per_core"] >= 30)),
        ("Whole corpus, documents/s", f"{d['corpus_docs_s']:.0f}", "", "", ""),
        ("Whole corpus, peak memory", f"{whole['pmlint'].peak_rss_mb:.0f} MB", f"rumdl {whole['rumdl'].peak_rss_mb:.0f} MB",
         f"ratio {d['memory_ratio']:.2f} < 1.0", met(d["memory_ratio"] < 1.0)),
        (f"First folder ({whole['folder']['documents']} documents)", f"{whole['folder']['pmlint'].median:.2f} s",
         f"pymarkdown {whole['folder']['pymarkdown'].median:.2f} s", f"ratio {d['pymarkdown_ratio']:.3f}", ""),
        (f"One typical file ({single['bytes'] // 1024} KB)", f"{single['pmlint'].median * 1000:.1f} ms",
         f"rumdl {single['rumdl'].median * 1000:.1f} ms", f"ratio {d['single_ratio']:.2f} < 1.0",
         met(d["single_ratio"] < 1.0)),
        ("Keystroke → diagnostics, 200 lines", f"p50 {server[200]['latency'].p50:.2f} ms",
         f"p95 {server[200]['latency'].p95:.2f} / p99 {server[200]['latency'].p99:.2f} / max {server[200]['latency'].maximum:.1f} ms",
         "", ""),
        ("Keystroke → diagnostics, 2,000 lines", f"p50 {latency.p50:.2f} ms",
         f"p95 {latency.p95:.2f} / p99 {latency.p99:.2f} / max {latency.maximum:.1f} ms", "p50 ≤ 2, p99 ≤ 10 ms",
         met(latency.p50 <= 2 and latency.p99 <= 10)),
        ("Server, 50 documents open", f"{server['open50_peak_mb']:.1f} MB peak", "", "≤ 40 MB",
         met(server["open50_peak_mb"] <= 40)),
        (f"Server, RSS growth over {server[2000]['edits']:,} edits", f"{d['rss_growth_mb']:+.1f} MB",
         f"(after the first {server[2000]['memory_from']:,} edits)", "no growth", met(d["rss_growth_mb"] <= 1.0)),
    ]
    for scale, per_line in zip(results["scaling"], d["scaling_per_line"]):
        rows.append((f"Scaling, {scale['lines']:,} lines ({scale['bytes'] / 1e6:.1f} MB)",
                     f"{scale['timing'].median * 1000:.0f} ms", f"{per_line:.2f}× the 1k time per line",
                     "≤ 1.0×", met(per_line <= 1.05)))
    widths = [max(len(str(row[i])) for row in rows) for i in range(5)]
    lines = [f"pmlint benchmark: {len(generated.paths):,} documents, {generated.total_bytes / 1e6:.1f} MB, "
             f"{generated.total_lines:,} lines; {m['cpu']}, {m['cores']} cores",
             f"(noise: slowest whole-corpus run was {whole['pmlint'].spread:.0%} above the median; "
             f"single file {single['pmlint'].spread:.0%}; starting `true` takes {single['true'].median * 1000:.1f} ms)"]
    lines += ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)
