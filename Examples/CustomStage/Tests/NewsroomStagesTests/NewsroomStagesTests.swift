import NewsroomStages
import PipelineCore
import Stages
import Testing

/// Each stage on its own, as the pipeline's own tests do it: options, a context, inputs.
struct NewsroomStagesTests {
    private let context = StageContext(stageID: "test", baseDirectory: ".")

    @Test func countsKeywordsAmongWordsIgnoringCase() throws {
        var options = KeywordCount.Options()
        options.keywords = ["budget", "Tax"]
        let stage = try KeywordCount(options: options, context: context)
        // "Budget tax, budgets." — tokens as tokenize gives them.
        let tokens = TokenizedText(
            text: "Budget tax, budgets.", paragraphs: [Span(start: 0, end: 20)], sentences: [Span(start: 0, end: 20)],
            tokens: [
                Token(start: 0, end: 6, kind: .word), Token(start: 7, end: 10, kind: .word),
                Token(start: 10, end: 11, kind: .punct), Token(start: 12, end: 19, kind: .word),
                Token(start: 19, end: 20, kind: .punct),
            ])
        let output = try stage.process(StageInput(document: Document(id: "d", body: tokens.text), artifacts: ["tokens": tokens]))
        #expect(output.keywords == [
            .init(keyword: "budget", count: 1, firstStart: 0),
            .init(keyword: "Tax", count: 1, firstStart: 7),
        ])
    }

    @Test func refusesAnEmptyKeywordList() {
        #expect(throws: OptionError.self) { try KeywordCount(options: .init(), context: context) }
    }

    @Test func countsQuotesPerSpeakerMostQuotedFirst() throws {
        let quotes = Quotes(quotes: [
            Quote(text: "We will not give in", start: 1, end: 20, kind: .direct, speaker: "Rachel Dunmore"),
            Quote(text: "reckless spending", start: 40, end: 57, kind: .partial, speaker: "Tom Avery"),
            Quote(text: "It repairs our schools", start: 70, end: 92, kind: .direct, speaker: "Rachel Dunmore"),
            Quote(text: "experts", start: 100, end: 107, kind: .other),
            Quote(text: "No comment", start: 120, end: 130, kind: .direct),
        ])
        let stage = SpeakerCount(options: .init(), context: context)
        let output = try stage.process(StageInput(document: Document(id: "d", body: ""), artifacts: ["quotes": quotes]))
        #expect(output == SpeakerCounts(
            speakers: [
                .init(speaker: "Rachel Dunmore", quotes: 2, quotedLength: 41),
                .init(speaker: "Tom Avery", quotes: 1, quotedLength: 17),
            ],
            unattributed: 1))
    }

    @Test func theStagesLoadInAPipelineWithBuiltInsAndTheirPortsAreChecked() throws {
        var registry = BuiltInStages.registry()
        try registry.register(KeywordCount.self, origin: "newsroom")
        try registry.register(SpeakerCount.self, origin: "newsroom")
        #expect(throws: RegistryError.self) { try registry.register(KeywordCount.self, origin: "newsroom") }
        let yaml = """
            stages:
              - { id: tokens, uses: tokenize }
              - { id: speakers, uses: speaker-count, inputs: { quotes: tokens } }
            """
        #expect(throws: DiagnosticList.self) {
            try PipelineLoader(registry: registry).load(bytes: Array(yaml.utf8), file: "test.yaml")
        }
    }
}
