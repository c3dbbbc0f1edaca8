/// Who `the researchers` or `the men` are, when the text introduced them earlier with the body
/// they belong to: `the Honeynet Project - a group of security researchers` → `Honeynet Project
/// researchers`, `a group of shop stewards from the Swan Hunter shipyard` → `Swan Hunter shop
/// stewards` (the `<organisation> <role>` form of unnamed speakers).
enum GroupOfPeople {
    /// Plural nouns for people that have no regular singular among the person nouns.
    private static let irregular: WordSet = WordSet(["men", "women", "people", "staff", "police", "children"] as [String])

    /// Whether a word names several people (`researchers`, `stewards`, `men`).
    static func isPluralPerson(_ key: String) -> Bool {
        if irregular.contains(key) { return true }
        guard key.hasSuffix("s"), key.count > 3 else { return false }
        return PersonTitles.personNouns.contains(String(key.dropLast())) || PersonTitles.groupMembers.contains(String(key.dropLast()))
    }

    /// How far back a group may have been introduced, in words.
    private static let reach = 1000

    /// The `<organisation> <people>` label of the latest group of people before `offset` that the
    /// text tied to a body: the body's name right before the people, after `from`/`at` behind
    /// them, or before a dash or comma that introduces them as `a group of …` / `team`.
    static func antecedent(of noun: String, before offset: Int, _ s: [Unicode.Scalar], _ words: [Word]) -> String? {
        func key(_ k: Int) -> String { WordKey.make(s, words[k].start, words[k].end) }
        func isName(_ k: Int) -> Bool { k >= 0 && k < words.count && NameResolver.isNameWord(s, words[k]) }
        // The last word ending by `offset`, by binary search: one huge document stays linear.
        var k = NameResolver.lastIndex(before: offset + 1, in: words.count) { words[$0].end }
        let stop = max(k - reach, 0)
        while k >= stop {
            defer { k -= 1 }
            let head = key(k)
            let isTeam = head == "team" || head == "group"
            guard isTeam || isPluralPerson(head) else { continue }
            // The people as written: lowercase modifiers back to the determiner (`shop stewards`).
            var first = k
            while first > 0, !words[first - 1].isPunct, !words[first - 1].isCapitalized,
                !["a", "an", "the", "of", "and", "by", "some", "many", "two", "three"].contains(key(first - 1)),
                !AttributionLexicon.prepositions.contains(key(first - 1)), k - first < 2
            {
                first -= 1
            }
            let people = isTeam ? noun : WordKey.text(s, words[first].start, words[k].end)
            // `Honeynet Project researchers`: the body's name right before.
            if !isTeam, isName(first - 1), let body = name(endingAt: first - 1, s, words) {
                return body + " " + people
            }
            // `… researchers from New York State University in Albany`, `The research team, from …`.
            var j = k + 1
            if j < words.count, words[j].isPunct, s[words[j].start] == "," { j += 1 }
            if j < words.count, ["from", "at"].contains(key(j)) {
                j += 1
                if j < words.count, key(j) == "the" { j += 1 }
                if isName(j), let body = name(startingAt: j, s, words) { return body + " " + people }
            }
            // `the Honeynet Project - a group of security researchers`.
            var g = first - 1
            if g >= 1, key(g) == "of", ["group", "team"].contains(key(g - 1)) { g -= 2 }
            if g >= 0, ["a", "an"].contains(key(g)) { g -= 1 }
            if g >= 1, words[g].isPunct, "-–—,".unicodeScalars.contains(s[words[g].start]), isName(g - 1),
                let body = name(endingAt: g - 1, s, words)
            {
                return body + " " + (isTeam ? noun : WordKey.text(s, words[k].start, words[k].end))
            }
        }
        return nil
    }

    /// The capitalized name (with `of`, `for`, `and` between capitals) that ends at word `k`.
    private static func name(endingAt k: Int, _ s: [Unicode.Scalar], _ words: [Word]) -> String? {
        var first = k
        while first > 0 {
            if NameResolver.isNameWord(s, words[first - 1]) { first -= 1; continue }
            if first > 1, ["of", "for", "and"].contains(WordKey.make(s, words[first - 1].start, words[first - 1].end)),
                NameResolver.isNameWord(s, words[first - 2])
            {
                first -= 2
                continue
            }
            break
        }
        while first < k, AttributionLexicon.leadingFunctionWords.contains(WordKey.make(s, words[first].start, words[first].end)) {
            first += 1
        }
        let text = WordKey.text(s, words[first].start, words[k].end)
        return NameResolver.isOrganisation(text) || k > first ? text : nil
    }

    /// The capitalized name (with `of`, `for`, `and` between capitals) that starts at word `k`.
    private static func name(startingAt k: Int, _ s: [Unicode.Scalar], _ words: [Word]) -> String? {
        var last = k
        while last + 1 < words.count {
            if NameResolver.isNameWord(s, words[last + 1]) { last += 1; continue }
            if last + 2 < words.count, ["of", "for", "and"].contains(WordKey.make(s, words[last + 1].start, words[last + 1].end)),
                NameResolver.isNameWord(s, words[last + 2])
            {
                last += 2
                continue
            }
            break
        }
        return WordKey.text(s, words[k].start, words[last].end)
    }
}
