"""Runs a program the way a user would and measures it: wall time from spawn to exit, and the
child's own peak resident memory from the kernel (wait4's rusage), not a sampled guess."""

import os
import statistics
import time
from dataclasses import dataclass


@dataclass
class Run:
    seconds: float
    peak_rss_mb: float
    exit_code: int


def run(argv, cwd=None):
    """Output goes to /dev/null, so every tool pays the same for writing its report."""
    null = os.open(os.devnull, os.O_WRONLY)
    actions = [(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)]
    start = time.perf_counter()
    if cwd:
        # posix_spawn has no working-directory action before Python 3.13's chdir.
        previous = os.getcwd()
        os.chdir(cwd)
    try:
        pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
    finally:
        if cwd:
            os.chdir(previous)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    os.close(null)
    return Run(seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))


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


def timed(argv, repeats, cwd=None, warmup=1):
    for _ in range(warmup):
        run(argv, cwd)
    runs = [run(argv, cwd) for _ in range(repeats)]
    for r in runs:
        if r.exit_code not in (0, 1):
            raise SystemExit(f"{' '.join(argv)} failed with exit code {r.exit_code}")
    seconds = [r.seconds for r in runs]
    return Timing(statistics.median(seconds), min(seconds), max(seconds),
                  max(r.peak_rss_mb for r in runs), repeats)
