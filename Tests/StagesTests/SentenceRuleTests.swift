import Testing

@testable import Stages

/// Sentence ends that mail, forum and web text mark by layout (`SentenceSplitter+Mail`,
/// `SentenceSplitter+Lines`), and the guards that keep news prose as it was. Every expected sentence is checked by
/// its text and its exact scalar offsets.
struct SentenceRuleTests {
    private func expectSentences(
        _ text: String, headline: Bool = true, _ expected: (String, Int, Int)...,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let result = Tokenizer(detectHeadline: headline).tokenize(text)
        let texts = result.sentences.map { slice(text, $0.start, $0.end) }
        #expect(texts == expected.map(\.0), sourceLocation: sourceLocation)
        #expect(result.sentences == expected.map { Span(start: $0.1, end: $0.2) }, sourceLocation: sourceLocation)
    }

    /// A sender's name, a numeric date and a clock time head a forwarded mail: the timestamp
    /// is a line of its own. After a preposition (`on`) or a lone label (`Updated`) it is part
    /// of the sentence.
    @Test func timestampsOfMailHeadersAreLinesOfTheirOwn() {
        expectSentences(
            "Anna Berg 05/14/2003 10:42 AM Could you send the draft? The vote on 05/20/2003 09:00 AM was close.",
            ("Anna Berg", 0, 9),
            ("05/14/2003 10:42 AM", 10, 29),
            ("Could you send the draft?", 30, 55),
            ("The vote on 05/20/2003 09:00 AM was close.", 56, 98))
        expectSentences(
            "Anna Berg 05/14/2003 10:42 AM could you send it?",
            ("Anna Berg", 0, 9), ("05/14/2003 10:42 AM", 10, 29), ("could you send it?", 30, 48))
        expectSentences(
            "The note came on 05/02/2001 10:12 AM Ben read it at once.",
            ("The note came on 05/02/2001 10:12 AM", 0, 36), ("Ben read it at once.", 37, 57))
        expectSentences(
            "Updated 11/03/2020 10:15 AM EST by the desk",
            ("Updated 11/03/2020 10:15 AM EST by the desk", 0, 43))
    }

    /// Pasted links and signature addresses lose their line breaks; a capitalized word or a
    /// second link after one starts a new line, a lowercase word goes on with the sentence.
    @Test func linksAndAddressesEndALineBeforeACapitalOrAnotherLink() {
        expectSentences(
            "See http://example.org/a http://example.org/b They show the route.",
            ("See http://example.org/a", 0, 24), ("http://example.org/b", 25, 45), ("They show the route.", 46, 66))
        expectSentences(
            "Write to ann@example.org Bob will answer. Mail ann@example.org or call.",
            ("Write to ann@example.org", 0, 24),
            ("Bob will answer.", 25, 41),
            ("Mail ann@example.org or call.", 42, 71))
    }

    /// `-- ` marks a mail signature or a forum footer; a dash inside a sentence stays in it.
    @Test func signatureDashAfterASentenceIsASentenceOfItsOwn() {
        expectSentences(
            "We will meet again soon. -- Posted by Ann at noon",
            ("We will meet again soon.", 0, 24), ("--", 25, 27), ("Posted by Ann at noon", 28, 49))
        expectSentences(
            "-- Posted by Ann",
            ("--", 0, 2), ("Posted by Ann", 3, 16))
        expectSentences(
            "Thank you -- I was wondering about that.",
            ("Thank you -- I was wondering about that.", 0, 40))
    }

    /// A hyphen before a file name bullets an attachment; other spaced hyphens are dashes.
    @Test func attachmentBulletsAreItemsOfTheirOwn() {
        expectSentences(
            "Attached are the files. - budget.xls - notes.doc",
            ("Attached are the files.", 0, 23), ("- budget.xls", 24, 36), ("- notes.doc", 37, 48))
        expectSentences(
            "The score was 3 - 2 today. Paris - the capital - is calm.",
            ("The score was 3 - 2 today.", 0, 26), ("Paris - the capital - is calm.", 27, 57))
    }

    /// `1)` after a word starts a run-in list item; a bracketed `(1)` does not.
    @Test func runInListNumbersOpenSentences() {
        expectSentences(
            "I have two questions 1) where do I stay 2) I need a car",
            ("I have two questions", 0, 20), ("1) where do I stay", 21, 39), ("2) I need a car", 40, 55))
        expectSentences(
            "He listed (1) cost and (2) time.",
            ("He listed (1) cost and (2) time.", 0, 32))
    }

    /// A number closing a parenthesis opened earlier is no list number: the substitutes of
    /// a football line-up and the channels of a TV listing stay in their sentence.
    @Test func numbersClosingAParenthesisAreNoListItems() {
        expectSentences(
            "Subs: Mills (Wright 83), Dunne, Barton (Macken 68), Fowler.",
            ("Subs: Mills (Wright 83), Dunne, Barton (Macken 68), Fowler.", 0, 59))
        expectSentences(
            "The Office (BBC Two/Channel 4) and The Bill (ITV 1) won.",
            ("The Office (BBC Two/Channel 4) and The Bill (ITV 1) won.", 0, 56))
    }

    /// A dot glued to a lowercase word belongs to a file name or a typo, not a sentence end;
    /// after a space, a lowercase word may still start a sentence in informal text.
    @Test func periodTouchingALowercaseWordDoesNotEndASentence() {
        expectSentences(
            "Open the draft (v2).doc now. Then close it.",
            ("Open the draft (v2).doc now.", 0, 28), ("Then close it.", 29, 43))
        expectSentences(
            "i was there. they were not.",
            ("i was there.", 0, 12), ("they were not.", 13, 27))
    }

    @Test func separatorsFramingAHeadingKeepItWhole() {
        expectSentences(
            "Read this. *****NOTICE***** This mail is private.",
            ("Read this.", 0, 10), ("*****NOTICE*****", 11, 27), ("This mail is private.", 28, 49))
    }

    @Test func postscriptMarksOpenTheirSentence() {
        expectSentences(
            "See you soon. P.S. I moved house.",
            ("See you soon.", 0, 13), ("P.S. I moved house.", 14, 33))
        expectSentences(
            "See you, Ben. PS. Bring the cake.",
            ("See you, Ben.", 0, 13), ("PS. Bring the cake.", 14, 33))
    }

    /// A bare ellipsis before a lowercase word trails off inside a sentence; with `?` it asks.
    @Test func ellipsisWithAQuestionMarkEndsAsAQuestion() {
        expectSentences(
            "what about the park...? maybe later",
            ("what about the park...?", 0, 23), ("maybe later", 24, 35))
        expectSentences(
            "He paused... and went on.",
            ("He paused... and went on.", 0, 25))
    }

    /// A short line that opens a sentence and has no final punctuation is a greeting, a heading
    /// or a signature when a capital opens the next line.
    @Test func shortLinesOfGreetingsHeadingsAndSignaturesEndAtTheirLineBreak() {
        expectSentences(
            "Hi Anna\nThanks for the notes.\nBest regards\nBen", headline: false,
            ("Hi Anna", 0, 7), ("Thanks for the notes.", 8, 29), ("Best regards", 30, 42), ("Ben", 43, 46))
        expectSentences(
            "Results\n2 of 3 tests passed.", headline: false,
            ("Results", 0, 7), ("2 of 3 tests passed.", 8, 28))
    }

    /// Hard-wrapped prose: a line that goes on from the one before, stops on `the`, or is followed
    /// by a lowercase word is not a line of its own.
    @Test func wrappedProseGoesOnAcrossLineBreaks() {
        expectSentences(
            "The minister met with the\nPresident of France on a rainy\nMonday in Paris. He met\nPresident Obama.",
            headline: false,
            ("The minister met with the\nPresident of France on a rainy\nMonday in Paris.", 0, 73),
            ("He met\nPresident Obama.", 74, 97))
        expectSentences(
            "Dear Sir or Madam\nplease find the files attached.", headline: false,
            ("Dear Sir or Madam\nplease find the files attached.", 0, 49))
        expectSentences(
            "He was\n12. His father was 40.", headline: false,
            ("He was\n12.", 0, 10), ("His father was 40.", 11, 29))
    }

    @Test func listBulletsAndNumbersAtALineStartOpenItems() {
        expectSentences(
            "We need three things:\n- eggs\n- milk and bread\n- tea", headline: false,
            ("We need three things:", 0, 21), ("- eggs", 22, 28), ("- milk and bread", 29, 45), ("- tea", 46, 51))
        expectSentences(
            "Agenda\n1. Budget for May\n2. Staff", headline: false,
            ("Agenda", 0, 6), ("1. Budget for May", 7, 24), ("2. Staff", 25, 33))
    }
}
