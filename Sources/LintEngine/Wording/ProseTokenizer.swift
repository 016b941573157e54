import MarkdownSyntax

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

    /// The tokens of all the blocks read so far.
    private(set) var tokens: [WordToken] = []
    private var run = 0
    /// Where the current block's tokens start in `tokens`.
    private var runStart = 0
    /// Tokens of the current block in quotation marks, to be dropped.
    private var quoted: [Range<Int>] = []
    private var joined = false
    private var lastPieceEnd: Int?
    private var quoteOpenedAt: Int?

    /// The word being read spans the source bytes `wordStart..<wordEnd`; nearly always it
    /// is those bytes, and is read from the source without a copy.
    private var wordStart = 0
    private var wordEnd = 0
    private var wordIsEmpty = true
    private var wordIsASCII = true
    /// The word as written (apostrophes straightened) when it is not its source bytes
    /// (`WordToken.Spelling.stored`), else unused.
    private var spelled: [UInt8] = []
    private var wordIsSpelled = false
    private var wordLast: Unicode.Scalar = " "

    /// - Parameter expectedTokens: room to reserve, so that a long document's tokens are
    ///   not copied over and over as the array grows.
    init(bytes: [UInt8], lexicon: Lexicon = Lexicon(), expectedTokens: Int = 0) {
        self.bytes = bytes
        self.lexicon = lexicon
        self.sentence = 0
        tokens.reserveCapacity(expectedTokens)
    }

    /// Reads one block, quotations removed, and returns where its tokens are in `tokens`.
    @discardableResult
    mutating func tokenize(_ pieces: [ProsePiece], run: Int) -> Range<Int> {
        self.run = run
        runStart = tokens.count
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
                tokens.append(WordToken(kind: kind, word: -1, spelling: .source(content), range: range, isJoinedToPrevious: false,
                                        isNameShaped: false, sentence: sentence, run: run))
                joined = false
                lastPieceEnd = range.upperBound
            }
        }
        endWord()
        sentence += 1
        // A quotation never closed in the block stays: it was an inch mark or a typo.
        for range in quoted.reversed() {
            if range.upperBound < tokens.count { tokens[range.upperBound].isJoinedToPrevious = false }
            tokens.removeSubrange(range)
        }
        return runStart..<tokens.count
    }

    private mutating func read(_ range: Range<Int>) {
        var offset = range.lowerBound
        while offset < range.upperBound {
            if ASCII.isAlphanumeric(bytes[offset]) {
                // The common case: a stretch of ASCII letters and digits, added at once.
                var end = offset + 1
                while end < range.upperBound && ASCII.isAlphanumeric(bytes[end]) { end += 1 }
                extend(at: offset, width: end - offset, scalar: Unicode.Scalar(bytes[end - 1]))
                offset = end
                continue
            }
            if Self.isSpaceByte(bytes[offset]) {
                // The next most common case: white space only ends the word.
                endWord()
                offset += 1
                continue
            }
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
            } else if !wordIsEmpty && nextIsWord && Self.isInnerJoiner(scalar) {
                extend(at: nextOffset - width, width: width, scalar: scalar)
            } else if scalar == ":" && !wordIsEmpty && next.map({ ("0"..."9").contains($0) }) == true {
                extend(at: nextOffset - width, width: width, scalar: scalar)
            } else if (scalar == "@" && nextIsWord) || (scalar == "%" && !wordIsEmpty && Self.isNumeric(wordLast)) {
                extend(at: nextOffset - width, width: width, scalar: scalar)
            } else if scalar == "(" && !wordIsEmpty && next == ")" {
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
        if !wordIsEmpty && beforeLetter {
            extend(at: offset, width: UTF8.width(scalar), scalar: "'")
        } else if wordIsEmpty && beforeLetter && scalar != "\u{2019}" {
            openOrCloseQuote(opening: true)
        } else if quoteOpenedAt != nil {
            openOrCloseQuote(opening: false)
        } else {
            endWord()
            joined = false
        }
    }

    /// Adds `width` source bytes at `offset` to the word; they read as `scalar` when it is
    /// ASCII (an apostrophe straightened), else as themselves. `scalar` is the last one read.
    private mutating func extend(at offset: Int, width: Int, scalar: Unicode.Scalar) {
        let asWritten = !scalar.isASCII || width == 1 || ASCII.isAlphanumeric(UInt8(scalar.value))
        if wordIsEmpty {
            wordIsEmpty = false
            wordIsSpelled = false
            wordIsASCII = true
            wordStart = offset
        } else if !wordIsSpelled && (offset != wordEnd || !asWritten) {
            // A marker or an escape left out, or a curly apostrophe: from now on, spelled out.
            wordIsSpelled = true
            spelled.removeAll(keepingCapacity: true)
            spelled.append(contentsOf: bytes[wordStart..<wordEnd])
        }
        if !scalar.isASCII { wordIsASCII = false }
        if wordIsSpelled {
            if asWritten {
                spelled.append(contentsOf: bytes[offset..<offset + width])
            } else {
                spelled.append(UInt8(scalar.value))
            }
        }
        wordEnd = offset + width
        wordLast = scalar
    }

    private mutating func endWord() {
        guard !wordIsEmpty else { return }
        let spelling: WordToken.Spelling
        let word: ArraySlice<UInt8>
        if wordIsSpelled {
            spelling = .stored(spellings.count)
            spellings.append(String(decoding: spelled, as: UTF8.self))
            word = spelled[...]
        } else {
            spelling = .source(wordStart..<wordEnd)
            word = bytes[wordStart..<wordEnd]
        }
        let id = wordIsASCII ? lexicon.intern(word, lowercasingASCII: true)
            : lexicon.intern(String(decoding: word, as: UTF8.self).lowercased())
        tokens.append(WordToken(kind: .word, word: id, spelling: spelling, range: wordStart..<wordEnd, isJoinedToPrevious: joined,
                                isNameShaped: Self.isNameShaped(word), sentence: sentence, run: run))
        joined = true
        wordIsEmpty = true
    }

    private mutating func openOrCloseQuote(opening: Bool) {
        endWord()
        joined = false
        if opening {
            if quoteOpenedAt == nil { quoteOpenedAt = tokens.count }
        } else if let opened = quoteOpenedAt {
            if opened < tokens.count { quoted.append(opened..<tokens.count) }
            quoteOpenedAt = nil
        }
    }

    /// Whether the word just read is one whose full stop does not end a sentence.
    private func isAbbreviation() -> Bool {
        let word = wordIsSpelled ? spelled[...] : bytes[wordStart..<wordEnd]
        guard !wordIsEmpty && word.count >= 2 && word.count <= 6 && wordIsASCII else { return false }
        return Self.abbreviations.contains { $0.elementsEqual(word.lazy.map(ASCII.lowercased)) }
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
    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ASCII.isAlphanumeric(UInt8(truncatingIfNeeded: scalar.value)) : isNonASCIIWordScalar(scalar)
    }

    private static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
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
    @inline(__always)
    private static func isNameShaped(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count >= 2 else { return false }
        let first = word[word.startIndex], second = word[word.startIndex + 1]
        if first < 0x80 && second < 0x80 {
            return first &- UInt8(ascii: "A") < 26 && second &- UInt8(ascii: "a") < 26
        }
        return isNonASCIINameShaped(word)
    }

    private static func isNonASCIINameShaped(_ word: ArraySlice<UInt8>) -> Bool {
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

extension ProseTokenizer {
    /// Reads one block, or appends it as read by an earlier lint when `cache` has it.
    /// - Parameters:
    ///   - pieces: makes the block's pieces; called only when the block must be read.
    /// - Returns: where the block's phrase matches are kept, with it, for the next lint.
    mutating func tokenize(_ content: InlineContent, run: Int, reusing cache: LintCache, source: SourceText,
                           pieces: () -> [ProsePiece]) -> BlockPhraseMatches {
        let origin = content.span?.lowerBound ?? 0
        let firstSentence = sentence
        let spellingStart = spellings.count
        var wasRead = false
        let block = cache.proseBlocks.value(of: content, in: source) { origin in
            wasRead = true
            let range = tokenize(pieces(), run: run)
            return ReadBlock(tokens: tokens[range].map { $0.moved(by: -origin, sentences: -firstSentence, spellings: -spellingStart, run: 0) },
                             spellings: Array(spellings[spellingStart...]), sentenceCount: sentence - firstSentence)
        }
        guard !wasRead else { return block.phraseMatches }
        for token in block.tokens { tokens.append(token.moved(by: origin, sentences: firstSentence, spellings: spellingStart, run: run)) }
        spellings += block.spellings
        sentence += block.sentenceCount
        return block.phraseMatches
    }
}
