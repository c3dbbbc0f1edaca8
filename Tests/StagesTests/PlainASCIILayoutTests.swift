import Testing

@testable import Stages

/// The byte check must accept only what the full check (`ScalarBuffer` facts and
/// `WhitespaceLayout.keptRange`) accepts, and keep the same range.
@Suite struct PlainASCIILayoutTests {
    private func plainKept(_ text: String, headline: Bool = true) -> Range<Int>? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { PlainASCIILayout.keptRange($0, headline: headline) } ?? nil
    }

    private func fullKept(_ text: String, headline: Bool = true) -> Range<Int>? {
        let buffer = ScalarBuffer(text)
        guard !buffer.hasNonASCII, !buffer.hasAmpersand else { return nil }
        return WhitespaceLayout.keptRange(buffer, headline: headline)
    }

    @Test(arguments: [
        "Markets rose on Monday.\n\nTraders were calm.\n",
        "Storm hits coast\nBy Ann Lee\n\nThe storm came at night.",
        "\n\nA lone paragraph with a trailing break.\n\n",
        "One line\nwrapped onto a second line.\n",
        "Two  spaces inside.\n",
        "A space before a break \n\nNext.",
        "A break then a space\n Next.",
        " Leading space.",
        "Trailing space. ",
        "Tab\there.",
        "Carriage\r\nreturn.",
        "Shares in AT&T fell.",
        "Caf\u{E9} prices rose.",
        "Delete\u{7F}me.",
        "Paragraphs\n\n\nwith three breaks.",
        "",
    ])
    func agreesWithTheFullCheck(text: String) {
        for headline in [true, false] {
            let plain = plainKept(text, headline: headline)
            if plain != nil { #expect(plain == fullKept(text, headline: headline)) }
        }
    }

    @Test func acceptsLaidOutASCIIAndCutsOnlyTheEnds() {
        #expect(plainKept("Markets rose.\n\nTraders were calm.\n") == 0..<33)
    }

    @Test(arguments: ["Two  spaces.", "Tab\there.", "AT&T fell.", "Caf\u{E9}.", "End \n", "\n Start", "Bell\u{7}."])
    func leavesOtherTextToTheFullCheck(text: String) {
        #expect(plainKept(text) == nil)
    }
}
