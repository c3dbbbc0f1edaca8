/// Turns speaker mentions into names: strips titles and roles, expands a short mention to the full
/// name used in the article, and finds who a pronoun or a description (`the actor`) stands for.
struct NameResolver: Sendable {
    /// A person named with at least two name words, in text order.
    struct Person: Sendable {
        var parts: [String]
        var position: Int
        var gender: PronounGender?
        /// After a verb or preposition (`stars Ben Stiller`, `for Staunton`): a weaker antecedent.
        var isObject = false
        var name: String { parts.joined(separator: " ") }
    }

    /// A speaker already resolved, as a candidate antecedent for later pronouns.
    struct Speaker: Sendable {
        var name: String
        /// Where the mention starts; `end` where it ends.
        var position: Int
        var end: Int
        var gender: PronounGender?
        /// False for an unnamed speaker (`spokeswoman`).
        var isNamed = true
        /// Whether a later pronoun may refer to it: named people and unnamed ones (`a spokesman`).
        var isPerson = true
    }

    /// People in subject-like positions: the candidate antecedents of pronouns.
    private(set) var people: [Person] = []
    /// Every full name of the text, for expanding short mentions.
    private var names: [Person] = []
    /// `names` by their last and by their first word, each list in text order.
    private var namesByLast: [String: [Person]] = [:]
    private var namesByFirst: [String: [Person]] = [:]
    private var genderByName: [String: PronounGender] = [:]
    /// The people introduced with a title (`Chancellor Gordon Brown`), by title, in text order.
    private var holdersOfRole: [String: [(position: Int, name: String)]] = [:]
    /// Multi-word capitalized names of any kind by their initials, to expand `DrKW` and `M&S`.
    private var namesByInitials: [String: String] = [:]

    /// Indexes the person names of a text, leaving out those inside the given quote spans.
    init(_ s: [Unicode.Scalar], words: [Word], quotes: [QuoteCandidate]) {
        var quoteIndex = 0
        // Lone surnames wait until every full name is known (`Mr Brown` before `Gordon Brown`).
        var pending: [(person: Person, isSurname: Bool)] = []
        var i = 0
        while i < words.count {
            guard NameResolver.isNameWord(s, words[i]) else { i += 1; continue }
            var j = i
            while j + 1 < words.count {
                if NameResolver.isNameWord(s, words[j + 1]), words[j + 1].start - words[j].end <= 1 {
                    j += 1
                    continue
                }
                if j + 2 < words.count,
                    AttributionLexicon.nameParticles.contains(WordKey.make(s, words[j + 1].start, words[j + 1].end))
                        || (words[j + 1].isPunct && s[words[j + 1].start] == "&"),
                    NameResolver.isNameWord(s, words[j + 2])
                {
                    j += 2
                    continue
                }
                break
            }
            NameResolver.indexInitials(s, words, i, j, into: &namesByInitials)
            var nickname: (Int, Int)?
            if j + 4 < words.count, words[j + 1].isPunct, QuoteMark(s[words[j + 1].start]) != nil,
                words[j + 2].isCapitalized, words[j + 3].isPunct, QuoteMark(s[words[j + 3].start]) != nil,
                NameResolver.isNameWord(s, words[j + 4])
            {
                var k = j + 4
                while k + 1 < words.count, NameResolver.isNameWord(s, words[k + 1]) { k += 1 }
                nickname = (j + 4, k)
            }
            let start = words[i].start
            while quoteIndex < quotes.count, quotes[quoteIndex].contentEnd <= start { quoteIndex += 1 }
            let inQuote = quoteIndex < quotes.count && quotes[quoteIndex].contentStart <= start
            var (parts, gender) = NameResolver.nameParts(s, words: words, first: i, last: j)
            if let (a, b) = nickname {
                // Antonio "LA" Reid: the name without the nickname.
                parts += NameResolver.nameParts(s, words: words, first: a, last: b).parts
                j = b
            }
            if gender == nil, i > 0, !words[i - 1].isPunct {
                gender = PersonTitles.genderOfTitle[WordKey.make(s, words[i - 1].start, words[i - 1].end)]
            }
            if let last = parts.last, let g = gender { genderByName[last] = g }
            let isPerson = parts.count >= 2 && parts.count <= 5
                && !parts.contains {
                    PersonTitles.nonPersonWords.contains($0.lowercased())
                        || AttributionLexicon.leadingFunctionWords.contains($0.lowercased())
                        || AttributionLexicon.prepositions.contains($0.lowercased())
                }
            let sameLine = i > 0 && !s[words[i - 1].end..<words[i].start].contains("\n")
            let previousKey = sameLine && !words[i - 1].isPunct ? WordKey.make(s, words[i - 1].start, words[i - 1].end) : ""
            // Antecedents are people in subject-like positions: not possessors (`Mr Blair's government`),
            // not objects (`stars Ben Stiller`), not parts of titles (`the Harry Potter films`).
            let possessive = WordKey.make(s, words[j].start, words[j].end).hasSuffix("'s")
            let salient = previousKey != "the"
            let isObject = possessive || PersonTitles.objectMarkers.contains(previousKey)
            if parts.count == 1, !inQuote, salient {
                pending.append((Person(parts: parts, position: start, gender: gender, isObject: isObject), true))
            }
            if isPerson { names.append(Person(parts: parts, position: start, gender: gender)) }
            if isPerson, !inQuote, salient {
                let name = parts.joined(separator: " ")
                pending.append((Person(parts: parts, position: start, gender: gender, isObject: isObject), false))
                if let g = gender { genderByName[name] = g }
                // The title words right before the name, in the run or just before it (`prime minister Tony Blair`).
                var titleKeys = (i...j).map { WordKey.make(s, words[$0].start, words[$0].end) }
                titleKeys = Array(titleKeys.prefix { !parts.contains(String($0)) && PersonTitles.titles.contains($0) || $0 == "prime" || $0 == "foreign" || $0 == "home" || $0 == "shadow" })
                if titleKeys.isEmpty, !previousKey.isEmpty {
                    titleKeys = [previousKey]
                    if i > 1, sameLine, !words[i - 2].isPunct {
                        titleKeys.insert(WordKey.make(s, words[i - 2].start, words[i - 2].end), at: 0)
                    }
                }
                for key in [titleKeys.suffix(2).joined(separator: " "), titleKeys.last ?? ""]
                where PersonTitles.offices.contains(key) {
                    holdersOfRole[key, default: []].append((start, name))
                }
            }
            i = j + 1
        }
        for person in names {
            if let last = person.parts.last { namesByLast[last, default: []].append(person) }
            if let first = person.parts.first { namesByFirst[first, default: []].append(person) }
        }
        // `Mr Howard said`, `Hoffman is in the UK`: a surname mentions the full name the text gives.
        for (person, isSurname) in pending {
            guard isSurname else { people.append(person); continue }
            let name = fullName(person.parts, at: person.position)
            guard name.contains(" ") else { continue }
            var full = person
            full.parts = name.split(separator: " ").map(String.init)
            people.append(full)
        }
    }

    /// Records the initials of a capitalized run of two or more words (`Dresdner Kleinwort
    /// Wasserstein` → `DKW`, `Marks & Spencer` → `MS`).
    private static func indexInitials(
        _ s: [Unicode.Scalar], _ words: [Word], _ i: Int, _ j: Int, into index: inout [String: String]
    ) {
        var first = i
        while first < j, AttributionLexicon.leadingFunctionWords.contains(WordKey.make(s, words[first].start, words[first].end)) {
            first += 1
        }
        let nameWords = (first...j).filter { !words[$0].isPunct }
        guard first < j, nameWords.count >= 2 else { return }
        var initials = String.UnicodeScalarView()
        for k in nameWords { initials.append(s[words[k].start]) }
        let key = String(initials)
        if index[key] == nil { index[key] = WordKey.text(s, words[first].start, words[j].end) }
    }

    /// The name words of `words[first...last]`: after the last title (`Venezuelan President`), without
    /// leading function words or a final possessive, and the gender a title gave.
    static func nameParts(_ s: [Unicode.Scalar], words: [Word], first: Int, last: Int)
        -> (parts: [String], gender: PronounGender?)
    {
        guard first <= last, last < words.count else { return ([], nil) }
        let keys = (first...last).map { WordKey.make(s, words[$0].start, words[$0].end) }
        var start = 0
        var gender: PronounGender?
        if keys.allSatisfy({ PersonTitles.titles.contains($0) || AttributionLexicon.leadingFunctionWords.contains($0) }) {
            return ([], keys.compactMap { PersonTitles.genderOfTitle[$0] }.last)
        }
        for k in 0..<(keys.count - 1) where PersonTitles.titles.contains(keys[k]) {
            start = k + 1
            if let g = PersonTitles.genderOfTitle[keys[k]] { gender = g }
        }
        while start < keys.count - 1, AttributionLexicon.leadingFunctionWords.contains(keys[start]) {
            if let g = PersonTitles.genderOfTitle[keys[start]] { gender = g }
            start += 1
        }
        if AttributionLexicon.leadingFunctionWords.contains(keys[start]) { return ([], gender) }
        var parts: [String] = []
        for k in start..<keys.count {
            let w = words[first + k]
            var end = w.end
            if k == keys.count - 1, keys[k].hasSuffix("'s"), end - w.start > 2 { end -= 2 }
            parts.append(WordKey.text(s, w.start, end))
        }
        return (parts, gender)
    }

    /// The full name a mention's name words stand for: a lone surname (`Maduro`) becomes the full
    /// name used nearest before it (`Nicolas Maduro`), or the first one after it.
    func fullName(_ parts: [String], at offset: Int) -> String {
        guard parts.count == 1, let word = parts.first else { return parts.joined(separator: " ") }
        // An acronym of a name the text spells out: `DrKW`, `M&S`, `NAO`.
        let capitals = String(String.UnicodeScalarView(word.unicodeScalars.filter(QuoteScalar.isUpper)))
        if capitals.unicodeScalars.count >= 2, let spelled = namesByInitials[capitals], spelled != word { return spelled }
        if let same = namesByLast[word], let match = same.last(where: { $0.position < offset }) ?? same.first {
            return match.name
        }
        if let match = namesByFirst[word]?.first(where: { $0.position < offset }) { return match.name }
        return word
    }

    /// The person the article introduced last before `offset` with this title (`chancellor` → `Gordon Brown`).
    func holder(ofRole title: String, before offset: Int) -> String? {
        holdersOfRole[title]?.last(where: { $0.position < offset })?.name
    }

    /// Whether a resolved name is an organisation's (`National Audit Office`) rather than a person's.
    static func isOrganisation(_ name: String) -> Bool {
        guard let head = name.split(separator: " ").last else { return false }
        // An acronym (`IBM`, `NIESR`) names a body, not a person.
        let letters = head.unicodeScalars.filter(QuoteScalar.isLetter)
        if letters.count >= 2, letters.allSatisfy(QuoteScalar.isUpper) { return true }
        return PersonTitles.nonPersonWords.contains(head.lowercased())
    }

    /// The gender known for a resolved name, from a title (`Mr`, `actress`) or an earlier pronoun.
    func gender(of name: String) -> PronounGender? {
        if let g = genderByName[name] { return g }
        if let last = name.split(separator: " ").last { return genderByName[String(last)] }
        return nil
    }

    mutating func learn(_ gender: PronounGender, for name: String) {
        if genderByName[name] == nil { genderByName[name] = gender }
    }

    /// Who a pronoun or a definite description stands for: among the speakers and people mentioned
    /// before `limit` (the start of the pronoun's sentence), the latest sentence that mentions any
    /// compatible one, and in it the first (its subject, as a rule: `Hoffman is in the UK with Ben
    /// Stiller. He said: …` → Hoffman). `sentence` maps an offset to its sentence index.
    func antecedent(
        before limit: Int, gender: PronounGender?, speakers: [Speaker], sentence: (Int) -> Int
    ) -> Speaker? {
        func compatible(_ c: Speaker) -> Bool {
            if gender == .male || gender == .female, NameResolver.isOrganisation(c.name) { return false }
            guard let g = gender, g == .male || g == .female, let o = c.gender ?? self.gender(of: c.name) else {
                return true
            }
            return o == g
        }
        // The latest candidates, merged from both lists, newest first; `isSpeaker` marks reporting subjects.
        var merged: [(candidate: Speaker, isSpeaker: Bool)] = []
        var objects = Set<Int>()
        var a = NameResolver.lastIndex(before: limit, in: speakers.count) { speakers[$0].position }
        var b = NameResolver.lastIndex(before: limit, in: people.count) { people[$0].position }
        while merged.count < 60 {
            while a >= 0, speakers[a].position >= limit || !speakers[a].isPerson { a -= 1 }
            while b >= 0, people[b].position >= limit { b -= 1 }
            guard a >= 0 || b >= 0 else { break }
            if b < 0 || (a >= 0 && speakers[a].position >= people[b].position) {
                merged.append((speakers[a], true))
                a -= 1
            } else {
                let p = people[b]
                let name = fullName(p.parts, at: p.position)
                merged.append((Speaker(name: name, position: p.position, end: p.position, gender: p.gender), false))
                if p.isObject { objects.insert(p.position) }
                b -= 1
            }
        }
        var k = 0
        while k < merged.count {
            let current = sentence(merged[k].candidate.position)
            var last = k
            while last + 1 < merged.count, sentence(merged[last + 1].candidate.position) == current { last += 1 }
            // merged[k...last] share a sentence, newest first: a reporting subject, else the first mentioned.
            let group = merged[k...last].reversed()
            if let c = group.first(where: { $0.isSpeaker && compatible($0.candidate) }) { return c.candidate }
            if let c = group.first(where: { !objects.contains($0.candidate.position) && compatible($0.candidate) }) {
                return c.candidate
            }
            if let c = group.first(where: { compatible($0.candidate) }) { return c.candidate }
            k = last + 1
        }
        return nil
    }

    /// The last index whose position is below `limit`, in a list sorted by position; -1 if none.
    private static func lastIndex(before limit: Int, in count: Int, position: (Int) -> Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if position(mid) < limit { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    /// A capitalized word that can be part of a name: not a hyphenated adjective (`Ballymena-born`)
    /// nor punctuation.
    static func isNameWord(_ s: [Unicode.Scalar], _ word: Word) -> Bool {
        guard word.isCapitalized, !word.isPunct else { return false }
        var i = word.end - 1
        while i > word.start, s[i] != "-" { i -= 1 }
        if i > word.start, i + 1 < word.end, !QuoteScalar.isUpper(s[i + 1]) { return false }
        return true
    }
}
