"""A postmortem split at its `## ` headings, so the generator can grow one section at a time."""

import re
from dataclasses import dataclass

TIMELINE = re.compile(r"timeline|what happened|chronology", re.IGNORECASE)
ACTIONS = re.compile(r"action items|what we're changing|follow-up|corrective", re.IGNORECASE)
# The summary is left alone: growing it would make every long document break summary-length.
SUMMARY = re.compile(r"summary", re.IGNORECASE)
# Metadata lives here; a paragraph dropped in would be read as part of it.
KEY_INFORMATION = re.compile(r"key information", re.IGNORECASE)
# A timeline entry: a table row or a list item that starts with a time.
ENTRY = re.compile(r"^(\| *|- \*\*|- )\d{1,2}[:.h]?\d{2}")


@dataclass
class Section:
    heading: str
    lines: list

    @property
    def is_timeline(self):
        return bool(TIMELINE.search(self.heading))

    @property
    def is_actions(self):
        return bool(ACTIONS.search(self.heading))

    @property
    def is_summary(self):
        return bool(SUMMARY.search(self.heading))

    @property
    def is_prose(self):
        """Not the summary, timeline, action items or metadata: where new prose can go."""
        return not (self.is_summary or self.is_timeline or self.is_actions or KEY_INFORMATION.search(self.heading))

    def entry_indices(self):
        return [i for i, line in enumerate(self.lines) if ENTRY.match(line)]

    def table_row_indices(self):
        """Body rows of tables (not the header or its delimiter row)."""
        rows = []
        for i, line in enumerate(self.lines):
            if line.startswith("|") and i >= 2 and self.lines[i - 1].startswith("|") \
                    and not set(line) <= set("|-: "):
                rows.append(i)
        return rows

    def list_item_indices(self):
        return [i for i, line in enumerate(self.lines) if re.match(r"^(\d+\.|-) ", line)]


@dataclass
class Document:
    preamble: list
    sections: list
    newline: str
    bom: bool

    @classmethod
    def parse(cls, text):
        bom = text.startswith("\ufeff")
        text = text.lstrip("\ufeff")
        newline = "\r\n" if "\r\n" in text else "\n"
        preamble, sections = [], []
        for line in text.split(newline):
            if line.startswith("## "):
                sections.append(Section(line, []))
            elif sections:
                sections[-1].lines.append(line)
            else:
                preamble.append(line)
        return cls(preamble, sections, newline, bom)

    @property
    def profile(self):
        head = "\n".join(self.preamble[:5])
        return "external" if "pmlint: external" in head or "profile: external" in head else "internal"

    def copy(self):
        return Document(list(self.preamble), [Section(s.heading, list(s.lines)) for s in self.sections],
                        self.newline, self.bom)

    def line_count(self):
        return len(self.preamble) + sum(1 + len(s.lines) for s in self.sections)

    def render(self):
        lines = list(self.preamble)
        for section in self.sections:
            lines.append(section.heading)
            lines.extend(section.lines)
        return ("\ufeff" if self.bom else "") + self.newline.join(lines)
