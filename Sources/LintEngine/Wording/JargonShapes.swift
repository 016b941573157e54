/// Recognises internal and low-level terms by their shape, whatever their name: exception
/// and signal names, IP addresses, internal hostnames, pod and container ids, code
/// identifiers. Each shape comes with plain-language advice.
enum JargonShape: CaseIterable {
    case errorName
    case address
    case instanceID
    case codeIdentifier

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
        }
    }

    /// The shape of a word as written, if it is jargon by shape.
    static func of(_ raw: String) -> JargonShape? {
        guard mayBeJargon(raw.utf8) else { return nil }
        // Every shape but an address or a call needs a letter: dates, times and numbers,
        // most of what gets this far, skip the tests below.
        if !raw.hasSuffix("()") && raw.utf8.allSatisfy({ $0 < 0x80 && ($0 | 0x20) &- UInt8(ascii: "a") >= 26 }) {
            return isIPAddress(raw) ? .address : nil
        }
        let text = raw.hasSuffix("()") ? String(raw.dropLast(2)) : raw
        if raw.hasSuffix("()") && text.count > 1 { return .codeIdentifier }
        if isErrorName(text) { return .errorName }
        if isIPAddress(text) || isInternalHostname(text.lowercased()) { return .address }
        if isInstanceID(text) { return .instanceID }
        if isCodeIdentifier(text) { return .codeIdentifier }
        return nil
    }

    /// A quick look at the bytes that rules out ordinary words (`outage`, `Dashboards`,
    /// `on-call`, `2024`) before the shape tests, which most words of a document would
    /// otherwise pay for. Every shape needs one of: a capital after the first letter (error
    /// names, camel case), `.`, `_` or `(` (addresses, identifiers, calls), an `ip-` prefix,
    /// or a digit and a letter together (instance names). A word with a byte outside ASCII
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
            case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "("): return true
            case UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "%"), UInt8(ascii: "@"),
                 UInt8(ascii: "+"), UInt8(ascii: ")"):
                break
            default:
                return true
            }
        }
        return hasDigit && hasLetter || raw.first == UInt8(ascii: "i") && raw.starts(with: "ip-".utf8)
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
        if isLowerCamel(text) { return true }
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

    private static let codeExtensions = [".java", ".py", ".go", ".rb", ".js", ".ts", ".swift", ".kt", ".cs", ".cpp", ".c", ".rs", ".scala", ".php"]
}
