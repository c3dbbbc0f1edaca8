import Foundation
import PipelineCore
import Testing

@testable import Stages

/// When a fragment no cue attributes is someone's words and when it is the writer's scare quote or
/// term, and how a company's short name, an unnamed role's client and a description with an aside
/// name the speaker. Each case is a sentence written for the test.
struct QuoteExtractScareQuoteTests {
    private func quote(_ text: String, _ content: String) throws -> Quote {
        let found = try extractQuotes(text)
        let start = scalarOffset(of: content, in: text)
        return try #require(found.first { $0.start == start }, "no quote at \(start) in \(found)")
    }

    @Test func fragmentAfterTheSpeakersParagraphWithNoReportingWordIsAScareQuote() throws {
        let text = """
            Ann Cole, the firm's chief executive, said sales had been strong this year.

            The firm will sell the drink in "party size" bottles from April.
            """
        let q = try quote(text, "party size")
        #expect(q.kind == .other && q.speaker == nil, "\(q)")
        // In the speaker's own paragraph the fragment goes on with her.
        let same = try quote(
            "Ann Cole said sales had been strong. The firm will sell the drink in \"party size\" bottles.", "party size")
        #expect(same.kind == .partial && same.speaker == "Ann Cole", "\(same)")
    }

    @Test func fragmentWithNobodyReportedBeforeItIsAScareQuote() throws {
        let text = """
            The "digital gap" between rich and poor towns is growing.

            Tom Reed said it was closing.
            """
        let q = try quote(text, "digital gap")
        #expect(q.kind == .other && q.speaker == nil, "\(q)")
    }

    @Test func soCalledMarksATermOfAnyLength() throws {
        let text = "Tom Reed said sales were strong. Shops now stock so-called \"smart home\" devices."
        let q = try quote(text, "smart home")
        #expect(q.kind == .other && q.speaker == nil, "\(q)")
    }

    @Test func aCompanysShortNameDropsItsTrade() throws {
        let text = """
            Shares in Northern Airlines fell on Monday.

            Northern said it would cut "hundreds of jobs" by June.
            """
        #expect(try quote(text, "hundreds of jobs").speaker == "Northern Airlines")
    }

    @Test func aDescriptionBeforeADashAsideOrAfterAnotherIsTheSubject() throws {
        let text = """
            Mary Hill runs the site. One unnamed reader - all are anonymous - wrote: "He never sleeps." \
            Another reader said: "She is always online."
            """
        #expect(try quote(text, "He never sleeps.").speaker == "reader")
        #expect(try quote(text, "She is always online.").speaker == "reader")
    }

    @Test func aSpokesmanForALowercaseClientIsNamedByIt() throws {
        let text = "Jane Hill has a new book out. \"She writes every day,\" said a spokesman for the author."
        #expect(try quote(text, "She writes every day,").speaker == "author spokesman")
    }
}
