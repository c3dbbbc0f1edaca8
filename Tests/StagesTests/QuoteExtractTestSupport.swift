import Foundation
import PipelineCore
import Testing

@testable import Stages

/// A `TokenizedText` built without the tokenizer: paragraphs split at blank lines, sentences
/// ended by `.`, `!` or `?` (and closing quotes) before a space and a capital or an opening
/// quote, whitespace-separated tokens.
func quoteTokens(_ text: String) -> TokenizedText {
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

func extractQuotes(_ text: String, _ options: QuoteExtractOptions = .init()) throws -> [Quote] {
    let stage = try QuoteExtract(options: options, context: StageContext(stageID: "quotes", baseDirectory: "."))
    let input = StageInput(document: Document(id: "d", body: text), artifacts: ["tokens": quoteTokens(text)])
    return try stage.process(input).quotes
}

/// The scalar offset of the first occurrence of `needle` in `text`.
func scalarOffset(of needle: String, in text: String) -> Int {
    let s = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
    for i in 0...(s.count - n.count) where Array(s[i..<(i + n.count)]) == n { return i }
    return -1
}

/// The one quote of `text`, checked to cover exactly `content`.
func singleQuote(_ text: String, _ content: String) throws -> Quote? {
    let found = try extractQuotes(text)
    #expect(found.count == 1, "\(found)")
    guard let q = found.first else { return nil }
    let start = scalarOffset(of: content, in: text)
    #expect(q.start == start)
    #expect(q.end == start + content.unicodeScalars.count)
    #expect(q.text == content)
    return q
}
