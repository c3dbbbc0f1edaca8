import PipelineCore
import Testing

@testable import Stages

/// Runs the `normalize` stage on `text` as a pipeline would.
private func normalize(
    _ text: String, form: NormalizationForm = .nfc, foldQuotes: Bool = false, foldDashes: Bool = false
) throws -> Text {
    var options = Normalize.Options()
    options.form = form
    options.foldQuotes = foldQuotes
    options.foldDashes = foldDashes
    let stage = try Normalize(options: options, context: StageContext(stageID: "clean", baseDirectory: "."))
    return try stage.process(StageInput(document: Document(id: "d", body: text), artifacts: ["text": Text(text)]))
}

/// Checks that every output scalar maps back to a source span holding what it came from,
/// and that whole-word spans map back exactly.
private func expectAlignment(_ source: String, _ result: Text, words: [(String, String)]) {
    let output = result.text
    for (outputWord, sourceWord) in words {
        guard let range = scalarRange(of: outputWord, in: output) else {
            Issue.record("'\(outputWord)' not in output \(output.debugDescription)")
            continue
        }
        let mapped = result.alignment.map { $0.sourceSpan(start: range.lowerBound, end: range.upperBound) } ?? range
        #expect(slice(source, mapped.lowerBound, mapped.upperBound) == sourceWord, "\(outputWord)")
    }
}

/// The scalar offsets of the first occurrence of `needle` in `text`.
private func scalarRange(of needle: String, in text: String) -> Range<Int>? {
    let haystack = Array(text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
        return start..<(start + pattern.count)
    }
    return nil
}

struct NormalizeTests {
    @Test func cleanTextIsUnchangedWithoutAlignment() throws {
        let text = "Ministers met on Monday.\n\nThey agreed — “finally” — on a plan."
        let result = try normalize(text)
        #expect(result.text == text)
        #expect(result.alignment == nil)
    }

    @Test func whitespaceParagraphsAndLineBreaks() throws {
        let source = "  Title line\r\n\r\nFirst  paragraph\twith a\r\nline break.\n \n\n\nSecond\u{00A0}one.\u{2029}Third. \n"
        let result = try normalize(source)
        #expect(result.text == "Title line\n\nFirst paragraph with a line break.\n\nSecond one.\n\nThird.")
        expectAlignment(source, result, words: [
            ("Title", "Title"), ("paragraph", "paragraph"), ("a line break.", "a\r\nline break."), ("Second one", "Second\u{00A0}one"),
            ("Third.", "Third."),
        ])
        // Each output scalar of an unchanged word maps to itself exactly.
        let alignment = try #require(result.alignment)
        #expect(alignment.sourceSpan(start: 0, end: 5) == 2..<7)
    }

    @Test func trimmingOnlyKeepsTheTextAndMapsOneToOne() throws {
        let source = "\n  Caf\u{E9} owners said \u{201C}yes\u{201D}.\n\nThen left.\n"
        let result = try normalize(source)
        #expect(Array(result.text.unicodeScalars) == Array("Caf\u{E9} owners said \u{201C}yes\u{201D}.\n\nThen left.".unicodeScalars))
        #expect(result.alignment?.runs == [TextAlignment.Run(outputStart: 0, length: 35, sourceStart: 3, sourceLength: 35)])
        expectAlignment(source, result, words: [("Then left.", "Then left.")])
    }

    @Test func headlineAndBylineLinesBecomeParagraphs() throws {
        let result = try normalize("Maduro defies US pressure\nBy Staff, Agencies\nThe president spoke\non Monday.")
        #expect(result.text == "Maduro defies US pressure\n\nBy Staff, Agencies\n\nThe president spoke on Monday.")
    }

    @Test func controlAndZeroWidthCharactersAreRemoved() throws {
        let source = "Zero\u{200B}width\u{0007} and\u{FEFF} soft\u{00AD}ly, family 👨\u{200D}👩\u{200D}👧 kept."
        let result = try normalize(source)
        #expect(result.text == "Zerowidth and softly, family 👨\u{200D}👩\u{200D}👧 kept.")
        expectAlignment(source, result, words: [("Zerowidth", "Zero\u{200B}width"), ("softly", "soft\u{00AD}ly")])
    }

    @Test func lineEndHyphensAreResolved() throws {
        let source = "The inter-\nnational well-\nknown Anglo-\nFrench COVID-\n19 deal, a soft\u{00AD}\nhyphen and a dash -\nhere."
        let result = try normalize(source)
        #expect(result.text == "The international well-known Anglo-French COVID-19 deal, a softhyphen and a dash - here.")
        expectAlignment(source, result, words: [("international", "inter-\nnational"), ("well-known", "well-\nknown")])
    }

    @Test func htmlEntitiesAreDecoded() throws {
        let source = "Tom &amp; Jerry&#8217;s &#x201C;show&#x201d; &eacute;t&eacute; &nbsp;&hellip; &bogus; &#xD800; &amp;amp;"
        let result = try normalize(source)
        #expect(result.text == "Tom & Jerry’s “show” été … &bogus; &#xD800; &")
        expectAlignment(source, result, words: [("Jerry’s", "Jerry&#8217;s"), ("été", "&eacute;t&eacute;"), ("&bogus;", "&bogus;")])
    }

    @Test func mojibakeIsRepaired() throws {
        let source = "Itâ€™s a cafÃ© â€œdealâ€\u{9D} â€” costing Â£5, naÃ¯ve ðŸ˜€."
        let result = try normalize(source)
        #expect(result.text == "It’s a café “deal” — costing £5, naïve 😀.")
        expectAlignment(source, result, words: [("It’s", "Itâ€™s"), ("café", "cafÃ©"), ("£5", "Â£5"), ("😀", "ðŸ˜€")])
        // Doubly encoded text settles too, and genuine accents are left alone.
        #expect(try normalize("donâ€™t").text == "don’t")
        #expect(try normalize("Ã¢â‚¬â„¢").text == "’")
        let accented = "\u{C5}ngstr\u{F6}m, Z\u{FC}rich, S\u{E3}o Paulo, d\u{E9}j\u{E0} vu"
        #expect(Array(try normalize(accented).text.unicodeScalars) == Array(accented.unicodeScalars))
    }

    @Test func unicodeNormalizationForms() throws {
        let source = "Cafe\u{301} ﬁnal \u{212B} x²"
        let nfc = try normalize(source)
        // Compare scalars: String's == is canonical equivalence.
        #expect(Array(nfc.text.unicodeScalars) == Array("Caf\u{E9} ﬁnal \u{C5} x²".unicodeScalars))
        expectAlignment(source, nfc, words: [("Café", "Cafe\u{301}"), ("Å", "\u{212B}"), ("ﬁnal", "ﬁnal")])
        let nfkc = try normalize(source, form: .nfkc)
        #expect(Array(nfkc.text.unicodeScalars) == Array("Caf\u{E9} final \u{C5} x2".unicodeScalars))
        expectAlignment(source, nfkc, words: [("final", "ﬁnal"), ("x2", "x²")])
    }

    @Test func foldingQuotesAndDashesIsOptional() throws {
        let source = "“It’s over” – she said — twice."
        #expect(try normalize(source).text == source)
        #expect(try normalize(source, foldQuotes: true).text == "\"It's over\" – she said — twice.")
        let folded = try normalize(source, foldQuotes: true, foldDashes: true)
        #expect(folded.text == "\"It's over\" - she said -- twice.")
        expectAlignment(source, folded, words: [("--", "—"), ("twice.", "twice.")])
    }

    @Test func normalizingTwiceChangesNothing() throws {
        let samples = [
            "  a &amp;amp; b\r\n\r\n\r\nc\u{00AD}\nd inter-\nnational Ã¢â‚¬â„¢ e\u{0301}\u{200B}\u{0301}",
            "&lt;b&gt; caf&#xE9; \u{0007}\u{0008} x\u{00A0}\u{00A0}y\n\n\n", "Title\nBy Someone\nBody text here.",
        ]
        for text in samples {
            let once = try normalize(text)
            #expect(Array(try normalize(once.text).text.unicodeScalars) == Array(once.text.unicodeScalars), "\(text.debugDescription)")
            let onceK = try normalize(text, form: .nfkc, foldQuotes: true, foldDashes: true)
            let twiceK = try normalize(onceK.text, form: .nfkc, foldQuotes: true, foldDashes: true)
            #expect(Array(twiceK.text.unicodeScalars) == Array(onceK.text.unicodeScalars))
        }
    }

    /// For random Unicode input: idempotent, and the alignment covers the output in order
    /// with every run inside the source, sources in order (two runs overlap only when a
    /// later pass split a block, e.g. a line break cut out of a normalized cluster).
    @Test func randomUnicodeIsIdempotentAndAligned() throws {
        var generator = SplitMix64(seed: 0xA11CE)
        for round in 0..<1000 {
            let text = randomUnicodeText(&generator, maxLength: 50)
            let form: NormalizationForm = round % 2 == 0 ? .nfc : .nfkc
            let once = try normalize(text, form: form)
            let twice = try normalize(once.text, form: form)
            #expect(Array(twice.text.unicodeScalars) == Array(once.text.unicodeScalars), "\(text.debugDescription)")
            let sourceCount = text.unicodeScalars.count
            let outputCount = once.text.unicodeScalars.count
            if let alignment = once.alignment {
                var expectedStart = 0
                var previousStart = 0
                var previousEnd = 0
                for run in alignment.runs {
                    #expect(run.outputStart == expectedStart)
                    let end = run.sourceStart + run.sourceLength
                    #expect(run.sourceStart >= previousStart && end >= previousEnd && end <= sourceCount,
                        "\(text.debugDescription) \(alignment.runs)")
                    expectedStart += run.length
                    previousStart = run.sourceStart
                    previousEnd = end
                }
                #expect(expectedStart == outputCount)
            } else {
                #expect(Array(once.text.unicodeScalars) == Array(text.unicodeScalars))
            }
        }
    }

    /// Long inputs finish, stay idempotent and keep an alignment that covers the output.
    @Test func longInputs() throws {
        var generator = SplitMix64(seed: 0x10AD)
        let texts = [
            randomUnicodeText(&generator, maxLength: 50_000),
            String(repeating: "caf\u{E9} \r\n", count: 20_000),
            String(repeating: "&amp;", count: 20_000),
            String(repeating: "\u{C3}\u{A9}", count: 20_000),
            "x" + String(repeating: "\u{301}", count: 20_000),
        ]
        for text in texts {
            let once = try normalize(text)
            let twice = try normalize(once.text)
            #expect(Array(twice.text.unicodeScalars) == Array(once.text.unicodeScalars))
            if let alignment = once.alignment {
                #expect(alignment.runs.reduce(0) { $0 + $1.length } == once.text.unicodeScalars.count)
            }
        }
    }
}
