import Foundation
import PipelineCore
import Testing

@testable import Stages

/// Speaker rules for how news refers back to someone it named (a doubled cue, `the magazine`,
/// `the artists`, an acronym) and for the shapes of names (peers' territories, hyphenated given
/// names, roles and nationalities before a name). Each case is a sentence written for the test.
struct QuoteExtractReferenceTests {
    /// The quote of `text` that covers `content`, checked for its speaker and, when given, the
    /// words it was attributed to.
    private func expectQuote(_ text: String, _ content: String, speaker: String?, mention: String? = nil) throws {
        let found = try extractQuotes(text)
        let start = scalarOffset(of: content, in: text)
        let q = try #require(found.first { $0.start == start }, "no quote at \(start) in \(found)")
        #expect(q.end == start + content.unicodeScalars.count)
        #expect(q.speaker == speaker, "\(q)")
        if let mention {
            let a = try #require(q.speakerStart), b = try #require(q.speakerEnd)
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[a..<b])) == mention)
        }
    }

    // MARK: cues

    @Test func doubledCueGoesToTheSubjectBeforeTheColon() throws {
        let text = """
            Peter Dunn said on Monday that taxes would rise. Shadow minister Tom Reed said: \
            "Everyone says there is a gap," he said. "If they win, taxes will rise."
            """
        try expectQuote(text, "Everyone says there is a gap,", speaker: "Tom Reed", mention: "Tom Reed")
        try expectQuote(text, "If they win, taxes will rise.", speaker: "Tom Reed")
        // Without a cue before the quote, `he` still goes back to the man reported before.
        try expectQuote(
            "Peter Dunn spoke on Monday. \"Taxes will rise,\" he said.", "Taxes will rise,", speaker: "Peter Dunn")
    }

    @Test func colonCueAfterAQuoteOpensTheNextQuote() throws {
        let text = """
            Tom Reed spoke to his supporters. "We will win the vote." Party chief Ann Cole said: "It is over."
            """
        try expectQuote(text, "We will win the vote.", speaker: "Tom Reed")
        try expectQuote(text, "It is over.", speaker: "Ann Cole")
    }

    @Test func subjectAfterAsideBetweenDashes() throws {
        try expectQuote(
            "On Thursday, Lord Reed - a senior judge - said the rules were \"incompatible with the law\".",
            "incompatible with the law", speaker: "Reed")
    }

    @Test func subordinateClauseEndsTheSubject() throws {
        let text = """
            His pledge came after Sir Tom Reed said growth was vital. "Please do not give it away."
            """
        try expectQuote(text, "Please do not give it away.", speaker: "Tom Reed")
    }

    @Test func aHonorificIsNoModifierAndAPossessedCueIsANoun() throws {
        try expectQuote(
            "Ann Cole rejected Mr Reed's comment, telling the BBC that Labour was not \"rattled\".", "rattled",
            speaker: "Ann Cole")
        try expectQuote(
            "Tom Reed sent Mr Lee his \"warmest wishes\", saying it was a fine day.", "warmest wishes", speaker: "Tom Reed")
    }

    @Test func introductoryPhraseNamingABodyBeforeTheSubject() throws {
        try expectQuote("For the Lib Dems Tom Reed said: \"It is all debt.\"", "It is all debt.", speaker: "Tom Reed")
    }

    @Test func dashLedLabelInAMatchReport() throws {
        let text = "Match\n\nLeeds won.\n\n- Leeds boss Tom Reed \"We deserved it. \"We were good.\""
        try expectQuote(text, "We deserved it. \"We were good.", speaker: "Tom Reed")
    }

    // MARK: names

    @Test func peersAndRoyalsKeepTheirTerritory() throws {
        try expectQuote(
            "Lord Reed of Ashford, in his ruling, said: \"Detention without trial is wrong.\"",
            "Detention without trial is wrong.", speaker: "Reed of Ashford")
        try expectQuote(
            "It drew a comment from his aide, Princess Anna of Ruritania, the niece of the king, who said it was \"pure politics\".",
            "pure politics", speaker: "Anna of Ruritania")
    }

    @Test func chamberOfCommerceIsOneName() throws {
        try expectQuote(
            "The sector faces \"serious challenges\", the Kent Chamber of Commerce (KCC) has said.",
            "serious challenges", speaker: "Kent Chamber of Commerce")
    }

    @Test func possessorWhoseNameHasAConnector() throws {
        try expectQuote(
            "Save on Waste's John Hill said: \"The plan is empty.\"", "The plan is empty.", speaker: "John Hill")
    }

    @Test func rolesAndNationalitiesBeforeANameAreStripped() throws {
        try expectQuote(
            "Backbencher Tom Reed said ministers should \"stop this nonsense\".", "stop this nonsense",
            speaker: "Tom Reed")
        try expectQuote("Referee Ian Cole said: \"I gave the goal.\"", "I gave the goal.", speaker: "Ian Cole")
        try expectQuote("Spaniard Pablo Ruiz said: \"It was close.\"", "It was close.", speaker: "Pablo Ruiz")
    }

    @Test func hyphenatedGivenNames() throws {
        try expectQuote(
            "Sales rose. \"We need to grow,\" chairman Kim Dae-ho said in a statement.", "We need to grow,",
            speaker: "Kim Dae-ho")
        // A hyphenated adjective is still no part of the name.
        try expectQuote(
            "Sales rose. \"We need to grow,\" said Leeds-born Tom Reed.", "We need to grow,", speaker: "Tom Reed")
    }

    // MARK: referring back

    @Test func theNounGoesBackToTheNameItIntroduced() throws {
        try expectQuote(
            "Ann Lee topped the list of US magazine Prism Weekly's top earners. \"She returned to form,\" the magazine reported.",
            "She returned to form,", speaker: "Prism Weekly")
        try expectQuote(
            "The show is by Bafta-winning artists Hale & Lowe. It opened in Leeds. \"The river was the city,\" said the artists.",
            "The river was the city,", speaker: "Hale & Lowe")
        try expectQuote(
            "The gap is narrowing, according to a Kestrel Bank report. \"Access is rising,\" said the report.",
            "Access is rising,", speaker: "Kestrel Bank")
        // A capitalized determiner is no name: nobody introduced the magazine here.
        try expectQuote(
            "The magazine printed a list. \"It is a fine list,\" said the magazine.", "It is a fine list,",
            speaker: "magazine")
    }

    @Test func itGoesOnWithABodyIntroducedByItsTrade() throws {
        let text = """
            Growth will slow, City consultancy Kestrel has warned. Kestrel said the UK had enjoyed a boom. \
            But it warned of major "imbalances" in the economy.
            """
        try expectQuote(text, "imbalances", speaker: "Kestrel")
    }

    @Test func acronymOfANameAfterACountry() throws {
        try expectQuote(
            "The US Federal Bureau of Investigation is warning of a virus. \"Do not open it,\" the FBI said.",
            "Do not open it,", speaker: "Federal Bureau of Investigation")
    }
}
