import Testing
@testable import LintEngine

@Suite struct PhraseMatcherTests {
    @Test func inflectionsOfEachWordMatch() {
        #expect(matchedTexts(["blame"], in: "They blamed the script. Blaming helps no one. He blames the tool.") == ["blamed", "Blaming", "blames"])
        #expect(matchedTexts(["fail to"], in: "The engineer failed to page; she fails to see it; failing to act.") == ["failed to", "fails to", "failing to"])
        #expect(matchedTexts(["forget"], in: "He forgot, she has forgotten, they forget.") == ["forgot", "forgotten", "forget"])
        #expect(matchedTexts(["drop the ball"], in: "We dropped the ball.") == ["dropped the ball"])
        #expect(matchedTexts(["apology"], in: "Our apologies.") == ["apologies"])
        #expect(matchedTexts(["rubber-stamp"], in: "They rubber-stamped it.") == ["rubber-stamped"])
    }

    @Test func wordsMatchWholeAndCaseInsensitively() {
        #expect(matchedTexts(["blame"], in: "A blameless review; blame-free culture; BLAME.") == ["BLAME"])
        #expect(matchedTexts(["human error"], in: "inhuman errors and Human Error") == ["Human Error"])
        #expect(matchedTexts(["call"], in: "the on-call engineer") == [])
        #expect(matchedTexts(["on-call"], in: "the on-call engineer") == ["on-call"])
    }

    @Test func optionalWordsAndAlternatives() {
        #expect(matchedTexts(["the on-call (engineer)"], in: "Paged the on-call engineer, then the on-call.") == ["the on-call engineer", "the on-call"])
        #expect(matchedTexts(["his|her mistake"], in: "It was her mistake and his mistake.") == ["her mistake", "his mistake"])
        #expect(matchedTexts(["[did not|never] bother"], in: "They did not bother. They never bother. They bother.") == ["did not bother", "never bother"])
        #expect(matchedTexts(["be (accidentally|mistakenly) dropped"], in: "It was accidentally dropped; it was dropped.") == ["was accidentally dropped", "was dropped"])
    }

    @Test func matchesSpanSoftBreaksAndEmphasisButNotPunctuation() {
        #expect(matchedTexts(["human error"], in: "caused by **human**\nerror today") == ["human**\nerror"])
        #expect(matchedTexts(["improve monitoring"], in: "we will im*prove* monitoring") == ["im*prove* monitoring"])
        #expect(matchedTexts(["human error"], in: "human, error and human. Error") == [])
        #expect(matchedTexts(["human error"], in: "human (error)") == [])
    }

    @Test func quotedMaterialIsNotMatched() {
        #expect(matchedTexts(["human error"], in: "Never write “human error” in a postmortem.") == [])
        #expect(matchedTexts(["human error"], in: "The draft said \"it was human error\" and we rewrote it.") == [])
        #expect(matchedTexts(["human error"], in: "Avoid 'human error' as a cause.") == [])
        // An opening quote that never closes is an inch mark or a typo: the text stays prose.
        #expect(matchedTexts(["human error"], in: "A 27\" monitor and human error.") == ["human error"])
    }

    @Test func rangesAreExactByteOffsetsAfterMultibyteText() {
        let text = "Café — l’équipe: human error"
        let words = prose(text)
        let book = PhraseBook(groups: [PhraseGroup("{phrase}", ["human error"])], exceptions: [])
        let hit = try! #require(book.hits(in: words).first)
        #expect(words.range(of: hit.match) == (text.utf8.count - "human error".utf8.count)..<text.utf8.count)
    }

    @Test func apostrophesAndCompoundsStayInsideWords() {
        let prose = prose("The engineer’s fix didn't help; see 10.0.3.17 and cache_ttl on @alice's run-book.")
        let words = prose.tokens.indices.map(prose.text(at:))
        #expect(words == ["the", "engineer's", "fix", "didn't", "help", "see", "10.0.3.17", "and", "cache_ttl", "on", "@alice's", "run-book"])
    }

    @Test func sentencesEndAtFullStopsButNotInsideNumbersOrAbbreviations() {
        let words = prose("Latency hit 3.5 s, e.g. on checkout. Then it recovered! Done?")
        let sentenceOf = Dictionary(words.tokens.indices.map { (words.text(at: $0), words.tokens[$0].sentence) }, uniquingKeysWith: { first, _ in first })
        #expect(sentenceOf["latency"] == sentenceOf["checkout"])
        #expect(sentenceOf["then"] == sentenceOf["latency"]! + 1)
        #expect(sentenceOf["done"] == sentenceOf["then"]! + 1)
    }

    @Test func codeAndOtherOpaqueElementsBreakPhrases() {
        let text = "human `x` error"
        let bytes = Array(text.utf8)
        let words = Prose(source: bytes, pieces: [.text(0..<6), .opaque(.code, range: 6..<9, content: 7..<8), .text(9..<bytes.count)])
        #expect(words.tokens.map(\.kind) == [.word, .code, .word])
        let book = PhraseBook(groups: [PhraseGroup("{phrase}", ["human error", "human x error"])], exceptions: [])
        #expect(book.hits(in: words).isEmpty)
    }

    @Test func theLongestMatchAtTheLeftmostStartWins() {
        #expect(matchedTexts(["never happen again", "this will never happen again", "again"], in: "this will never happen again") == ["this will never happen again"])
    }

    @Test func exceptionsSilenceTheMatchesTheyContain() {
        #expect(matchedTexts(["slightly"], in: "slightly more than two hours, slightly degraded", exceptions: ["slightly more (than)"]) == ["slightly"])
        #expect(matchedTexts(["blame"], in: "we ran git blame", exceptions: ["git blame"]) == [])
    }

    @Test func classSlotsAskTheCaller() {
        let words = prose("Alice forgot the key; the script forgot nothing.")
        let book = PhraseBook(groups: [PhraseGroup("{phrase}", ["{person} forget"])], exceptions: [])
        let hits = book.hits(in: words, classes: words.tokens.indices.map { words.text(at: $0) == "alice" ? .person : [] })
        #expect(hits.map { words.text(of: $0.match) } == ["Alice forgot"])
    }

    @Test func aThousandPhrasesAreMatchedInOnePass() {
        let phrases = (0..<1000).map { "filler\($0) word" } + ["human error"]
        #expect(matchedTexts(phrases, in: "filler7 word and human error and filler999 word") == ["filler7 word", "human error", "filler999 word"])
    }
}
