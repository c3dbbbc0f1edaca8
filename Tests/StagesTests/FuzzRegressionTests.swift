import PipelineCore
import Stages
import Testing

/// Inputs the fuzz targets in `Fuzz/` found, each kept as the smallest input that showed
/// the problem, with the options the selector byte chose.
struct FuzzRegressionTests {
    private func normalize(_ text: String, _ options: Normalize.Options) throws -> Text {
        let stage = try Normalize(options: options, context: StageContext(stageID: "n", baseDirectory: "."))
        return try stage.process(StageInput(document: Document(id: "d", body: text), artifacts: ["text": Text(text)]))
    }

    /// normalize, every option on: a zero-width joiner kept between U+FFFD and a curly quote
    /// was dropped by a second run once the quote had folded to ASCII (not idempotent).
    @Test func aJoinerBesideAFoldedQuoteGoesInOnePass() throws {
        var options = Normalize.Options()
        options.form = .nfkc
        options.foldQuotes = true
        options.foldDashes = true
        options.headline = false
        let once = try normalize("\u{FFFD}\u{200D}\u{201D}", options)
        #expect(Array(once.text.unicodeScalars) == ["\u{FFFD}", "\""])
        let twice = try normalize(once.text, options)
        #expect(Array(twice.text.unicodeScalars) == Array(once.text.unicodeScalars))
        // The emoji sequence joiner, between two non-ASCII scalars that stay, is kept.
        #expect(try normalize("👨\u{200D}👩 “ok”", options).text == "👨\u{200D}👩 \"ok\"")
    }

    /// normalize with NFKC and fold_quotes: "″" and a combining mark became `''` and the mark,
    /// one block over the two source scalars, but the alignment read its first two scalars
    /// as one to one and went back from offset 1 to 0 at offset 2.
    @Test func aFoldedPieceOfABlockStaysInTheBlock() throws {
        var options = Normalize.Options()
        options.form = .nfkc
        options.foldQuotes = true
        let out = try normalize("\u{2033}\u{07EC}", options)
        #expect(Array(out.text.unicodeScalars) == ["'", "'", "\u{07EC}"])
        let alignment = try #require(out.alignment)
        #expect(alignment.runs == [TextAlignment.Run(outputStart: 0, length: 3, sourceStart: 0, sourceLength: 2)])
        #expect((0...3).map { alignment.sourceOffset($0, roundingUp: false) } == [0, 0, 0, 2])
    }

    /// normalize: `&amp;` nested deeper than the normalizer's passes (found with a 1 MB chain
    /// `&amp;amp;…;lt;`) was left half decoded, and normalizing again decoded more.
    @Test func anEntityChainOfAnyDepthDecodesInOnePass() throws {
        let chain = "x &" + String(repeating: "amp;", count: 40) + "lt; y &amp;z &amp;#8217; &#38;amp;"
        let once = try normalize(chain, .init())
        #expect(once.text == "x < y &z ’ &")
        #expect(try normalize(once.text, .init()).text == once.text)
        let alignment = try #require(once.alignment)
        #expect(alignment.sourceSpan(start: 2, end: 3) == 2..<(2 + 1 + 40 * 4 + 3))
    }

    /// normalize: a base letter with a million combining marks took over a minute in
    /// Foundation's normalization (quadratic in the stretch); past 64 marks in a row the run
    /// is left as it is, and a short stretch still composes.
    @Test(.timeLimit(.minutes(1)))
    func aLongStretchOfCombiningMarksIsLeftAsItIs() throws {
        let zalgo = "e" + String(repeating: "\u{301}", count: 1_000_000) + " ok"
        let once = try normalize(zalgo, .init())
        #expect(once.text.unicodeScalars.elementsEqual(zalgo.unicodeScalars))
        #expect(try normalize("cafe\u{301} e\u{302}\u{301}", .init()).text == "café \u{1EBF}")
    }

    /// quote-extract on a paragraph of a million `"` (the bad-input suite): every mark opened a
    /// quote inside the last and looked through all of them for one to close, which took hours.
    @Test(.timeLimit(.minutes(1)))
    func aMillionQuoteMarksTakeLinearTime() throws {
        let text = "Quotes\n\n" + String(repeating: "\"", count: 1_000_000) + "\n"
        let tokens = Tokenizer().tokenize(text)
        let stage = try QuoteExtract(options: .init(), context: StageContext(stageID: "q", baseDirectory: "."))
        let quotes = try stage.process(StageInput(document: Document(id: "d", body: text), artifacts: ["tokens": tokens]))
        #expect(quotes.quotes.isEmpty)
    }

    /// Quotes nested past the bound still pair up: the outer quote is found with its speaker.
    @Test func quotesNestedDeeperThanTheBoundKeepTheOuterQuote() throws {
        let inner = String(repeating: "“a ", count: 100) + String(repeating: "” ", count: 100)
        let text = "\"We said \(inner) and left,\" Smith said.\n"
        let tokens = Tokenizer().tokenize(text)
        let stage = try QuoteExtract(options: .init(), context: StageContext(stageID: "q", baseDirectory: "."))
        let quotes = try stage.process(StageInput(document: Document(id: "d", body: text), artifacts: ["tokens": tokens]))
        #expect(quotes.quotes.count == 1)
        #expect(quotes.quotes.first?.start == 1)
        #expect(quotes.quotes.first?.text.hasPrefix("We said “a “a") == true)
        #expect(quotes.quotes.first?.speaker == "Smith")
    }
}
