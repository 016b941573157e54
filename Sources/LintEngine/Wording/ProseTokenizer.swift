import PostmortemModel

/// A stretch of one block's inline content, as the tokenizer reads it.
enum ProsePiece: Equatable {
    /// Literal text. Consecutive pieces with no white space between them continue the same
    /// word, so `im**prove**` is one word.
    case text(Range<Int>)
    /// An inline element that stands in the sentence as one token but is never matched as
    /// words: a code span or an autolink (`content` excludes its delimiters).
    case opaque(WordToken.Kind, range: Range<Int>, content: Range<Int>)
}

/// Splits the prose of one block into words, sentences and quotations.
///
/// Words keep internal apostrophes, hyphens, dots, slashes, `@` and `_` (`didn't`, `on-call`,
/// `10.0.0.1`, `@alice`, `cache_ttl`), so whole-word matching never sees half of a compound.
/// Text in quotation marks is dropped: quoting someone is not saying it. An opening quote
/// that is never closed in the block is taken for an inch mark or a typo, not a quotation.
struct ProseTokenizer {
    private let bytes: [UInt8]
    private let run: Int
    private let section: SectionKind?
    private(set) var sentence: Int

    private var tokens: [WordToken] = []
    private var quoted: [Bool] = []
    private var word = ""
    private var wordStart = 0
    private var wordEnd = 0
    private var joined = false
    private var lastPieceEnd: Int?
    private var quoteOpenedAt: Int?

    init(bytes: [UInt8], run: Int, section: SectionKind?, firstSentence: Int) {
        self.bytes = bytes
        self.run = run
        self.section = section
        self.sentence = firstSentence
    }

    /// The words of one block, quotations removed. `sentence` afterwards is the index of the
    /// next block's first sentence.
    mutating func tokenize(_ pieces: [ProsePiece]) -> [WordToken] {
        for piece in pieces {
            switch piece {
            case .text(let range):
                if let end = lastPieceEnd, end < range.lowerBound, bytes[end..<range.lowerBound].contains(where: Self.isSpaceByte) {
                    endWord()
                }
                read(range)
                lastPieceEnd = range.upperBound
            case .opaque(let kind, let range, let content):
                endWord()
                let raw = String(decoding: bytes[content], as: UTF8.self)
                append(WordToken(kind: kind, text: "", raw: raw, range: range, isJoinedToPrevious: false,
                                 sentence: sentence, run: run, section: section))
                joined = false
                lastPieceEnd = range.upperBound
            }
        }
        endWord()
        if let opened = quoteOpenedAt {
            for index in opened..<quoted.count { quoted[index] = false }
        }
        sentence += 1
        var result: [WordToken] = []
        result.reserveCapacity(tokens.count)
        var afterQuote = false
        for (token, isQuoted) in zip(tokens, quoted) {
            if isQuoted { afterQuote = true; continue }
            var token = token
            if afterQuote { token.isJoinedToPrevious = false }
            afterQuote = false
            result.append(token)
        }
        return result
    }

    private mutating func read(_ range: Range<Int>) {
        var scalars: [(Unicode.Scalar, Int)] = []
        scalars.reserveCapacity(range.count)
        var offset = range.lowerBound
        while offset < range.upperBound {
            let (scalar, width) = Self.decode(at: offset, in: bytes, end: range.upperBound)
            scalars.append((scalar, offset))
            offset += width
        }
        var index = 0
        while index < scalars.count {
            let (scalar, at) = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1].0 : nil
            let nextIsWord = next.map(Self.isWordScalar) ?? false
            index += 1
            if Self.isWordScalar(scalar) {
                extend(with: scalar, at: at)
            } else if scalar == "\\" && next != nil && !nextIsWord {
                continue  // a backslash escape stands for the character it escapes
            } else if Self.apostrophes.contains(scalar) {
                readApostrophe(scalar, at: at, beforeLetter: next?.properties.isAlphabetic ?? false)
            } else if scalar == "\"" {
                openOrCloseQuote(opening: quoteOpenedAt == nil)
            } else if scalar == "\u{201C}" || scalar == "\u{201D}" {
                openOrCloseQuote(opening: scalar == "\u{201C}")
            } else if !word.isEmpty && nextIsWord && Self.innerJoiners.contains(scalar) {
                extend(with: scalar, at: at)
            } else if scalar == ":" && !word.isEmpty && next.map({ ("0"..."9").contains($0) }) == true {
                extend(with: scalar, at: at)
            } else if (scalar == "@" && nextIsWord) || (scalar == "%" && word.last?.isNumber == true) {
                extend(with: scalar, at: at)
            } else if scalar == "(" && !word.isEmpty && next == ")" {
                extend(with: "(", at: at)
                extend(with: ")", at: at + 1)
                index += 1
            } else if Self.emphasisMarkers.contains(scalar) {
                continue  // markers the inline parser left in text: neither words nor breaks
            } else if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                endWord()
            } else if scalar == "." || scalar == "!" || scalar == "?" {
                let abbreviation = Self.abbreviations.contains(word.lowercased())
                endWord()
                joined = false
                if !abbreviation && next.map(Self.endsSentence) ?? true { sentence += 1 }
            } else {
                endWord()
                joined = false
            }
        }
    }

    /// An apostrophe inside a word (`didn't`), or a single quotation mark.
    private mutating func readApostrophe(_ scalar: Unicode.Scalar, at offset: Int, beforeLetter: Bool) {
        if !word.isEmpty && beforeLetter {
            extend(with: "'", at: offset, width: UTF8.width(scalar))
        } else if word.isEmpty && beforeLetter && scalar != "\u{2019}" {
            openOrCloseQuote(opening: true)
        } else if quoteOpenedAt != nil {
            openOrCloseQuote(opening: false)
        } else {
            endWord()
            joined = false
        }
    }

    private mutating func extend(with scalar: Unicode.Scalar, at offset: Int, width: Int? = nil) {
        if word.isEmpty { wordStart = offset }
        word.unicodeScalars.append(scalar)
        wordEnd = offset + (width ?? UTF8.width(scalar))
    }

    private mutating func endWord() {
        guard !word.isEmpty else { return }
        append(WordToken(text: word.lowercased(), raw: word, range: wordStart..<wordEnd, isJoinedToPrevious: joined,
                         sentence: sentence, run: run, section: section))
        joined = true
        word = ""
    }

    private mutating func append(_ token: WordToken) {
        tokens.append(token)
        quoted.append(quoteOpenedAt != nil)
    }

    private mutating func openOrCloseQuote(opening: Bool) {
        endWord()
        joined = false
        if opening {
            if quoteOpenedAt == nil { quoteOpenedAt = tokens.count }
        } else {
            quoteOpenedAt = nil
        }
    }

    /// The scalar starting at `offset` of valid UTF-8, and its width; a truncated sequence at
    /// `end` reads as one replacement character per byte.
    private static func decode(at offset: Int, in bytes: [UInt8], end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + width <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for index in offset + 1..<offset + width { value = value << 6 | UInt32(bytes[index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// ASCII, nearly all prose, is decided without the (costly) Unicode property tables.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Whether a full stop followed by `next` ends a sentence (rather than sitting inside
    /// "3.5" or "...").
    private static func endsSentence(_ next: Unicode.Scalar) -> Bool {
        next == " " || next == "\t" || next == "\n" || next == "\r" || next == "\"" || next == "\u{201D}" || next == ")"
            || next == "*" || next == "_"
    }

    /// Words whose full stop does not end a sentence.
    private static let abbreviations: Set<String> = ["e.g", "i.e", "vs", "mr", "mrs", "ms", "dr", "approx", "incl", "cf"]
    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2018}", "\u{2019}"]
    /// Characters kept inside a word when a word character follows: `on-call`, `10.0.0.1`, `and/or`.
    private static let innerJoiners: Set<Unicode.Scalar> = ["-", "_", ".", "/", "+"]
    private static let emphasisMarkers: Set<Unicode.Scalar> = ["*", "_", "~"]
}
