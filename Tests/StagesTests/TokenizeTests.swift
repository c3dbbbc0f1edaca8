import PipelineCore
import Testing

@testable import Stages

/// Runs the `tokenize` stage on `text` as a pipeline would.
private func tokenize(_ text: String, headline: Bool = true) throws -> TokenizedText {
    var options = Tokenize.Options()
    options.headline = headline
    let stage = try Tokenize(options: options, context: StageContext(stageID: "tokens", baseDirectory: "."))
    let body = Text(text)
    return try stage.process(StageInput(document: Document(id: "d", body: text), artifacts: ["text": body]))
}

/// The text of a span, cut by Unicode scalar offsets as Python's `text[start:end]` would.
func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[start..<end])
    return String(out)
}

private func words(_ text: String) throws -> [String] {
    try tokenize(text).tokens.map { slice(text, $0.start, $0.end) }
}

private func sentences(_ text: String) throws -> [String] {
    try tokenize(text).sentences.map { slice(text, $0.start, $0.end) }
}

struct TokenizeTests {
    @Test func offsetsAreUnicodeScalarOffsets() throws {
        let text = "Café “ok” 🇫🇷 now."
        let result = try tokenize(text)
        #expect(result.tokens == [
            Token(start: 0, end: 4, kind: .word),
            Token(start: 5, end: 6, kind: .punct),
            Token(start: 6, end: 8, kind: .word),
            Token(start: 8, end: 9, kind: .punct),
            Token(start: 10, end: 12, kind: .emoji),
            Token(start: 13, end: 16, kind: .word),
            Token(start: 16, end: 17, kind: .punct),
        ])
        #expect(result.sentences == [Span(start: 0, end: 17)])
        #expect(result.paragraphs == [Span(start: 0, end: 17)])
        #expect(result.text == text)
    }

    @Test func splitsCliticsWithStraightAndCurlyApostrophes() throws {
        #expect(try words("I don't know Maduro’s plan; they're sure we'll win, can't they?") == [
            "I", "do", "n't", "know", "Maduro", "’s", "plan", ";", "they", "'re", "sure", "we", "'ll",
            "win", ",", "ca", "n't", "they", "?",
        ])
        #expect(try words("You cannot say I’m wrong, won’t you? The analysts' view.") == [
            "You", "can", "not", "say", "I", "’m", "wrong", ",", "wo", "n’t", "you", "?", "The", "analysts",
            "'", "view", ".",
        ])
    }

    @Test func keepsNumbersWhole() throws {
        let text = "Profits rose 76% to $1.13bn (£600m) from 1,234,567.89 at 10:30 on 02/13/2001, the 21st in the 1990s."
        let tokens = try tokenize(text).tokens
        let pairs = tokens.map { (slice(text, $0.start, $0.end), $0.kind) }
        #expect(pairs.map(\.0) == [
            "Profits", "rose", "76", "%", "to", "$", "1.13", "bn", "(", "£", "600", "m", ")", "from",
            "1,234,567.89", "at", "10:30", "on", "02/13/2001", ",", "the", "21st", "in", "the", "1990s", ".",
        ])
        #expect(pairs[2].1 == .number)
        #expect(pairs[3].1 == .symbol)
        #expect(pairs[5].1 == .symbol)
        #expect(pairs[6].1 == .number)
        #expect(pairs[14].1 == .number)
        #expect(pairs[21].1 == .number)
    }

    @Test func splitsHyphenatedCompoundsButKeepsPrefixes() throws {
        #expect(try words("A well-known e-mail about non-human re-use, 1998-2001 or call 853-3242.") == [
            "A", "well", "-", "known", "e-mail", "about", "non-human", "re-use", ",", "1998", "-", "2001",
            "or", "call", "853-3242", ".",
        ])
    }

    @Test func urlsEmailsHashtagsMentionsAndEmoji() throws {
        let text = "See https://example.com/a?b=1, mail jo.doe@example.org (#Brexit @bbcnews) 👍🏽 👨‍👩‍👧!"
        let tokens = try tokenize(text).tokens
        let pairs = tokens.map { (slice(text, $0.start, $0.end), $0.kind) }
        #expect(pairs.map(\.0) == [
            "See", "https://example.com/a?b=1", ",", "mail", "jo.doe@example.org", "(", "#Brexit", "@bbcnews",
            ")", "👍🏽", "👨‍👩‍👧", "!",
        ])
        #expect(pairs.map(\.1) == [
            .word, .url, .punct, .word, .email, .punct, .hashtag, .mention, .punct, .emoji, .emoji, .punct,
        ])
        #expect(try words("Visit www.bbc.co.uk.") == ["Visit", "www.bbc.co.uk", "."])
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() throws {
        #expect(try sentences("Mr. Smith met Dr. J. R. R. Tolkien on Jan. 5 in the U.S. capital, e.g. at noon. He left.") == [
            "Mr. Smith met Dr. J. R. R. Tolkien on Jan. 5 in the U.S. capital, e.g. at noon.", "He left.",
        ])
        #expect(try words("Mr. Smith, U.S. and e.g. Jan.") == ["Mr.", "Smith", ",", "U.S.", "and", "e.g.", "Jan."])
    }

    @Test func abbreviationAtTheEndOfASentenceEndsIt() throws {
        #expect(try sentences("The firm moved to the U.S. The move paid off. It works for Acme Inc. But not for us.") == [
            "The firm moved to the U.S.", "The move paid off.", "It works for Acme Inc.", "But not for us.",
        ])
    }

    @Test func ellipsesInsideASentenceDoNotEndIt() throws {
        #expect(try sentences("He paused... and went on. Then … nothing.") == [
            "He paused... and went on.", "Then … nothing.",
        ])
        #expect(try words("Wait... what…") == ["Wait", "...", "what", "…"])
    }

    @Test func closingQuotesAndBracketsStayWithTheirSentence() throws {
        #expect(try sentences("“We are ready now,” he said. “Slaves, never!” he said. She agreed.") == [
            "“We are ready now,” he said.", "“Slaves, never!” he said.", "She agreed.",
        ])
        #expect(try sentences("He called it a trap. ' And then he left.") == ["He called it a trap. '", "And then he left."])
        #expect(try sentences("He said: \"It is over.\" Then he left (for good.) Really?") == [
            "He said: \"It is over.\"", "Then he left (for good.)", "Really?",
        ])
    }

    @Test func informalWritingEndsSentencesToo() throws {
        #expect(try sentences("Thanks for the update :-) See you soon.") == ["Thanks for the update :-)", "See you soon."])
        #expect(try sentences("Call me later. Best regards, Anna") == ["Call me later.", "Best regards,", "Anna"])
        #expect(try sentences("The deal is done. ========== Next item here.") == [
            "The deal is done.", "==========", "Next item here.",
        ])
        #expect(try sentences("Write to <ann@example.com> Thanks a lot!") == ["Write to <ann@example.com>", "Thanks a lot!"])
        #expect(try sentences("i was there. they were not.") == ["i was there.", "they were not."])
        #expect(try words("i dont know, im sure youre right") == [
            "i", "do", "nt", "know", ",", "i", "m", "sure", "you", "re", "right",
        ])
    }

    @Test func numberAbbreviationsEndASentenceOnlyBeforeACapital() throws {
        #expect(try sentences("He ranked No. 5 in the world. Hell no. That was wrong.") == [
            "He ranked No. 5 in the world.", "Hell no.", "That was wrong.",
        ])
    }

    @Test func listNumbersDoNotEndASentence() throws {
        #expect(try sentences("1. Introduction to the topic\n\n2. The method we used. It works.") == [
            "1. Introduction to the topic", "2. The method we used.", "It works.",
        ])
        #expect(try sentences("They won in 2005. The next year was worse.") == [
            "They won in 2005.", "The next year was worse.",
        ])
    }

    @Test func initialsEndASentenceOnlyBeforeASentenceOpener() throws {
        #expect(try sentences("We chose Plan B. The rest failed. Ask J. K. Rowling.") == [
            "We chose Plan B.", "The rest failed.", "Ask J. K. Rowling.",
        ])
    }

    @Test func headlineAndBylineAreTheirOwnParagraphsAndSentences() throws {
        let text = "Maduro defies US pressure\nBy Staff, Agencies\nThe president spoke on Monday. He was calm.\n\nNext paragraph here"
        let result = try tokenize(text)
        let paragraphs = result.paragraphs.map { slice(text, $0.start, $0.end) }
        #expect(paragraphs == [
            "Maduro defies US pressure", "By Staff, Agencies", "The president spoke on Monday. He was calm.",
            "Next paragraph here",
        ])
        #expect(result.sentences.map { slice(text, $0.start, $0.end) } == [
            "Maduro defies US pressure", "By Staff, Agencies", "The president spoke on Monday.", "He was calm.",
            "Next paragraph here",
        ])
        #expect(result.paragraphs[0] == Span(start: 0, end: 25))
    }

    @Test func blankLinesWithSpacesSeparateParagraphs() throws {
        let text = "First line, and\nits continuation.\r\n \t \r\nSecond."
        let result = try tokenize(text, headline: false)
        #expect(result.paragraphs == [Span(start: 0, end: 33), Span(start: 40, end: 47)])
        #expect(result.sentences == [Span(start: 0, end: 33), Span(start: 40, end: 47)])
    }

    @Test func anyScriptWithoutSplittingGraphemeClusters() throws {
        let text = "東京で会議。مرحبا بالعالم! e\u{301}te\u{301} क्षत्रिय 👩🏽‍💻 ok"
        let result = try tokenize(text)
        let pieces = result.tokens.map { slice(text, $0.start, $0.end) }
        #expect(pieces == ["東京で会議", "。", "مرحبا", "بالعالم", "!", "e\u{301}te\u{301}", "क्षत्रिय", "👩🏽‍💻", "ok"])
        #expect(result.sentences.count == 3)
    }

    @Test func emptyAndBlankTexts() throws {
        for text in ["", " ", "\n\n\n", "\u{200B}"] {
            let result = try tokenize(text)
            #expect(result.tokens.isEmpty)
            #expect(result.sentences.isEmpty)
            #expect(result.paragraphs.isEmpty)
        }
    }

    /// For random Unicode text, tokens are in order, non-overlapping, inside the text,
    /// never empty, and never cut a grapheme cluster; sentences and paragraphs likewise.
    @Test func randomUnicodeKeepsTheInvariants() throws {
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<400 {
            let text = randomUnicodeText(&generator, maxLength: 60)
            let result = try tokenize(text)
            let boundaries = graphemeBoundaries(text)
            let count = text.unicodeScalars.count
            for spans in [result.tokens.map(\.span), result.sentences, result.paragraphs] {
                var previousEnd = 0
                for span in spans {
                    #expect(span.start >= previousEnd && span.start < span.end && span.end <= count, "\(text.debugDescription)")
                    #expect(boundaries.contains(span.start) && boundaries.contains(span.end), "\(text.debugDescription) \(span)")
                    previousEnd = span.end
                }
            }
        }
    }
}

extension TokenizeTests {
    /// Long inputs (a long random text, one huge word, a long run of marks) finish and keep
    /// the tokens inside the text.
    @Test func longInputs() throws {
        var generator = SplitMix64(seed: 0x10AD)
        let texts = [
            randomUnicodeText(&generator, maxLength: 50_000),
            String(repeating: "a", count: 200_000),
            "x" + String(repeating: "\u{301}", count: 50_000),
            String(repeating: "U.S. ", count: 20_000),
            String(repeating: "&amp;", count: 20_000),
        ]
        for text in texts {
            let result = try tokenize(text)
            let count = text.unicodeScalars.count
            #expect(result.tokens.allSatisfy { $0.start < $0.end && $0.end <= count })
            #expect(!result.sentences.isEmpty)
        }
    }
}

/// Random text drawn from many scripts, marks, joiners, emoji parts and line breaks.
func randomUnicodeText(_ generator: inout SplitMix64, maxLength: Int) -> String {
    let pools: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x20...0x7E, 0x20...0x7E, 0xA0...0x24F, 0x300...0x36F, 0x590...0x6FF, 0x900...0x97F,
        0x1100...0x11FF, 0x2000...0x206F, 0x3000...0x30FF, 0x4E00...0x4E40, 0xAC00...0xAC40, 0xFE00...0xFE0F,
        0x1F1E6...0x1F1FF, 0x1F300...0x1F64F, 0x1F3FB...0x1F3FF, 0x200D...0x200D, 0x0A...0x0D, 0xE0020...0xE007F,
        0x80...0x9F, 0xAD...0xAD, 0x26...0x26,
    ]
    var view = String.UnicodeScalarView()
    let length = Int(generator.next() % UInt64(maxLength + 1))
    for _ in 0..<length {
        let pool = pools[Int(generator.next() % UInt64(pools.count))]
        let value = pool.lowerBound + UInt32(generator.next() % UInt64(pool.count))
        if let scalar = Unicode.Scalar(value) { view.append(scalar) }
    }
    return String(view)
}

/// Scalar offsets of the grapheme cluster boundaries of `text`, from the standard library.
func graphemeBoundaries(_ text: String) -> Set<Int> {
    var result: Set<Int> = [0]
    var offset = 0
    for character in text {
        offset += character.unicodeScalars.count
        result.insert(offset)
    }
    return result
}

/// A small deterministic random generator, so a failure reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A text of scalars that join nothing needs no grapheme repair: the guard's quick test
/// settles every boundary between two of them (a CR aside, which `ScalarBuffer` notes).
struct GraphemeGuardTests {
    @Test func scalarsThatJoinNothingNeverJoin() {
        var generator = SplitMix64(seed: 0x6A01)
        let interesting: [UInt32] = [0x0A, 0x0D, 0x20, 0x41, 0xA3, 0xE9, 0x2FF, 0x300, 0x5FF, 0x600, 0x200D, 0x2019,
                                     0x203C, 0x2049, 0x205F, 0x2060, 0x1F600]
        var samples = interesting
        for _ in 0..<2_000 { samples.append(UInt32(generator.next() % 0x3000)) }
        for previous in samples where previous != 0x0D && GraphemeGuard.joinsNothing(previous) {
            for next in interesting + samples.prefix(64) where GraphemeGuard.joinsNothing(next) {
                #expect(GraphemeGuard.cannotJoin(previous, next), "\(previous) \(next)")
            }
        }
    }
}

/// The one-pass decoding agrees with a plain scan of the scalars on random text,
/// whichever of its fast paths (eight plain bytes at a time, or one scalar) it takes.
struct ScalarBufferTests {
    @Test func decodingMatchesAPlainScan() {
        var generator = SplitMix64(seed: 0xB0FF)
        let plain = "The quick brown fox jumps over the lazy dog, again & again.  \n\n"
        for round in 0..<500 {
            var text = round % 2 == 0 ? randomUnicodeText(&generator, maxLength: 80) : ""
            for _ in 0..<Int(generator.next() % 6) {
                let offset = Int(generator.next() % UInt64(plain.count))
                text += plain.dropFirst(offset)
            }
            let buffer = ScalarBuffer(text)
            let scalars = text.unicodeScalars.map(\.value)
            #expect(buffer.scalars == scalars)
            var breaks: [Int] = []
            var irregular = false
            var previous: UInt32 = 0x0A
            for (k, c) in scalars.enumerated() {
                if ScalarClass.isLineBreak(c) {
                    if c == 0x0A && previous == 0x0D { breaks[breaks.count - 1] = k } else { breaks.append(k) }
                }
                if c == 0x20 && (previous == 0x20 || previous == 0x0A) { irregular = true }
                if c == 0x0A && previous == 0x20 { irregular = true }
                if c != 0x20 && c != 0x0A && ScalarClass.isWhitespace(c) { irregular = true }
                previous = c
            }
            if previous == 0x20 { irregular = true }
            #expect(buffer.lineBreaks == breaks, "\(text.debugDescription)")
            #expect(buffer.hasIrregularSpace == irregular, "\(text.debugDescription)")
            #expect(buffer.hasAmpersand == scalars.contains(0x26))
            #expect(buffer.hasNonASCII == scalars.contains { $0 >= 0x80 })
            #expect(buffer.hasMojibakeLead == scalars.contains { $0 >= 0xC2 && $0 <= 0xF4 })
            #expect(buffer.hasNFCUnstable == scalars.contains { !UnicodeComposition.isStableUnderNFC($0) })
            #expect(buffer.hasClusterJoiner == scalars.contains { $0 == 0x0D || !GraphemeGuard.joinsNothing($0) })
            // The tokenizer's decoding skips the cleanness tests: what it reads is the same,
            // and the facts it does not note are the cautious true.
            let quick = ScalarBuffer(text, notingCleanness: false)
            #expect(quick.scalars == buffer.scalars)
            #expect(quick.lineBreaks == buffer.lineBreaks, "\(text.debugDescription)")
            #expect(quick.hasNonASCII == buffer.hasNonASCII)
            #expect(quick.hasClusterJoiner == buffer.hasClusterJoiner)
            #expect(quick.hasAmpersand && quick.hasInvisible && quick.hasIrregularSpace)
            #expect(quick.hasMojibakeLead && quick.hasNFCUnstable)
        }
    }
}

/// Texts whose scalars all lie below U+0100 are scanned one byte per scalar; the rules are
/// the same code, so both widths must give the same spans.
struct NarrowScalarsTests {
    /// Random text of ASCII, Latin-1 and news fragments (abbreviations, numbers, clitics,
    /// addresses, hyphens, line breaks), some of it with a CR, a NEL or a wider scalar.
    private func newsLikeText(_ generator: inout SplitMix64) -> String {
        let fragments = [
            "Mr. Smith", "U.S.", "e.g.", "Jan.", "don't", "dont", "£1.5bn", "10km", "3.5%", "1990s", "02/13/2001",
            "10:30", "well-known", "e-mail", "http://www.bbc.co.uk/news.", "a.b@example.com", "@bbc", "#tag",
            "...", "!?", "\"Yes,\" he said.", "(Reuters)", "café", "naïve", "½", "«a»", "¿Qué?", "Élan",
            " ", " ", " ", "  ", "\n", "\n\n", "\u{0B}", "\u{0C}", "\t", "\u{A0}", "\u{AD}", "The", "He", "it", ".", ",",
        ]
        // A third of the texts get a scalar the narrow path leaves to the wide one.
        let wideOnly = ["\r\n", "\r", "—", "\u{85}", "\u{2019}s", "\u{301}", "\u{100}", "😀"]
        let count = Int(generator.next() % 40)
        let wideAt = generator.next() % 3 == 0 ? Int(generator.next() % UInt64(count + 1)) : -1
        var text = ""
        for k in 0...count {
            if k == wideAt { text += wideOnly[Int(generator.next() % UInt64(wideOnly.count))] }
            guard k < count else { break }
            if generator.next() % 4 == 0 {
                let value = UInt32(0x20 + generator.next() % 0xE0)
                if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            } else {
                text += fragments[Int(generator.next() % UInt64(fragments.count))]
            }
        }
        return text
    }

    @Test func decodesExactlyTheTextsBelowU0100() {
        var generator = SplitMix64(seed: 0x1A71)
        for _ in 0..<2_000 {
            let text = newsLikeText(&generator)
            let scalars = text.unicodeScalars.map(\.value)
            let narrow = NarrowScalars(text)
            let expected = scalars.allSatisfy { $0 < 0x100 && $0 != 0x0D && $0 != 0x85 }
            #expect((narrow != nil) == expected, "\(text.debugDescription)")
            if let narrow {
                #expect(narrow.scalars.map(UInt32.init) == scalars, "\(text.debugDescription)")
                #expect(narrow.lineBreaks == ScalarBuffer(text).lineBreaks, "\(text.debugDescription)")
            }
        }
    }

    @Test func bothWidthsGiveTheSameSpans() {
        var generator = SplitMix64(seed: 0x7E57)
        var narrowTexts = 0
        for round in 0..<3_000 {
            let text = newsLikeText(&generator)
            if NarrowScalars(text) != nil { narrowTexts += 1 }
            let tokenizer = Tokenizer(detectHeadline: round % 2 == 0)
            let narrow = tokenizer.tokenize(text, allowingNarrow: true)
            let wide = tokenizer.tokenize(text, allowingNarrow: false)
            #expect(narrow == wide, "\(text.debugDescription)")
        }
        // Most of the texts must take the narrow path, or the comparison tests little.
        #expect(narrowTexts > 1_500)
    }

    /// The end of a run of ASCII letters and digits, found eight units at a time, agrees
    /// with a plain scan for every byte value and for scalars beyond ASCII.
    @Test func alnumRunEndsAgreeWithAPlainScan() {
        var generator = SplitMix64(seed: 0xA1A1)
        func plainEnd(_ units: [UInt32], _ start: Int, _ end: Int) -> Int {
            var k = start
            while k < end && ScalarClass.isAlnumASCII(units[k]) { k += 1 }
            return k
        }
        let alnum = Array("abcxyzABCXYZ0189".unicodeScalars.map(\.value))
        let others: [UInt32] = Array(0...0xFF).map(UInt32.init) + [0x100, 0x2019, 0x1F600, 0x141, 0x161]
        for _ in 0..<3_000 {
            let count = Int(generator.next() % 40)
            var units: [UInt32] = []
            for _ in 0..<count {
                // Mostly letters and digits, so runs cross the eight-unit words.
                if generator.next() % 6 == 0 {
                    units.append(others[Int(generator.next() % UInt64(others.count))])
                } else {
                    units.append(alnum[Int(generator.next() % UInt64(alnum.count))])
                }
            }
            let start = count == 0 ? 0 : Int(generator.next() % UInt64(count + 1))
            let end = start + Int(generator.next() % UInt64(count - start + 1))
            let expected = plainEnd(units, start, end)
            let wide = units.withUnsafeBufferPointer { UInt32.alnumRunEnd($0, from: start, to: end) }
            #expect(wide == expected, "\(units) \(start) \(end)")
            if units.allSatisfy({ $0 < 0x100 }) {
                let bytes = units.map { UInt8($0) }
                let narrow = bytes.withUnsafeBufferPointer { UInt8.alnumRunEnd($0, from: start, to: end) }
                #expect(narrow == expected, "\(units) \(start) \(end)")
            }
        }
    }
}
