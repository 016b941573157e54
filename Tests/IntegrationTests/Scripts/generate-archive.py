#!/usr/bin/env python3
"""Writes a made-up archive of postmortems for `pmlint report`: incidents spread over two
years, with severities, affected services, timelines, action items, owners and tickets, and
a few of the things the report looks for (unknown detection times, overdue items, services
that break again, a ticket left open twice, a reused incident ID). The same arguments always
give the same bytes.

    generate-archive.py FOLDER [--documents N] [--seed S] [--end YYYY-MM-DD]
"""

import argparse
import datetime
import os
import random

SERVICES = ["checkout-api", "search", "billing", "auth", "image-cache", "notifications", "ledger", "edge-proxy",
            "reports-export", "webhooks", "mobile-gateway", "inventory"]
OWNERS = ["@amara", "@bjorn", "@chen", "@dalia", "@emeka", "@farah", "@goran", "@hana", "@ines", "@jonas"]
SEVERITIES = [("SEV-1", 0.08), ("SEV-2", 0.27), ("SEV-3", 0.45), ("SEV-4", 0.20)]
CAUSES = ["a configuration change that removed a default", "a certificate that expired on one pool",
          "a retry loop that multiplied traffic", "a full disk on a queue broker", "a schema migration that locked a table",
          "a dependency upgrade that changed a timeout", "a cache key collision after a rename",
          "a health check that passed while the service failed"]
ACTIONS = ["Add an alert on the error rate of {s} with a runbook link", "Write a load test for {s} that runs before each release",
           "Move the {s} timeout into the shared configuration and review it", "Document the rollback steps for {s} in the handbook",
           "Add a canary stage to the {s} deploy pipeline", "Cap retries from clients of {s} at three with backoff",
           "Check certificate expiry for {s} weekly and page at 14 days", "Split the {s} dashboard by region"]


def pick_severity(rng):
    roll, total = rng.random(), 0.0
    for name, share in SEVERITIES:
        total += share
        if roll < total:
            return name
    return SEVERITIES[-1][0]


def clock(minutes):
    return "%02d:%02d" % (minutes // 60, minutes % 60)


def document(index, day, rng, end, shared_ticket, reused_id):
    severity = pick_severity(rng)
    services = rng.sample(SERVICES, rng.choice([1, 1, 2, 3]))
    incident_id = reused_id or "INC-%d-%04d" % (day.year, index + 1)
    start = rng.randrange(0, 9 * 60)
    ttd = max(1, int(rng.lognormvariate(2.3, 0.9)))
    tta = max(1, int(rng.lognormvariate(1.2, 0.7)))
    ttm = ttd + tta + max(5, int(rng.lognormvariate(3.6, 0.8)))
    ttr = min(ttm + max(5, int(rng.lognormvariate(3.0, 0.9))), 14 * 60 - start)
    ttm = min(ttm, ttr)
    knows_detection = rng.random() > 0.06
    cause = rng.choice(CAUSES)
    lines = [
        "# Postmortem: %s degraded on %s" % (services[0], day.isoformat()), "",
        "## Summary", "",
        "**Incident ID:** %s  " % incident_id, "**Severity:** %s  " % severity, "**Status:** Resolved  ",
        "**Date of incident:** %s  " % day.isoformat(), "**Document owner:** %s  " % rng.choice(OWNERS),
        "**Affected services:** %s  " % ", ".join(services), "",
        "Requests to %s failed for %d minutes because of %s. The service recovered once the change was reverted." % (services[0], ttr, cause), "",
        "## Impact", "",
        "About %d %% of requests to %s returned errors while the incident lasted." % (rng.randrange(3, 90), services[0]), "",
        "## Timeline", "", "All times in UTC.", "",
        "- %s UTC — Error rate on %s starts to climb" % (clock(start), services[0]),
    ]
    if knows_detection:
        lines.append("- %s UTC — Alert fires for %s; on-call paged" % (clock(start + ttd), services[0]))
        lines.append("- %s UTC — On-call engineer acknowledged the page" % clock(start + ttd + tta))
    lines += [
        "- %s UTC — Change reverted; mitigation applied and error rate falling" % clock(start + ttm),
        "- %s UTC — Error rate back to baseline; incident resolved" % clock(start + ttr), "",
        "## Root Cause", "", "The failure came from %s, which no test or alert covered." % cause, "",
        "## Action Items", "",
        "| Action | Owner | Priority | Due date | Status | Ticket |", "|---|---|---|---|---|---|",
    ]
    for item in range(rng.randrange(2, 5)):
        due = day + datetime.timedelta(days=rng.randrange(10, 75))
        age = (end - due).days
        done = age > 0 and rng.random() < min(0.9, 0.35 + age / 400)
        ticket = shared_ticket if (item == 0 and shared_ticket) else "OPS-%d" % (1000 + index * 5 + item)
        status = "Done" if done else rng.choice(["Open", "In progress"])
        if shared_ticket and item == 0:
            status = "Open"
        action = rng.choice(ACTIONS).format(s=rng.choice(services))
        priority = "" if rng.random() < 0.1 else rng.choice(["P1", "P2", "P2", "P3"])
        lines.append("| %s | %s | %s | %s | %s | %s |" % (action, rng.choice(OWNERS), priority, due.isoformat(), status, ticket))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--end", default="2024-12-31", help="the last day incidents may fall on (two years back from it)")
    arguments = parser.parse_args()
    end = datetime.date.fromisoformat(arguments.end)
    first = end - datetime.timedelta(days=730)
    for index in range(arguments.documents):
        rng = random.Random(arguments.seed * 1_000_003 + index)
        day = first + datetime.timedelta(days=int(730 * index / max(1, arguments.documents)) + rng.randrange(0, 3))
        day = min(day, end)
        # One ticket left open by two postmortems, one incident ID given twice, per 100 documents.
        shared = "OPS-42" if index % 100 in (10, 12) else None
        reused = "INC-%d-%04d" % (day.year, index) if index % 100 == 51 else None
        folder = os.path.join(arguments.folder, str(day.year), "%02d" % day.month)
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "%s-%04d.md" % (day.isoformat(), index + 1))
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(document(index, day, rng, end, shared, reused))


if __name__ == "__main__":
    main()
