import Foundation
import PipelineCore
import Testing

@testable import Stages

/// Speaker rules of news attribution grammar that are not tied to one article: each case is a
/// sentence written for the test, checked for the quote's span, speaker and speaker mention.
struct QuoteExtractSpeakerTests {
    /// The quote of `text` that covers `content`, checked for its offsets, speaker and, when
    /// given, the words it was attributed to.
    private func expectQuote(
        _ text: String, _ content: String, speaker: String?, mention: String? = nil, kind: QuoteKind? = nil
    ) throws {
        let found = try extractQuotes(text)
        let start = scalarOffset(of: content, in: text)
        let q = try #require(found.first { $0.start == start }, "no quote at \(start) in \(found)")
        #expect(q.end == start + content.unicodeScalars.count)
        #expect(q.speaker == speaker, "\(q)")
        if let kind { #expect(q.kind == kind) }
        if let mention {
            let a = try #require(q.speakerStart), b = try #require(q.speakerEnd)
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[a..<b])) == mention)
        }
    }

    // MARK: names

    @Test func lettersAfterANameAreStripped() throws {
        try expectQuote(
            "\"We will appeal,\" said Ann Lee QC, for the defence.", "We will appeal,", speaker: "Ann Lee")
        try expectQuote(
            "Tom Price MP said: \"The vote was lost.\"", "The vote was lost.", speaker: "Tom Price")
        // Only the exact letters: a surname that spells one in lower case stays.
        try expectQuote(
            "\"It works,\" said Jo Mep.", "It works,", speaker: "Jo Mep")
        // A seat after a place is a role: the place alone would name nobody.
        try expectQuote(
            "\"It is a scandal,\" said the Salford North MP.", "It is a scandal,", speaker: "Salford North MP")
    }

    // MARK: pronouns inside a sentence

    @Test func pronounInsideASentenceIsItsOpeningPerson() throws {
        // The pronoun goes to the person the sentence opens with, not to the one named before it.
        let text = "Mr Tom Reed said the budget was sound. Mr Paul Lane thanked his deputy for the plan, "
            + "which he said was the \"heart\" of the party's offer."
        try expectQuote(text, "heart", speaker: "Paul Lane")
        let titled = "Mr Tom Reed spoke first. Prime Minister Paul Lane declared the deal, which he said was "
            + "\"fair to all\", a success."
        try expectQuote(titled, "fair to all", speaker: "Paul Lane")
    }

    @Test func pronounInsideASentenceKeepsOlderRulesOtherwise() throws {
        // A pronoun opening its sentence, or a sentence opening with a lowercase phrase, reads back as before.
        let opening = "Mr Tom Reed was asked about the plan. Then Mr Paul Lane arrived. He said it was \"fine\"."
        try expectQuote(opening, "fine", speaker: "Paul Lane")
        let phrase = "Mr Tom Reed spoke first. After Mr Paul Lane left, he said the plan was \"fine\"."
        try expectQuote(phrase, "fine", speaker: "Tom Reed")
        // After a comma or after the quote the sentence opens with the words reported, not the reporter.
        let comma = "Mr Tom Reed spoke first. Mr Paul Lane has failed, he claimed, and his plan was \"weak\"."
        try expectQuote(comma, "weak", speaker: "Tom Reed")
        let closing = "Mr Tom Reed spoke first. Mr Paul Lane had been \"hurt\" by the vote, he added."
        try expectQuote(closing, "hurt", speaker: "Tom Reed")
        // A sentence opening with a woman does not take a `he`.
        let gender = "Mr Tom Reed spoke first. Mrs Ann Lane praised the plan, which he said was \"fair\"."
        try expectQuote(gender, "fair", speaker: "Tom Reed")
    }

    // MARK: claims with their own holder

    @Test func claimHolderSpeaksTheClaimsWords() throws {
        try expectQuote(
            "Tom Reed has dismissed a claim by Ann Cole that he is a \"lazy leader\".", "lazy leader",
            speaker: "Ann Cole")
        try expectQuote(
            "Tom Reed spoke first. And he hit back at calls from Ann Cole for him to \"wake up\".", "wake up",
            speaker: "Ann Cole")
        try expectQuote(
            "Tom Reed has vowed to go on despite a call for him to \"stop and think\" from Ann Cole.",
            "stop and think", speaker: "Ann Cole")
    }

    @Test func claimWithoutAHolderKeepsTheCuesSubject() throws {
        try expectQuote(
            "Tom Reed has dismissed claims that he is a \"lazy leader\".", "lazy leader", speaker: "Tom Reed")
        try expectQuote(
            "Tom Reed said the call was \"a fair one\" from the start.", "a fair one", speaker: "Tom Reed")
        // A claim before an earlier quote holds none of the later one.
        let two = "Tom Reed said a claim by Ann Cole that he is \"lazy\" shows she is \"worried\"."
        try expectQuote(two, "lazy", speaker: "Ann Cole")
        try expectQuote(two, "worried", speaker: "Tom Reed")
    }

    // MARK: participles after a fragment

    @Test func nameAfterAParticipleOpensTheReportedClause() throws {
        // `saying Tom Reed would …`: Tom Reed is what is said, not who says it.
        try expectQuote(
            "Ann Cole declared herself \"very pleased\", saying Tom Reed would be welcome.", "very pleased",
            speaker: "Ann Cole")
        try expectQuote(
            "Tom Reed spoke first. Ann Cole said she was \"thrilled\", describing Tom Reed as a friend.", "thrilled",
            speaker: "Ann Cole")
        // `according to` still names its source.
        try expectQuote(
            "The plan will be \"a great success\", according to Tom Reed.", "a great success", speaker: "Tom Reed")
    }

    // MARK: passives and closing cues

    @Test func passiveAgentSpeaks() throws {
        try expectQuote(
            "The new phone was described by Ann Lee as the \"best we have made\".", "best we have made",
            speaker: "Ann Lee", mention: "Ann Lee")
        try expectQuote(
            "The adverts were branded a \"cheap stunt\" by the Liberal Democrats.", "cheap stunt",
            speaker: "Liberal Democrats")
    }

    @Test func passiveSubjectIsNotTheSpeaker() throws {
        let text = "John Smith wrote the report. The plan is described as a \"bold step for the region\"."
        try expectQuote(text, "bold step for the region", speaker: "John Smith", kind: .partial)
    }

    @Test func definitionIsNotSpeech() throws {
        let text = "Ann Lee wrote the report. Pupils are defined as \"adults\" by the government at 16."
        try expectQuote(text, "adults", speaker: nil, kind: .other)
    }

    @Test func cueClosingTheSentenceAttributesItsFragment() throws {
        try expectQuote(
            "Profits look \"very healthy\" thanks to strong sales in Asia, Acme said.", "very healthy",
            speaker: "Acme", mention: "Acme")
        try expectQuote(
            "Profits look \"very healthy\" for the year ahead, said Ann Lee.", "very healthy", speaker: "Ann Lee")
    }

    @Test func participleClosingTheSentenceIsNoCue() throws {
        let text = "Tom Reed spoke. \"We will win.\" He left later, urging voters to turn out."
        try expectQuote(text, "We will win.", speaker: "Tom Reed")
    }

    // MARK: kinds

    @Test func headlineScareQuotesHaveNoSpeaker() throws {
        let cast = "Studio holds 'extras' auditions\n\nThe studio wants extras. \"Anyone can apply,\" said Ann Lee."
        try expectQuote(cast, "extras", speaker: nil, kind: .other)
        let name = "Acme unveils cheap 'Rocket One'\n\nAcme has a new car. \"It is cheap,\" said Ann Lee."
        try expectQuote(name, "Rocket One", speaker: nil, kind: .other)
        let claim = "Reed says budget 'balanced'\n\nTom Reed spoke. \"The budget is sound,\" said Tom Reed."
        try expectQuote(claim, "balanced", speaker: "Tom Reed", kind: .partial)
        let before = "Economy 'strong' in election year\n\nTom Reed spoke. \"Growth is sound,\" said Tom Reed."
        try expectQuote(before, "strong", speaker: "Tom Reed", kind: .partial)
        let verb = "Drive to 'save' village shops\n\nTom Reed spoke. \"Shops matter,\" said Tom Reed."
        try expectQuote(verb, "save", speaker: "Tom Reed", kind: .partial)
    }

    @Test func fragmentFarFromAnySpeakerIsAScareQuote() throws {
        let text = """
            "We will win," said Tom Reed.

            The vote is close.

            Polls open at seven.

            Many voters are on the "fence" still.
            """
        try expectQuote(text, "fence", speaker: nil, kind: .other)
        let near = "\"We will win,\" said Tom Reed.\n\nHe added that the result was \"in the bag\" already."
        try expectQuote(near, "in the bag", speaker: "Tom Reed")
    }

    @Test func shortTermAfterANameIsNoSpeech() throws {
        let text = "Tom Reed said fines were too low. Last year's Janet Cole 'wardrobe malfunction' led to new rules."
        try expectQuote(text, "wardrobe malfunction", speaker: nil, kind: .other)
    }

    @Test func nameOpeningTheSentenceBeforeAFragmentSpeaksIt() throws {
        let text = "The data was lost.\n\nInformation Commissioner Richard Hale \"totally condemned\" the leak."
        try expectQuote(text, "totally condemned", speaker: "Richard Hale", kind: .partial)
    }

    @Test func pluralPossessiveBeforeARole() throws {
        let text = "\"He will be fit on Saturday,\" Wales' team doctor Ann Lee said."
        try expectQuote(text, "He will be fit on Saturday,", speaker: "Ann Lee", mention: "Ann Lee")
    }

    // MARK: roles and relatives

    @Test func relativeIntroducedByFirstNameTakesTheFamilyName() throws {
        let text = """
            The tapes belonged to engineer Tom Reed. "We kept them for years," Reed's son Ian, 50, said. \
            Reed died in 1990. "He loved those tapes," his son said.
            """
        try expectQuote(text, "We kept them for years,", speaker: "Ian Reed", mention: "Ian")
        try expectQuote(text, "He loved those tapes,", speaker: "Ian Reed", mention: "his son")
    }

    @Test func roleGoesBackToWhoeverWasIntroducedWithIt() throws {
        let text = "Lucy Hart wrote it with engineer Tom Reed. Hart sang. \"It took a year,\" the engineer said."
        try expectQuote(text, "It took a year,", speaker: "Tom Reed", mention: "the engineer")
        let stale = """
            Singer Ann Lee toured in May.

            Tickets sold out. Prices rose. Fans queued.

            Kylie Cole cancelled her tour. "I am sorry," the singer said.
            """
        try expectQuote(stale, "I am sorry,", speaker: "Kylie Cole")
    }

    @Test func clubRoleIsNoOfficeOfTheWholeReport() throws {
        let text = """
            Wales coach Mike Hale named his side. "The boys deserve it," said Hale.

            Chelsea manager Jose Reis has been fined. Reis, 42, said he would not appeal. \
            "I accept the decision," the Portuguese coach said.
            """
        try expectQuote(text, "I accept the decision,", speaker: "Jose Reis")
        let office = """
            Chancellor Gordon Hale spoke in May.

            Other news followed. Prices rose. Sales fell. Jobs went. "Growth is strong," the chancellor said.
            """
        try expectQuote(office, "Growth is strong,", speaker: "Gordon Hale")
    }

    @Test func nounThatIsAlsoACueVerb() throws {
        try expectQuote("His record label said: \"We are thrilled.\"", "We are thrilled.", speaker: "label")
    }

    @Test func roleNobodyWasNamedForIsTheLabel() throws {
        let text = "The results were mixed. \"We are growing,\" the chairman said in a statement."
        try expectQuote(text, "We are growing,", speaker: "chairman")
    }

    // MARK: subjects

    @Test func unnamedSpeakerKeepsTheWholeNameOfItsBody() throws {
        let text = "A Ministry of Roads and Bridges spokeswoman confirmed the plan. \"No date was set,\" she said."
        try expectQuote(text, "No date was set,", speaker: "Ministry of Roads and Bridges spokeswoman", mention: "she")
        try expectQuote("\"We are growing,\" Acme's spokesman said.", "We are growing,", speaker: "Acme's spokesman")
    }

    @Test func timeBetweenSubjectAndCue() throws {
        let text = "Labour chairman Tom Reed last year described the minister as a \"danger to democracy\"."
        try expectQuote(text, "danger to democracy", speaker: "Tom Reed")
        let day = "Tom Reed spoke. The chairman on Sunday said the plan was \"dead\" already."
        try expectQuote(day, "dead", speaker: "Tom Reed", mention: "The chairman")
    }

    @Test func nameRightBeforeTheCueAfterACommonNoun() throws {
        let text = "Tom Reed and Ann Cole met. Asked on Friday about the plan Mr Reed told reporters it was a \"fair deal\"."
        try expectQuote(text, "fair deal", speaker: "Tom Reed", mention: "Mr Reed")
    }

    @Test func cueInsideAnotherCuesReport() throws {
        let told = "Ann Cole left. Tom Reed arrived. Ms Cole told the BBC she thought it was a \"non-story\"."
        try expectQuote(told, "non-story", speaker: "Ann Cole", mention: "Ms Cole")
        let when = "Ann Cole said that when Tom Reed had announced the plan she got the \"clear impression\" it was over."
        try expectQuote(when, "clear impression", speaker: "Ann Cole")
        let asked = "Ann Cole added that it was hard to answer when people asked \"What has the council done?\""
        try expectQuote(asked, "What has the council done?", speaker: "people")
        let although = "All three band members said the split was amicable, although Tom Reed admitted he was \"devastated\"."
        try expectQuote(although, "devastated", speaker: "Tom Reed")
    }

    @Test func relativeClauseWithoutComma() throws {
        let text = "The plan was attacked by the Greens who said it was \"a disaster for the coast\"."
        try expectQuote(text, "a disaster for the coast", speaker: "Greens")
        let agent = "The posters were branded a \"misjudgement\" by the Greens who said Labour's \"first shot has backfired\"."
        try expectQuote(agent, "first shot has backfired", speaker: "Greens", kind: .partial)
    }

    // MARK: bodies

    @Test func nameAfterABodyNounIsAnOrganisation() throws {
        let text = """
            Toy firm Zoomix is to hire testers. The company, which makes games such as Tales of the Old Kingdom, \
            says it wants "people of every age" to apply.
            """
        try expectQuote(text, "people of every age", speaker: "Zoomix")
    }

    @Test func itOpeningAFragmentsSentenceIsTheBodyNamedLast() throws {
        let text = "Rival owner Kestrel Media Ventures bought the brand in May. It also plans a \"global music service\"."
        try expectQuote(text, "global music service", speaker: "Kestrel Media Ventures")
        let dummy = "Kestrel Media Ventures bought it. Tom Reed spoke. It was \"a fair price\" for the brand."
        try expectQuote(dummy, "a fair price", speaker: "Tom Reed")
    }

    @Test func monthIsNoBodyAndOfNamesKeepTheirHead() throws {
        let text = """
            The University of Leeds said the case opens in March. It joined the action in May alleging \
            "serious fraud" by the directors.
            """
        try expectQuote(text, "serious fraud", speaker: "University of Leeds")
    }

    @Test func statementSpeaksForTheBodyThatIssuedIt() throws {
        let acronym = """
            Ann Lee was banned after a hearing at the European Court of Appeal for Athletics (CAA). \
            "The evidence is clear," said a CAA statement.
            """
        try expectQuote(acronym, "The evidence is clear,", speaker: "European Court of Appeal for Athletics")
        let from = "Bolt Holdings lost. \"We are disappointed,\" said a statement from Newtown United."
        try expectQuote(from, "We are disappointed,", speaker: "Newtown United")
    }

    // MARK: names around the subject

    @Test func twoPeopleSpeakTogether() throws {
        let after = "The study is out. \"People can learn fast,\" said Jonathan Reed and Ann Cole."
        try expectQuote(after, "People can learn fast,", speaker: "Jonathan Reed and Ann Cole", mention: "Jonathan Reed and Ann Cole")
        let before = "Jonathan Reed and Ann Cole said: \"People can learn fast.\" He then left. \"We will see,\" he said."
        try expectQuote(before, "People can learn fast.", speaker: "Jonathan Reed and Ann Cole")
        // A pair is no antecedent of `he`; its first man is.
        try expectQuote(before, "We will see,", speaker: "Jonathan Reed")
    }

    @Test func descriptionThenTheNameInCommas() throws {
        let text = "One fiction judge, Stewart Hale, carried a note that said: \"Books matter more than sales.\""
        try expectQuote(text, "Books matter more than sales.", speaker: "Stewart Hale", mention: "Stewart Hale")
    }

    @Test func bracketedPartyAfterTheName() throws {
        let text = "Keith Jones spoke first. Peter Hale (Labour) said: \"This is a fair settlement.\""
        try expectQuote(text, "This is a fair settlement.", speaker: "Peter Hale", mention: "Peter Hale")
    }

    // MARK: groups and bodies before roles

    @Test func groupGoesBackToThePeopleItsBodyWasNamedWith() throws {
        let dash = """
            The study was done by the Kestrel Project - a group of security researchers. Bots are cheap.

            "Anyone can take down a website," said the researchers.
            """
        try expectQuote(dash, "Anyone can take down a website,", speaker: "Kestrel Project researchers")
        let from = """
            A group of shop stewards from the Tyne Marine shipyard met the minister. Ann Lee spoke first. \
            But the men agreed the speech was "brilliant".
            """
        try expectQuote(from, "brilliant", speaker: "Tyne Marine shop stewards")
        let team = """
            The research team, from Leeds University in Yorkshire, said the work was new. \
            "The cap could steer a wheelchair," said the researchers.
            """
        try expectQuote(team, "The cap could steer a wheelchair,", speaker: "Leeds University researchers")
        let none = "Fans waited. \"We love the club,\" said the supporters."
        try expectQuote(none, "We love the club,", speaker: "supporters")
    }

    @Test func bodyNameBeforeARoleAfterTheCue() throws {
        let text = "\"The figures are encouraging,\" said Bank of England governor Mervyn Hale."
        try expectQuote(text, "The figures are encouraging,", speaker: "Mervyn Hale", mention: "Mervyn Hale")
        let the = "\"This is a victory,\" said Friends of the Earth director Tony Reed."
        try expectQuote(the, "This is a victory,", speaker: "Tony Reed")
        let ranked = "Tim Hale lost in Paris. \"I am disappointed,\" the British number one said."
        try expectQuote(ranked, "I am disappointed,", speaker: "Tim Hale")
    }

    // MARK: it

    @Test func itAfterTheQuoteIsTheBodyReportedJustBefore() throws {
        let text = """
            Analysts at Kessler Brandt Morrow watched Acme. KBM said the cuts showed a "change in pricing" at Acme. \
            "This cannot be good news for Acme's margins," it added.
            """
        try expectQuote(text, "This cannot be good news for Acme's margins,", speaker: "Kessler Brandt Morrow", mention: "it")
        let firm = "Shares in Bolt Holdings rose. \"We are confident,\" it said."
        try expectQuote(firm, "We are confident,", speaker: "Bolt Holdings")
    }

    // MARK: quotes with no cue, initials

    @Test func quoteOpeningAParagraphGoesToTheSubjectOfTheParagraphBefore() throws {
        let text = """
            "The tests have not been met," said Tony Hale.

            Scotland coach Matt Reed named his squad on Tuesday. Reed left out Gordon Bell.

            "Gordon has been a great servant but we need to look to the future."
            """
        try expectQuote(text, "Gordon has been a great servant but we need to look to the future.", speaker: "Matt Reed")
        let adverb = """
            "We want the cap," said Tony Hale.

            Nonetheless, all Reed cares about is winning.

            "Missing the game was hard."
            """
        try expectQuote(adverb, "Missing the game was hard.", speaker: "Tony Hale")
    }

    @Test func initialsOfANameJoinedByConnectors() throws {
        let text = """
            The report came from the Institute for Rural Studies. The IRS said taxes would rise. \
            "Taxes will have to go up," it warned.
            """
        try expectQuote(text, "Taxes will have to go up,", speaker: "Institute for Rural Studies")
    }

    @Test func bodyKnownByItsShortName() throws {
        let text = """
            Newtown City are to appeal against the ruling. Newtown had claimed they had found "fresh evidence" \
            about the registration.
            """
        try expectQuote(text, "fresh evidence", speaker: "Newtown City")
    }

    @Test func commonNewsSubjects() throws {
        try expectQuote(
            "A source close to the player said: \"He wants to leave.\"", "He wants to leave.", speaker: "source",
            mention: "A source")
        try expectQuote(
            "Ann Cole spoke. EU trade commissioner Peter Hale welcomed the deal, calling it \"a big step forward\".",
            "a big step forward", speaker: "Peter Hale")
        try expectQuote(
            "The EU spoke. According to a report by the National Audit Office, the scheme was \"badly managed\".",
            "badly managed", speaker: "National Audit Office")
    }

    @Test func coordinatedCueAfterAPossessedGroup() throws {
        let text = """
            Chris Hale will host. The show's producers defended Hale and confirmed that he would present the \
            ceremony, saying his comments were "humorous digs".
            """
        try expectQuote(text, "humorous digs", speaker: "show's producers")
    }

    @Test func officeGoesToNobodyIntroducedWithAnotherOffice() throws {
        let text = """
            Home Secretary Charles Hale wants a points system. Tony Reed has said people are right to worry. \
            The Lib Dems say the plans will fail.

            Ministers deny this. Mr Hale will speak on Monday. The prime minister on Sunday said the rules would \
            be "toughened up" soon.
            """
        try expectQuote(text, "toughened up", speaker: "Tony Reed", mention: "The prime minister")
    }

    @Test func personNamedInTheReportedClauseIsNotTheSpeaker() throws {
        let text = """
            Gordon Hale spoke on Monday. Conservative Michael Reed asked Mr Hale about the figures. \
            But the chancellor said Mr Reed was "impugning the integrity" of the office.
            """
        try expectQuote(text, "impugning the integrity", speaker: "Gordon Hale", mention: "the chancellor")
        let pronoun = "Tom Hale met Ann Cole. Tom Hale asked Ann Cole about it. She said Mr Hale was \"wrong\"."
        try expectQuote(pronoun, "wrong", speaker: "Ann Cole")
    }

    @Test func bodiesAndUnnamedPeopleAsNewsWritesThem() throws {
        try expectQuote(
            "\"We will bring in a Bill,\" the Department for Roads said on Sunday.", "We will bring in a Bill,",
            speaker: "Department for Roads")
        try expectQuote(
            "One leading Karachi broker said: \"Money will not go to the US.\"", "Money will not go to the US.",
            speaker: "Karachi broker")
        try expectQuote(
            "\"It is sensible,\" said one analyst quoted by the Agence France Presse news agency.", "It is sensible,",
            speaker: "analyst")
        try expectQuote(
            "The Riyadh Gazette newspaper reported the row. The newspaper said it was \"a pitiful excuse\".",
            "a pitiful excuse", speaker: "Riyadh Gazette")
    }

    @Test func cuesAfterAsidesGroupsAndStatements() throws {
        try expectQuote(
            "The prize came in 2002. \"His films are forceful,\" organisers said in a statement.", "His films are forceful,",
            speaker: "organisers")
        try expectQuote(
            "\"No more aid is needed,\" Ann Lee, director of Kestrel Bank - one of the creditors - said.",
            "No more aid is needed,", speaker: "Ann Lee")
        try expectQuote(
            "The complaints were upheld. \"The act went too far,\" a BBC statement read.", "The act went too far,",
            speaker: "BBC")
        try expectQuote(
            "They have until Monday and an IAAF spokesman said: \"Their answers are on the way.\"",
            "Their answers are on the way.", speaker: "IAAF spokesman")
    }
}
