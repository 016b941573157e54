/// A stretch of one block's inline content, as the tokenizer reads it.
enum ProsePiece: Equatable {
    /// Literal text. Consecutive pieces with no white space between them continue the same
    /// word, so `im**prove**` is one word.
    case text(Range<Int>)
    /// An inline element that stands in the sentence as one token but is never matched as
    /// words: a code span or an autolink (`content` excludes its delimiters).
    case opaque(WordToken.Kind, range: Range<Int>, content: Range<Int>)
}

/// Splits the prose of a document, block by block, into words, sentences and quotations.
///
/// Words keep internal apostrophes, hyphens, dots, slashes, `@` and `_` (`didn't`, `on-call`,
/// `10.0.0.1`, `@alice`, `cache_ttl`), so whole-word matching never sees half of a compound.
/// Text in quotation marks is dropped: quoting someone is not saying it. An opening quote
/// that is never closed in the block is taken for an inch mark or a typo, not a quotation.
///
/// It reads UTF-8 bytes and decodes a scalar only outside ASCII; each word's lower-case
/// form is interned once into `lexicon`. A block's tokens depend only on its bytes, the
/// lexicon's ids and the numbers it starts from (sentence, run), so a block read again
/// gives the same tokens shifted by those numbers.
struct ProseTokenizer {
    let bytes: [UInt8]
    /// The lower-case forms of all the words read so far.
    private(set) var lexicon: Lexicon
    /// Words whose spelling is not a stretch of the source (see `WordToken.Spelling`).
    private(set) var spellings: [String] = []
    /// The index of the next block's first sentence.
    private(set) var sentence: Int

    private var run = 0
    private var tokens: [WordToken] = []
    private var quoted: [Bool] = []
    private var joined = false
    private var lastPieceEnd: Int?
    private var quoteOpenedAt: Int?

    /// The word being read, as written (apostrophes straightened).
    private var word: [UInt8] = []
    private var lowered: [UInt8] = []
    private var wordIsASCII = true
    /// Whether `word` is exactly the source bytes from `wordStart` to `wordEnd`.
    private var wordIsSource = true
    private var wordLast: Unicode.Scalar = " "
    private var wordStart = 0
    private var wordEnd = 0

    init(bytes: [UInt8], lexicon: Lexicon = Lexicon(), firstSentence: Int = 0) {
        self.bytes = bytes
        self.lexicon = lexicon
        self.sentence = firstSentence
    }

    /// The words of one block, quotations removed.
    mutating func tokenize(_ pieces: [ProsePiece], run: Int) -> [WordToken] {
        self.run = run
        tokens.removeAll(keepingCapacity: true)
        quoted.removeAll(keepingCapacity: true)
        joined = false
        lastPieceEnd = nil
        quoteOpenedAt = nil
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
                append(WordToken(kind: kind, word: -1, spelling: .source(content), range: range, isJoinedToPrevious: false,
                                 isNameShaped: false, sentence: sentence, run: run))
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
        var offset = range.lowerBound
        while offset < range.upperBound {
            let (scalar, width) = Self.decode(at: offset, in: bytes, end: range.upperBound)
            let nextOffset = offset + width
            if Self.isWordScalar(scalar) {
                extend(at: offset, width: width, scalar: scalar)
                offset = nextOffset
                continue
            }
            let next = nextOffset < range.upperBound ? Self.decode(at: nextOffset, in: bytes, end: range.upperBound).0 : nil
            let nextIsWord = next.map(Self.isWordScalar) ?? false
            offset = nextOffset
            if scalar == "\\" && next != nil && !nextIsWord {
                continue  // a backslash escape stands for the character it escapes
            } else if scalar == "'" || scalar == "\u{2018}" || scalar == "\u{2019}" {
                readApostrophe(scalar, at: nextOffset - width, beforeLetter: next?.properties.isAlphabetic ?? false)
            } else if scalar == "\"" {
                openOrCloseQuote(opening: quoteOpenedAt == nil)
            } else if scalar == "\u{201C}" || scalar == "\u{201D}" {
                openOrCloseQuote(opening: scalar == "\u{201C}")
            } else if !word.isEmpty && nextIsWord && Self.isInnerJoiner(scalar) {
                extend(at: nextOffset - width, width: width, scalar: scalar)
            } else if scalar == ":" && !word.isEmpty && next.map({ ("0"..."9").contains($0) }) == true {
                extend(at: nextOffset - width, width: width, scalar: scalar)
            } else if (scalar == "@" && nextIsWord) || (scalar == "%" && !word.isEmpty && Self.isNumeric(wordLast)) {
                extend(at: nextOffset - width, width: width, scalar: scalar)
            } else if scalar == "(" && !word.isEmpty && next == ")" {
                extend(at: nextOffset - 1, width: 1, scalar: "(")
                extend(at: nextOffset, width: 1, scalar: ")")
                offset += 1
            } else if scalar == "*" || scalar == "_" || scalar == "~" {
                continue  // markers the inline parser left in text: neither words nor breaks
            } else if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                endWord()
            } else if scalar == "." || scalar == "!" || scalar == "?" {
                let abbreviation = isAbbreviation()
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
            extend(at: offset, width: UTF8.width(scalar), scalar: "'")
        } else if word.isEmpty && beforeLetter && scalar != "\u{2019}" {
            openOrCloseQuote(opening: true)
        } else if quoteOpenedAt != nil {
            openOrCloseQuote(opening: false)
        } else {
            endWord()
            joined = false
        }
    }

    /// Adds `scalar`, read from `width` source bytes at `offset`, to the word.
    private mutating func extend(at offset: Int, width: Int, scalar: Unicode.Scalar) {
        if word.isEmpty {
            wordStart = offset
            wordIsSource = true
            wordIsASCII = true
        } else if offset != wordEnd {
            wordIsSource = false
        }
        if scalar.isASCII {
            word.append(UInt8(scalar.value))
            if width != 1 { wordIsSource = false }
        } else {
            word.append(contentsOf: bytes[offset..<offset + width])
            wordIsASCII = false
        }
        wordEnd = offset + width
        wordLast = scalar
    }

    private mutating func endWord() {
        guard !word.isEmpty else { return }
        let spelling: WordToken.Spelling
        if wordIsSource {
            spelling = .source(wordStart..<wordEnd)
        } else {
            spelling = .stored(spellings.count)
            spellings.append(String(decoding: word, as: UTF8.self))
        }
        append(WordToken(kind: .word, word: intern(), spelling: spelling, range: wordStart..<wordEnd, isJoinedToPrevious: joined,
                         isNameShaped: Self.isNameShaped(word), sentence: sentence, run: run))
        joined = true
        word.removeAll(keepingCapacity: true)
    }

    /// The lexicon id of the word's lower-case form.
    private mutating func intern() -> Int32 {
        guard wordIsASCII else {
            return lexicon.intern(String(decoding: word, as: UTF8.self).lowercased())
        }
        lowered.removeAll(keepingCapacity: true)
        for byte in word { lowered.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte) }
        return lexicon.intern(lowered[...])
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

    /// Whether the word just read is one whose full stop does not end a sentence.
    private func isAbbreviation() -> Bool {
        guard word.count >= 2 && word.count <= 6 && wordIsASCII else { return false }
        let lower = word.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
        return Self.abbreviations.contains { $0.elementsEqual(lower) }
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

    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// Characters kept inside a word when a word character follows: `on-call`, `10.0.0.1`, `and/or`.
    private static func isInnerJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || scalar == "." || scalar == "/" || scalar == "+"
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// `Alice`, not `ALICE` or `alice`: an upper-case letter, then a lower-case one.
    private static func isNameShaped(_ word: [UInt8]) -> Bool {
        guard word.count >= 2 else { return false }
        if word[0] < 0x80 && word[1] < 0x80 {
            return word[0] >= UInt8(ascii: "A") && word[0] <= UInt8(ascii: "Z") && word[1] >= UInt8(ascii: "a") && word[1] <= UInt8(ascii: "z")
        }
        var scalars = String(decoding: word, as: UTF8.self).unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next() else { return false }
        return first.properties.isUppercase && second.properties.isLowercase
    }

    /// Whether a full stop followed by `next` ends a sentence (rather than sitting inside
    /// "3.5" or "...").
    private static func endsSentence(_ next: Unicode.Scalar) -> Bool {
        next == " " || next == "\t" || next == "\n" || next == "\r" || next == "\"" || next == "\u{201D}" || next == ")"
            || next == "*" || next == "_"
    }

    /// Words whose full stop does not end a sentence.
    private static let abbreviations: [[UInt8]] = ["e.g", "i.e", "vs", "mr", "mrs", "ms", "dr", "approx", "incl", "cf"].map { Array($0.utf8) }
}
