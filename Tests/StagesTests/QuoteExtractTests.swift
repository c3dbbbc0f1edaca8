import Foundation
import PipelineCore
import Testing

@testable import Stages

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
        _ = try singleQuote(text, content)
    }

    @Test func nestedQuoteIsPartOfTheOuterOne() throws {
        let text = "\"We never said, 'You can own this property,' to anyone,\" the lawyer said."
        _ = try singleQuote(text, "We never said, 'You can own this property,' to anyone,")
        let curly = "“He told me ‘never again’ and meant it,” she said."
        _ = try singleQuote(curly, "He told me ‘never again’ and meant it,")
    }

    // MARK: hard negatives

    @Test func apostrophesAreNotQuotationMarks() throws {
        #expect(try extractQuotes("Maduro’s government blamed the ’90s and rock ’n’ roll, didn't it? O'Neil's players' union agreed.").isEmpty)
        #expect(try extractQuotes("Maduro's rock 'n' roll from the '90s won't stop, the players' union said.").isEmpty)
        let text = "“It’s the ’90s again and rock ’n’ roll is back,” said Ann Lee."
        _ = try singleQuote(text, "It’s the ’90s again and rock ’n’ roll is back,")
    }

    @Test func inchAndFootMarksAreNotQuotationMarks() throws {
        #expect(try extractQuotes("The striker is 5' 10\" tall and weighs 70kg.").isEmpty)
        #expect(try extractQuotes("He is 6'2\" and she is 5' 4\".").isEmpty)
    }

    @Test func unclosedQuoteEndsWithItsParagraph() throws {
        let text = "Lee said: \"We will fight on and on\n\nThe vote is on Monday. \"It is close,\" said Ann Lee."
        let found = try extractQuotes(text)
        #expect(found.map(\.text) == ["We will fight on and on", "It is close,"])
        #expect(found.last?.speaker == "Ann Lee")
    }

    @Test func quotedTitlesAndScareQuotesHaveNoSpeaker() throws {
        let text = "Jamie Foxx won for the film \"Ray\" on Sunday. Critics doubted the so-called \"experts\" again."
        let found = try extractQuotes(text)
        #expect(found.map(\.text) == ["Ray", "experts"])
        #expect(found.allSatisfy { $0.kind == .other && $0.speaker == nil })
        let without = try extractQuotes(text, QuoteExtractOptions(includeOther: false))
        #expect(without.isEmpty)
    }

    // MARK: blocks and kinds

    @Test func quoteOverSeveralParagraphsIsOneBlock() throws {
        let text = "Ann Lee said: \"We will not give in.\n\n\"We will fight for every vote.\n\n\"And we will win.\"\n\nThe vote is due."
        let q = try singleQuote(text, "We will not give in.\n\n\"We will fight for every vote.\n\n\"And we will win.")
        #expect(q?.kind == .block)
        #expect(q?.speaker == "Ann Lee")
    }

    @Test func paragraphsRunTogetherOnOneLineStayOneQuote() throws {
        let text = "Ann Lee said: \"We will not give in. \"We will fight for every vote.\" The vote is due."
        let q = try singleQuote(text, "We will not give in. \"We will fight for every vote.")
        #expect(q?.speaker == "Ann Lee")
        #expect(q?.kind == .block)
    }

    @Test func quoteEndingInAnInnerQuoteIsStillAnUtterance() throws {
        let text = "\"We never told them, 'You can keep the house,'\" said Ann Lee, the manager."
        let q = try singleQuote(text, "We never told them, 'You can keep the house,'")
        #expect(q?.kind == .direct)
        #expect(q?.speaker == "Ann Lee")
        // A plural possessive at the end is no inner quote: the fragment stays partial.
        let fragment = try singleQuote("Ann Lee praised the \"hard work of the players'\" in the final.", "hard work of the players'")
        #expect(fragment?.kind == .partial)
    }

    @Test func partialQuoteInAReportingSentence() throws {
        let text = "Venezuelan President Nicolas Maduro spoke on Monday. Maduro accused the US of \"psychological terrorism\"."
        let q = try singleQuote(text, "psychological terrorism")
        #expect(q?.kind == .partial)
        #expect(q?.speaker == "Nicolas Maduro")
        #expect(q?.cue == "accused")
        #expect(q?.speakerStart == scalarOffset(of: "Maduro accused", in: text))
        #expect(q?.speakerEnd == scalarOffset(of: " accused", in: text))
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
        let found = try extractQuotes(text)
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
        let found = try extractQuotes(text)
        #expect(found.map(\.speaker) == ["Nicolas Maduro", "Nicolas Maduro", "Nicolas Maduro"])
        #expect(found.map(\.cue) == ["said", "told", "added"])
        #expect(found[1].speakerStart == scalarOffset(of: "Mr Maduro", in: text))
    }

    @Test func pronounResolvesToTheCompatiblePerson() throws {
        let text = """
            Ms Ann Lee met Mr Tom Hart on Monday. "It went well," she said. "We agreed a deal," he said.
            """
        let found = try extractQuotes(text)
        #expect(found.map(\.speaker) == ["Ann Lee", "Tom Hart"])
        #expect(found[0].speakerStart == scalarOffset(of: "she", in: text))
    }

    @Test func quoteWithoutCueContinuesTheSpeaker() throws {
        let text = """
            "We are growing," said John Smith. "Next year will be better."

            "And we will hire," he added.

            "Our staff are the best in the business."
            """
        let found = try extractQuotes(text)
        #expect(found.map(\.speaker) == ["John Smith", "John Smith", "John Smith", "John Smith"])
        #expect(found[1].cue == nil)
        #expect(found.map(\.kind) == [.direct, .direct, .direct, .direct])
    }

    @Test func descriptionRefersToThePersonNamedBefore() throws {
        let text = "Hollywood star Liam Neeson held a dinner. The Ballymena-born actor said the theatre was in a \"very dilapidated condition\"."
        let q = try singleQuote(text, "very dilapidated condition")
        #expect(q?.speaker == "Liam Neeson")
        #expect(q?.kind == .partial)
    }

    @Test func pronounPrefersTheSubjectOfTheLatestSentence() throws {
        let text = """
            Hollywood legend Dustin Hoffman spoke on Tuesday. Hoffman is in London with Ben Stiller and Barbra Streisand. He said: "Films are worse now."
            """
        #expect(try extractQuotes(text).first?.speaker == "Dustin Hoffman")
    }

    @Test func aNameInThePronounsOwnSentenceIsNotItsAntecedent() throws {
        let text = """
            Michael Howard spoke on Monday. Mr Blair has failed, he claimed, saying he has the "wrong solution".
            """
        let q = try singleQuote(text, "wrong solution")
        #expect(q?.speaker == "Michael Howard")
    }

    @Test func reportedSpeechNamesTheSpeakerOfTheNextQuote() throws {
        let text = """
            Ann Lee spoke first. Mr Gates said that a lot of work had been done.

            "It is going even faster than we expected."
            """
        let found = try extractQuotes(text)
        #expect(found.map(\.speaker) == ["Gates"])
        let named = "Bill Gates opened the show. " + text
        #expect(try extractQuotes(named).map(\.speaker) == ["Bill Gates"])
    }

    @Test func officeResolvesToItsHolderAndAcronymsToTheirNames() throws {
        let text = """
            Chancellor Gordon Brown met analysts at Dresdner Kleinwort Wasserstein. Ken Clarke disagreed. The chancellor said the rules were "sustainable". DrKW said it was "a step change".
            """
        let found = try extractQuotes(text)
        #expect(found.map(\.speaker) == ["Gordon Brown", "Dresdner Kleinwort Wasserstein"])
    }

    @Test func peersLoseTheirTitleAndDemonymsReferBack() throws {
        // Titles are stripped, peerages too (annotation guidelines; `Lord Falconer` → `Falconer`).
        let found = try extractQuotes("\"The law is clear,\" Lord Goldsmith said.")
        #expect(found.first?.speaker == "Goldsmith")
        let text = "Justin Gatlin won in Athens. \"It was a great race,\" the American said."
        let q = try singleQuote(text, "It was a great race,")
        #expect(q?.speaker == "Justin Gatlin")
        #expect(q?.speakerStart == scalarOffset(of: "the American", in: text))
    }

    @Test func headlineQuoteIsTheFirstSpeakersClaim() throws {
        let text = """
            EU rules 'won't stop UK spending'

            Chancellor Gordon Brown said the rules were fine. "We will invest," he said.
            """
        let found = try extractQuotes(text)
        #expect(found.map(\.text) == ["won't stop UK spending", "We will invest,"])
        #expect(found.map(\.kind) == [.partial, .direct])
        #expect(found.map(\.speaker) == ["Gordon Brown", "Gordon Brown"])
    }

    @Test func unnamedSpeakerKeepsItsOrganisation() throws {
        let text = """
            A spokesman for the Oxford University Press said the word was now in use. "I think it was the word of last year," he said.
            """
        let q = try singleQuote(text, "I think it was the word of last year,")
        #expect(q?.speaker == "Oxford University Press spokesman")
    }

    @Test func wordsMentionedAsWordsAreNotSpeech() throws {
        let text = """
            Merriam-Webster said "blog" was the word most looked up, ahead of terms such as "incumbent", "electoral" and "partisan".
            """
        let found = try extractQuotes(text)
        #expect(found.map(\.text) == ["blog", "incumbent", "electoral", "partisan"])
        #expect(found.allSatisfy { $0.kind == .other && $0.speaker == nil })
    }

    // MARK: options

    @Test func extraCueVerbsFromOptions() throws {
        let text = "\"We are growing,\" harrumphed John Smith."
        #expect(try extractQuotes(text).first?.speaker == nil)
        let q = try extractQuotes(text, QuoteExtractOptions(cueVerbs: ["harrumph"])).first
        #expect(q?.speaker == "John Smith")
        #expect(q?.cue == "harrumphed")
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

    // MARK: attribution grammar on unseen text

    /// The speaker of the last quote of `text`.
    private func lastSpeaker(_ text: String) throws -> String? {
        try extractQuotes(text).last?.speaker
    }

    @Test func nameSetOffByCommasAfterADescription() throws {
        #expect(try lastSpeaker("\"Prices will rise,\" said bank chief economist, Jane Doe.") == "Jane Doe")
        let text = "\"We are ready,\" the head of the Example Standards Group (ESG), Tom Reed, says."
        #expect(try lastSpeaker(text) == "Tom Reed")
    }

    @Test func invertedCueLaterInTheFragmentsSentence() throws {
        let text = "The plan marks a \"clear step forward\" for patients, said Anna Berg."
        let q = try singleQuote(text, "clear step forward")
        #expect(q?.speaker == "Anna Berg")
        #expect(q?.kind == .partial)
    }

    @Test func participleTakesTheSubjectOfItsMainClause() throws {
        let text = "Mark Cole has attacked the budget, saying it is a \"reckless gamble\"."
        #expect(try singleQuote(text, "reckless gamble")?.speaker == "Mark Cole")
        let opener = "But novelist Rosa Dunn defended the book, saying it was \"brave\" and honest."
        #expect(try lastSpeaker(opener) == "Rosa Dunn")
    }

    @Test func coordinatedCueTakesTheSentenceSubjectPastAnAside() throws {
        let text = "Pete Lang, 61, left the club in May and vowed: \"I will be back.\""
        #expect(try lastSpeaker(text) == "Pete Lang")
    }

    @Test func nameBeforeAColonSpeaks() throws {
        let text = "The match ended 2-1.\n\n- Rovers boss Sam Hale: \"We deserved the win.\""
        #expect(try lastSpeaker(text) == "Sam Hale")
    }

    @Test func theViewOfSomeoneAfterTheQuote() throws {
        #expect(try lastSpeaker("\"The economy is stalling,\" is the blunt verdict of Ruth Kemp.") == "Ruth Kemp")
        #expect(try lastSpeaker("\"The economy is stalling.\" That was the view of Ruth Kemp.") == "Ruth Kemp")
    }

    @Test func peerageTitlesAreStripped() throws {
        let text = "Betty Marsh spoke first. Baroness Marsh said: \"Reform is overdue.\" Lord Quill said: \"No.\""
        let found = try extractQuotes(text)
        #expect(found.map(\.speaker) == ["Betty Marsh", "Quill"])
    }

    @Test func publicationsSpeakWithoutTheirDescriptor() throws {
        #expect(try lastSpeaker("\"Sales are falling,\" said Le Monde newspaper.") == "Le Monde")
        let review = "\"It is far too long,\" wrote one reviewer in Daily Planet magazine."
        #expect(try lastSpeaker(review) == "Daily Planet reviewer")
    }

    @Test func sentenceOpeningAccordingToFramesTheSentence() throws {
        let text = "According to Dan Fox, Lee Hart promised he would stay. \"I trusted him,\" he said."
        #expect(try lastSpeaker(text) == "Dan Fox")
    }

    @Test func itStandsForTheOrganisationNamedLast() throws {
        let text = "The Example Widget Corp could face a fine. Last week, it denied wrongdoing. \"We obey the law,\" it said."
        #expect(try lastSpeaker(text) == "Example Widget Corp")
    }

    @Test func theyStandsForThePluralBodyNamedLast() throws {
        let parties = "The Greens have promised lower fares. They say they can save \"billions\" on roads."
        #expect(try lastSpeaker(parties) == "Greens")
        let ministers = "Ministers deny the plan was rushed. Instead, they say it is an \"evolving\" process."
        #expect(try lastSpeaker(ministers) == "Ministers")
        // A plural possessive is no antecedent, and a speaker found through `they` is no person for `he`.
        let text = "Pensioners' anger grew. The Greens have promised lower bills for pensioners, who they say have been hit. They say they can save \"billions\"."
        #expect(try lastSpeaker(text) == "Greens")
    }

    @Test func aNameWithAnAcronymIsABodyNotAPerson() throws {
        let text = "Tom Hill left in May. The cup came in 1994 with AC Milan. \"It was special,\" he said."
        #expect(try lastSpeaker(text) == "Tom Hill")
        let club = "Tom Hill left in May. AC Milan confirmed the deal on Monday. \"We are delighted,\" it said."
        #expect(try lastSpeaker(club) == "AC Milan")
    }

    @Test func whoSaidGoesBackToTheNameBeforeTheRelativeClause() throws {
        let text = "The claim was backed by Ann Cole, the eldest daughter of Tom Cole, who said it was \"nonsense, all of it\"."
        #expect(try lastSpeaker(text) == "Ann Cole")
        let passive = "Former boss Ben Dunn, who is accused of fraud, never signed the accounts, a witness said. \"No,\" said Tim Rowe."
        #expect(try extractQuotes(passive).first?.speaker == "Tim Rowe")
    }

    @Test func fragmentWithoutCueTakesItsSentencesNamedSubject() throws {
        let text = "Ann Cole spoke first. The Audit Commission found the whole system was \"fundamentally flawed\" and costly."
        #expect(try lastSpeaker(text) == "Audit Commission")
    }

    @Test func headlineQuoteTakesTheSpeakerOfTheBodyQuoteRepeatingIt() throws {
        let text = """
            Plan 'will cut waiting lists'

            Health chief Ann Cole opened the new wing on Monday. Tom Reed, the trust's director, said the plan "will cut waiting lists" within a year.
            """
        #expect(try extractQuotes(text).first?.speaker == "Tom Reed")
    }

    @Test func pronounAfterAnOpeningConjunctionIsTheSentenceSubject() throws {
        let text = "Tom Hill played for Leeds United. So he admires two old colleagues - Bob Lane and Sam Fry. \"They are great,\" he said."
        #expect(try lastSpeaker(text) == "Tom Hill")
    }

    @Test func phrasalCuesAndAsClauses() throws {
        #expect(try lastSpeaker("Ann Cole pointed out: \"Nobody asked us.\"") == "Ann Cole")
        #expect(try lastSpeaker("\"That is simply untrue,\" Tom Reed hit back.") == "Tom Reed")
        let text = "Tom Reed spoke first. They could rely on one \"secret weapon\", as one activist put it."
        #expect(try lastSpeaker(text) == "activist")
    }

    @Test func theTwoFirmsAreThePairNamedBefore() throws {
        let text = "Acme Steel and Bolt Holdings will merge next year. \"This is a good deal,\" the two firms said."
        #expect(try lastSpeaker(text) == "Acme Steel and Bolt Holdings")
    }

    @Test func aNameStartingTheReportedClauseIsNotAnInvertedSubject() throws {
        let text = "Club chairman Milo Ross said he was \"disappointed\" by the news and claimed Tim Lowe had been in talks for \"some time\"."
        #expect(try extractQuotes(text).map(\.speaker) == ["Milo Ross", "Milo Ross"])
    }

    @Test func unnamedGroupsKeepTheirPossessorAsWritten() throws {
        let text = "Ann Cole spoke first. The band's managers cancelled the tour, saying it was \"unsafe\" for fans."
        #expect(try lastSpeaker(text) == "band's managers")
        let people = "Tom Reed spoke first. It was hard to answer when people asked \"What have you done for us?\""
        #expect(try lastSpeaker(people) == "people")
    }

    @Test func theFirmIsTheBodyNamedLast() throws {
        let text = "Shares in Bolt Holdings rose 5% on Monday. \"Trading has been strong,\" the firm said."
        #expect(try lastSpeaker(text) == "Bolt Holdings")
        let unnamed = "\"Trading has been strong,\" a spokesman said."
        #expect(try lastSpeaker(unnamed) == "spokesman")
    }

    @Test func possessorsRelativeAsidesAndQuotedAsSaying() throws {
        #expect(try lastSpeaker("The Daily Planet's Nora Vance said \"the mood has changed\".") == "Nora Vance")
        #expect(try lastSpeaker("\"We played well,\" Hale, whose side won 2-0, said.") == "Hale")
        #expect(try lastSpeaker("Tom Reed was quoted as saying: \"We will win.\"") == "Tom Reed")
    }

    @Test func theSubjectOfASentenceEndingInAColonSpeaks() throws {
        let text = "Ann Cole spoke first. Tom Reed had a simple message for staff: \"Work harder.\""
        #expect(try lastSpeaker(text) == "Tom Reed")
        let view = "Tom Reed spoke first. Ann Cole's message was clear: \"We will not sell.\""
        #expect(try lastSpeaker(view) == "Ann Cole")
        let reply = "Ann Cole spoke first. \"No comment,\" was Tom Reed's reply."
        #expect(try lastSpeaker(reply) == "Tom Reed")
        let rules = "Ann Cole spoke first. The rules are simple: \"no phones\" in class."
        #expect(try lastSpeaker(rules) != "rules")
    }

    @Test func aCommonFirstNameGivesAGender() throws {
        let text = "Jane Cole runs the firm. Tom Reed is her deputy. \"I think we can do better,\" she said."
        #expect(try lastSpeaker(text) == "Jane Cole")
    }

    @Test func aNameAfterADashSignsTheQuote() throws {
        #expect(try lastSpeaker("Ann Cole spoke first. \"We are happy\" - Pat Rice.") == "Pat Rice")
        #expect(try lastSpeaker("Ann Cole spoke first. \"We are happy\" - and so are the fans.") != "fans")
    }

    @Test func addingGoesOnWithTheSpeakerOfItsSentence() throws {
        let text = "Tom Reed spoke first. Ann Cole denied the plan was \"a U-turn\", adding: \"We always said this.\""
        #expect(try extractQuotes(text).map(\.speaker) == ["Ann Cole", "Ann Cole"])
    }

    @Test func aPersonDescriptionNeverStandsForABody() throws {
        let text = "Singer Rob Hale is top again, according to the Official Charts Company. \"I'm thrilled,\" the star said."
        let found = try extractQuotes(text)
        #expect(found.last?.speaker == "Rob Hale")
        let body = "Singer Rob Hale is top again. \"It sold well,\" said the Official Charts Company."
        #expect(try lastSpeaker(body) == "Official Charts Company")
    }

    @Test func aQuoteWithoutCueGoesToThePersonTheSentenceBeforeIsAbout() throws {
        let text = "\"We will win,\" said Ann Cole. Her rival, Tom Reed, leader of the county group, blames the war. \"We lost people over Iraq.\""
        #expect(try extractQuotes(text).map(\.speaker) == ["Ann Cole", "Tom Reed"])
        let named = "\"We will win,\" said Ann Cole. Tom Reed is less sure. \"It will be close.\""
        #expect(try lastSpeaker(named) == "Tom Reed")
        // A sentence about a body leaves the quote to the speaker reported last.
        let body = "\"We will win,\" said Ann Cole. The Example Party has lost ground. \"It will be close.\""
        #expect(try lastSpeaker(body) == "Ann Cole")
    }

    @Test func severalLowercaseWordsAfterADeterminerAreSpeechOneIsAScareQuote() throws {
        let text = "\"We will win,\" said Ann Cole. The \"worst thing in politics\" was the apathy. Others saw a \"brain-drain\"."
        let found = try extractQuotes(text)
        #expect(found.map(\.kind) == [.direct, .partial, .other])
        #expect(found.map(\.speaker) == ["Ann Cole", "Ann Cole", nil])
    }

    @Test func appositiveNamesAndSoSays() throws {
        #expect(try lastSpeaker("Acme's European boss, Dan Hale, said: \"We want more buyers.\"") == "Dan Hale")
        #expect(try lastSpeaker("\"Nobody saw it coming.\" So says Simon Joyce of retailer Gamez.") == "Simon Joyce")
        let firm = "Acme Holdings cut its prices. \"We are confident,\" the Japanese firm said."
        #expect(try lastSpeaker(firm) == "Acme Holdings")
    }

    @Test func verbsOfMannerReportSpeech() throws {
        #expect(try lastSpeaker("Ann Cole spoke first. \"The referee was poor,\" Tom Reed fumed.") == "Tom Reed")
        #expect(try lastSpeaker("Ann Cole spoke first. \"We were lucky,\" Tom Reed confessed.") == "Tom Reed")
    }

    // MARK: robustness

    @Test(arguments: [
        "", "\"", "\"\"", "“”‘’«»", "'", "\" \" \" \"", "'''\"\"\"", "\u{0}\"x", "🇫🇷 \"🇫🇷\" 🇫🇷",
        "\"unclosed at the very end", "said:", "\"a\" said", "\n\n\"\n\n\"\n\n",
        String(repeating: "\"x ", count: 2000), String(repeating: "'a' ", count: 2000),
    ])
    func neverCrashes(text: String) throws {
        let found = try extractQuotes(text)
        let n = text.unicodeScalars.count
        #expect(found.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= n })
    }
}
