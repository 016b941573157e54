import MarkdownSyntax
import PostmortemModel

/// PM106: internal and low-level terms in a customer-facing report.
struct JargonRule: Rule {
    static let list = PhraseList([
        PhraseGroup("“{phrase}” is engineering jargon: say what it meant for customers in plain words (“the service ran out of memory and restarted”).",
                    ["null pointer", "segfault", "segmentation fault", "stack trace", "stacktrace", "core dump", "kernel panic", "OOM",
                     "OOM killer", "out-of-memory killer", "heap dump", "heap exhaustion", "GC pause", "garbage collection pause",
                     "thread|connection pool exhaustion", "mutex", "deadlock", "p50|p95|p99|p999 (latency)", "pod", "kubelet", "sidecar",
                     "inode", "file descriptor", "errno", "split-brain", "split brain", "thundering herd", "hot shard|partition",
                     "cgroup", "kube-proxy", "conntrack", "etcd", "consumer lag", "replication slot",
                     // Kubernetes object kinds, as the API names them.
                     "configmap", "statefulset", "daemonset", "replicaset", "cronjob", "persistentvolumeclaim", "serviceaccount",
                     "clusterrole", "rolebinding", "clusterrolebinding", "networkpolicy", "horizontalpodautoscaler",
                     "poddisruptionbudget", "customresourcedefinition", "clusterissuer"]),
        // Low-level network, storage and runtime terms, written in lower case.
        PhraseGroup("“{phrase}” is a low-level technical term: say what it meant for customers in plain words (“connections between our servers were cut”).",
                    ["handshake", "keepalive", "anycast", "ephemeral port", "leader election", "quorum", "window scaling",
                     "packet fragmentation", "route leak", "route announcement", "rebalance storm", "retry storm", "circuit breaker",
                     "socket", "ulimit", "full table scan", "row lock", "table lock", "lock contention", "replication lag", "namespace",
                     "keyspace", "dead-letter queue", "top-of-rack", "spine switch", "race condition", "half-open", "protobuf",
                     "consumer group", "black-holed", "null route", "tombstone", "autovacuum", "thread dump", "syscall",
                     // Kernel and runtime mechanisms below what a customer sees.
                     "epoll", "kqueue", "io_uring", "futex", "softirq", "iowait", "fsync", "mmap", "page fault",
                     "leader-election", "session ticket", "router advertisement", "head-of-line blocking",
                     "backpressure", "write amplification",
                     // Storage, runtime and network machinery below what customers see
                     // (seeded from WordNet's computer-science and networking nouns, reviewed).
                     "daemon", "vhost", "high|low watermark", "spool", "keep-alive", "route flap", "flap dampening", "permerror",
                     "temperror", "connection|thread|worker pool", "replica lag", "shard", "write-ahead log", "compaction",
                     "memtable", "sstable", "bloom filter", "hash ring", "consistent hashing", "fencing token", "file handle",
                     "context switch", "ingress controller", "service mesh", "replica set", "cache stampede", "hot key",
                     "buffer overflow", "integer overflow", "spinlock", "semaphore", "thread starvation", "hypervisor",
                     "zone transfer", "glue record", "sequence number gap", "offset commit", "partition leader", "heap usage|size"]),
        PhraseGroup(JargonShape.commandOrPath.message, ShellCommand.phrases),
    ], configuredMessage: "“{phrase}” is on the team's list of internal terms: say what it meant for customers in plain words.")

    static let description = RuleDescription(
        id: "PM106", name: "jargon",
        summary: "A customer-facing report uses internal or low-level terms.",
        rationale: """
            Customers cannot act on "NullPointerException in pod web-7d9f8b6c4-x2k9p (10.0.3.17)"; it reads \
            as a wall of noise and hides what actually happened to them. Explain the cause in plain words: \
            "a routine software update introduced a configuration error that stopped our servers from \
            routing requests". The rule finds exception, signal and `errno` names, IP addresses, internal \
            hostnames, pod, shard and container ids, machines numbered in one word (`db7`), resource names \
            joined by hyphens (`orders-ingest-v2`), codes next to the noun that says what they name \
            (`runbook RB-217`, `the hotfix-3.12 branch`), chat channels (`#deploy-train`), code identifiers \
            written as prose, Kubernetes object kinds, HTTP statuses used as a count (`502s`, `5xx`), \
            low-level protocol and kernel terms (`TCP RST`, `BGP`, `MTU`, `epoll`, counted or compounded: \
            `ACKs`, `0-RTT`), an acronym customers do not use naming a part of a protocol or a system \
            (`SMTP relay`, `HSM failover`), numbered ports, fields and partitions (`port 2575`), commits \
            (`8f3c2a1`), files and system units named with their type (`values-eu.yaml`, \
            `sync@2.service`), command lines and file paths, and a configurable list of terms. Code \
            spans are left alone, since they are quoted on purpose, unless they hold what an operator \
            types (a command, a flag, a setting given a value, a path): that is still jargon.
            """,
        defaultSeverity: .warning, audiences: [.external], options: PhraseList.options,
        triggering: [
            RuleExample("## How We Responded\n\nWe ran ↓aws s3 sync to copy the packages back.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nA ↓NullPointerException in the routing layer stopped requests.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nThe worker processes were killed with ↓SIGSEGV after the upgrade.\n", profile: "external"),
            RuleExample("## How We Responded\n\nWe restarted ↓web-7d9f8b6c4-x2k9p and drained ↓10.0.3.17.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nThe ↓cache_ttl_seconds setting was zero, so every ↓pod refetched data.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nThe primary database at ↓db-prod-03.internal ran out of disk.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nMessages piled up in the ↓billing-sync-v3 queue.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nA ↓BGP change sent ↓TCP ↓RST packets to your clients.\n", profile: "external"),
            RuleExample("## How We Responded\n\nWe ran ↓`helm rollback web 41` to restore service.\n", profile: "external"),
            RuleExample("## How We Responded\n\nWe followed runbook ↓RB-217 and moved traffic off ↓lb02.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nOur ↓SMTP relay stopped accepting mail on ↓port 2525.\n", profile: "external"),
        ],
        nonTriggering: [
            RuleExample("## Why It Happened\n\nA routine software update introduced a configuration error that stopped our servers from routing requests.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nOur proxy trusted a header it should not have.\n\n<details><summary>For the technically curious</summary>\n\nThe `real_ip_header` was set, so every request on ports 80 and 443 looked local.\n\n</details>\n",
                        profile: "external", isWrappable: false),
            RuleExample("## Why It Happened\n\nPackages are served from AWS S3 behind our CDN; the first bad upload was on 2023-MM-DD, a day we could not pin down.\n", profile: "external"),
            RuleExample("## Summary\n\nCustomers in us-east-1 saw errors from the API v2 between 9:14am and 11:47am ET.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nThe setting `cache_ttl_seconds` was set to zero by the update.\n", profile: "external"),
            RuleExample("## Contact\n\nWrite to support@example.com or see status.example.com for updates.\n", profile: "external"),
            RuleExample("## Why It Happened\n\nA NullPointerException stopped the router.\n", profile: "internal", isWrappable: false),
            RuleExample("## Why It Happened\n\nThe end-to-end check of our sign-in page missed a top-level error.\n", profile: "external"),
            RuleExample("## Summary\n\nA P1 alert paged us at once; the fix ships in v4.2 of the app.\n", profile: "external"),
        ])

    /// A word no shape takes that its neighbours show to be a name the team gave a thing: a
    /// code next to the noun that says what it names (`runbook RB-217`, `the release-2024.07
    /// branch`), or a chat channel after its `#` (`#inc-bridge`).
    private static func nameInContext(_ index: Int, _ raw: String, prose: Prose, source: [UInt8]) -> JargonShape? {
        let token = prose.tokens[index]
        let start = token.range.lowerBound
        // A `#` that starts a word: in an address (`…/pull/11200#issuecomment-4619`) it is a fragment.
        if start > 0, source[start - 1] == UInt8(ascii: "#"), start == 1 || " \t\n([".utf8.contains(source[start - 2]),
           JargonShape.isChannelName(raw) {
            return .instanceID
        }
        if Self.isFlag(start, source: source) { return .commandOrPath }
        // A path of an API or a file, its `/` left out of the word (`/v2/ingest/batch`).
        if start > 0, source[start - 1] == UInt8(ascii: "/"), raw.contains("/"), start == 1 || " \t\n(".utf8.contains(source[start - 2]) {
            return .commandOrPath
        }
        // `the ingest-raw topic`: two words joined as a team names a thing, before its noun.
        if index + 1 < prose.tokens.count, prose.tokens[index + 1].isJoinedToPrevious, JargonShape.isTwoWordName(raw),
           JargonShape.namedStores.contains(prose.text(at: index + 1)) {
            return .instanceID
        }
        guard let reach = JargonShape.codeName(raw) else { return nil }
        if token.isJoinedToPrevious, index > 0, JargonShape.artefactNouns.contains(prose.text(at: index - 1)) { return .instanceID }
        if reach == .eitherSide, index + 1 < prose.tokens.count, prose.tokens[index + 1].isJoinedToPrevious,
           JargonShape.artefactNouns.contains(prose.text(at: index + 1)) {
            return .instanceID
        }
        return nil
    }

    /// A number that a low-level term around it makes jargon: after the noun of a protocol's
    /// or a store's unit (`port 2575`), after a program's status code (`exit code 137`), an
    /// HTTP status beside the word that says so (`HTTP 429`, `429 responses`), or a long
    /// number naming an internal thing (`WAF rule 942100`; a year is not one).
    private static func numberedTerm(_ index: Int, digits: Int, in prose: Prose) -> PhraseMatch? {
        let joinedBefore = index > 0 && prose.tokens[index].isJoinedToPrevious
        let previous = joinedBefore ? prose.text(at: index - 1) : ""
        if JargonShape.numberedUnits.contains(previous) { return PhraseMatch(payload: 0, tokens: index - 1..<index + 1) }
        if previous == "code", index > 1, prose.tokens[index - 1].isJoinedToPrevious, JargonShape.statusCodeKinds.contains(prose.text(at: index - 2)) {
            return PhraseMatch(payload: 0, tokens: index - 2..<index + 1)
        }
        if digits == 3, JargonShape.isHTTPStatus(prose.raw(at: index)) {
            if previous == "http" { return PhraseMatch(payload: 0, tokens: index - 1..<index + 1) }
            if index + 1 < prose.tokens.count, prose.tokens[index + 1].isJoinedToPrevious, statusNouns.contains(prose.text(at: index + 1)) {
                return PhraseMatch(payload: 0, tokens: index..<index + 2)
            }
        }
        if digits >= 4, JargonShape.artefactNouns.contains(previous), let number = Int(prose.raw(at: index)), !(1900...2099).contains(number) {
            return PhraseMatch(payload: 0, tokens: index - 1..<index + 1)
        }
        return nil
    }

    /// Nouns for a person that a handle follows: `researcher jdoe_sec`.
    private static let handleNouns: Set<String> = ["reporter", "researcher", "user", "username", "handle", "hunter", "contributor", "member", "customer"]

    /// What an HTTP status is counted as: `429 responses`.
    private static let statusNouns: Set<String> = ["responses", "response"]

    /// Whether the word at `start` follows two dashes that follow a space: a command's flag.
    private static func isFlag(_ start: Int, source: [UInt8]) -> Bool {
        start >= 3 && source[start - 1] == UInt8(ascii: "-") && source[start - 2] == UInt8(ascii: "-") && source[start - 3] == UInt8(ascii: " ")
    }

    func check(_ context: RuleContext) -> [Finding] {
        let prose = context.prose
        var candidates: [PhraseHit] = []
        for (index, token) in prose.tokens.enumerated() where token.kind != .markup && token.kind != .autolink {
            if token.kind == .code {
                let content = prose.raw(at: index)
                if ShellCommand.isCommand(codeSpan: content) {
                    candidates.append(PhraseHit(match: PhraseMatch(payload: 0, tokens: index..<index + 1),
                                                message: PhraseGroup.message(JargonShape.commandOrPath.message, phrase: content)))
                }
                continue
            }
            let bytes = prose.rawBytes(at: index)
            guard JargonShape.mayBeJargon(bytes) else {
                if let first = bytes.first, ASCII.isDigit(first), bytes.allSatisfy(ASCII.isDigit),
                   let match = Self.numberedTerm(index, digits: bytes.count, in: prose) {
                    let message = PhraseGroup.message(JargonShape.lowLevelTerm.message, phrase: prose.text(of: match))
                    candidates.append(PhraseHit(match: match, message: message))
                } else if Self.isFlag(token.range.lowerBound, source: context.source.bytes) {
                    // `--apply` after a command: the word of a flag, its dashes left out.
                    candidates.append(PhraseHit(match: PhraseMatch(payload: 0, tokens: index..<index + 1),
                                                message: PhraseGroup.message(JargonShape.commandOrPath.message, phrase: "--" + prose.raw(at: index))))
                }
                continue
            }
            let raw = prose.raw(at: index)
            guard let shape = JargonShape.of(raw) ?? Self.nameInContext(index, raw, prose: prose, source: context.source.bytes)
                    ?? (JargonShape.namesLowLevelPart(index, in: prose) ? .lowLevelTerm : nil) else { continue }
            // `post.title,` in a page's source: a setting's key of two words is read in a sentence,
            // joined to a word beside it (`the retention.bytes limit`).
            if shape == .codeIdentifier, JargonShape.isShortSettingKey(raw), !token.isJoinedToPrevious,
               index + 1 >= prose.tokens.count || !prose.tokens[index + 1].isJoinedToPrevious { continue }
            // `reporter nullpointer_k`: a person's handle, named by the noun before it.
            if shape == .codeIdentifier, index > 0, token.isJoinedToPrevious, Self.handleNouns.contains(prose.text(at: index - 1)) { continue }
            candidates.append(PhraseHit(match: PhraseMatch(payload: 0, tokens: index..<index + 1),
                                        message: PhraseGroup.message(shape.message, phrase: raw)))
        }
        let collapsed = Self.collapsedRanges(in: context.markdown)
        return Self.list.book(context.options).hits(in: prose, candidates: candidates).filter { hit in
            let start = prose.tokens[hit.match.tokens.lowerBound].range.lowerBound
            return !Self.namesProduct(hit, in: prose) && !collapsed.contains { $0.contains(start) }
        }.map {
            Finding(range: prose.range(of: $0.match), message: $0.message)
        }
    }

    /// What a report folds away behind `<details>` … `</details>`: technical detail for the
    /// readers who open it, where its terms are the point.
    private static func collapsedRanges(in markdown: MarkdownDocument) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var opened: Int?
        let bytes = markdown.source.bytes
        for block in markdown.root.children {
            guard case .htmlBlock = block.kind else { continue }
            let text = bytes[block.range]
            if opened == nil, text.starts(with: "<details".utf8) {
                opened = block.range.lowerBound
            }
            if let start = opened, String(decoding: text, as: UTF8.self).contains("</details>") {
                ranges.append(start..<block.range.upperBound)
                opened = nil
            }
        }
        return ranges
    }

    /// The index in `list` of the command lines' group.
    private static let commandGroup = 2

    /// A tool that is also a product written as a product is (`AWS S3`, `Docker Compose`):
    /// a command line is typed in lower case (`aws s3 sync`).
    private static func namesProduct(_ hit: PhraseHit, in prose: Prose) -> Bool {
        guard hit.match.payload == commandGroup else { return false }
        let first = prose.raw(at: hit.match.tokens.lowerBound)
        return ShellCommand.toolsWithSubcommands[first.lowercased()] != nil && first.contains(where: \.isUppercase)
    }
}
