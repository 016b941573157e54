"""Runs a program the way a user would and measures it: wall time from spawn to exit, and the
child's own peak resident memory from the kernel, not a sampled guess.

Peak memory is measured in a separate run under GNU time: the kernel's figure for a child
started straight from Python (wait4's ru_maxrss) includes Python's own resident memory,
because the child begins life in the parent's address space before it execs."""

import os
import statistics
import tempfile
import time
from dataclasses import dataclass


GNU_TIME = "/usr/bin/time"


@dataclass
class Run:
    seconds: float
    exit_code: int


def run(argv):
    """Output goes to /dev/null, so every tool pays the same for writing its report."""
    null = os.open(os.devnull, os.O_WRONLY)
    actions = [(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)]
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
    _, status = os.waitpid(pid, 0)
    seconds = time.perf_counter() - start
    os.close(null)
    return Run(seconds, os.waitstatus_to_exitcode(status))


def peak_memory_mb(argv):
    with tempfile.NamedTemporaryFile("r") as report:
        run([GNU_TIME, "--format", "%M", "--output", report.name, *argv])
        return int(report.read().split()[-1]) / 1024


@dataclass
class Timing:
    median: float
    minimum: float
    maximum: float
    peak_rss_mb: float
    repeats: int

    @property
    def spread(self):
        """How far the slowest run was from the median: the noise of the machine."""
        return self.maximum / self.median - 1


def timed(argv, repeats, warmup=1):
    """Linters exit 1 when they find something; anything else is a failure of the run."""
    for _ in range(warmup):
        run(argv)
    runs = [run(argv) for _ in range(repeats)]
    for r in runs:
        if r.exit_code not in (0, 1):
            raise SystemExit(f"{' '.join(argv)} failed with exit code {r.exit_code}")
    seconds = [r.seconds for r in runs]
    return Timing(statistics.median(seconds), min(seconds), max(seconds), peak_memory_mb(argv), repeats)
