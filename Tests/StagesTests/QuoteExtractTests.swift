import Foundation
import PipelineCore
import Testing

@testable import Stages

/// A `TokenizedText` built without the tokenizer: paragraphs split at blank lines, sentences
/// ended by `.`, `!` or `?` (and closing quotes) before a space and a capital or an opening
/// quote, whitespace-separated tokens.
private func tokenized(_ text: String) -> TokenizedText {
    let s = Array(text.unicodeScalars)
    var paragraphs: [Span] = []
    var tokens: [Token] = []
    var start: Int?
    var i = 0
    while i < s.count {
        if s[i] == "\n", i + 1 < s.count, s[i + 1] == "\n" {
            if let a = start { paragraphs.append(Span(start: a, end: i)) }
            start = nil
            i += 2
            continue
        }
        if start == nil, s[i] != "\n", s[i] != " " { start = i }
        i += 1
    }
    if let a = start { paragraphs.append(Span(start: a, end: s.count)) }
    var tokenStart: Int?
    for (k, c) in s.enumerated() {
        let space = c == " " || c == "\n"
        if space, let a = tokenStart { tokens.append(Token(start: a, end: k, kind: .word)); tokenStart = nil }
        if !space, tokenStart == nil { tokenStart = k }
    }
    if let a = tokenStart { tokens.append(Token(start: a, end: s.count, kind: .word)) }
    var sentences: [Span] = []
    for p in paragraphs {
        var a = p.start
        var k = p.start
        while k < p.end {
            if s[k] == "." || s[k] == "!" || s[k] == "?" {
                var e = k + 1
                while e < p.end, "\"”’'".unicodeScalars.contains(s[e]) { e += 1 }
                if e + 1 < p.end, s[e] == " ", s[e + 1].properties.isUppercase || "\"“‘".unicodeScalars.contains(s[e + 1]) {
                    sentences.append(Span(start: a, end: e))
                    a = e + 1
                    k = e
                }
            }
            k += 1
        }
        sentences.append(Span(start: a, end: p.end))
    }
    return TokenizedText(text: text, paragraphs: paragraphs, sentences: sentences, tokens: tokens)
}

private func quotes(_ text: String, _ options: QuoteExtractOptions = .init()) throws -> [Quote] {
    let stage = try QuoteExtract(options: options, context: StageContext(stageID: "quotes", baseDirectory: "."))
    let input = StageInput(document: Document(id: "d", body: text), artifacts: ["tokens": tokenized(text)])
    return try stage.process(input).quotes
}

/// The scalar offset of the first occurrence of `needle` in `text`.
private func offset(of needle: String, in text: String) -> Int {
    let s = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
    for i in 0...(s.count - n.count) where Array(s[i..<(i + n.count)]) == n { return i }
    return -1
}

/// The one quote of `text`, checked to cover exactly `content`.
private func single(_ text: String, _ content: String) throws -> Quote? {
    let found = try quotes(text)
    #expect(found.count == 1, "\(found)")
    guard let q = found.first else { return nil }
    let start = offset(of: content, in: text)
    #expect(q.start == start)
    #expect(q.end == start + content.unicodeScalars.count)
    #expect(q.text == content)
    return q
}

struct QuoteExtractTests {
    @Test func stageDescription() {
        #expect(QuoteExtract.name == "quote-extract")
        #expect(QuoteExtract.inputs == [.required("tokens", TokenizedText.self)])
    }

    // MARK: quotation styles

    @Test(arguments: [
        ("Straight: \"We will not give in,\" said Ann Lee.", "We will not give in,"),
        ("Curly: “We will not give in,” said Ann Lee.", "We will not give in,"),
        ("Single curly: ‘We will not give in,’ said Ann Lee.", "We will not give in,"),
        ("French: « Nous ne céderons pas », a dit Ann Lee.", "Nous ne céderons pas"),
        ("Single French: ‹ Nous ne céderons pas ›, a dit Ann Lee.", "Nous ne céderons pas"),
        ("German: „Wir geben nicht auf“, sagte Ann Lee.", "Wir geben nicht auf"),
        ("German single: ‚Wir geben nicht auf‘, sagte Ann Lee.", "Wir geben nicht auf"),
        ("Japanese: 「諦めない」と彼女は言った。", "諦めない"),
        ("Reversed guillemets: »Wir geben nicht auf«, sagte Ann Lee.", "Wir geben nicht auf"),
    ])
    func everyQuotationStyle(text: String, content: String) throws {
        _ = try single(text, content)
    }

    @Test func nestedQuoteIsPartOfTheOuterOne() throws {
        let text = "\"We never said, 'You can own this property,' to anyone,\" the lawyer said."
        _ = try single(text, "We never said, 'You can own this property,' to anyone,")
        let curly = "“He told me ‘never again’ and meant it,” she said."
        _ = try single(curly, "He told me ‘never again’ and meant it,")
    }

    // MARK: hard negatives

    @Test func apostrophesAreNotQuotationMarks() throws {
        #expect(try quotes("Maduro’s government blamed the ’90s and rock ’n’ roll, didn't it? O'Neil's players' union agreed.").isEmpty)
        #expect(try quotes("Maduro's rock 'n' roll from the '90s won't stop, the players' union said.").isEmpty)
        let text = "“It’s the ’90s again and rock ’n’ roll is back,” said Ann Lee."
        _ = try single(text, "It’s the ’90s again and rock ’n’ roll is back,")
    }

    @Test func inchAndFootMarksAreNotQuotationMarks() throws {
        #expect(try quotes("The striker is 5' 10\" tall and weighs 70kg.").isEmpty)
        #expect(try quotes("He is 6'2\" and she is 5' 4\".").isEmpty)
    }

    @Test func unclosedQuoteEndsWithItsParagraph() throws {
        let text = "Lee said: \"We will fight on and on\n\nThe vote is on Monday. \"It is close,\" said Ann Lee."
        let found = try quotes(text)
        #expect(found.map(\.text) == ["We will fight on and on", "It is close,"])
        #expect(found.last?.speaker == "Ann Lee")
    }

    @Test func quotedTitlesAndScareQuotesHaveNoSpeaker() throws {
        let text = "Jamie Foxx won for the film \"Ray\" on Sunday. Critics doubted the so-called \"experts\" again."
        let found = try quotes(text)
        #expect(found.map(\.text) == ["Ray", "experts"])
        #expect(found.allSatisfy { $0.kind == .other && $0.speaker == nil })
        let without = try quotes(text, QuoteExtractOptions(includeOther: false))
        #expect(without.isEmpty)
    }

    // MARK: blocks and kinds

    @Test func quoteOverSeveralParagraphsIsOneBlock() throws {
        let text = "Ann Lee said: \"We will not give in.\n\n\"We will fight for every vote.\n\n\"And we will win.\"\n\nThe vote is due."
        let q = try single(text, "We will not give in.\n\n\"We will fight for every vote.\n\n\"And we will win.")
        #expect(q?.kind == .block)
        #expect(q?.speaker == "Ann Lee")
    }

    @Test func paragraphsRunTogetherOnOneLineStayOneQuote() throws {
        let text = "Ann Lee said: \"We will not give in. \"We will fight for every vote.\" The vote is due."
        let q = try single(text, "We will not give in. \"We will fight for every vote.")
        #expect(q?.speaker == "Ann Lee")
        #expect(q?.kind == .block)
    }

    @Test func partialQuoteInAReportingSentence() throws {
        let text = "Venezuelan President Nicolas Maduro spoke on Monday. Maduro accused the US of \"psychological terrorism\"."
        let q = try single(text, "psychological terrorism")
        #expect(q?.kind == .partial)
        #expect(q?.speaker == "Nicolas Maduro")
        #expect(q?.cue == "accused")
        #expect(q?.speakerStart == offset(of: "Maduro accused", in: text))
        #expect(q?.speakerEnd == offset(of: " accused", in: text))
    }

    // MARK: speakers

    @Test(arguments: [
        ("Ann Lee runs the firm. \"We are growing,\" she said.", "Ann Lee", "said", "she"),
        ("\"We are growing,\" said Mr Smith.", "Smith", "said", "Mr Smith"),
        ("John Smith runs the firm. \"We are growing,\" said Mr Smith.", "John Smith", "said", "Mr Smith"),
        ("John Smith runs the firm. \"We are growing,\" Smith said.", "John Smith", "said", "Smith"),
        ("John Smith said: \"We are growing.\"", "John Smith", "said", "John Smith"),
        ("John Smith said that \"growth is back\".", "John Smith", "said", "John Smith"),
        ("\"We are growing,\" according to John Smith.", "John Smith", "according to", "John Smith"),
        ("\"We are growing,\" John Smith told the BBC.", "John Smith", "told", "John Smith"),
        ("\"We are growing,\" said John Smith, the chief executive of Acme.", "John Smith", "said", "John Smith"),
        ("John Smith, the minister, said: \"We are growing.\"", "John Smith", "said", "John Smith"),
        ("John Smith spoke first. \"We are growing\" he added, smiling.", "John Smith", "added", "he"),
        ("\"We are growing,\" chairman and chief executive Richard Parsons said.", "Richard Parsons", "said", "Richard Parsons"),
        ("\"We are growing,\" said awards pundit Tom O'Neil.", "Tom O'Neil", "said", "Tom O'Neil"),
        ("Anne Thompson of the Hollywood Reporter said: \"It is a hit.\"", "Anne Thompson", "said", "Anne Thompson"),
        ("\"We are growing,\" warned John Smith.", "John Smith", "warned", "John Smith"),
        ("John Smith tweeted: \"We are growing.\"", "John Smith", "tweeted", "John Smith"),
        ("\"We are growing,\" a spokeswoman said.", "spokeswoman", "said", "a spokeswoman"),
    ])
    func newsAttributionPatterns(text: String, speaker: String, cue: String, mention: String) throws {
        let found = try quotes(text)
        #expect(found.count == 1)
        let q = try #require(found.first)
        #expect(q.speaker == speaker)
        #expect(q.cue == cue)
        let start = try #require(q.speakerStart), end = try #require(q.speakerEnd)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == mention)
    }

    @Test func titlesAreStrippedAndShortMentionsResolved() throws {
        let text = """
            Venezuelan President Nicolas Maduro said: "We will resist."

            "We are ready," Mr Maduro told reporters. "Nobody will stop us," Maduro added.
            """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Nicolas Maduro", "Nicolas Maduro", "Nicolas Maduro"])
        #expect(found.map(\.cue) == ["said", "told", "added"])
        #expect(found[1].speakerStart == offset(of: "Mr Maduro", in: text))
    }

    @Test func pronounResolvesToTheCompatiblePerson() throws {
        let text = """
            Ms Ann Lee met Mr Tom Hart on Monday. "It went well," she said. "We agreed a deal," he said.
            """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Ann Lee", "Tom Hart"])
        #expect(found[0].speakerStart == offset(of: "she", in: text))
    }

    @Test func quoteWithoutCueContinuesTheSpeaker() throws {
        let text = """
            "We are growing," said John Smith. "Next year will be better."

            "And we will hire," he added.

            "Our staff are the best in the business."
            """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["John Smith", "John Smith", "John Smith", "John Smith"])
        #expect(found[1].cue == nil)
        #expect(found.map(\.kind) == [.direct, .direct, .direct, .direct])
    }

    @Test func descriptionRefersToThePersonNamedBefore() throws {
        let text = "Hollywood star Liam Neeson held a dinner. The Ballymena-born actor said the theatre was in a \"very dilapidated condition\"."
        let q = try single(text, "very dilapidated condition")
        #expect(q?.speaker == "Liam Neeson")
        #expect(q?.kind == .partial)
    }

    @Test func pronounPrefersTheSubjectOfTheLatestSentence() throws {
        let text = """
            Hollywood legend Dustin Hoffman spoke on Tuesday. Hoffman is in London with Ben Stiller and Barbra Streisand. He said: "Films are worse now."
            """
        #expect(try quotes(text).first?.speaker == "Dustin Hoffman")
    }

    @Test func aNameInThePronounsOwnSentenceIsNotItsAntecedent() throws {
        let text = """
            Michael Howard spoke on Monday. Mr Blair has failed, he claimed, saying he has the "wrong solution".
            """
        let q = try single(text, "wrong solution")
        #expect(q?.speaker == "Michael Howard")
    }

    @Test func reportedSpeechNamesTheSpeakerOfTheNextQuote() throws {
        let text = """
            Ann Lee spoke first. Mr Gates said that a lot of work had been done.

            "It is going even faster than we expected."
            """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Gates"])
        let named = "Bill Gates opened the show. " + text
        #expect(try quotes(named).map(\.speaker) == ["Bill Gates"])
    }

    @Test func officeResolvesToItsHolderAndAcronymsToTheirNames() throws {
        let text = """
            Chancellor Gordon Brown met analysts at Dresdner Kleinwort Wasserstein. Ken Clarke disagreed. The chancellor said the rules were "sustainable". DrKW said it was "a step change".
            """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Gordon Brown", "Dresdner Kleinwort Wasserstein"])
    }

    @Test func peersKeepTheirTitleAndDemonymsReferBack() throws {
        let found = try quotes("\"The law is clear,\" Lord Goldsmith said.")
        #expect(found.first?.speaker == "Lord Goldsmith")
        let text = "Justin Gatlin won in Athens. \"It was a great race,\" the American said."
        let q = try single(text, "It was a great race,")
        #expect(q?.speaker == "Justin Gatlin")
        #expect(q?.speakerStart == offset(of: "the American", in: text))
    }

    @Test func headlineQuoteIsTheFirstSpeakersClaim() throws {
        let text = """
            EU rules 'won't stop UK spending'

            Chancellor Gordon Brown said the rules were fine. "We will invest," he said.
            """
        let found = try quotes(text)
        #expect(found.map(\.text) == ["won't stop UK spending", "We will invest,"])
        #expect(found.map(\.kind) == [.partial, .direct])
        #expect(found.map(\.speaker) == ["Gordon Brown", "Gordon Brown"])
    }

    @Test func unnamedSpeakerKeepsItsOrganisation() throws {
        let text = """
            A spokesman for the Oxford University Press said the word was now in use. "I think it was the word of last year," he said.
            """
        let q = try single(text, "I think it was the word of last year,")
        #expect(q?.speaker == "Oxford University Press spokesman")
    }

    @Test func wordsMentionedAsWordsAreNotSpeech() throws {
        let text = """
            Merriam-Webster said "blog" was the word most looked up, ahead of terms such as "incumbent", "electoral" and "partisan".
            """
        let found = try quotes(text)
        #expect(found.map(\.text) == ["blog", "incumbent", "electoral", "partisan"])
        #expect(found.allSatisfy { $0.kind == .other && $0.speaker == nil })
    }

    // MARK: options

    @Test func extraCueVerbsFromOptions() throws {
        let text = "\"We are growing,\" raged John Smith."
        #expect(try quotes(text).first?.speaker == nil)
        let q = try quotes(text, QuoteExtractOptions(cueVerbs: ["rage"])).first
        #expect(q?.speaker == "John Smith")
        #expect(q?.cue == "raged")
    }

    @Test func badCueVerbOptionIsRejected() {
        #expect(throws: OptionError.self) {
            _ = try QuoteExtract(
                options: QuoteExtractOptions(cueVerbs: ["went on"]),
                context: StageContext(stageID: "q", baseDirectory: "."))
        }
    }

    @Test func optionsDecodeWithDefaults() throws {
        let decoded = try JSONDecoder().decode(QuoteExtractOptions.self, from: Data("{\"cue_verbs\": [\"quip\"]}".utf8))
        #expect(decoded == QuoteExtractOptions(cueVerbs: ["quip"], includeOther: true))
    }

    // MARK: robustness

    @Test(arguments: [
        "", "\"", "\"\"", "“”‘’«»", "'", "\" \" \" \"", "'''\"\"\"", "\u{0}\"x", "🇫🇷 \"🇫🇷\" 🇫🇷",
        "\"unclosed at the very end", "said:", "\"a\" said", "\n\n\"\n\n\"\n\n",
        String(repeating: "\"x ", count: 2000), String(repeating: "'a' ", count: 2000),
    ])
    func neverCrashes(text: String) throws {
        let found = try quotes(text)
        let n = text.unicodeScalars.count
        #expect(found.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= n })
    }
}
