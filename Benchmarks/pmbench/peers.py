"""The command lines that lint a set of paths with pmlint and with the linters a user might pick
instead. Peers run with their default rules and no configuration file or cache, so every run
does the full work, as pmlint does."""

import os


def pmlint(binaries, paths):
    return [os.path.join(binaries, "pmlint"), *paths]


def rumdl(venv, paths):
    return [os.path.join(venv, "bin", "rumdl"), "check", "--no-config", "--no-cache", "--quiet", *paths]


def pymarkdown(venv, paths):
    return [os.path.join(venv, "bin", "pymarkdown"), "scan", "--recurse", *paths]
