import Foundation
import PipelineCore
import Testing

@testable import Stages

/// Cuts a written document as `tokenize` would for these simple texts: paragraphs at blank
/// lines, sentences after `.`, `!` or `?` and a space, words and numbers as runs of letters,
/// digits and apostrophes, any other non-space scalar as punctuation.
private func tokenized(_ text: String) -> TokenizedText {
    let scalars = Array(text.unicodeScalars)
    var paragraphs: [Span] = []
    var sentences: [Span] = []
    var tokens: [Token] = []
    var paragraphStart = 0
    var index = 0
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'"
    }
    func closeParagraph(_ end: Int) {
        var start = paragraphStart
        while start < end && scalars[start] == " " { start += 1 }
        guard start < end else { return }
        paragraphs.append(Span(start: start, end: end))
        var sentenceStart = start
        for offset in start..<end where ".!?".unicodeScalars.contains(scalars[offset]) {
            if offset + 1 == end || scalars[offset + 1] == " " {
                sentences.append(Span(start: sentenceStart, end: offset + 1))
                sentenceStart = offset + 2
            }
        }
        if sentenceStart < end { sentences.append(Span(start: sentenceStart, end: end)) }
    }
    while index < scalars.count {
        if scalars[index] == "\n" && index + 1 < scalars.count && scalars[index + 1] == "\n" {
            closeParagraph(index)
            index += 2
            paragraphStart = index
            continue
        }
        let scalar = scalars[index]
        if isWordScalar(scalar) {
            let start = index
            while index < scalars.count && isWordScalar(scalars[index]) { index += 1 }
            let kind: TokenKind = ("0"..."9").contains(scalars[start]) ? .number : .word
            tokens.append(Token(start: start, end: index, kind: kind))
            continue
        }
        if !scalar.properties.isWhitespace { tokens.append(Token(start: index, end: index + 1, kind: .punct)) }
        index += 1
    }
    closeParagraph(scalars.count)
    return TokenizedText(text: text, paragraphs: paragraphs, sentences: sentences, tokens: tokens)
}

private func summarize(_ text: String, _ configure: (inout SummarizeOptions) -> Void = { _ in }) throws -> Summary {
    var options = SummarizeOptions()
    configure(&options)
    let stage = try Summarize(options: options, context: StageContext(stageID: "summary", baseDirectory: "."))
    return try stage.process(
        StageInput(document: Document(id: "d", body: text), artifacts: ["tokens": tokenized(text)]))
}

/// A story whose third body sentence repeats the words of all the others.
private let centralStory = """
    Storm hits coast

    Fishermen stayed home on Monday. The harbour wall cracked near the lighthouse. \
    The storm cracked the harbour wall and kept the fishermen home near the lighthouse on Monday. \
    Schools opened late. A bakery sold out of bread.
    """

private let leadStory = """
    Council approves budget

    By Jane Smith

    The city council approved next year's budget on Tuesday. Spending on parks rises by 4%. \
    Libraries keep their opening hours. Bus fares stay the same. Road repairs start in May.
    """

struct SummarizeTests {
    @Test(arguments: SummaryMethod.allCases.filter { $0 != .lead })
    func picksTheSentenceThatSharesMostWithTheOthers(method: SummaryMethod) throws {
        let summary = try summarize(centralStory) {
            $0.method = method
            $0.sentences = 1
            $0.continuous = true
        }
        #expect(summary.sentences.map(\.index) == [3])
        let sentence = try #require(summary.sentences.first)
        #expect(sentence.text.hasPrefix("The storm cracked the harbour wall"))
        #expect(sentence.score == 1)
        let scalars = Array(centralStory.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
    }

    @Test func leadTakesTheFirstSentencesAfterHeadlineAndByline() throws {
        let summary = try summarize(leadStory) {
            $0.method = .lead
            $0.sentences = 2
        }
        #expect(summary.sentences.map(\.index) == [2, 3])
        #expect(summary.sentences.map(\.start) == [40, 97])
        #expect(summary.sentences.map(\.end) == [96, 127])
        #expect(summary.sentences.map(\.text) == [
            "The city council approved next year's budget on Tuesday.", "Spending on parks rises by 4%.",
        ])
        #expect(summary.sentences.map(\.score) == [1, 0.8])
    }

    @Test func headlineAndBylineAloneGiveNoSummary() throws {
        #expect(try summarize("Council approves budget\n\nBy Jane Smith").sentences.isEmpty)
        #expect(try summarize("Council approves budget\n\nThe vote was close.").sentences.map(\.index) == [1])
    }

    @Test func pageRankOfAStarGraph() {
        // Sentence 0 shares one word with each of three others, which share none among them:
        // equal TextRank weights on a star. Closed form with damping d: the centre gets
        // (1 + 3d) / (4(1 + d)), each leaf a third of the rest.
        let terms = SentenceTerms(count: 4, termCount: 3, occurrences: [0, 1, 2, 0, 1, 2], occurrenceStarts: [0, 3, 4, 5, 6])
        let ranks = TextRankScorer(pageRank: PageRank()).scores(terms)
        let centre = (1 + 3 * 0.85) / (4 * (1 + 0.85))
        #expect(abs(ranks[0] - centre) < 1e-9)
        for leaf in 1...3 { #expect(abs(ranks[leaf] - (1 - centre) / 3) < 1e-9) }
        #expect(abs(ranks.reduce(0, +) - 1) < 1e-12)
    }

    @Test func headlineMayBeChosenWhenAllowed() throws {
        let summary = try summarize(leadStory) {
            $0.method = .lead
            $0.sentences = 1
            $0.headline = true
        }
        #expect(summary.sentences.map(\.text) == ["Council approves budget"])
    }

    @Test func repeatedSentenceIsPickedOnce() throws {
        let text = """
            Rates rise again

            The central bank raised interest rates to five percent. Markets fell after the \
            central bank raised interest rates to five percent. The central bank raised interest \
            rates to five percent. Shoppers worried about mortgages. The bank expects inflation to ease.
            """
        let summary = try summarize(text) { $0.sentences = 2 }
        let texts = summary.sentences.map(\.text)
        #expect(texts.count == 2)
        #expect(texts.filter { $0 == "The central bank raised interest rates to five percent." }.count == 1)
        // The score list says why the second copy, tied at the top, was left out.
        let explained = try summarize(text) {
            $0.sentences = 2
            $0.scores = true
        }
        let copies = try #require(explained.scores).filter { [1, 3].contains($0.index) }
        #expect(copies.map(\.score) == [1, 1])
        #expect(copies.map(\.selected) == [true, false])
        #expect(copies.map(\.redundancy) == [0, 1])
        // Without redundancy control the two copies are tied at the top and both are picked.
        let plain = try summarize(text) {
            $0.sentences = 2
            $0.redundancy = 0
        }
        #expect(plain.sentences.map(\.index) == [1, 3])
    }

    @Test func tiesGoToTheEarlierSentence() throws {
        let text = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Kappa lambda mu."
        for method in SummaryMethod.allCases {
            let summary = try summarize(text) {
                $0.method = method
                $0.sentences = 2
            }
            #expect(summary.sentences.map(\.index) == [0, 1], "\(method)")
        }
    }

    @Test func sameInputSameSummary() throws {
        for method in SummaryMethod.allCases {
            let first = try summarize(centralStory + "\n\n" + leadStory) {
                $0.method = method
                $0.scores = true
            }
            for _ in 0..<5 {
                #expect(try summarize(centralStory + "\n\n" + leadStory) {
                    $0.method = method
                    $0.scores = true
                } == first)
            }
        }
    }

    @Test(arguments: SummaryMethod.allCases)
    func emptyAndOneSentenceDocuments(method: SummaryMethod) throws {
        #expect(try summarize("") { $0.method = method }.sentences.isEmpty)
        #expect(try summarize("   \n\n  ") { $0.method = method }.sentences.isEmpty)
        let one = try summarize("Only one sentence here.") { $0.method = method }
        #expect(one.sentences == [SummarySentence(index: 0, start: 0, end: 23, score: 1, text: "Only one sentence here.")])
        let punctuation = try summarize("?! ... !") { $0.method = method }
        #expect(punctuation.sentences.count <= 1)
    }

    @Test func scoresListEverySentence() throws {
        let summary = try summarize(leadStory) {
            $0.sentences = 2
            $0.scores = true
        }
        let scores = try #require(summary.scores)
        #expect(scores.map(\.index) == Array(0..<7))
        #expect(scores.map(\.candidate) == [false, false, true, true, true, true, true])
        #expect(scores.filter(\.selected).map(\.index) == summary.sentences.map(\.index))
        #expect(scores.filter(\.candidate).map(\.score).max() == 1)
        // The picked sentences are the best scored.
        let picked = Set(summary.sentences.map(\.index))
        let best = scores.filter(\.candidate).sorted { $0.score > $1.score }.prefix(2).map(\.index)
        #expect(Set(best) == picked)
        #expect(try summarize(leadStory).scores == nil)
    }

    @Test func ratioAndMinimumLength() throws {
        let summary = try summarize(leadStory) { $0.ratio = 0.4 }  // 5 candidates × 0.4
        #expect(summary.sentences.count == 2)
        let long = try summarize(leadStory) {
            $0.method = .lead
            $0.minWords = 6
            $0.sentences = 5
        }
        #expect(long.sentences.map(\.index) == [2, 3])
    }

    @Test func badOptionsAreRejected() {
        #expect(throws: OptionError.self) { try summarize("A.") { $0.sentences = 2; $0.ratio = 0.5 } }
        #expect(throws: OptionError.self) { try summarize("A.") { $0.ratio = 1.5 } }
        #expect(throws: OptionError.self) { try summarize("A.") { $0.sentences = -1 } }
        #expect(throws: OptionError.self) { try summarize("A.") { $0.damping = 1 } }
    }

    @Test func stopWordsAreConfigurable() throws {
        // "storm" is everywhere; as a stop word it no longer links the sentences.
        let text = "Storm storm storm. Storm again today. Quiet harbour at dawn. Harbour at dawn, quiet."
        let withStorm = try summarize(text) {
            $0.method = .textrank
            $0.sentences = 1
            $0.scores = true
        }
        let withoutStorm = try summarize(text) {
            $0.method = .textrank
            $0.sentences = 1
            $0.extraStopWords = ["STORM"]
        }
        #expect(withStorm.sentences.map(\.index) == [0])
        #expect(withoutStorm.sentences.map(\.index) == [2])
    }

    @Test func anyUnicodeAndBrokenSpansDoNotCrash() throws {
        let text = "Ünïcödé wörds 😀 here. 東京で会議が開かれた。 Another sentence with wörds."
        for method in SummaryMethod.allCases {
            let summary = try summarize(text) { $0.method = method; $0.sentences = 2 }
            #expect(summary.sentences.count == 2)
        }
        let broken = TokenizedText(
            text: "Short.", paragraphs: [Span(start: 5, end: 400)],
            sentences: [Span(start: -3, end: 2), Span(start: 4, end: 900), Span(start: 7, end: 1)],
            tokens: [Token(start: 0, end: 50, kind: .word), Token(start: -1, end: 3, kind: .word)])
        let stage = try Summarize(options: .init(), context: StageContext(stageID: "s", baseDirectory: "."))
        let summary = try stage.process(StageInput(document: Document(id: "d", body: ""), artifacts: ["tokens": broken]))
        #expect(summary.sentences.count <= 3)
    }

    @Test func summaryEncodesAsTheDesignSchema() throws {
        let summary = Summary(sentences: [SummarySentence(index: 2, start: 5, end: 9, score: 0.5, text: "Hi.")])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try String(decoding: encoder.encode(summary), as: UTF8.self)
        #expect(json == #"{"sentences":[{"end":9,"index":2,"score":0.5,"start":5,"text":"Hi."}]}"#)
    }
}
