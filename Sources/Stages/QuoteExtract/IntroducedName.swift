/// Who `the magazine`, `the artists` or `the report` is, when the text introduced it by that noun
/// and a name: the name right after the noun (`US magazine Rolling Stone`, `Bafta-winning artists
/// Langlands & Bell`) or, for a publication or a document, right before it (`a World Bank report`,
/// `the Riyadh Gazette newspaper`).
enum IntroducedName {
    /// How far back the introduction may be, in words.
    private static let reach = 600

    /// Nouns a `the …` subject may refer back to a named introduction by: bodies, publications,
    /// documents and plural people (`the artists`).
    static func refersBack(_ noun: String) -> Bool {
        PersonTitles.singularBodies.contains(noun) || PersonTitles.outletNouns.contains(noun)
            || PersonTitles.documents.contains(noun) || GroupOfPeople.isPluralPerson(noun)
    }

    /// The name introduced with `noun` last before `offset`, without a possessive ending.
    static func antecedent(of noun: String, before offset: Int, _ s: [Unicode.Scalar], _ words: [Word]) -> String? {
        func key(_ k: Int) -> String { WordKey.make(s, words[k].start, words[k].end) }
        func isName(_ k: Int) -> Bool {
            k >= 0 && k < words.count && NameResolver.isNameWord(s, words[k]) && !NameResolver.timeWords.contains(key(k))
        }
        let nameBefore = PersonTitles.documents.contains(noun) || PersonTitles.outletNouns.contains(noun)
        // The last word ending by `offset`, by binary search: one huge document stays linear.
        var k = NameResolver.lastIndex(before: offset + 1, in: words.count) { words[$0].end }
        let stop = max(k - reach, 0)
        while k >= stop {
            defer { k -= 1 }
            guard !words[k].isCapitalized, words[k].end - words[k].start == noun.unicodeScalars.count, key(k) == noun else {
                continue
            }
            // `artists Langlands & Bell`: the name follows on the same line.
            if !PersonTitles.documents.contains(noun), isName(k + 1), !s[words[k].end..<words[k + 1].start].contains("\n") {
                var last = k + 1
                while last + 1 < words.count {
                    if isName(last + 1) { last += 1; continue }
                    let joiner = words[last + 1].isPunct ? String(s[words[last + 1].start]) : key(last + 1)
                    if last + 2 < words.count, ["&", "and", "of", "for"].contains(joiner), isName(last + 2) {
                        last += 2
                        continue
                    }
                    break
                }
                return text(s, words, k + 1, last)
            }
            if nameBefore, isName(k - 1) {
                var first = k - 1
                while first > 0, isName(first - 1) { first -= 1 }
                while first < k - 1, AttributionLexicon.leadingFunctionWords.contains(key(first)) { first += 1 }
                // `The magazine said`, `A report found`: a capitalized determiner is no name.
                if !AttributionLexicon.leadingFunctionWords.contains(key(first)) { return text(s, words, first, k - 1) }
            }
        }
        return nil
    }

    private static func text(_ s: [Unicode.Scalar], _ words: [Word], _ first: Int, _ last: Int) -> String {
        var end = words[last].end
        let ending = WordKey.possessiveLength(WordKey.make(s, words[last].start, words[last].end))
        if ending > 0, end - words[last].start > ending { end -= ending }
        return WordKey.text(s, words[first].start, end)
    }
}
