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
