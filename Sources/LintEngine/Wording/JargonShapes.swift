import MarkdownSyntax

/// Recognises internal and low-level terms by their shape, whatever their name: exception
/// and signal names, IP addresses, internal hostnames, pod and container ids, code
/// identifiers. Each shape comes with plain-language advice.
enum JargonShape: CaseIterable {
    case errorName
    case address
    case instanceID
    case codeIdentifier
    case lowLevelTerm
    case commandOrPath

    /// The advice for a term of this shape; `{phrase}` stands for the term.
    var message: String {
        switch self {
        case .errorName:
            "“{phrase}” is an internal error name customers cannot act on: say what failed in plain words (“a software error in the service that routes requests”)."
        case .address:
            "“{phrase}” is an internal address: name the affected service or region in customer terms (“one of our database servers in the EU region”)."
        case .instanceID:
            "“{phrase}” is an internal identifier: say what it is in plain words (“one of the servers that handle web requests”)."
        case .codeIdentifier:
            "“{phrase}” is a code identifier: describe the setting or component in plain words (“how long cached data is kept”)."
        case .lowLevelTerm:
            "“{phrase}” is a low-level technical term: say what it meant for customers in plain words (“connections between our servers were cut”)."
        case .commandOrPath:
            "“{phrase}” is a command or file path: say what was done in plain words (“we restarted the web servers”)."
        }
    }

    /// The shape of a word as written, if it is jargon by shape.
    static func of(_ raw: String) -> JargonShape? {
        guard mayBeJargon(raw.utf8) else { return nil }
        // An @handle or an e-mail address names a person or a mailbox, not a system; a unit
        // started once per instance (`recon-worker@4.service`) is a file's name.
        if raw.contains("@") { return isFileName(raw) ? .commandOrPath : nil }
        if isDateTemplate(raw) { return nil }
        // Most words that get this far are ordinary compounds (`on-call`, `and/or`): lower-case
        // letters joined by hyphens or slashes, which only the name and path tests can take.
        if raw.utf8.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }) {
            if raw.contains("/") { return isCommandPath(raw) ? .commandOrPath : nil }
            return isResourceName(raw) ? .instanceID : nil
        }
        if isPaddedMachine(raw) { return .instanceID }
        // Every shape but an address or a call needs a letter: dates, times and numbers,
        // most of what gets this far, skip the tests below.
        if !raw.hasSuffix("()") && raw.utf8.allSatisfy({ $0 < 0x80 && ($0 | 0x20) &- UInt8(ascii: "a") >= 26 }) {
            return isIPAddress(raw) ? .address : nil
        }
        let text = raw.hasSuffix("()") ? String(raw.dropLast(2)) : raw
        if raw.hasSuffix("()") && text.count > 1 { return .codeIdentifier }
        if isErrorName(text) { return .errorName }
        if isLowLevelTerm(text) || isStatusCodeCount(text) { return .lowLevelTerm }
        if isIPAddress(text) || isNetworkPrefix(text) || isInternalHostname(text.lowercased()) || isMachineName(text) { return .address }
        if isHeaderName(text) { return .lowLevelTerm }
        if text.contains("/") { return isCommandPath(text) ? .commandOrPath : nil }
        if isFileName(text) { return .commandOrPath }
        if isInstanceID(text) || isResourceName(text) { return .instanceID }
        if isCodeIdentifier(text) { return .codeIdentifier }
        return nil
    }

    /// A date written as a format or partly known (`YYYY-MM-DD`, `2023-MM-DD`, `DD.MM.YYYY`):
    /// a date's parts, some of them the letters that stand for one.
    static func isDateTemplate(_ raw: String) -> Bool {
        let parts = raw.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        guard parts.count >= 2 else { return false }
        let letters = parts.filter { part in ["yyyy", "yy", "mm", "dd"].contains(part.lowercased()) }
        return !letters.isEmpty && parts.allSatisfy { part in letters.contains(part) || (1...4).contains(part.count) && part.allSatisfy { ("0"..."9").contains($0) } }
    }

    /// Where a word written as a code must stand to name a thing: after the noun that says
    /// what it is (`runbook RB-217`, `rack B12`), or on either side of it when it is joined
    /// like a name (`the release-2024.07 branch`, `the payments.events topic`).
    enum CodeNameReach { case afterNoun, eitherSide }

    /// A word no shape takes that is still written as a code: a letter first, letters and
    /// digits mixed, perhaps joined by hyphens, dots or slashes (`RB-217`, `ts-44`, `P7XK2Q`,
    /// `euw1`, `net-core/v4`), or words joined by dots (`checkout.retries`). Not a version (`v2`, `v4.1`), a numbered stage, tier or
    /// severity (`tier-2`, `SEV-1`), a public identifier (`CVE-2024-3094`, `RFC-9110`), a
    /// cloud region (`us-east-1`) or a business shorthand (`B2B`, `P2P`).
    static func codeName(_ raw: String) -> CodeNameReach? {
        let bytes = Array(raw.utf8)
        guard let first = bytes.first, ASCII.isLetter(first),
              bytes.allSatisfy({ ASCII.isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") })
        else { return nil }
        let lower = raw.lowercased()
        guard bytes.contains(where: ASCII.isDigit) else {
            // Words joined by dots as a queue or topic is named (`checkout.retries`), not a web
            // address (`example.com`) or a library (`node.js`).
            let segments = lower.split(separator: ".", omittingEmptySubsequences: false)
            return lower == raw && segments.count >= 2 && segments.allSatisfy({ $0.count >= 3 && $0.allSatisfy(\.isLetter) })
                && !isTopLevelDomain(segments.last!) ? .eitherSide : nil
        }
        if bytes.count == 3 && ASCII.isLetter(bytes[2]) { return nil }  // `B2B`, `E2E`
        let head = String(lower.prefix { $0.isLetter })
        let tail = lower.dropFirst(head.count)
        if notCodeHeads.contains(head) && tail.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "." }) { return nil }
        let parts = lower.split(separator: "-")
        if isRegion(parts) { return nil }
        let segments = lower.split(separator: ".")
        let joined = lower.contains("-") || segments.count >= 2 && !isTopLevelDomain(segments.last ?? "")
        return joined && lower == raw ? .eitherSide : .afterNoun
    }

    /// Heads of codes that number something public or ordinal rather than name an internal
    /// thing, when only a number follows them (`P1` and `Q3`, not `P7XK2Q`).
    private static let notCodeHeads: Set<String> = [
        "sev", "inc", "p", "q", "h", "cve", "rfc", "iso", "covid", "soc", "pci", "top", "web", "tls", "ssl", "http", "ipv",
        "win", "windows", "ios", "android", "macos", "sha", "md", "utf", "base", "x", "arm", "amd", "gen", "wave", "phase",
        "tier", "stage", "step", "level", "round", "day", "week", "part", "group", "class", "type", "plan", "version", "vol",
        "no", "nr", "page", "chapter", "section", "item", "mp", "f", "fy", "v",
    ]

    /// Nouns for the internal things a team gives names to, the word that says what a code
    /// next to it names (`runbook RB-217`, `shards ts-44`, `the web-blue pool`).
    static let artefactNouns: Set<String> = [
        "host", "hosts", "server", "servers", "node", "nodes", "cluster", "clusters", "shard", "shards", "pod", "pods", "pool",
        "pools", "queue", "queues", "bucket", "buckets", "topic", "topics", "runbook", "runbooks", "playbook", "rule", "rules",
        "policy", "policies", "alert", "alerts", "resolver", "resolvers", "switch", "switches", "router", "routers", "rack",
        "racks", "broker", "brokers", "replica", "replicas", "instance", "instances", "vm", "vms", "volume", "volumes", "module",
        "modules", "branch", "job", "jobs", "pipeline", "pipelines", "fleet", "fleets", "table", "partition", "partitions",
        "service", "stack", "function", "lambda", "commit", "deployment", "namespace", "keyspace", "index", "worker", "workers",
        "bundle", "flag", "channel", "vip", "subnet", "firewall", "pop", "step", "steps", "task", "tasks", "script", "scripts",
        "program", "topic", "bucket", "cron", "daemon", "vhost",
    ]

    /// `ingest-raw`, `settlement-batch`: two lower-case words joined by a hyphen as a team
    /// names a thing, read only before the noun that says what it is (`the ingest-raw topic`).
    /// Not an English compound: no prefix (`read-only`), small word (`sign-in`), adjective-making
    /// suffix (`host-based`), participle (`long-running`, `built-in`) or number (`third-party`).
    static func isTwoWordName(_ raw: String) -> Bool {
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count >= 3 && $0.allSatisfy { $0.isASCII && $0.isLowercase } }) else { return false }
        let first = String(parts[0]), second = String(parts[1])
        return !compoundPrefixes.contains(first) && !numberWords.contains(first) && !ordinals.contains(first)
            && !compoundJoiners.contains(second) && !compoundSuffixes.contains(second) && !compoundHeads.contains(second)
            && !parts.contains { $0.hasSuffix("ing") || $0.hasSuffix("ed") || $0.hasSuffix("ly") }
    }

    /// The things a team names with two plain words joined (`the ingest-raw topic`), where an
    /// ordinary compound before a noun (`disk-space alerts`) is much less likely.
    static let namedStores: Set<String> = [
        "topic", "topics", "queue", "queues", "bucket", "buckets", "job", "jobs", "cluster", "clusters", "table", "tables",
        "index", "fleet", "namespace", "keyspace", "deployment", "cronjob", "daemon", "vhost", "partition", "stream",
    ]

    private static let ordinals: Set<String> = ["third", "second", "fourth", "fifth", "tenth", "zero", "multi", "end", "full", "part", "all", "top", "back", "front", "hot", "cold", "dead"]
    /// Second halves of ordinary compounds: `real-time`, `rate-limit`, `follow-up`.
    private static let compoundHeads: Set<String> = ["time", "party", "way", "hand", "limit", "term", "scale", "house", "site", "line", "world", "user", "tier", "grade", "wide", "mode", "step", "call", "star", "space", "level", "size", "load", "state"]

    /// `#inc-bridge`, `#ops_alerts`: a chat channel, the word after its `#`.
    static func isChannelName(_ raw: String) -> Bool {
        guard let first = raw.utf8.first, ASCII.isLetter(first) else { return false }
        return raw.contains("-") || raw.contains("_")
    }

    /// A quick look at the bytes that rules out ordinary words (`outage`, `Dashboards`,
    /// `2024`) before the shape tests, which most words of a document would otherwise pay
    /// for. Every shape needs one of: a capital after the first letter (error names, camel
    /// case, protocol acronyms), `.`, `_` or `(` (addresses, identifiers, calls), `-` or `/`
    /// (resource names, paths), or a digit and a letter together (instance names). A word with a byte outside ASCII
    /// is let through: the shape tests decide. (A curly apostrophe is never seen here: the
    /// tokenizer straightens it.)
    static func mayBeJargon(_ raw: some Collection<UInt8>) -> Bool {
        var hasDigit = false, hasLetter = false
        for (index, byte) in raw.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): hasLetter = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if index > 0 { return true }
                hasLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
            case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: "/"): return true
            case UInt8(ascii: "'"), UInt8(ascii: ":"), UInt8(ascii: "%"), UInt8(ascii: "@"),
                 UInt8(ascii: "+"), UInt8(ascii: ")"):
                break
            default:
                return true
            }
        }
        return hasDigit && hasLetter
    }

    /// `NullPointerException`, `TimeoutError`, `SIGSEGV`, `ECONNREFUSED`, `OOMKilled`.
    private static func isErrorName(_ text: String) -> Bool {
        if errnoNames.contains(text) { return true }
        if text.hasPrefix("SIG"), text.count >= 6, text.allSatisfy({ $0.isUppercase }) { return true }
        for suffix in ["Exception", "Error"] where text.hasSuffix(suffix) && text.count > suffix.count {
            let head = text.dropLast(suffix.count)
            if head.first?.isUppercase == true && head.allSatisfy({ $0.isLetter || $0.isNumber }) { return true }
        }
        return false
    }

    /// Error and status names as programs report them: every POSIX `errno` name, DNS
    /// response codes, and the reasons Kubernetes gives for a container or node's state.
    private static let errnoNames: Set<String> = [
        "E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN", "EALREADY", "EBADF", "EBADMSG", "EBUSY",
        "ECANCELED", "ECHILD", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET", "EDEADLK", "EDESTADDRREQ", "EDOM", "EDQUOT",
        "EEXIST", "EFAULT", "EFBIG", "EHOSTDOWN", "EHOSTUNREACH", "EIDRM", "EILSEQ", "EINPROGRESS", "EINTR", "EINVAL", "EIO",
        "EISCONN", "EISDIR", "ELOOP", "EMFILE", "EMLINK", "EMSGSIZE", "ENAMETOOLONG", "ENETDOWN", "ENETRESET", "ENETUNREACH",
        "ENFILE", "ENOBUFS", "ENODATA", "ENODEV", "ENOENT", "ENOEXEC", "ENOLCK", "ENOLINK", "ENOMEM", "ENOMSG", "ENOPROTOOPT",
        "ENOSPC", "ENOSR", "ENOSTR", "ENOSYS", "ENOTBLK", "ENOTCONN", "ENOTDIR", "ENOTEMPTY", "ENOTRECOVERABLE", "ENOTSOCK",
        "ENOTSUP", "ENOTTY", "ENXIO", "EOPNOTSUPP", "EOVERFLOW", "EOWNERDEAD", "EPERM", "EPIPE", "EPROTO", "EPROTONOSUPPORT",
        "EPROTOTYPE", "ERANGE", "EREMOTEIO", "EROFS", "ESHUTDOWN", "ESPIPE", "ESRCH", "ESTALE", "ETIME", "ETIMEDOUT",
        "ETOOMANYREFS", "ETXTBSY", "EWOULDBLOCK", "EXDEV",
        "NXDOMAIN", "SERVFAIL", "FORMERR", "NOTIMP", "NOERROR",
        "OOMKilled", "CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull", "ContainerCreating", "NodeNotReady", "NotReady",
        "DiskPressure", "MemoryPressure", "PIDPressure", "FailedScheduling", "FailedMount", "CreateContainerConfigError",
    ]

    /// `10.0.3.17`, `10.0.3.17:5432`.
    private static func isIPAddress(_ text: String) -> Bool {
        let host = text.split(separator: ":", omittingEmptySubsequences: false).first ?? ""
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isNumber) && Int(part).map { $0 <= 255 } == true
        }
    }

    /// `203.0.113.0/24`: an address block.
    private static func isNetworkPrefix(_ text: String) -> Bool {
        guard let slash = text.firstIndex(of: "/") else { return false }
        let bits = text[text.index(after: slash)...]
        return !bits.isEmpty && bits.count <= 3 && bits.allSatisfy(\.isNumber) && isIPAddress(String(text[..<slash]))
    }

    /// `pay-gw-03.fra1`, `ns-legacy.int-dc1`, `*.apps.corp-prod`: a machine's name, its labels
    /// joined by dots and hyphens, in lower case, with a label that says what it is (a system's
    /// short form, a machine kind, an environment, an internal network) and no public
    /// top-level domain at the end.
    private static func isMachineName(_ text: String) -> Bool {
        guard text.contains("."), text.contains("-"), text.lowercased() == text,
              text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "*") }) else { return false }
        let labels = text.split(separator: ".")
        guard labels.count >= 2, let last = labels.last, !isTopLevelDomain(last), !fileTypes.contains(String(last)),
              !scriptExtensions.contains(String(last)) else { return false }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "-" }).map(String.init)
        return parts.count >= 3 && parts.contains { part in
            systemAbbreviations.contains(part) || infrastructureNouns.contains(part) || environmentNames.contains(part)
                || internalNetworkLabels.contains(part)
        }
    }

    /// `web-03`, `smtp-out-03`: a name numbered as machines are, with a leading zero, which
    /// no ordinal, stage or year has.
    private static func isPaddedMachine(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last, last.count >= 2, last.first == "0", last.allSatisfy(\.isNumber),
              let head = parts.first, head.count >= 2, head.allSatisfy({ $0.isASCII && $0.isLowercase }),
              !notCodeHeads.contains(String(head)) else { return false }
        return parts.dropLast().allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } && !$0.isEmpty }
    }

    /// `retention.bytes`, `req.url`, `max.poll.interval.ms`: a setting's key, lower-case words
    /// joined by dots, two at least of three letters or more, ending in no top-level domain
    /// (`example.com`), file type (`values.yaml` is a file) or product suffix (`node.js`).
    private static func isSettingKey(_ segments: [Substring]) -> Bool {
        guard segments.count >= 2, let last = segments.last,
              segments.allSatisfy({ $0.first.map { $0.isASCII && $0.isLowercase } == true && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } }),
              segments.filter({ $0.count >= 3 }).count >= 2 else { return false }
        if settingUnits.contains(String(last)) { return segments.count >= 3 }
        return last.count >= 3 && !isTopLevelDomain(last) && !fileTypes.contains(String(last)) && !scriptExtensions.contains(String(last))
            && !documentTypes.contains(String(last))
    }

    /// `retention.bytes`: a setting's key of two lower-case words, which only its place in a
    /// sentence tells from code (`title: post.title,`).
    static func isShortSettingKey(_ raw: String) -> Bool {
        let segments = raw.split(separator: ".")
        return segments.count == 2 && !raw.contains("_") && isSettingKey(segments)
    }

    /// Units a setting's key may end in: `max.poll.interval.ms`.
    private static let settingUnits: Set<String> = ["ms", "kb", "mb", "gb", "id", "s"]
    /// Types of documents customers open themselves: `report.pdf` is a file they know.
    private static let documentTypes: Set<String> = ["pdf", "csv", "txt", "doc", "docx", "xls", "xlsx", "png", "jpg", "jpeg", "gif", "zip", "html", "htm", "mp4", "mp3"]

    /// A header of an HTTP message as programs name it (`Retry-After`, `Cache-Control`,
    /// `X-Request-Id`): the standard headers a customer never reads, and any header named with
    /// the `X-` of extensions.
    private static func isHeaderName(_ text: String) -> Bool {
        if httpHeaders.contains(text) { return true }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 3 && parts[0] == "X" && parts.dropFirst().allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }
    }

    /// Standard HTTP header names (RFC 9110, 9111 and the Fetch standard) written with their
    /// hyphen; a one-word header (`Host`, `Date`) is an ordinary word.
    private static let httpHeaders: Set<String> = [
        "Retry-After", "Cache-Control", "Content-Type", "Content-Length", "Content-Encoding", "Transfer-Encoding", "Set-Cookie",
        "If-None-Match", "If-Modified-Since", "Last-Modified", "Accept-Encoding", "Accept-Language", "Keep-Alive", "Max-Forwards",
        "Proxy-Authorization", "WWW-Authenticate", "Strict-Transport-Security", "Content-Security-Policy",
        "Access-Control-Allow-Origin", "Access-Control-Allow-Headers", "Access-Control-Allow-Methods", "X-Forwarded-For",
        "X-Forwarded-Proto", "X-Frame-Options", "X-Request-Id", "X-Request-ID", "Content-Range", "Accept-Ranges",
    ]

    /// `db-3.internal`, `cache.prod.svc.cluster.local`, `ip-10-0-1-23`, and a name under a
    /// public domain whose labels place it on an internal network (`*.int.corp-edge.net`,
    /// `vault.mgmt.example.com`).
    private static func isInternalHostname(_ text: String) -> Bool {
        if text.hasPrefix("ip-") && text.split(separator: "-").count == 5 { return true }
        guard text.contains(".") else { return false }
        if [".internal", ".local", ".corp", ".lan", ".intra", ".svc", ".priv"].contains(where: { text.hasSuffix($0) }) { return true }
        let labels = text.split(separator: ".")
        return labels.count >= 3 && isTopLevelDomain(labels.last!) && labels.dropLast().contains { internalNetworkLabels.contains(String($0)) }
    }

    /// Labels of a host name that say the network is the company's own (not `corp`, also a
    /// public site's name: `corp.example.com`).
    private static let internalNetworkLabels: Set<String> = ["internal", "int", "intra", "intranet", "lan", "priv", "svc", "mgmt"]

    /// A file or a system unit named with its type: a script, a configuration file or a unit
    /// started by the init system (`values-prod.yaml`, `nginx.conf`, `recon-worker@4.service`),
    /// written in lower case. Types of two letters are also countries' domains and the
    /// suffixes of products (`.sh`, `.py`, `.js`: `Node.js`), so they count only for a name
    /// written as code (a hyphen, an underscore, a digit or an `@` in it: `run_backfill.py`).
    static func isFileName(_ text: String) -> Bool {
        guard let dot = text.lastIndex(of: "."), dot != text.startIndex else { return false }
        let stem = text[..<dot]
        let type = String(text[text.index(after: dot)...])
        guard stem.first?.isLetter == true, stem.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || "-_@.".contains($0)) })
        else { return false }
        if fileTypes.contains(type) { return !stem.contains("@") || unitTypes.contains(type) }
        return scriptExtensions.contains(type) && stem.contains(where: { $0.isNumber || "-_@".contains($0) })
    }

    /// Types of configuration files and of the units an init system starts: no domain ends so.
    private static let unitTypes: Set<String> = ["service", "socket", "timer", "mount", "target", "slice"]
    private static let fileTypes: Set<String> = unitTypes.union([
        "yaml", "yml", "json", "toml", "ini", "cfg", "conf", "properties", "tfvars", "env", "sql", "bash", "ps1", "log",
    ])

    /// `web-7d9f8b6c4-x2k9p`, `shard-17`, `db-prod-03`, a container id `3f4e2a1b9c0d`, a
    /// commit abbreviated as git abbreviates it (`8f3c2a1`).
    private static func isInstanceID(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.count >= 7, lower.allSatisfy(\.isHexDigit), lower.contains(where: \.isNumber), lower.contains(where: \.isLetter),
           lower == text {
            return true
        }
        if lower == text, isNumberedMachine(lower) { return true }
        let parts = lower.split(separator: "-")
        guard parts.count >= 2, lower == text else { return false }
        if parts.dropFirst().contains(where: isHashLike) { return true }
        guard let last = parts.last, last.allSatisfy(\.isNumber) else { return false }
        return infrastructureNouns.contains(String(parts[0])) || parts.dropLast().count >= 2 && parts.dropLast().allSatisfy { $0.allSatisfy(\.isLetter) }
            && parts.dropLast().contains { infrastructureNouns.contains(String($0)) || environmentNames.contains(String($0)) }
    }

    /// `node17`, `db7`, `lb02`, `zk01`, `ns2`: a kind of machine or system numbered, written as
    /// one word. (`k8s` and versions have letters after the digits or a letter alone before them.)
    private static func isNumberedMachine(_ lower: String) -> Bool {
        guard let firstDigit = lower.firstIndex(where: \.isNumber), firstDigit != lower.startIndex,
              lower[firstDigit...].allSatisfy(\.isNumber) else { return false }
        let kind = String(lower[..<firstDigit])
        return kind.count >= 2 && (infrastructureNouns.contains(kind) || systemAbbreviations.contains(kind)) && !notMachineKinds.contains(kind)
    }

    /// Kinds whose number is a version people say (`es6`, `node18`) or a product's name (`api2`).
    private static let notMachineKinds: Set<String> = ["es", "node", "api", "cfg", "conf"]

    /// Letters and digits mixed, at least five: the random part of a generated name.
    private static func isHashLike(_ part: Substring) -> Bool {
        part.count >= 5 && part.allSatisfy { $0.isLetter || $0.isNumber } && part.contains(where: \.isNumber) && part.contains(where: \.isLetter)
    }

    private static let infrastructureNouns: Set<String> = [
        "pod", "node", "shard", "host", "worker", "replica", "broker", "partition", "instance", "vm", "db", "cache", "redis",
        "kafka", "pg", "mysql", "postgres", "es", "nginx", "lb", "ingress", "container", "k8s", "etcd", "zk", "rabbit", "mongo",
    ]

    private static let environmentNames: Set<String> = ["prod", "production", "staging", "stg", "dev", "qa", "canary", "primary", "secondary"]

    /// `cache_ttl_seconds`, `maxConnections`, `com.example.cache.CacheLoader`, `Loader.java:42`.
    private static func isCodeIdentifier(_ text: String) -> Bool {
        if text.contains("_"), text.contains(where: \.isLetter), !text.hasPrefix("_") || text.count > 2 { return true }
        let segments = text.split(separator: ".")
        if segments.count >= 2, segments.contains(where: { isLowerCamel(String($0)) }) { return true }
        if isLowerCamel(text) || isLongUpperCamel(text) || isAcronymCompound(text) || isSettingKey(segments) { return true }
        // `q.notify.email.retry`, `orders.created.v4`: dotted words that end in no top-level domain.
        if segments.count >= 3, segments.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber } }),
           segments.filter({ $0.filter(\.isLetter).count >= 2 }).count >= 2, let last = segments.last, !isTopLevelDomain(last) {
            return true
        }
        if segments.count >= 3, segments.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber } && $0.first?.isLetter == true }),
           segments.dropFirst().contains(where: { $0.first?.isUppercase == true }), segments[0].first?.isLowercase == true {
            return true
        }
        if let colon = text.lastIndex(of: ":"), text[text.index(after: colon)...].allSatisfy(\.isNumber),
           codeExtensions.contains(where: { text[..<colon].hasSuffix($0) }) {
            return true
        }
        return false
    }

    /// `maxConnections`, `enableNewRouter`: not `iPhone` or `macOS`.
    private static func isLowerCamel(_ text: String) -> Bool {
        let scalars = Array(text)
        guard scalars.count >= 5, scalars[0].isLowercase, scalars[1].isLowercase,
              let hump = scalars.firstIndex(where: \.isUppercase), hump + 1 < scalars.count, scalars[hump + 1].isLowercase
        else { return false }
        return scalars.allSatisfy { $0.isLetter || $0.isNumber }
    }

    /// Network, storage and runtime terms below what a customer sees, as engineers write
    /// them (case matters: `NAT`, not `nat`): `TCP RST`, `BGP`, `MTU`, `OCSP`, `PoPs`,
    /// `GOAWAY`, counted or in a compound (`ACKs`, `0-RTT`); an autonomous system number
    /// (`AS64512`); a hex literal (`0x80`). Widely
    /// known terms customers meet themselves (`DNS`, `HTTP`, `TLS`, `API`, `CDN`, `VPN`,
    /// `SSO`) are not on the list.
    private static func isLowLevelTerm(_ text: String) -> Bool {
        if lowLevelTerms.contains(text) { return true }
        // Counted (`ACKs`, `SYNs`) or joined into a compound (`0-RTT`, `SYN-ACK`, `TCP-level`),
        // not a ticket's code that starts with the same letters (`FIN-2031`).
        if text.hasSuffix("s"), lowLevelTerms.contains(String(text.dropLast())) { return true }
        if text.contains("-") {
            let parts = text.split(separator: "-")
            let isTicket = parts.dropFirst().allSatisfy { $0.allSatisfy(\.isNumber) }
            if !isTicket, parts.contains(where: { lowLevelTerms.contains(String($0)) }) { return true }
        }
        if text.hasPrefix("AS"), text.count >= 5, text.dropFirst(2).allSatisfy(\.isNumber) { return true }
        let lower = text.lowercased()
        return lower.split(separator: "-").allSatisfy { part in
            part.count >= 3 && part.hasPrefix("0x") && part.dropFirst(2).allSatisfy(\.isHexDigit)
        }
    }

    /// An acronym customers do not use themselves, as engineers write one (`SMTP`, `MLLP`,
    /// `JSESSIONID`, `3DS`, `OSDs`): capitals and digits, two capitals at least, perhaps
    /// counted with an `s`. It is jargon when it names a part a protocol or a system is built
    /// of (`componentNouns`); the acronyms customers meet in their own lives and work
    /// (`API`, `SMS`, `VPN`, `PIN`, `GDPR`) are not.
    static func isUnfamiliarAcronym(_ raw: some Collection<UInt8>) -> Bool {
        guard (2...12).contains(raw.count) else { return false }
        var capitals = 0
        for (offset, byte) in raw.enumerated() {
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                capitals += 1
            } else if !ASCII.isDigit(byte) && !(byte == UInt8(ascii: "s") && offset == raw.count - 1) {
                return false
            }
        }
        let text = String(decoding: raw, as: UTF8.self)
        return capitals >= 2 && !familiarAcronyms.contains(text) && !emphasised.contains(text)
    }

    /// Whether the words after an unfamiliar acronym make it name a part of a protocol or a
    /// system: a `componentNouns` word next, or after one more noun (`UH response flag`).
    static func namesLowLevelPart(_ index: Int, in prose: Prose) -> Bool {
        guard isUnfamiliarAcronym(prose.rawBytes(at: index)) else { return false }
        for next in index + 1..<min(index + 3, prose.tokens.count) {
            let token = prose.tokens[next]
            guard token.kind == .word, token.isJoinedToPrevious, !token.isNameShaped else { return false }
            let word = prose.text(at: next)
            if componentNouns.contains(word) { return true }
            guard word.allSatisfy({ $0.isASCII && $0.isLowercase }), !compoundJoiners.contains(word), !linkingVerbs.contains(word),
                  !word.hasSuffix("ed"), !word.hasSuffix("ly") else { return false }
        }
        return false
    }

    /// Words written in capitals for emphasis (`we did NOT cache`), not acronyms.
    private static let emphasised: Set<String> = [
        "NOT", "NO", "NEVER", "ALWAYS", "ONLY", "ALL", "ANY", "MUST", "WILL", "DO", "DID", "DOES", "CAN", "SHOULD", "ALSO", "OK",
    ]

    private static let linkingVerbs: Set<String> = ["was", "were", "is", "are", "be", "been", "has", "had", "have", "will", "would", "can", "could"]

    /// Acronyms customers use in their own lives and work.
    private static let familiarAcronyms: Set<String> = [
        "API", "APIs", "DNS", "HTTP", "HTTPS", "TLS", "SSL", "SSO", "VPN", "CDN", "URL", "URLs", "SMS", "MMS", "PDF", "CSV",
        "HTML", "REST", "SDK", "SDKs", "UI", "ID", "IDs", "IP", "ISP", "IT", "HR", "EU", "US", "UK", "USA", "UTC", "AWS", "GCP",
        "CPU", "GPU", "RAM", "MFA", "2FA", "OTP", "PIN", "PINs", "ATM", "ATMs", "POS", "VAT", "VIP", "GDPR", "PCI", "ISO", "SLA",
        "AI", "QA", "CI", "FAQ", "NHS", "GP", "CRM", "ERP", "KYC", "ACH", "BACS", "SEPA", "IBAN", "NFC", "QR", "GPS", "USB", "PC",
        "TV", "ETA", "RSS", "ICS", "CAPTCHA", "EHR", "EMR", "PDFs", "ATM", "CCTV", "DVD", "HD", "4K", "5G", "4G", "LTE", "SIM", "WiFi",
        // Public RPC endpoints are what blockchain and API customers connect to themselves.
        "RPC", "RPCs",
    ]

    /// The parts of a protocol or a system below what customers see, and the states engineers
    /// speak of them in: a word after an unfamiliar acronym that makes it jargon
    /// (`SMTP relay`, `MLLP listener`, `EDNS buffer`, `ACS timeout`, `HSM failover`).
    static let componentNouns: Set<String> = [
        "relay", "relays", "listener", "listeners", "buffer", "buffers", "handshake", "handshakes",
        "negotiation", "tunnel", "tunnels", "lease", "leases", "frame", "frames", "packet", "packets", "header", "headers",
        "daemon", "daemons", "socket", "sockets", "assertion", "assertions", "staple", "stapling", "cookie", "cookies", "flag",
        "flags", "timeout", "timeouts", "failover", "cache", "mismatch", "mismatches", "exhaustion", "termination", "segment",
        "segments", "peering", "hashing", "flood",
        // What a protocol or a system is made of, as engineers name it after an acronym
        // (`SPF record`, `JWKS endpoint`, `SIP trunk`, `GDS adapter`, `MME pool`, `ENI limit`).
        "record", "records", "endpoint", "endpoints", "gateway", "gateways", "adapter", "adapters", "connector", "connectors",
        "trunk", "trunks", "bind", "binds", "feed", "feeds", "config", "backend", "backends", "pool", "pools", "race",
        "fault", "faults", "delegation", "challenge", "challenges", "limit", "limits", "message", "messages", "lookup",
        "lookups", "zone", "ring", "controller", "watermark", "vhost", "resolver", "proxy", "queue", "broker", "key", "keys",
    ]

    /// Nouns for the numbered units of a protocol or a store, jargon with their number
    /// (`port 2575`, `field 39`, `partition 7`, `opcode 3`).
    static let numberedUnits: Set<String> = ["port", "ports", "partition", "field", "opcode", "offset", "pid", "irq", "errno"]

    /// Words before `code` that make a number after it a program's status (`exit code 137`,
    /// `result code 5001`), not a code a customer is shown.
    static let statusCodeKinds: Set<String> = ["exit", "result", "reason", "return", "status", "response", "return"]

    /// An HTTP status that only programs see, written as its number (`429`, `503`): not `404`,
    /// which customers know from their own browsers, nor `500` and `400`, round numbers, nor
    /// the `52x` a CDN shows visitors on its own error page.
    static func isHTTPStatus(_ text: String) -> Bool {
        guard let code = Int(text) else { return false }
        return code != 404 && ((401...431).contains(code) || code == 451 || code == 499 || (501...511).contains(code))
    }

    /// HTTP status codes used as a count noun or a class, the way engineers speak of them:
    /// `429s`, `502s`, `5xx`, `4XXs`. A status in a quoted error message is not reached (quotes
    /// are not read); `500s` and `400s` are left alone, as often seconds or hundreds, and so
    /// is `404s`, which customers know from their own browsers.
    private static func isStatusCodeCount(_ text: String) -> Bool {
        let lower = Array(text.lowercased().utf8)
        guard lower.count == 3 || lower.count == 4, lower.count == 3 || lower[3] == UInt8(ascii: "s"),
              (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(lower[0]) else { return false }
        if lower[1] == UInt8(ascii: "x") && lower[2] == UInt8(ascii: "x") { return true }
        guard lower.count == 4, let code = Int(String(decoding: lower[0...2], as: UTF8.self)) else { return false }
        return code != 404 && ((401...431).contains(code) || code == 451 || code == 499 || (501...511).contains(code) || (520...530).contains(code))
    }

    private static let lowLevelTerms: Set<String> = [
        "TCP", "UDP", "RST", "SYN", "ACK", "FIN", "ARP", "BGP", "OSPF", "ECMP", "LACP", "VRRP", "VLAN", "VXLAN", "MTU", "GRE",
        "IPsec", "NAT", "SNAT", "DNAT", "CIDR", "ICMP", "DHCP", "NTP", "SNI", "OCSP", "mTLS", "HSTS", "SOA", "CNAME", "AAAA",
        "ALPN", "QUIC", "GOAWAY", "PoP", "PoPs", "GSLB", "ELB", "ALB", "NLB", "VPC", "ASG", "HPA", "PDB",
        "WAL", "MVCC", "LSN", "JVM", "NUMA", "IRQ", "iSCSI", "NFS", "IOPS",
        "FLUSHALL", "FLUSHDB", "LDAP", "ACL", "ACLs", "TTLs",
        "xDS", "ISR", "OSD", "OSDs", "SRV", "PTR", "RRSIG", "NSEC", "NACK", "RTT",
        // Mail and name-service records and checks, layers of the network stack, token and
        // request mechanics, storage and virtual-network parts.
        "MX", "TXT", "SPF", "DKIM", "DMARC", "DNSSEC", "EDNS", "CAA", "L4", "L7", "ETag", "ETags", "JWKS", "gRPC", "SELinux",
        "TOCTOU", "PATCH", "INVITE", "LUN", "NVMe", "HBA", "ENI", "NIC", "NICs", "SR-IOV", "ARP", "IPAM", "MSS", "PMTUD",
    ]

    /// A name made for a machine or a resource, joined by hyphens (`orders-ingest-v2`,
    /// `svc-payments-rw`, `pg-primary-a`, `api-gw`, `ReadOnly-Ops-2021`): three or more parts,
    /// two of them words, with none of the small words English compounds are built with
    /// (`top-of-rack`, `end-to-end`); or two parts, one a system's abbreviation or a version
    /// (`notify-dlq`, `us1-primary`, `r12-sfo`). Cloud regions (`us-east-1`) are names
    /// customers use themselves; incident numbers (`INC-2024-017`, `SEV-1`) have one word.
    private static func isResourceName(_ text: String) -> Bool {
        guard text.contains("-"), text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return false }
        let parts = text.lowercased().split(separator: "-")
        guard parts.count >= 2, parts.count == text.split(separator: "-", omittingEmptySubsequences: false).count,
              !isRegion(parts), !compoundPrefixes.contains(String(parts[0])), !numberWords.contains(String(parts[0]))
        else { return false }
        let words = parts.filter { $0.contains(where: \.isLetter) }
        if parts.count >= 3 {
            return words.count >= 2 && !parts.contains { compoundJoiners.contains(String($0)) }
        }
        if deploymentSlots.contains(String(parts[1])), !deploymentSlots.contains(String(parts[0])), !colourModifiers.contains(String(parts[0])) {
            return true
        }
        return parts.contains { systemAbbreviations.contains(String($0)) || isVersionLike($0) }
            && !parts.contains { compoundSuffixes.contains(String($0)) }
    }

    /// The two halves of a blue-green deployment, named after a fleet (`web-blue`, `api-green`).
    private static let deploymentSlots: Set<String> = ["blue", "green"]

    /// Words that make a shade of a colour (`sky-blue`, `dark-green`), not a fleet's half.
    private static let colourModifiers: Set<String> = [
        "sky", "navy", "royal", "dark", "light", "pale", "deep", "bright", "sea", "ice", "steel", "baby", "midnight", "powder",
        "cobalt", "electric", "lime", "olive", "forest", "mint", "emerald", "bottle", "jade", "teal", "blue", "green", "red",
    ]

    /// `v2`, `us1`, `r12`, `k8s`: letters, then digits (and perhaps letters again).
    private static func isVersionLike(_ part: Substring) -> Bool {
        guard let first = part.first, first.isLetter, part.contains(where: \.isNumber) else { return false }
        return part.count <= 6 && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// `us-east-1`, `eu-west-2`, `ap-southeast-1`: a cloud region.
    private static func isRegion(_ parts: [Substring]) -> Bool {
        parts.count == 3 && parts[0].count == 2 && parts[2].allSatisfy(\.isNumber)
            && ["east", "west", "north", "south", "central", "northeast", "northwest", "southeast", "southwest"].contains(String(parts[1]))
    }

    /// Words English builds hyphenated compounds with (`top-of-rack`, `end-to-end`, `up-to-date`).
    private static let compoundJoiners: Set<String> = [
        "of", "the", "to", "a", "an", "in", "on", "at", "by", "for", "and", "or", "up", "out", "off", "as", "with", "from", "than",
        "into", "per", "over", "via", "upon", "de", "la", "le", "not", "no", "is", "it", "you", "go", "be",
    ]

    /// Prefixes of English compounds (`non-production`, `self-hosted`, `re-run`).
    private static let compoundPrefixes: Set<String> = [
        "non", "pre", "post", "re", "co", "multi", "anti", "sub", "super", "self", "semi", "cross", "ex", "inter", "intra",
        "under", "well", "half", "mid", "high", "low", "long", "short", "read", "write", "single", "double", "first", "last",
    ]

    /// Second halves of English compounds that make an adjective of a noun (`node-level`, `host-based`).
    private static let compoundSuffixes: Set<String> = [
        "level", "based", "wide", "side", "specific", "related", "aware", "friendly", "only", "like", "style", "free", "bound",
        "heavy", "facing", "driven", "enabled", "backed", "hosted", "managed", "native", "compatible", "ready", "safe",
    ]

    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "thirty", "forty",
        "fifty", "hundred",
    ]

    /// Short forms engineers give systems in resource names.
    private static let systemAbbreviations: Set<String> = [
        "svc", "srv", "gw", "dlq", "asg", "fn", "gke", "eks", "aks", "cg", "tg", "zk", "lb", "alb", "elb", "nlb", "rw", "ro",
        "prod", "stg", "k8s", "pg", "db", "mq", "sg", "vpc", "tbl", "ns", "sess", "authz", "authn", "fifo", "lifo", "cron",
        "redis", "kafka", "etcd", "mysql", "postgres", "mongo", "nginx", "haproxy", "rabbitmq", "es", "vm", "cfg", "conf",
        "tmp", "ctl", "mgr", "api", "rpc", "grpc", "sidecar", "lambda",
        "sched", "notif", "mgmt", "repl", "ctrl", "msg", "evt", "txn", "acct", "util", "impl",
    ]

    /// A command-line path or a resource path: a file in a system folder (`/var/spool`), a
    /// script (`scripts/reindex.sh`), a Kubernetes resource (`deployment/api`), a network
    /// interface (`xe-0/0/1`). Not `and/or`, `24/7` or a web address.
    private static func isCommandPath(_ text: String) -> Bool {
        let segments = text.split(separator: "/")
        guard segments.count >= 2, !text.contains("://") else { return false }
        let first = segments[0].lowercased()
        if first.contains(".") && !first.hasPrefix(".") { return false }  // `example.com/status`: a web address
        if systemFolders.contains(first) { return true }
        if resourceKinds.contains(first), segments[1].first?.isLetter == true { return true }
        if let last = segments.last, let dot = last.lastIndex(of: "."), scriptExtensions.contains(String(last[last.index(after: dot)...]).lowercased()) {
            return true
        }
        return segments.count >= 3 && segments.dropFirst().allSatisfy { $0.allSatisfy(\.isNumber) } && segments[0].contains(where: \.isLetter)
    }

    private static let systemFolders: Set<String> = ["var", "etc", "usr", "tmp", "opt", "proc", "sys", "srv", "mnt", "lib", "bin", "sbin"]

    private static let resourceKinds: Set<String> = [
        "deployment", "deployments", "deploy", "pod", "pods", "svc", "statefulset", "daemonset", "ns", "namespace", "configmap",
        "secret", "job", "cronjob", "replicaset", "ingress", "node", "nodes", "sts", "ds", "rs", "cm", "pvc", "pv",
    ]

    private static let scriptExtensions: Set<String> = [
        "sh", "bash", "py", "rb", "pl", "js", "ts", "go", "java", "yaml", "yml", "json", "toml", "ini", "cfg", "conf", "sql",
        "tf", "tfvars", "xml", "properties", "env", "service", "log", "ps1",
    ]

    /// `PodDisruptionBudget`, `DenyAllOutsideEU`, `MaxGCPauseMillis`: three or more capitalised
    /// words run together, the way code names things. Product names have two at most
    /// (`PagerDuty`, `GitHub`, `ZooKeeper`).
    private static func isLongUpperCamel(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 8, scalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else { return false }
        var humps = 0
        for index in scalars.indices.dropLast() where scalars[index].properties.isUppercase && scalars[index + 1].properties.isLowercase {
            humps += 1
        }
        return humps >= 3
    }

    /// `OOMKiller`, `GCPause`, `TCPListener`: a technical acronym run together with a
    /// capitalised word, the way code names a component. The acronym must be one of the
    /// low-level or programming terms: an event or a brand (`ETHDenver`) has other heads.
    private static func isAcronymCompound(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 5, scalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return false }
        var capitals = 0
        while capitals < scalars.count && scalars[capitals].properties.isUppercase { capitals += 1 }
        // The last capital of the run starts the word: `OOMKiller` is `OOM` + `Killer`.
        guard capitals >= 3, scalars.count - capitals >= 3 else { return false }
        let head = String(String.UnicodeScalarView(scalars[..<(capitals - 1)]))
        return lowLevelTerms.contains(head) || codeAcronyms.contains(head)
    }

    /// Acronyms of programming and operations that head the names code gives components.
    private static let codeAcronyms: Set<String> = [
        "OOM", "GC", "IO", "HTTP", "HTTPS", "DNS", "TLS", "SSL", "SQL", "JSON", "XML", "URL", "DB", "CPU", "RPC", "GRPC", "TTL",
        "LRU", "IP", "JWT", "RBAC", "IAM", "SQS", "SNS", "KMS", "EBS", "RDS",
    ]

    /// `com`, `io`, `uk`: the last part of a web address.
    private static func isTopLevelDomain(_ segment: Substring) -> Bool {
        let lower = segment.lowercased()
        return lower.count == 2 && lower.allSatisfy(\.isLetter) || genericDomains.contains(lower)
    }

    private static let genericDomains: Set<String> = [
        "com", "org", "net", "io", "dev", "app", "cloud", "ai", "gov", "edu", "info", "biz", "tech", "xyz", "site", "online",
        "page", "mil", "int", "codes", "sh", "me", "tv",
    ]

    private static let codeExtensions = [".java", ".py", ".go", ".rb", ".js", ".ts", ".swift", ".kt", ".cs", ".cpp", ".c", ".rs", ".scala", ".php"]
}

/// Command lines: a tool run by an operator (`kubectl …`, `systemctl restart nginx`), or a
/// general tool with one of its subcommands (`terraform apply`, `aws s3 sync`), or a
/// database command (`VACUUM FULL`).
enum ShellCommand {
    /// Tools whose name alone is a command line in prose.
    static let tools = [
        "kubectl", "systemctl", "journalctl", "etcdctl", "kubeadm", "redis-cli", "psql", "mysqldump", "nodetool", "iptables",
        "tcpdump", "nslookup", "traceroute", "netstat", "crontab", "chmod", "chown", "rsync", "sudo", "ansible-playbook",
        "flushall", "flushdb", "vacuum full", "select for update", "drop table", "alter table", "truncate table",
        "pg_ctl", "pg_dump", "pg_restore", "pg_basebackup", "openssl", "certbot",
    ]

    /// Statements of SQL, written as databases print them: `DELETE FROM sessions WHERE …`.
    private static let sqlVerbs: Set<String> = ["SELECT", "DELETE", "UPDATE", "INSERT", "ALTER", "DROP", "TRUNCATE", "VACUUM", "CREATE", "GRANT", "REVOKE", "REINDEX"]

    /// Tools that are also product names, a command line only with a subcommand.
    static let toolsWithSubcommands = [
        "terraform": "apply|plan|destroy|import|taint|state", "helm": "install|upgrade|rollback|uninstall",
        "docker": "run|restart|exec|kill|rm|pull|push|compose", "git": "revert|reset|rebase|push|cherry-pick",
        "aws": "s3|ec2|iam|rds|ecs|eks|lambda|dynamodb|cloudformation|sts", "gcloud": "compute|container|sql|projects|auth",
        "az": "vm|aks|webapp|storage|network|login", "rm": "rf",
    ]

    /// The phrases of the jargon rule's list.
    static var phrases: [String] { tools + toolsWithSubcommands.keys.sorted().map { "\($0) \(toolsWithSubcommands[$0]!)" } }

    /// Whether a code span holds what an operator types: a command line, a flag (`-F`,
    /// `--force`), a setting given a value (`feature.ledger.async_commit=false`) or a file
    /// path (`0 2 * * * /opt/recon/run.sh`). Quoting a setting's name is on purpose; quoting
    /// what someone typed still hands customers the command.
    static func isCommand(codeSpan content: String) -> Bool {
        let written = content.split(separator: " ")
        let words = written.map { $0.lowercased() }
        guard let first = words.first else { return false }
        if tools.contains(first) { return true }
        if written.count >= 3, sqlVerbs.contains(String(written[0])) { return true }
        if words.count >= 2, let subcommands = toolsWithSubcommands[first], subcommands.split(separator: "|").contains(where: { $0 == words[1] }) {
            return true
        }
        return written.contains { word in
            let flag = word.drop { $0 == "-" }
            if word.count - flag.count <= 2, word.first == "-", flag.first?.isLetter == true { return true }
            let sides = word.split(separator: "=", omittingEmptySubsequences: false)
            if sides.count == 2, !sides[1].isEmpty, let name = sides.first, name.first?.isLetter == true,
               name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) {
                return true
            }
            return word.contains("/") && JargonShape.of(String(word)) == .commandOrPath
        }
    }
}
