"""How a postmortem grows: the kinds of content real write-ups gain as they get longer, and the
findings a hurried author leaves in them."""

import re
from dataclasses import dataclass, field

from .sections import ENTRY

PROSE = re.compile(r"^[A-Z*_].{60,}")
# "- Severity: SEV-2" is metadata, which means something only in its own section.
FIELD = re.compile(r"^- [A-Z][\w /()-]*: ")
LIST_ITEM = re.compile(r"^(\d+\.|-) ")
# Everything up to the event text of a list-style timeline entry: "- **10:03** — ", "- **9:42am ET:** ".
LIST_ENTRY_PREFIX = re.compile(r"^- (\*\*.+?\*\*[\s—:-]*|[^—]+— )")

HOSTS = ["api-gw-2", "orders-db-1", "cache-eu-3", "queue-worker-14", "edge-fra-1", "auth-svc-5"]
LOG_MESSAGES = [
    "upstream request timeout after 5000 ms",
    "connection pool exhausted (max=200, waiting=431)",
    "health check failed: HTTP 503 from /healthz",
    "retrying publish, attempt 3 of 5",
    "replica lag unknown: exporter scrape failed",
    "certificate verify failed: certificate has expired",
    "circuit breaker opened for dependency payments",
    "disk usage 97% on /var/lib/data",
]
METRICS = ["p99 latency", "Error rate", "Requests failed", "Queue depth", "Retries", "CPU saturation"]

# Sentences a hurried author writes, each of which a wording rule reports.
FINDINGS = {
    "any": [
        "The outage started because the on-call engineer forgot to check the replica lag before the change.",
        "We will be more careful with changes like this in the future.",
        "Only a small number of users saw a brief issue, and the disruption was minor.",
        "This will never happen again: the problem is completely fixed.",
        "TODO: add the ticket numbers from the support queue.",
    ],
    "external": [
        "The root cause was a NullPointerException in the ingest-worker-7 pod on 10.2.14.7.",
        "We apologize for any inconvenience this may have caused.",
        "Our engineer @dokafor rolled the change back at the edge.",
    ],
}


@dataclass
class Pools:
    """Content taken from the clean fixtures, to be reused in new places."""
    paragraphs: list = field(default_factory=list)
    bullets: list = field(default_factory=list)
    action_rows: list = field(default_factory=list)
    action_items: list = field(default_factory=list)
    events: list = field(default_factory=list)

    @classmethod
    def from_documents(cls, documents):
        pools = cls()
        for document in documents:
            for section in document.sections:
                if section.is_timeline:
                    pools.events.extend(event_text(section.lines[i]) for i in section.entry_indices())
                elif section.is_actions:
                    pools.action_rows.extend(section.lines[i] for i in section.table_row_indices())
                    pools.action_items.extend(section.lines[i] for i in section.list_item_indices())
                elif not section.is_summary:
                    pools.paragraphs.extend(line for line in section.lines if PROSE.match(line))
                    pools.bullets.extend(line for line in section.lines
                                         if line.startswith("- ") and not FIELD.match(line))
        pools.events = [e for e in pools.events if e]
        return pools


def event_text(line):
    if line.startswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        return cells[-1]
    match = LIST_ENTRY_PREFIX.match(line)
    return line[match.end():] if match else ""


def with_event(line, text):
    """The same timeline entry (same time) describing another event."""
    if line.startswith("|"):
        cells = line.rstrip().rstrip("|").split("|")
        cells[-1] = f" {text} "
        return "|".join(cells) + "|"
    match = LIST_ENTRY_PREFIX.match(line)
    return line[:match.end()] + text if match else None


class Growth:
    def __init__(self, document, pools, rng):
        self.document = document
        self.pools = pools
        self.rng = rng
        self.lines = document.line_count()

    def grow_to(self, target):
        steps = [(self.add_paragraph, 6), (self.add_bullets, 2), (self.add_action_item, 2),
                 (self.add_timeline_entry, 2), (self.add_metrics_table, 1)]
        if self.document.profile == "internal":  # customers are not shown logs
            steps.append((self.add_log_excerpt, 1))
        operations = [op for op, weight in steps for _ in range(weight)]
        attempts = 0
        while self.lines < target and attempts < target * 20:
            attempts += 1
            self.rng.choice(operations)()

    def inject_findings(self, count):
        choices = FINDINGS["any"] + (FINDINGS["external"] if self.document.profile == "external" else [])
        for sentence in self.rng.sample(choices, count):
            self.insert_block([sentence])

    # Growth steps. Each inserts whole blocks after a blank line, so tables and lists stay intact.

    def add_paragraph(self):
        if self.pools.paragraphs:
            self.insert_block([self.rng.choice(self.pools.paragraphs)])

    def add_bullets(self):
        if self.pools.bullets:
            self.insert_block([self.rng.choice(self.pools.bullets) for _ in range(self.rng.randint(2, 5))])

    def add_log_excerpt(self):
        minute = self.rng.randint(0, 59)
        lines = [f"2024-04-15T13:{minute:02d}:{self.rng.randint(0, 59):02d}Z {self.rng.choice(HOSTS)} "
                 f"{self.rng.choice(['WARN', 'ERROR', 'INFO'])} {self.rng.choice(LOG_MESSAGES)}"
                 for _ in range(self.rng.randint(3, 8))]
        self.insert_block(["```text", *sorted(lines), "```"])

    def add_metrics_table(self):
        rows = [f"| {metric} | {self.rng.randint(1, 99)} % | {self.rng.randint(2, 90)} minutes |"
                for metric in self.rng.sample(METRICS, self.rng.randint(2, len(METRICS)))]
        self.insert_block(["| Measure | Peak | Duration |", "|---|---|---|", *rows])

    def add_action_item(self):
        section = next((s for s in self.document.sections if s.is_actions), None)
        if section is None:
            return
        rows = section.table_row_indices()
        if rows and self.pools.action_rows:
            row = self.rng.choice(self.pools.action_rows)
            number = len(rows) + 1
            self.insert_line(section, rows[-1] + 1, re.sub(r"^\| *\d+ *\|", f"| {number} |", row))
            return
        items = section.list_item_indices()
        if items and self.pools.action_items:
            item = re.sub(r"^\d+\.", f"{len(items) + 1}.", self.rng.choice(self.pools.action_items))
            self.insert_line(section, items[-1] + 1, item)

    def add_timeline_entry(self):
        section = next((s for s in self.document.sections if s.is_timeline), None)
        entries = section.entry_indices() if section else []
        if not entries or not self.pools.events:
            return
        at = self.rng.choice(entries)
        line = with_event(section.lines[at], self.rng.choice(self.pools.events))
        if line:
            self.insert_line(section, at + 1, line)

    def insert_line(self, section, index, line):
        section.lines.insert(index, line)
        self.lines += 1

    def insert_block(self, block):
        """Inserts a block after a random blank line of a prose section (see `Section.is_prose`)."""
        sections = [s for s in self.document.sections if s.is_prose]
        if not sections:
            return
        section = self.rng.choice(sections)
        blanks = [i for i, line in enumerate(section.lines) if line == ""]
        at = self.rng.choice(blanks) + 1 if blanks else len(section.lines)
        section.lines[at:at] = [*block, ""]
        self.lines += len(block) + 1
