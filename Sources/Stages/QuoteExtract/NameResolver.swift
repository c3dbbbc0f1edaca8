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
    /// Bodies named in subject-like positions, in text order, for `it` (organisations) and `they`
    /// (plural names: `the Tories`, `Liberal Democrats`, a sentence-opening `Ministers`).
    private(set) var groups: [Group] = []

    /// A body or plural name a later `it` or `they` may stand for.
    struct Group: Sendable {
        var name: String
        var position: Int
        var isOrganisation: Bool
        var isPlural: Bool
        /// Named after a body noun (`firm Bioware`), which a later `the company` refers back to.
        var introducedAsBody = false
    }

    /// Bodies by their name without a club or company suffix (`Newry` → `Newry City`), first named first.
    private var shortBodyNames: [String: String] = [:]

    /// Names of plural bodies (`Lib Dems`), which stand for no single person.
    private var pluralGroupNames = Set<String>()

    /// The offices each person was introduced with (`Charles Clarke` → `home secretary`, `secretary`).
    private var officesOf: [String: Set<String>] = [:]

    /// Acronyms the text defines (`the Court of Arbitration for Sport (CAS)`), with the name they stand for.
    private var acronyms: [String: String] = [:]

    /// `the North American Court of Arbitration for Sport (CAS)`: the capitalized name, with its
    /// connectors, right before an acronym in brackets at word `k`.
    private static func acronymDefinition(_ s: [Unicode.Scalar], _ words: [Word], at k: Int) -> (String, String)? {
        guard k >= 2, k + 1 < words.count, words[k - 1].isPunct, s[words[k - 1].start] == "(",
            words[k + 1].isPunct, s[words[k + 1].start] == ")"
        else { return nil }
        let acronym = WordKey.text(s, words[k].start, words[k].end)
        guard isAcronym(acronym) else { return nil }
        var first = k - 2
        guard isNameWord(s, words[first]) else { return nil }
        while first > 0 {
            let previous = words[first - 1]
            if isNameWord(s, previous) { first -= 1; continue }
            let key = WordKey.make(s, previous.start, previous.end)
            if first > 1, !previous.isPunct, ["of", "for", "and", "on"].contains(key), isNameWord(s, words[first - 2]) {
                first -= 2
                continue
            }
            break
        }
        while first < k - 2, AttributionLexicon.leadingFunctionWords.contains(WordKey.make(s, words[first].start, words[first].end)) {
            first += 1
        }
        return (acronym, WordKey.text(s, words[first].start, words[k - 2].end))
    }

    /// Names the text introduced after a body noun (`firm Bioware`): organisations whatever they look like.
    private var bodyNames = Set<String>()

    mutating func markBody(_ name: String) { bodyNames.insert(name) }

    /// Whether a resolved name is an organisation's: by its words, or as the text introduced it.
    func isBody(_ name: String) -> Bool {
        NameResolver.isOrganisation(name) || bodyNames.contains(name)
    }

    /// Names joined by `and` (`Elan and Biogen Idec`), for `the two firms`, in text order.
    private(set) var coordinations: [(position: Int, name: String)] = []

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
            NameResolver.indexInitialsAcrossConnectors(s, words, from: i, to: j, into: &namesByInitials)
            if let (acronym, name) = NameResolver.acronymDefinition(s, words, at: i), acronyms[acronym] == nil {
                acronyms[acronym] = name
            }
            if j + 2 < words.count, !words[j + 1].isPunct, WordKey.make(s, words[j + 1].start, words[j + 1].end) == "and",
                NameResolver.isNameWord(s, words[j + 2])
            {
                var first = i
                while first < j, AttributionLexicon.leadingFunctionWords.contains(WordKey.make(s, words[first].start, words[first].end)) {
                    first += 1
                }
                var last = j + 2
                while last + 1 < words.count, NameResolver.isNameWord(s, words[last + 1]), words[last + 1].start - words[last].end <= 1 {
                    last += 1
                }
                // Subjects only: not `the use of both Tysabri and Avonex`.
                var before = i - 1
                if before >= 0, !words[before].isPunct, WordKey.make(s, words[before].start, words[before].end) == "both" { before -= 1 }
                let governed = before >= 0 && !words[before].isPunct
                    && PersonTitles.objectMarkers.contains(WordKey.make(s, words[before].start, words[before].end))
                if !governed, !AttributionLexicon.leadingFunctionWords.contains(WordKey.make(s, words[first].start, words[first].end)) {
                    coordinations.append((words[first].start, WordKey.text(s, words[first].start, words[last].end)))
                }
            }
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
            if parts.count == 1, let family = NameResolver.familyName(s, words, before: i) {
                // `Nogar's son Stephen`: Stephen Nogar.
                parts.append(family)
            }
            if gender == nil, i > 0, !words[i - 1].isPunct {
                gender = PersonTitles.genderOfTitle[WordKey.make(s, words[i - 1].start, words[i - 1].end)]
            }
            if gender == nil, parts.count >= 2, let first = parts.first { gender = FirstNames.gender(of: first) }
            if let last = parts.last, let g = gender { genderByName[last] = g }
            // `Rolling Stone magazine`: a publication, whatever its name looks like.
            let namesOutlet = j + 1 < words.count && !words[j + 1].isCapitalized
                && PersonTitles.outletNouns.contains(WordKey.make(s, words[j + 1].start, words[j + 1].end))
            let isPerson = parts.count >= 2 && parts.count <= 5 && !namesOutlet
                && !parts.contains { part in
                    let key = part.lowercased()
                    return PersonTitles.nonPersonWords.contains(key)
                        || AttributionLexicon.leadingFunctionWords.contains(key)
                        || AttributionLexicon.prepositions.contains(key)
                        || NameResolver.isAcronym(part)
                }
            let sameLine = i > 0 && !s[words[i - 1].end..<words[i].start].contains("\n")
            let previousKey = sameLine && !words[i - 1].isPunct ? WordKey.make(s, words[i - 1].start, words[i - 1].end) : ""
            // Antecedents are people in subject-like positions: not possessors (`Mr Blair's government`),
            // not objects (`stars Ben Stiller`), not parts of titles (`the Harry Potter films`).
            let possessive = WordKey.isPossessive(WordKey.make(s, words[j].start, words[j].end))
            let salient = previousKey != "the"
            // `on Tuesday Mr Ebbers denied`: the preposition governs the day, not the name.
            let firstKey = WordKey.make(s, words[i].start, words[i].end)
            let afterDay = i < j && NameResolver.timeWords.contains(firstKey)
            let isObject = possessive || (PersonTitles.objectMarkers.contains(previousKey) && !afterDay)
            if parts.count == 1, !inQuote, salient {
                pending.append((Person(parts: parts, position: start, gender: gender, isObject: isObject), true))
            }
            if isPerson { names.append(Person(parts: parts, position: start, gender: gender)) }
            let nextKey = j + 1 < words.count && !words[j + 1].isCapitalized && !words[j + 1].isPunct
                ? WordKey.make(s, words[j + 1].start, words[j + 1].end) : ""
            // `the Lyons review`: a name modifying a noun is not the body itself.
            let modifiesNoun = PersonTitles.documents.contains(nextKey) || PersonTitles.nonPersonWords.contains(nextKey)
            if !inQuote, !possessive, !isPerson, !modifiesNoun, let head = parts.last?.lowercased(), parts.count <= 6 {
                // The body's name as written, without leading determiners (`Liberal Democrats` keeps `Liberal`).
                var first = i
                while first < j, AttributionLexicon.leadingFunctionWords.contains(WordKey.make(s, words[first].start, words[first].end)) {
                    first += 1
                }
                var nameEnd = words[j].end
                if possessive { nameEnd -= 2 }
                // `Pensioners' protests`: a plural possessive is not a subject either.
                let pluralPossessive = nameEnd < s.count && (s[nameEnd] == "'" || s[nameEnd] == "’")
                let name = nickname == nil && first <= j ? WordKey.text(s, words[first].start, nameEnd) : parts.joined(separator: " ")
                // `Video game firm Bioware`: a body noun before a name makes it an organisation's.
                let introducedAsBody = PersonTitles.singularBodies.contains(previousKey)
                if introducedAsBody { bodyNames.insert(name) }
                // `in October 2006`: a date is no body.
                let isDate = parts.allSatisfy { NameResolver.timeWords.contains($0.lowercased()) }
                let isOrganisation = !isDate && (namesOutlet || introducedAsBody || NameResolver.isOrganisation(name))
                // `they` wants a subject; `it` and `the firm` may go back to `shares in Bolt Holdings`.
                let isPlural = NameResolver.looksPlural(head) && gender == nil && !isObject
                if isPlural, !pluralPossessive { pluralGroupNames.insert(name) }
                if isOrganisation || isPlural, !pluralPossessive {
                    groups.append(
                        Group(
                            name: name, position: start, isOrganisation: isOrganisation, isPlural: isPlural,
                            introducedAsBody: introducedAsBody))
                }
            }
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
                where PersonTitles.offices.contains(key) || PersonTitles.personNouns.contains(key) {
                    holdersOfRole[key, default: []].append((start, name))
                    if PersonTitles.offices.contains(key) { officesOf[name, default: []].insert(key) }
                }
            }
            i = j + 1
        }
        for g in groups where g.isOrganisation {
            let parts = g.name.split(separator: " ")
            guard parts.count >= 2, parts.dropFirst().allSatisfy({ NameResolver.bodySuffixes.contains($0.lowercased()) }) else {
                continue
            }
            let short = String(parts[0])
            if shortBodyNames[short] == nil { shortBodyNames[short] = g.name }
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

    /// Relatives introduced by a first name after the family's name (`Nogar's son Stephen`).
    static let kinNouns: Set<String> = Set([
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow", "widower",
        "cousin", "nephew", "niece", "grandson", "granddaughter", "uncle", "aunt",
    ] as [String])

    /// The family name of a first name introduced as a relative: `Nogar's son` or `Edwards' sister`
    /// right before word `i`.
    private static func familyName(_ s: [Unicode.Scalar], _ words: [Word], before i: Int) -> String? {
        guard i >= 2, !words[i - 1].isPunct, kinNouns.contains(WordKey.make(s, words[i - 1].start, words[i - 1].end)),
            isNameWord(s, words[i - 2])
        else { return nil }
        let owner = words[i - 2]
        let length = WordKey.possessiveLength(WordKey.make(s, owner.start, owner.end))
        guard length > 0, owner.end - owner.start > length + 1 else { return nil }
        return WordKey.text(s, owner.start, owner.end - length)
    }

    /// `Institute for Fiscal Studies` → `IFS`, `Department for Work and Pensions` → `DWP`: a name
    /// whose capitalized runs are joined by `for`, `of` or `and`, by the initials of its capitals.
    private static func indexInitialsAcrossConnectors(
        _ s: [Unicode.Scalar], _ words: [Word], from i: Int, to j: Int, into index: inout [String: String]
    ) {
        var last = j
        var joined = false
        while last + 2 < words.count, !words[last + 1].isPunct,
            ["for", "of", "and"].contains(WordKey.make(s, words[last + 1].start, words[last + 1].end)),
            isNameWord(s, words[last + 2])
        {
            last += 2
            while last + 1 < words.count, isNameWord(s, words[last + 1]) { last += 1 }
            joined = true
        }
        guard joined else { return }
        var first = i
        while first < j, AttributionLexicon.leadingFunctionWords.contains(WordKey.make(s, words[first].start, words[first].end)) {
            first += 1
        }
        // `the US Federal Bureau of Investigation` is also the `FBI`: a country's acronym before the name.
        let country = first < j && isAcronym(WordKey.text(s, words[first].start, words[first].end))
        for start in country ? [first, first + 1] : [first] {
            var initials = String.UnicodeScalarView()
            for k in start...last where isNameWord(s, words[k]) { initials.append(s[words[k].start]) }
            let key = String(initials)
            if key.unicodeScalars.count >= 3, index[key] == nil { index[key] = WordKey.text(s, words[start].start, words[last].end) }
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
        // `Official Charts Company`: a body's name keeps its title-like words.
        let isBody = keys.last.map { PersonTitles.nonPersonWords.contains($0) } ?? false
        for k in 0..<(keys.count - 1) where !isBody && PersonTitles.titles.contains(keys[k]) {
            start = k + 1
            if let g = PersonTitles.genderOfTitle[keys[k]] { gender = g }
        }
        // `The BBC's Nick Robinson`, `Labour's Jane Brown`: the name after a possessor.
        if let owner = keys.dropLast().lastIndex(where: WordKey.isPossessive), owner >= start {
            start = owner + 1
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
            let ending = WordKey.possessiveLength(keys[k])
            if k == keys.count - 1, ending > 0, end - w.start > ending { end -= ending }
            parts.append(WordKey.text(s, w.start, end))
        }
        return (parts, gender)
    }

    /// The full name a mention's name words stand for: a lone surname (`Maduro`) becomes the full
    /// name used nearest before it (`Nicolas Maduro`), or the first one after it.
    func fullName(_ parts: [String], at offset: Int) -> String {
        guard parts.count == 1, let word = parts.first else { return parts.joined(separator: " ") }
        if let spelled = acronyms[word] { return spelled }
        // An acronym of a name the text spells out: `DrKW`, `M&S`, `NAO`.
        let capitals = String(String.UnicodeScalarView(word.unicodeScalars.filter(QuoteScalar.isUpper)))
        if capitals.unicodeScalars.count >= 2, let spelled = namesByInitials[capitals], spelled != word { return spelled }
        if let same = namesByLast[word], let match = same.last(where: { $0.position < offset }) ?? same.first {
            return match.name
        }
        if let match = namesByFirst[word]?.first(where: { $0.position <= offset }) { return match.name }
        // `Newry` for `Newry City`: a body's name without its suffix.
        return shortBodyNames[word] ?? word
    }

    /// The pair of bodies named last before `offset` (`Elan and Biogen Idec`), for `the two firms`.
    func coordination(before offset: Int) -> String? {
        let k = NameResolver.lastIndex(before: offset, in: coordinations.count) { coordinations[$0].position }
        return k >= 0 ? coordinations[k].name : nil
    }

    /// Words a body's short name leaves off (`Newry City`, `Acme Holdings plc`).
    static let bodySuffixes: Set<String> = Set([
        "city", "united", "town", "county", "rovers", "athletic", "wanderers", "albion", "fc", "afc", "plc", "inc",
        "inc.", "corp", "corp.", "ltd", "ltd.", "group", "holdings", "corporation", "company", "co", "co.",
        // The trade a company's name ends with, which later mentions drop (`Continental Airlines` …
        // `Continental said`, `Amnesty International` … `Amnesty`).
        "airlines", "airways", "motors", "motor", "records", "industries", "communications", "electronics",
        "entertainment", "pictures", "studios", "networks", "systems", "telecom", "pharmaceuticals",
        "petroleum", "breweries", "stores", "international",
    ] as [String])

    /// Days and months that may open a capitalized run before a name (`Tuesday Mr Ebbers`).
    static let timeWords: Set<String> = Set([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ] as [String])

    /// Whether a name's last word reads as a plural (`Tories`, `Democrats`, `Ministers`), not a
    /// singular in -s (`Jones`, `Congress`, `Sirius`) nor a possessive.
    static func looksPlural(_ head: String) -> Bool {
        head.unicodeScalars.count > 3 && head.hasSuffix("s") && !head.hasSuffix("ss") && !head.hasSuffix("us")
            && !WordKey.isPossessive(head) && !head.hasSuffix("is")
    }

    /// Who `it` (an organisation) or `they` (a plural body) stands for: the latest such body
    /// named before `limit` outside objects, or a later speaker of that kind. A surname in -s
    /// (`Edwards`) is not plural when the text names a person so.
    /// `introduced`: a body named after a body noun (`firm Bioware`) first, for `the company`.
    func group(before limit: Int, plural: Bool, speakers: [Speaker], introduced: Bool = false)
        -> (name: String, position: Int)?
    {
        var found: (name: String, position: Int)?
        // Binary search to the last group before `limit`: one huge document stays linear.
        let last = NameResolver.lastIndex(before: limit, in: groups.count) { groups[$0].position }
        let stop = last - 200  // a body named further back is no antecedent
        if introduced, !plural, let g = groups[max(stop + 1, 0)..<(last + 1)].last(where: { $0.introducedAsBody }) {
            return (g.name, g.position)
        }
        var k = last
        while k >= 0, k > stop {
            let g = groups[k]
            k -= 1
            if plural ? (g.isPlural && namesByLast[g.name] == nil) : g.isOrganisation {
                found = (g.name, g.position)
                break
            }
        }
        if let s = speakers.last(where: { s in
            s.position < limit && s.isNamed
                && (plural
                    ? NameResolver.looksPlural(String(s.name.split(separator: " ").last ?? "").lowercased())
                        && namesByLast[s.name] == nil && !s.name.contains(" and ") == true
                    : isBody(s.name))
        }), s.position > (found?.position ?? -1) {
            found = (s.name, s.position)
        }
        return found
    }

    /// The person the article introduced last before `offset` with this title (`chancellor` → `Gordon Brown`).
    /// A role that is no office (`engineer`, `son`) only counts from `since` on: `the singer` is the
    /// singer introduced lately, not one named paragraphs before.
    func holder(ofRole title: String, before offset: Int, since: Int = 0) -> String? {
        guard let found = holdersOfRole[title]?.last(where: { $0.position < offset }) else { return nil }
        return PersonTitles.uniqueOffices.contains(title) || found.position >= since ? found.name : nil
    }

    /// Whether a resolved name is an organisation's (`National Audit Office`) rather than a person's.
    static func isOrganisation(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let head = words.last else { return false }
        // `Department for Work and Pensions spokeswoman`, `BBC presenter`: a person of the body.
        let role = head.lowercased()
        if !PersonTitles.nonPersonWords.contains(role),
            PersonTitles.personNouns.contains(role) || role.hasSuffix("s") && PersonTitles.personNouns.contains(String(role.dropLast()))
        {
            return false
        }
        // An acronym (`IBM`, `NIESR`, `AC Milan`) names a body, not a person.
        if words.contains(where: isAcronym) { return true }
        // `University of California`, `Court of Arbitration for Sport`: the head comes before `of`/`for`.
        if let k = words.firstIndex(where: { $0 == "of" || $0 == "for" }), k > 0,
            PersonTitles.nonPersonWords.contains(words[k - 1].lowercased())
        {
            return true
        }
        return PersonTitles.nonPersonWords.contains(head.lowercased())
    }

    /// Two or more letters, all capitals (`IBM`, `AC`).
    static func isAcronym<Word: StringProtocol>(_ word: Word) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars where QuoteScalar.isLetter(scalar) {
            guard QuoteScalar.isUpper(scalar) else { return false }
            letters += 1
        }
        return letters >= 2
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
    /// `office`: the office a description names (`prime minister`); someone the text introduced
    /// with other offices only (`Home Secretary Charles Clarke`) does not hold it.
    ///
    /// `clause`: the words from the mention to its quote; a person named there (`the chancellor said
    /// Mr Fallon was "…"`) is not who the mention stands for.
    func antecedent(
        before limit: Int, gender: PronounGender?, speakers: [Speaker], sentence: (Int) -> Int, office: String? = nil,
        clause: Range<Int>? = nil
    ) -> Speaker? {
        var namedInClause = Set<String>()
        if let clause {
            var k = NameResolver.lastIndex(before: clause.upperBound, in: people.count) { people[$0].position }
            while k >= 0, people[k].position >= clause.lowerBound {
                namedInClause.insert(people[k].name)
                k -= 1
            }
        }
        func compatible(_ c: Speaker) -> Bool {
            if namedInClause.contains(c.name) { return false }
            // Pronouns and person descriptions (`the star`) stand for people, never for a body.
            if isBody(c.name) { return false }
            // `the Lib Dems`, `Ministers`: a plural name is a group, not one person.
            if gender != .plural, pluralGroupNames.contains(c.name), let last = c.name.split(separator: " ").last,
                namesByLast[String(last)] == nil
            {
                return false
            }
            if let office, let held = officesOf[c.name], !held.contains(office),
                !held.contains(where: { $0.hasSuffix(" " + office) || office.hasSuffix(" " + $0) })
            {
                return false
            }
            // `Jonathan Reed and Ann Cole`: a pair is no `he` or `she`.
            if c.name.contains(" and "), let last = c.name.split(separator: " ").last,
                !PersonTitles.personNouns.contains(last.lowercased())
            {
                return gender == .plural
            }
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
        if i > word.start, i + 1 < word.end, !QuoteScalar.isUpper(s[i + 1]), !isHyphenatedGivenName(s, word) {
            return false
        }
        return true
    }

    /// `Mong-koo`, `Jong-il`, `Moo-hyun`: a given name of two short syllables joined by a hyphen, the
    /// second in lowercase, unlike an adjective (`Ballymena-born`, `Labour-led`, `Anti-war`).
    static func isHyphenatedGivenName(_ s: [Unicode.Scalar], _ word: Word) -> Bool {
        guard let hyphen = (word.start..<word.end).first(where: { s[$0] == "-" }) else { return false }
        let first = hyphen - word.start, second = word.end - hyphen - 1
        guard (2...4).contains(first), (2...4).contains(second),
            s[(word.start + 1)..<word.end].allSatisfy({ $0 == "-" || QuoteScalar.isLetter($0) && !QuoteScalar.isUpper($0) })
        else { return false }
        let parts = WordKey.make(s, word.start, word.end).split(separator: "-").map(String.init)
        return parts.count == 2 && !notGivenNameParts.contains(parts[0]) && !notGivenNameParts.contains(parts[1])
    }

    /// Prefixes and suffixes of hyphenated words that are no syllables of a name.
    private static let notGivenNameParts: Set<String> = Set([
        "anti", "pre", "post", "non", "mid", "co", "ex", "pro", "re", "self", "semi", "sub", "over", "all", "well",
        "half", "part", "top", "low", "high", "hi", "euro", "born", "led", "run", "made", "like", "wide", "free",
        "only", "held", "bred", "era", "up", "in", "out", "off", "old", "new", "year", "day", "rich", "poor", "long",
        "full", "tax", "war", "hit", "won", "set", "end", "way", "time", "one", "two", "age", "be", "go", "to",
        "on", "of", "by", "the", "and", "or", "a", "an", "hard", "last", "far", "hot", "red", "big", "law", "gay",
    ] as [String])
}
