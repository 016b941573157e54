"""Drives `pmlint-lsp` through stdio the way an editor does, and times each keystroke from the
`didChange` leaving the editor to the matching `publishDiagnostics` arriving."""

import json
import random
import string
import subprocess
import time
from dataclasses import dataclass


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


@dataclass
class Latency:
    p50: float
    p95: float
    p99: float
    maximum: float

    @classmethod
    def of(cls, seconds):
        ms = [s * 1000 for s in seconds]
        return cls(percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.99), max(ms))


class Editor:
    """A minimal LSP client: UTF-16 positions (what VS Code sends), push diagnostics."""

    def __init__(self, server):
        self.process = subprocess.Popen([server], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.texts = {}
        self.versions = {}
        self.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        self.notify("initialized", {})

    # Framing.

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        length = 0
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("pmlint-lsp closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode("ascii").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        self.send({"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
        while "id" not in (reply := self.receive()) or "method" in reply:
            pass
        return reply

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for_diagnostics(self, uri, version):
        while True:
            message = self.receive()
            if "method" in message and "id" in message:  # a request from the server: answer it
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            elif message.get("method") == "textDocument/publishDiagnostics":
                params = message["params"]
                if params["uri"] == uri and params.get("version") == version:
                    return params["diagnostics"]

    # Editing.

    def open(self, uri, text):
        self.texts[uri] = text.split("\n")
        self.versions[uri] = 1
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown",
                                                              "version": 1, "text": text}})
        return self.wait_for_diagnostics(uri, 1)

    def type_character(self, uri, rng):
        """Inserts one character at a random place; returns seconds until diagnostics arrive."""
        lines = self.texts[uri]
        line = rng.randrange(len(lines))
        column = rng.randint(0, len(lines[line]))
        character = rng.choice(string.ascii_letters + " ")
        utf16 = len(lines[line][:column].encode("utf-16-le")) // 2
        lines[line] = lines[line][:column] + character + lines[line][column:]
        self.versions[uri] += 1
        version = self.versions[uri]
        position = {"line": line, "character": utf16}
        start = time.perf_counter()
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": position, "end": position}, "text": character}]})
        self.wait_for_diagnostics(uri, version)
        return time.perf_counter() - start

    def memory_mb(self):
        """(current, peak) resident memory of the server, from the kernel."""
        fields = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                name, _, value = line.partition(":")
                fields[name] = value.split()[0] if value.split() else "0"
        return int(fields["VmRSS"]) / 1024, int(fields["VmHWM"]) / 1024

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.process.wait(timeout=10)


def keystrokes(server, text, edits, memory_from=None, seed=11):
    """Latency of the first `edits` keystrokes, and (when asked) the resident memory after
    `memory_from` and after all `edits` keystrokes."""
    editor = Editor(server)
    rng = random.Random(seed)
    uri = "file:///bench/postmortem.md"
    editor.open(uri, text)
    seconds, memory = [], []
    for edit in range(1, edits + 1):
        seconds.append(editor.type_character(uri, rng))
        if edit in (memory_from, edits):
            memory.append(editor.memory_mb()[0])
    editor.close()
    return seconds, memory


def open_documents(server, texts):
    """Peak resident memory of a server holding all `texts` open, each linted once."""
    editor = Editor(server)
    for index, text in enumerate(texts):
        editor.open(f"file:///bench/open-{index:02d}.md", text)
    _, peak = editor.memory_mb()
    editor.close()
    return peak
