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
        // An @handle or an e-mail address names a person or a mailbox, not a system.
        guard mayBeJargon(raw.utf8), !raw.contains("@") else { return nil }
        // Most words that get this far are ordinary compounds (`on-call`, `and/or`): lower-case
        // letters joined by hyphens or slashes, which only the name and path tests can take.
        if raw.utf8.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }) {
            if raw.contains("/") { return isCommandPath(raw) ? .commandOrPath : nil }
            return isResourceName(raw) ? .instanceID : nil
        }
        // Every shape but an address or a call needs a letter: dates, times and numbers,
        // most of what gets this far, skip the tests below.
        if !raw.hasSuffix("()") && raw.utf8.allSatisfy({ $0 < 0x80 && ($0 | 0x20) &- UInt8(ascii: "a") >= 26 }) {
            return isIPAddress(raw) ? .address : nil
        }
        let text = raw.hasSuffix("()") ? String(raw.dropLast(2)) : raw
        if raw.hasSuffix("()") && text.count > 1 { return .codeIdentifier }
        if isErrorName(text) { return .errorName }
        if isLowLevelTerm(text) { return .lowLevelTerm }
        if isIPAddress(text) || isInternalHostname(text.lowercased()) { return .address }
        if text.contains("/") { return isCommandPath(text) ? .commandOrPath : nil }
        if isInstanceID(text) || isResourceName(text) { return .instanceID }
        if isCodeIdentifier(text) { return .codeIdentifier }
        return nil
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

    private static let errnoNames: Set<String> = [
        "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOSPC", "ENOMEM", "EACCES", "EPIPE", "EMFILE", "ENOENT", "EADDRINUSE",
        "EHOSTUNREACH", "ENETUNREACH", "NXDOMAIN", "SERVFAIL", "OOMKilled", "CrashLoopBackOff", "ImagePullBackOff",
    ]

    /// `10.0.3.17`, `10.0.3.17:5432`.
    private static func isIPAddress(_ text: String) -> Bool {
        let host = text.split(separator: ":", omittingEmptySubsequences: false).first ?? ""
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isNumber) && Int(part).map { $0 <= 255 } == true
        }
    }

    /// `db-3.internal`, `cache.prod.svc.cluster.local`, `ip-10-0-1-23`.
    private static func isInternalHostname(_ text: String) -> Bool {
        if text.hasPrefix("ip-") && text.split(separator: "-").count == 5 { return true }
        guard text.contains(".") else { return false }
        return [".internal", ".local", ".corp", ".lan", ".intra", ".svc", ".priv"].contains { text.hasSuffix($0) }
    }

    /// `web-7d9f8b6c4-x2k9p`, `shard-17`, `db-prod-03`, a container id `3f4e2a1b9c0d`.
    private static func isInstanceID(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.count >= 8, lower.allSatisfy(\.isHexDigit), lower.contains(where: \.isNumber), lower.contains(where: \.isLetter),
           lower == text {
            return true
        }
        let parts = lower.split(separator: "-")
        guard parts.count >= 2, lower == text else { return false }
        if parts.dropFirst().contains(where: isHashLike) { return true }
        guard let last = parts.last, last.allSatisfy(\.isNumber) else { return false }
        return infrastructureNouns.contains(String(parts[0])) || parts.dropLast().count >= 2 && parts.dropLast().allSatisfy { $0.allSatisfy(\.isLetter) }
            && parts.dropLast().contains { infrastructureNouns.contains(String($0)) || environmentNames.contains(String($0)) }
    }

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
        if isLowerCamel(text) || isLongUpperCamel(text) { return true }
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
    /// `GOAWAY`; an autonomous system number (`AS64512`); a hex literal (`0x80`). Widely
    /// known terms customers meet themselves (`DNS`, `HTTP`, `TLS`, `API`, `CDN`, `VPN`,
    /// `SSO`) are not on the list.
    private static func isLowLevelTerm(_ text: String) -> Bool {
        if lowLevelTerms.contains(text) { return true }
        if text.hasPrefix("AS"), text.count >= 5, text.dropFirst(2).allSatisfy(\.isNumber) { return true }
        let lower = text.lowercased()
        return lower.split(separator: "-").allSatisfy { part in
            part.count >= 3 && part.hasPrefix("0x") && part.dropFirst(2).allSatisfy(\.isHexDigit)
        }
    }

    private static let lowLevelTerms: Set<String> = [
        "TCP", "UDP", "RST", "SYN", "ACK", "FIN", "ARP", "BGP", "OSPF", "ECMP", "LACP", "VRRP", "VLAN", "VXLAN", "MTU", "GRE",
        "IPsec", "NAT", "SNAT", "DNAT", "CIDR", "ICMP", "DHCP", "NTP", "SNI", "OCSP", "mTLS", "HSTS", "SOA", "CNAME", "AAAA",
        "ALPN", "QUIC", "GOAWAY", "PoP", "PoPs", "GSLB", "ELB", "ALB", "NLB", "VPC", "ASG", "HPA", "PDB",
        "WAL", "MVCC", "LSN", "JVM", "NUMA", "IRQ", "iSCSI", "NFS", "IOPS",
        "FLUSHALL", "FLUSHDB", "LDAP", "ACL", "ACLs", "TTLs",
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
        return parts.contains { systemAbbreviations.contains(String($0)) || isVersionLike($0) }
            && !parts.contains { compoundSuffixes.contains(String($0)) }
    }

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
        "of", "the", "to", "a", "an", "in", "on", "at", "by", "for", "and", "or", "up", "out", "off", "as", "with", "from",
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
    ]

    /// Tools that are also product names, a command line only with a subcommand.
    static let toolsWithSubcommands = [
        "terraform": "apply|plan|destroy|import|taint|state", "helm": "install|upgrade|rollback|uninstall",
        "docker": "run|restart|exec|kill|rm|pull|push|compose", "git": "revert|reset|rebase|push|cherry-pick",
        "aws": "s3|ec2|iam|rds|ecs|eks|lambda|dynamodb|cloudformation|sts", "gcloud": "compute|container|sql|projects|auth",
        "az": "vm|aks|webapp|storage|network|login", "rm": "rf",
    ]

    /// The phrases of the jargon rule's list.
    static var phrases: [String] { tools + toolsWithSubcommands.keys.sorted().map { "\($0) \(toolsWithSubcommands[$0]!)" } }

    /// Whether a code span's content is a command line: quoting a setting's name is on
    /// purpose, quoting the command someone ran still hands customers the command.
    static func isCommand(codeSpan content: String) -> Bool {
        let words = content.split(separator: " ").map { $0.lowercased() }
        guard let first = words.first else { return false }
        if tools.contains(first) { return true }
        guard words.count >= 2, let subcommands = toolsWithSubcommands[first] else { return false }
        return subcommands.split(separator: "|").contains { $0 == words[1] }
    }
}
