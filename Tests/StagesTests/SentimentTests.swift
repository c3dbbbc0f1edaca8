import Foundation
import PipelineCore
import Testing

@testable import Stages

/// Expected scores are vaderSentiment 3.3.2's `polarity_scores` on the same strings
/// (`../shared/peers/vader_ref.py --plain`), copied here.
struct SentimentTests {
    let vader = VADERAnalyzer(mode: .vader)
    let news = VADERAnalyzer(mode: .news)

    static let referenceCases: [(String, SentimentScores)] = [
        // lexicon word, negation (word and contraction), `never so/this`, `no`
        ("The book was good.", .init(neg: 0.0, neu: 0.508, pos: 0.492, compound: 0.4404)),
        ("The book was not good.", .init(neg: 0.376, neu: 0.624, pos: 0.0, compound: -0.3412)),
        ("The book isn't good.", .init(neg: 0.445, neu: 0.555, pos: 0.0, compound: -0.3412)),
        ("The book was never so good.", .init(neg: 0.0, neu: 0.53, pos: 0.47, compound: 0.6626)),
        ("Sentiment analysis has never been this good!", .init(neg: 0.0, neu: 0.621, pos: 0.379, compound: 0.5672)),
        ("Not bad at all", .init(neg: 0.0, neu: 0.513, pos: 0.487, compound: 0.431)),
        ("No problem at all.", .init(neg: 0.0, neu: 0.571, pos: 0.429, compound: 0.3089)),
        ("There is no", .init(neg: 0.524, neu: 0.476, pos: 0.0, compound: -0.296)),
        // boosters, dampeners, ALL CAPS in mixed case
        ("The book was very good.", .init(neg: 0.0, neu: 0.556, pos: 0.444, compound: 0.4927)),
        ("The book was VERY GOOD.", .init(neg: 0.0, neu: 0.462, pos: 0.538, compound: 0.6867)),
        ("The MARKET was awful", .init(neg: 0.5, neu: 0.5, pos: 0.0, compound: -0.4588)),
        ("The book was kind of good.", .init(neg: 0.0, neu: 0.657, pos: 0.343, compound: 0.3832)),
        // `but`, including the reference's first-equal-value quirk (win 2.8 halved to 1.4
        // collides with advantaged 1.4), and `but` reaching back across a sentence end
        ("The book was good, but the ending was bad.", .init(neg: 0.347, neu: 0.511, pos: 0.142, compound: -0.5859)),
        ("They win but remain advantaged.", .init(neg: 0.0, neu: 0.423, pos: 0.577, compound: 0.4767)),
        ("The firm was hurt, but rivals were accused.", .init(neg: 0.388, neu: 0.612, pos: 0.0, compound: -0.4215)),
        ("The market was awful. But nobody was hurt.", .init(neg: 0.524, neu: 0.476, pos: 0.0, compound: -0.765)),
        // ! and ? emphasis
        ("The book was good!!!", .init(neg: 0.0, neu: 0.443, pos: 0.557, compound: 0.5826)),
        ("Was the book good???", .init(neg: 0.0, neu: 0.466, pos: 0.534, compound: 0.533)),
        // special-case idioms, `least`, `without a doubt`
        ("The book was the shit.", .init(neg: 0.0, neu: 0.5, pos: 0.5, compound: 0.6124)),
        ("The book was bad ass.", .init(neg: 0.0, neu: 0.375, pos: 0.625, compound: 0.6124)),
        ("At least it isn't a horrible book.", .init(neg: 0.0, neu: 0.678, pos: 0.322, compound: 0.431)),
        ("Roger Dodger is one of the least compelling variations on this theme.", .init(neg: 0.132, neu: 0.868, pos: 0.0, compound: -0.1695)),
        ("Without a doubt, excellent idea.", .init(neg: 0.0, neu: 0.341, pos: 0.659, compound: 0.7013)),
        // emoji through their descriptions (and the missing space after one)
        ("Catch utf-8 emoji such as 💘 and 💋 and 😁", .init(neg: 0.0, neu: 0.583, pos: 0.417, compound: 0.875)),
        ("It went 😁!", .init(neg: 0.0, neu: 0.646, pos: 0.354, compound: 0.5093)),
        // the reference's quirks: ASCII-only stripping, short tokens kept whole, idioms unused
        ("“Great” result", .init(neg: 0.0, neu: 1.0, pos: 0.0, compound: 0.0)),
        ("\"Great\" result", .init(neg: 0.0, neu: 0.196, pos: 0.804, compound: 0.6249)),
        ("That was ok!", .init(neg: 0.0, neu: 1.0, pos: 0.0, compound: 0.0)),
        ("The company is in the red this year.", .init(neg: 0.0, neu: 1.0, pos: 0.0, compound: 0.0)),
        ("Awful news didn’t stop a great rally.", .init(neg: 0.391, neu: 0.301, pos: 0.308, compound: -0.0258)),
        // whitespace of every kind (no-break, em and ideographic spaces, tabs, runs), words
        // of eight letters and longer, punctuation inside and at the ends, non-ASCII words
        ("The absolutely wonderful\u{A0}outcome\tsurprised\u{2003}everyone, but the aftermath was TERRIBLE!!",
         .init(neg: 0.326, neu: 0.447, pos: 0.228, compound: -0.5797)),
        ("Extraordinarily generous donors helped;  the  unfortunately-named committee wasn't happy\u{3000}at all.",
         .init(neg: 0.196, neu: 0.588, pos: 0.216, compound: 0.0777)),
        ("Café owners were delighted: prices fell £5 and customers returned.",
         .init(neg: 0.0, neu: 0.732, pos: 0.268, compound: 0.5106)),
    ]

    @Test func vaderModeMatchesTheReference() {
        for (text, expected) in Self.referenceCases {
            #expect(vader.polarityScores(text) == expected, "\(text)")
        }
    }

    @Test func newsModeFixesTheReferenceQuirks() {
        // curly quotes stripped like straight ones
        #expect(news.polarityScores("“Great” result") == news.polarityScores("\"Great\" result"))
        #expect(news.polarityScores("“Great” result").compound == 0.6249)
        // a short word loses its punctuation; an emoticon that is a lexicon entry does not
        #expect(news.polarityScores("That was ok!").compound == 0.3595)
        #expect(news.polarityScores("Nice :)").compound > news.polarityScores("Nice").compound)
        // a curly apostrophe negates like a straight one
        #expect(news.polarityScores("Awful news didn’t stop a great rally.") == news.polarityScores("Awful news didn't stop a great rally."))
        #expect(news.polarityScores("Awful news didn’t stop a great rally.").compound == -0.6604)
        // sentiment-laden idioms
        #expect(news.polarityScores("The company is in the red this year.").compound == -0.4588)
        // `but` reweights each word by its own position
        #expect(news.polarityScores("They win but remain advantaged.").compound == 0.6705)
        // `so` right before a word boosts it only after `never`
        #expect(news.polarityScores("The book was never so good.").compound == 0.5777)
        // rules the reference gets right are unchanged
        #expect(news.polarityScores("The book was not good.") == vader.polarityScores("The book was not good."))
    }

    @Test func roundsLikePython() {
        let cases: [(Double, Double, Double)] = [  // x, round(x, 3), round(x, 4) in Python 3.11
            (0.0625, 0.062, 0.0625), (0.0005, 0.001, 0.0005), (0.0025, 0.003, 0.0025),
            (0.1235, 0.123, 0.1235), (0.4445, 0.445, 0.4445), (0.00045, 0.0, 0.0004), (0.99995, 1.0, 1.0),
            (-0.4445, -0.445, -0.4445),
        ]
        for (x, three, four) in cases {
            #expect(PythonRounding.round(x, scale: 1000) == three, "round(\(x), 3)")
            #expect(PythonRounding.round(x, scale: 10000) == four, "round(\(x), 4)")
        }
    }

    @Test func nearestIntegerRoundsHalvesToEven() {
        let twoTo52 = 4_503_599_627_370_496.0
        var cases: [Double] = [0, 0.5, 1.5, 2.5, 0.49999999999999994, 1234.5, 1235.5, 999.4999, twoTo52 - 0.5, twoTo52 - 1.5,
                               twoTo52, twoTo52 + 2, 8.9e15]
        var seed: UInt64 = 7
        for _ in 0..<2000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let x = Double(seed >> 11) / Double(1 << 53) * 20000
            cases += [x, x.rounded(.down) + 0.5]
        }
        for x in cases {
            #expect(PythonRounding.nearestInteger(x) == x.rounded(.toNearestOrEven), "\(x)")
        }
    }

    @Test func finalScoresAddLikeTheReferenceLoops() {
        // score_valence's sums, one loop each, zeros skipped as the reference's `if` skips them.
        func reference(_ values: [Double], _ marks: PunctuationMarks) -> SentimentScores {
            var sum = 0.0, positive = 0.0, negative = 0.0, neutral = 0
            for value in values { sum += value }
            for value in values {
                if value > 0 { positive += value + 1 }
                if value < 0 { negative += value - 1 }
                if value == 0 { neutral += 1 }
            }
            let amplifier = Double(min(marks.exclamations, 4)) * 0.292
                + (marks.questions > 1 ? (marks.questions <= 3 ? Double(marks.questions) * 0.18 : 0.96) : 0)
            if sum > 0 { sum += amplifier } else if sum < 0 { sum -= amplifier }
            let compound = min(max(sum / (sum * sum + 15).squareRoot(), -1), 1)
            if positive > abs(negative) { positive += amplifier } else if positive < abs(negative) { negative -= amplifier }
            let total = positive + abs(negative) + Double(neutral)
            return SentimentScores(
                neg: PythonRounding.round(abs(negative / total), scale: 1000),
                neu: PythonRounding.round(abs(Double(neutral) / total), scale: 1000),
                pos: PythonRounding.round(abs(positive / total), scale: 1000),
                compound: PythonRounding.round(compound, scale: 10000))
        }
        var seed: UInt64 = 11
        let choices: [Double] = [0, -0.0, 0, 1.9, -1.4, 2.8, -0.7, 0.1, 3.35, -2.2]
        // Past 64 values too: they are gathered 64 at a time.
        for length in Array(1..<60) + [63, 64, 65, 128, 129, 400] {
            var values: [Double] = []
            for _ in 0..<length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                values.append(choices[Int(seed >> 33) % choices.count])
            }
            let marks = PunctuationMarks(exclamations: length % 6, questions: length % 5)
            let ours = values.withUnsafeBufferPointer { vader.finalScores($0, marks: marks) }
            #expect(ours == reference(values, marks), "\(values)")
        }
        // A NaN is neither neutral, positive nor negative.
        let withNaN = [0, .nan, 1.9, 0]
        let ours = withNaN.withUnsafeBufferPointer { vader.finalScores($0, marks: PunctuationMarks()) }
        let expected = reference(withNaN, PunctuationMarks())
        #expect(ours.neg == expected.neg && ours.neu == expected.neu && ours.pos == expected.pos && ours.compound.isNaN)
    }

    @Test func embeddedLexiconIsTheShippedOne() {
        let lexicon = SentimentLexicon.vaderDefault
        #expect(lexicon.entryCount == 7506)  // len(SentimentIntensityAnalyzer().lexicon)
        #expect(lexicon.valence(of: "good") == 1.9)
        #expect(lexicon.valence(of: "lol") == 1.8)  // the later of two duplicate lines wins
        #expect(lexicon.valence(of: "d:") == 1.2)
        #expect(lexicon.emoji[0x1F601] == "beaming face with smiling eyes".unicodeScalars.map(\.value))
    }

    @Test func emptyAndOddTextsScoreZeroWithoutCrashing() {
        #expect(vader.polarityScores("") == .zero)
        #expect(vader.polarityScores(" \t\u{3000}\n") == .zero)
        #expect(vader.polarityScores("!!! ??? …").compound == 0)
        let long = String(repeating: "good but bad, not great 😁 ", count: 5000)
        #expect(vader.polarityScores(long).compound <= 1)
        #expect(news.polarityScores("\u{0}\u{FFFF}𝔊𝔬𝔬𝔡 İSTANBUL ǅ").neu == 1.0)
    }

    @Test func butCheckMatchesTheReferenceLoop() {
        // The reference: each value's position is the first equal value's, found afresh.
        func referenceLoop(_ values: [Double], butIndex: Int) -> [Double] {
            var values = values
            for k in values.indices {
                let value = values[k]
                guard let first = values.firstIndex(of: value) else { continue }
                if first < butIndex { values[first] = value * 0.5 } else if first > butIndex { values[first] = value * 1.5 }
            }
            return values
        }
        // Few distinct values, so that equal ones (and halved ones meeting others) are common;
        // long lists take the indexed path (over 256 non-zero values).
        var seed: UInt64 = 42
        for length in [12, 60, 200, 900] {
            var values: [Double] = []
            for _ in 0..<length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let choices: [Double] = [0, 0, 0, 1.9, -1.4, 2.8, 1.4, 0.95, -0.7]
                values.append(choices[Int(seed >> 33) % choices.count])
            }
            let butIndex = length / 3
            var ours = values
            ours.withUnsafeMutableBufferPointer { VADERAnalyzer.referenceButCheck($0, butIndex: butIndex) }
            #expect(ours == referenceLoop(values, butIndex: butIndex), "\(length) values")
        }
    }

    @Test func ruleWordsReadBackFromTheirStoredValues() {
        for rule in VADERRuleWord.allCases { #expect(VADERRuleWord.stored(rule.rawValue) == rule) }
        #expect(VADERRuleWord.stored(200) == VADERRuleWord.none)
    }

    // MARK: - The stage

    func tokenized(_ text: String, sentences: [(Int, Int)]) -> TokenizedText {
        TokenizedText(
            text: text, paragraphs: [], sentences: sentences.map { Span(start: $0.0, end: $0.1) }, tokens: [])
    }

    func run(_ stage: SentimentStage, _ tokens: TokenizedText, quotes: Quotes? = nil) throws -> Sentiment {
        var artifacts: [String: any Artifact] = ["tokens": tokens]
        if let quotes { artifacts["quotes"] = quotes }
        return try stage.process(StageInput(document: Document(id: "d", body: tokens.text), artifacts: artifacts))
    }

    func stage(_ json: String = "{}") throws -> SentimentStage {
        let options = try StageOptionsSource(json: json).decode(SentimentOptions.self)
        return try SentimentStage(options: options, context: StageContext(stageID: "tone", baseDirectory: NSTemporaryDirectory()))
    }

    @Test func scoresSentencesQuotesAndDocument() throws {
        // "The market was awful." is [0, 21); "But nobody was hurt." is [22, 42).
        let text = "The market was awful. But nobody was hurt."
        let tokens = tokenized(text, sentences: [(0, 21), (22, 42)])
        let quotes = Quotes(quotes: [Quote(text: "nobody was hurt", start: 26, end: 41, kind: .partial)])
        let result = try run(try stage(), tokens, quotes: quotes)

        #expect(result.sentences.map { [$0.start, $0.end] } == [[0, 21], [22, 42]])
        #expect(result.sentences[0].scores == .init(neg: 0.5, neu: 0.5, pos: 0.0, compound: -0.4588))
        #expect(result.sentences[1].scores == .init(neg: 0.605, neu: 0.395, pos: 0.0, compound: -0.6808))
        #expect(result.quotes.map { [$0.start, $0.end] } == [[26, 41]])
        #expect(result.quotes[0].scores == vader.polarityScores("nobody was hurt"))
        // the whole text as the reference scores it, `but` reaching back into sentence 1
        #expect(result.document == .init(neg: 0.524, neu: 0.476, pos: 0.0, compound: -0.765))
        // (21 × -0.4588 + 20 × -0.6808) / 41 and (21 × 0.5 + 20 × 0.605) / 41
        #expect(result.sentenceMean.compound == -0.5671)
        #expect(result.sentenceMean.neg == 0.5512)
    }

    @Test func sentenceEndingInsideAWordIsScoredOnItsOwn() throws {
        // "Good." is [0, 5) and "No way" [5, 11), with no space between: the first sentence
        // is the string "Good.", not the word "Good.No" the whole text has.
        let text = "Good.No way, £5 café. Good.No"
        let tokens = tokenized(text, sentences: [(0, 5), (5, 21), (22, 27), (27, 29)])
        let result = try run(try stage(), tokens)
        #expect(result.sentences[0].scores == vader.polarityScores("Good."))
        #expect(result.sentences[0].compound > 0)
        #expect(result.sentences[1].scores == vader.polarityScores("No way, £5 café."))
        #expect(result.sentences[2].scores == vader.polarityScores("Good."))
        #expect(result.sentences[3].scores == vader.polarityScores("No"))
        #expect(result.document == vader.polarityScores(text))
    }

    @Test func sentencesOutOfOrderInNonASCIITextScoreTheirOwnStrings() throws {
        // Scalar offsets: "Café prices fell £5 — awful." is [0, 28), "Shoppers were NOT happy!"
        // [29, 53), "Nice." [54, 59); given last first, and one twice.
        let text = "Café prices fell £5 — awful. Shoppers were NOT happy! Nice."
        let tokens = tokenized(text, sentences: [(54, 59), (29, 53), (0, 28), (29, 53)])
        let result = try run(try stage(), tokens)
        let scalars = Array(text.unicodeScalars)
        for sentence in result.sentences {
            var string = String.UnicodeScalarView()
            string.append(contentsOf: scalars[sentence.start..<sentence.end])
            #expect(sentence.scores == vader.polarityScores(String(string)), "\(String(string))")
        }
        #expect(result.sentences[2].compound < 0)
        #expect(result.document == vader.polarityScores(text))
    }

    @Test func documentReusesSentenceValencesOnlyWhereTheyAreTheText() throws {
        // Sentences long enough to share their inner words with the whole text; one with an
        // ALL-CAPS word (the text mixes caps), one all in caps (it does not, the text does),
        // negation and boosters reaching across sentence ends, and a `but` late in the text.
        let sentences = [
            "The new stadium plan was a truly wonderful idea for the town.",
            "Council members were VERY happy with the design and the budget.",
            "NOBODY EXPECTED SUCH A GREAT RESULT FROM THE FIRST VOTE.",
            "Not",
            "good news came later, and the builders were extremely proud of it.",
            "The opening was delayed, but the crowds were kind and patient.",
        ]
        let text = sentences.joined(separator: " ")
        var spans: [(Int, Int)] = []
        var offset = 0
        for sentence in sentences {
            spans.append((offset, offset + sentence.unicodeScalars.count))
            offset += sentence.unicodeScalars.count + 1
        }
        let result = try run(try stage(), tokenized(text, sentences: spans))
        #expect(result.document == vader.polarityScores(text))
        for (sentence, scored) in zip(sentences, result.sentences) {
            #expect(scored.scores == vader.polarityScores(sentence), "\(sentence)")
        }
    }

    @Test func documentWithEmojiScoresAsTheReference() throws {
        // The emoji is found after the words are split; the text is then scored as scalars.
        let text = "What a day 😁 for the team! Sadly the bus broke down."
        let result = try run(try stage(), tokenized(text, sentences: [(0, 26), (27, 52)]))
        #expect(result.sentences[0].scores == vader.polarityScores("What a day 😁 for the team!"))
        #expect(result.sentences[1].scores == vader.polarityScores("Sadly the bus broke down."))
        #expect(result.document == vader.polarityScores(text))
        #expect(result.document != vader.polarityScores("What a day for the team! Sadly the bus broke down."))
    }

    @Test func quotesScoreTheirOwnStringsInBothModes() throws {
        // Quotes start after an opening mark and end before a closing one, inside tokens the
        // text splits differently; one holds a single word, one is out of order, one has
        // non-ASCII words, `!` and a curly apostrophe.
        let text = "He said \"prices are NOT great, sadly!\" and “we didn’t expect £5 rises” today, \"ok\"."
        let scalars = Array(text.unicodeScalars)
        func span(_ quote: String) -> (Int, Int) {
            let quoteScalars = Array(quote.unicodeScalars)
            let start = (0...(scalars.count - quoteScalars.count)).first {
                Array(scalars[$0..<($0 + quoteScalars.count)]) == quoteScalars
            }!
            return (start, start + quoteScalars.count)
        }
        let spans = ["we didn’t expect £5 rises", "prices are NOT great, sadly!", "ok", "are NOT great", "NOT great, sadly!\" and"]
            .map(span)
        let quotes = Quotes(quotes: spans.map { Quote(text: "", start: $0.0, end: $0.1, kind: .direct) })
        let tokens = tokenized(text, sentences: [(0, scalars.count)])
        for (options, analyzer) in [("{}", vader), (#"{"mode": "news"}"#, news)] {
            let result = try run(try stage(options), tokens, quotes: quotes)
            #expect(result.quotes.count == spans.count)
            for (quote, (start, end)) in zip(result.quotes, spans) {
                var string = String.UnicodeScalarView()
                string.append(contentsOf: scalars[start..<end])
                #expect(quote.scores == analyzer.polarityScores(String(string)).cleaned(), "\(String(string))")
            }
            #expect(result.quotes[1].compound != 0)
        }
    }

    @Test func newsModeIdiomsApplyInListOrderWithoutOverlap() {
        // "hand to mouth" comes before "upper hand" in the list: it is applied first and
        // "upper hand" then rewrites "hand"; "in the red" matches twice, and a negation
        // right before an idiom turns it.
        #expect(news.polarityScores("They gained the upper hand to mouth feeding critics.")
            == .init(neg: 0.351, neu: 0.338, pos: 0.311, compound: -0.1531))
        #expect(news.polarityScores("The firm was in the red, then in the red again, never in the black.")
            == .init(neg: 0.414, neu: 0.586, pos: 0.0, compound: -0.8166))
        #expect(news.polarityScores("Workers are not under the weather but happy.")
            == .init(neg: 0.0, neu: 0.469, pos: 0.531, compound: 0.7776))
        // an emoticon with letters at its ends is still read whole
        #expect(news.polarityScores("Good news (: and bad news :( today.")
            == .init(neg: 0.388, neu: 0.242, pos: 0.37, compound: -0.0772))
    }

    @Test func newsModeKeepsButInsideItsSentence() throws {
        let text = "The market was awful. But nobody was hurt."
        let tokens = tokenized(text, sentences: [(0, 21), (22, 42)])
        let vaderResult = try run(try stage(), tokens)
        let newsResult = try run(try stage(#"{"mode": "news"}"#), tokens)
        // sentence 1's "awful" is no longer halved by the next sentence's "But"
        #expect(newsResult.document.compound < vaderResult.document.compound)
        #expect(newsResult.sentences == vaderResult.sentences)
    }

    @Test func outputJSONKeys() throws {
        let result = try run(try stage(), tokenized("Good.", sentences: [(0, 5)]))
        let json = try #require(String(data: try JSONEncoder().encode(result), encoding: .utf8))
        for key in [#""document""#, #""sentence_mean""#, #""sentences""#, #""quotes":[]"#, #""compound""#, #""start":0"#] {
            #expect(json.contains(key), "\(key) in \(json)")
        }
    }

    @Test func spansOutsideTheTextAreClampedNotFatal() throws {
        let result = try run(
            try stage(), tokenized("Good.", sentences: [(3, 99), (-4, 2), (4, 1)]),
            quotes: Quotes(quotes: [Quote(text: "", start: 50, end: 60, kind: .other)]))
        #expect(result.sentences.count == 3)
        #expect(result.quotes[0].scores == .zero)
    }

    // MARK: - Lexicons and options

    func writeTemporary(_ name: String, _ contents: String) throws -> String {
        let directory = NSTemporaryDirectory() + "sentiment-tests-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func overridesReplaceLexiconValues() throws {
        let stage = try stage(#"{"overrides": {"sanctions": -1.5, "good": 0}}"#)
        #expect(stage.analyzer.lexicon.valence(of: "sanctions") == -1.5)
        #expect(stage.analyzer.polarityScores("The book was good.") == .init(neg: 0, neu: 1, pos: 0, compound: 0))
        #expect(stage.analyzer.polarityScores("New sanctions.").compound < 0)
    }

    @Test func upperCaseOverrideIsAnError() throws {
        #expect {
            try stage(#"{"overrides": {"Sanctions": -1.5}}"#)
        } throws: { error in
            (error as? OptionError)?.key == "overrides" && (error as? OptionError)?.hint == "write 'sanctions'"
        }
    }

    @Test func afinnAndVaderFilesStackInOrder() throws {
        let afinn = try writeTemporary("afinn.txt", "sanctions\t-2\nrally\t3\r\n")
        let vaderFile = try writeTemporary("extra.txt", "rally\t1.5\t0.5\t[1, 2]\n\nbailout\t-0.7\t0.1\t[0]\n")
        let stage = try stage(#"{"lexicons": ["\#(afinn)", "\#(vaderFile)"], "include_default": false}"#)
        #expect(stage.analyzer.lexicon.valence(of: "sanctions") == -2)
        #expect(stage.analyzer.lexicon.valence(of: "rally") == 1.5)
        #expect(stage.analyzer.lexicon.valence(of: "bailout") == -0.7)
        #expect(stage.analyzer.lexicon.valence(of: "good") == nil)
        #expect(stage.analyzer.lexicon.entryCount == 3)
    }

    @Test func lexiconFilesWithBOMAndCRLFAndNonASCIIWords() throws {
        let path = try writeTemporary("bom.txt", "\u{FEFF}café\t2.5\r\n  naïve \t-1\t0.4\r\n\r\nrésumé\t0.5\n")
        let stage = try stage(#"{"lexicons": ["\#(path)"], "include_default": false}"#)
        #expect(stage.analyzer.lexicon.valence(of: "café") == 2.5)
        #expect(stage.analyzer.lexicon.valence(of: "naïve ") == -1)  // the key is not stripped, as in the reference
        #expect(stage.analyzer.lexicon.valence(of: "résumé") == 0.5)
        #expect(stage.analyzer.lexicon.entryCount == 3)
    }

    @Test func relativeLexiconPathsResolveAgainstThePipelineFolder() throws {
        let path = try writeTemporary("relative.txt", "zorgle\t2\n")
        let folder = (path as NSString).deletingLastPathComponent
        let options = try StageOptionsSource(json: #"{"lexicons": ["relative.txt"]}"#).decode(SentimentOptions.self)
        let stage = try SentimentStage(options: options, context: StageContext(stageID: "tone", baseDirectory: folder))
        #expect(stage.analyzer.lexicon.valence(of: "zorgle") == 2)
        #expect(stage.analyzer.lexicon.valence(of: "good") == 1.9)
    }

    @Test func malformedLexiconLineNamesFileAndLine() throws {
        let path = try writeTemporary("broken.txt", "good\t1.9\nbad\t-2.5\nterrible -3.1\n")
        #expect {
            try stage(#"{"lexicons": ["\#(path)"]}"#)
        } throws: { error in
            let error = error as? OptionError
            return error?.key == "lexicons" && error?.message == "\(path):3: expected 'word<TAB>valence' but found no TAB"
        }
        let afinn = try writeTemporary("afinn-bad.txt", "good\t2\nbad\tminus two\n")
        #expect {
            try stage(#"{"lexicons": ["\#(afinn)"], "lexicon_format": "afinn"}"#)
        } throws: { error in
            (error as? OptionError)?.message == "\(afinn):2: AFINN valence 'minus two' is not an integer"
        }
    }

    @Test func optionsDecodeFromSnakeCaseKeys() throws {
        let options = try StageOptionsSource(
            json: #"{"mode": "news", "lexicon_format": "afinn", "include_default": false, "lexicons": ["a.txt"]}"#
        ).decode(SentimentOptions.self)
        #expect(options.mode == .news)
        #expect(options.lexiconFormat == .afinn)
        #expect(options.includeDefault == false)
        #expect(options.lexicons == ["a.txt"])
        #expect(SentimentOptions().mode == .vader)
    }
}

extension SentimentTests {
    @Test func tableRowsJoinSentencesOnTheirSpan() throws {
        let result = try run(try stage(), tokenized("Good. Bad.", sentences: [(0, 5), (6, 10)]))
        var rows = TableRows()
        result.appendRows(to: &rows)
        #expect(rows.rows.map(\.table) == ["documents", "sentences", "sentences"])
        #expect(rows.rows[2].values["start"] == .integer(6))
        #expect(rows.rows[2].values["end"] == .integer(10))
        #expect(rows.rows[2].values["compound"] == .real(vader.polarityScores("Bad.").compound))
        #expect(rows.rows[0].values["sentence_mean_compound"] == .real(result.sentenceMean.compound))
    }
}

extension SentimentTests {
    @Test func directJSONEqualsJSONEncoder() throws {
        let text = "The market was awful. But nobody was hurt! “Great” 😁 result?"
        let tokens = tokenized(text, sentences: [(0, 21), (22, 42), (43, 61), (61, 61)])
        let quotes = Quotes(quotes: [Quote(text: "Great", start: 44, end: 49, kind: .other)])
        for options in ["{}", #"{"mode": "news"}"#] {
            let result = try run(try stage(options), tokens, quotes: quotes)
            var writer = JSONWriter()
            result.writeJSON(to: &writer)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            #expect(writer.bytes == [UInt8](try encoder.encode(result)))
        }
    }
}
