import PipelineCore
import Testing

@testable import Stages

struct SentenceTermsTests {
    /// Word tokens as runs of letters and apostrophes, sentences ending after `.` or `!`.
    private func cut(_ text: String) -> (tokens: [Token], sentences: [Span]) {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var sentences: [Span] = []
        var sentenceStart = 0
        var index = 0
        while index < scalars.count {
            if scalars[index].properties.isAlphabetic {
                let start = index
                while index < scalars.count && (scalars[index].properties.isAlphabetic || "'’".unicodeScalars.contains(scalars[index])) {
                    index += 1
                }
                tokens.append(Token(start: start, end: index, kind: .word))
                continue
            }
            if scalars[index] == "." || scalars[index] == "!" {
                tokens.append(Token(start: index, end: index + 1, kind: .punct))
                sentences.append(Span(start: sentenceStart, end: index + 1))
                sentenceStart = index + 2
            }
            index += 1
        }
        return (tokens, sentences)
    }

    @Test func wordsMatchAcrossCaseAndApostrophesInAnyScript() throws {
        var text = "ÉCOLE don’t Straße ΣΟΦΊΑ. école DON'T strasse σοφία straße! The end."
        let (tokens, sentences) = cut(text)
        let stage = try Summarize(options: SummarizeOptions(), context: StageContext(stageID: "s", baseDirectory: "."))
        let terms = text.withUTF8 { utf8 in
            var scalars = UTF8ScalarText(utf8)
            return SentenceTerms(text: &scalars, tokens: tokens, sentences: sentences, stopWords: stage.stopWords)
        }
        func occurrences(_ sentence: Int) -> [Int32] {
            Array(terms.occurrences[terms.occurrenceStarts[sentence]..<terms.occurrenceStarts[sentence + 1]])
        }
        // don’t and DON'T are the stop word don't; "the" too; strasse is a word of its own.
        #expect(occurrences(0) == [0, 1, 2])
        #expect(occurrences(1) == [0, 3, 2, 1])
        #expect(occurrences(2) == [4])
        #expect(terms.termCount == 5)
    }
}
