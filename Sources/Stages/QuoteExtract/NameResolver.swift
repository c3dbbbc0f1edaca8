/// Turns speaker mentions into names: strips titles and roles, expands a short mention to the full
/// name used in the article, and finds who a pronoun or a description (`the actor`) stands for.
struct NameResolver: Sendable {
    /// A person named with at least two name words, in text order.
    struct Person: Sendable {
        var parts: [String] { didSet { name = parts.count == 1 ? parts[0] : parts.joined(separator: " ") } }
        var position: Int
        var gender: PronounGender?
        /// After a verb or preposition (`stars Ben Stiller`, `for Staunton`): a weaker antecedent.
        var isObject = false
        /// `parts` joined, kept with them: the look-ups ask for it again and again.
        private(set) var name: String

        init(parts: [String], position: Int, gender: PronounGender?, isObject: Bool = false) {
            self.parts = parts
            self.position = position
            self.gender = gender
            self.isObject = isObject
            self.name = parts.count == 1 ? parts[0] : parts.joined(separator: " ")
        }
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

    /// The lowercased words of the text and their classes.
    let keys: WordKeys

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
    private static func acronymDefinition(_ s: [Unicode.Scalar], _ words: [Word], _ keys: WordKeys, at k: Int) -> (String, String)? {
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
            let key = keys.key(first - 1)
            if first > 1, !previous.isPunct, ["of", "for", "and", "on"].contains(key), isNameWord(s, words[first - 2]) {
                first -= 2
                continue
            }
            break
        }
        while first < k - 2, keys.has(first, .leadingFunctionWord) {
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
    init(_ s: [Unicode.Scalar], words: [Word], keys: WordKeys, quotes: [QuoteCandidate]) {
        self.keys = keys
        var quoteIndex = 0
        // Lone surnames wait until every full name is known (`Mr Brown` before `Gordon Brown`).
        var pending: [(person: Person, isSurname: Bool)] = []
        // A body's name comes up again and again: `isOrganisation` once per name.
        var organisationNames: [String: Bool] = [:]
        func isOrganisationName(_ name: String) -> Bool {
            if let known = organisationNames[name] { return known }
            let answer = NameResolver.isOrganisation(name)
            organisationNames[name] = answer
            return answer
        }
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
                    keys.has(j + 1, .nameParticle)
                        || (words[j + 1].isPunct && s[words[j + 1].start] == "&"),
                    NameResolver.isNameWord(s, words[j + 2])
                {
                    j += 2
                    continue
                }
                break
            }
            NameResolver.indexInitials(s, words, keys, i, j, into: &namesByInitials)
            NameResolver.indexInitialsAcrossConnectors(s, words, keys, from: i, to: j, into: &namesByInitials)
            if let (acronym, name) = NameResolver.acronymDefinition(s, words, keys, at: i), acronyms[acronym] == nil {
                acronyms[acronym] = name
            }
            if j + 2 < words.count, !words[j + 1].isPunct, keys.key(j + 1) == "and",
                NameResolver.isNameWord(s, words[j + 2])
            {
                var first = i
                while first < j, keys.has(first, .leadingFunctionWord) {
                    first += 1
                }
                var last = j + 2
                while last + 1 < words.count, NameResolver.isNameWord(s, words[last + 1]), words[last + 1].start - words[last].end <= 1 {
                    last += 1
                }
                // Subjects only: not `the use of both Tysabri and Avonex`.
                var before = i - 1
                if before >= 0, !words[before].isPunct, keys.key(before) == "both" { before -= 1 }
                let governed = before >= 0 && !words[before].isPunct
                    && keys.has(before, .objectMarker)
                if !governed, !keys.has(first, .leadingFunctionWord) {
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
            var (parts, gender) = NameResolver.nameParts(s, words: words, keys: keys, first: i, last: j)
            if let (a, b) = nickname {
                // Antonio "LA" Reid: the name without the nickname.
                parts += NameResolver.nameParts(s, words: words, keys: keys, first: a, last: b).parts
                j = b
            }
            if parts.count == 1, let family = NameResolver.familyName(s, words, keys, before: i) {
                // `Nogar's son Stephen`: Stephen Nogar.
                parts.append(family)
            }
            if gender == nil, i > 0, !words[i - 1].isPunct {
                gender = keys.classes(i - 1).titleGender
            }
            if gender == nil, parts.count >= 2, let first = parts.first { gender = FirstNames.gender(of: first) }
            if let last = parts.last, let g = gender { genderByName[last] = g }
            // `Rolling Stone magazine`: a publication, whatever its name looks like.
            let namesOutlet = j + 1 < words.count && !words[j + 1].isCapitalized
                && keys.has(j + 1, .outletNoun)
            let isPerson = parts.count >= 2 && parts.count <= 5 && !namesOutlet
                && !parts.contains { part in
                    !WordClass.of(part.lowercased()).isDisjoint(with: [.nonPersonWord, .leadingFunctionWord, .preposition])
                        || NameResolver.isAcronym(part)
                }
            let sameLine = i > 0 && !s[words[i - 1].end..<words[i].start].contains("\n")
            let previousKey = sameLine && !words[i - 1].isPunct ? keys.key(i - 1) : ""
            let previousClasses: WordClass = sameLine && !words[i - 1].isPunct ? keys.classes(i - 1) : []
            // Antecedents are people in subject-like positions: not possessors (`Mr Blair's government`),
            // not objects (`stars Ben Stiller`), not parts of titles (`the Harry Potter films`).
            let possessive = keys.has(j, .possessive)
            let salient = previousKey != "the"
            // `on Tuesday Mr Ebbers denied`: the preposition governs the day, not the name.
            let afterDay = i < j && keys.has(i, .timeWord)
            let isObject = possessive || (previousClasses.contains(.objectMarker) && !afterDay)
            if parts.count == 1, !inQuote, salient {
                pending.append((Person(parts: parts, position: start, gender: gender, isObject: isObject), true))
            }
            let person = isPerson ? Person(parts: parts, position: start, gender: gender) : nil
            if let person { names.append(person) }
            let nextClasses: WordClass = j + 1 < words.count && !words[j + 1].isCapitalized && !words[j + 1].isPunct
                ? keys.classes(j + 1) : []
            // `the Lyons review`: a name modifying a noun is not the body itself.
            let modifiesNoun = !nextClasses.isDisjoint(with: [.document, .nonPersonWord])
            if !inQuote, !possessive, !isPerson, !modifiesNoun, let head = parts.last?.lowercased(), parts.count <= 6 {
                // The body's name as written, without leading determiners (`Liberal Democrats` keeps `Liberal`).
                var first = i
                while first < j, keys.has(first, .leadingFunctionWord) {
                    first += 1
                }
                var nameEnd = words[j].end
                if possessive { nameEnd -= 2 }
                // `Pensioners' protests`: a plural possessive is not a subject either.
                let pluralPossessive = nameEnd < s.count && (s[nameEnd] == "'" || s[nameEnd] == "’")
                let name = nickname == nil && first <= j ? WordKey.text(s, words[first].start, nameEnd) : parts.joined(separator: " ")
                // `Video game firm Bioware`: a body noun before a name makes it an organisation's.
                let introducedAsBody = previousClasses.contains(.singularBody)
                if introducedAsBody { bodyNames.insert(name) }
                // `in October 2006`: a date is no body.
                let isDate = parts.allSatisfy { WordClass.of($0.lowercased()).contains(.timeWord) }
                let isOrganisation = !isDate && (namesOutlet || introducedAsBody || isOrganisationName(name))
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
            if var subject = person, !inQuote, salient {
                let name = subject.name
                subject.isObject = isObject
                pending.append((subject, false))
                if let g = gender { genderByName[name] = g }
                // The title words right before the name, in the run or just before it (`prime minister Tony Blair`).
                var titleKeys = (i...j).map { keys.key($0) }
                titleKeys = Array(titleKeys.prefix { !parts.contains(String($0)) && PersonTitles.titles.contains($0) || $0 == "prime" || $0 == "foreign" || $0 == "home" || $0 == "shadow" })
                if titleKeys.isEmpty, !previousKey.isEmpty {
                    titleKeys = [previousKey]
                    if i > 1, sameLine, !words[i - 2].isPunct {
                        titleKeys.insert(keys.key(i - 2), at: 0)
                    }
                }
                for key in [titleKeys.suffix(2).joined(separator: " "), titleKeys.last ?? ""] {
                    let role = WordClass.of(key)
                    guard !role.isDisjoint(with: [.office, .personNoun]) else { continue }
                    holdersOfRole[key, default: []].append((start, name))
                    if role.contains(.office) { officesOf[name, default: []].insert(key) }
                }
            }
            i = j + 1
        }
        for g in groups where g.isOrganisation {
            let parts = NameText.words(g.name)
            guard parts.count >= 2, parts.dropFirst().allSatisfy({ WordClass.of($0.lowercased()).contains(.bodySuffix) }) else {
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
            guard NameText.contains(name, " ") else { continue }
            var full = person
            full.parts = NameText.words(name).map(String.init)
            people.append(full)
        }
    }

    /// Relatives introduced by a first name after the family's name (`Nogar's son Stephen`).
    static let kinNouns: WordSet = WordSet([
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow", "widower",
        "cousin", "nephew", "niece", "grandson", "granddaughter", "uncle", "aunt",
    ] as [String])

    /// The family name of a first name introduced as a relative: `Nogar's son` or `Edwards' sister`
    /// right before word `i`.
    private static func familyName(_ s: [Unicode.Scalar], _ words: [Word], _ keys: WordKeys, before i: Int) -> String? {
        guard i >= 2, !words[i - 1].isPunct, keys.has(i - 1, .kinNoun),
            isNameWord(s, words[i - 2])
        else { return nil }
        let owner = words[i - 2]
        let length = WordKey.possessiveLength(keys.key(i - 2))
        guard length > 0, owner.end - owner.start > length + 1 else { return nil }
        return WordKey.text(s, owner.start, owner.end - length)
    }

    /// `Institute for Fiscal Studies` → `IFS`, `Department for Work and Pensions` → `DWP`: a name
    /// whose capitalized runs are joined by `for`, `of` or `and`, by the initials of its capitals.
    private static func indexInitialsAcrossConnectors(
        _ s: [Unicode.Scalar], _ words: [Word], _ keys: WordKeys, from i: Int, to j: Int, into index: inout [String: String]
    ) {
        var last = j
        var joined = false
        while last + 2 < words.count, !words[last + 1].isPunct,
            ["for", "of", "and"].contains(keys.key(last + 1)),
            isNameWord(s, words[last + 2])
        {
            last += 2
            while last + 1 < words.count, isNameWord(s, words[last + 1]) { last += 1 }
            joined = true
        }
        guard joined else { return }
        var first = i
        while first < j, keys.has(first, .leadingFunctionWord) {
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
        _ s: [Unicode.Scalar], _ words: [Word], _ keys: WordKeys, _ i: Int, _ j: Int, into index: inout [String: String]
    ) {
        var first = i
        while first < j, keys.has(first, .leadingFunctionWord) {
            first += 1
        }
        guard first < j else { return }
        var initials = String.UnicodeScalarView()
        var count = 0
        for k in first...j where !words[k].isPunct {
            initials.append(s[words[k].start])
            count += 1
        }
        guard count >= 2 else { return }
        let key = String(initials)
        if index[key] == nil { index[key] = WordKey.text(s, words[first].start, words[j].end) }
    }

    /// The name words of `words[first...last]`: after the last title (`Venezuelan President`), without
    /// leading function words or a final possessive, and the gender a title gave.
    static func nameParts(_ s: [Unicode.Scalar], words: [Word], keys: WordKeys, first: Int, last: Int)
        -> (parts: [String], gender: PronounGender?)
    {
        guard first <= last, last < words.count else { return ([], nil) }
        // Word `first + k`'s classes; `k` counts from the run's start.
        let count = last - first + 1
        func classes(_ k: Int) -> WordClass { keys.classes(first + k) }
        var start = 0
        var gender: PronounGender?
        if (0..<count).allSatisfy({ keys.has(first + $0, [.title, .leadingFunctionWord]) }) {
            return ([], (0..<count).compactMap { classes($0).titleGender }.last)
        }
        // `Official Charts Company`: a body's name keeps its title-like words.
        let isBody = classes(count - 1).contains(.nonPersonWord)
        for k in 0..<(count - 1) where !isBody && classes(k).contains(.title) {
            start = k + 1
            if let g = classes(k).titleGender { gender = g }
        }
        // `The BBC's Nick Robinson`, `Labour's Jane Brown`: the name after a possessor.
        if let owner = (0..<(count - 1)).last(where: { classes($0).contains(.possessive) }), owner >= start {
            start = owner + 1
        }
        while start < count - 1, classes(start).contains(.leadingFunctionWord) {
            if let g = classes(start).titleGender { gender = g }
            start += 1
        }
        if classes(start).contains(.leadingFunctionWord) { return ([], gender) }
        var parts: [String] = []
        parts.reserveCapacity(count - start)
        for k in start..<count {
            let w = words[first + k]
            var end = w.end
            if k == count - 1 {
                let ending = WordKey.possessiveLength(keys.key(first + k))
                if ending > 0, end - w.start > ending { end -= ending }
            }
            parts.append(WordKey.text(s, w.start, end))
        }
        // `Guy Mansfield QC`, `Ann Lee MP`: honours and seats written after a person's name are no part
        // of it. A seat only after a known first name: `Salford MP` is a role, not a name.
        while parts.count > 2, let last = parts.last,
            honours.contains(last) || seats.contains(last) && FirstNames.gender(of: parts[0]) != nil
        {
            parts.removeLast()
        }
        return (parts, gender)
    }

    /// Letters after a person's name, matched case-sensitively so that a name word is never taken.
    private static let honours: Set<String> = ["QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS"]
    private static let seats: Set<String> = ["MP", "MEP", "MSP"]

    /// The full name a mention's name words stand for: a lone surname (`Maduro`) becomes the full
    /// name used nearest before it (`Nicolas Maduro`), or the first one after it.
    func fullName(_ parts: [String], at offset: Int) -> String {
        guard parts.count == 1, let word = parts.first else { return parts.joined(separator: " ") }
        if let spelled = acronyms[word] { return spelled }
        // An acronym of a name the text spells out: `DrKW`, `M&S`, `NAO`.
        if NameResolver.capitalCount(word) >= 2 {
            let capitals = String(String.UnicodeScalarView(word.unicodeScalars.filter(QuoteScalar.isUpper)))
            if let spelled = namesByInitials[capitals], spelled != word { return spelled }
        }
        if let same = namesByLast[word], let match = same.last(where: { $0.position < offset }) ?? same.first {
            return match.name
        }
        if let match = namesByFirst[word]?.first(where: { $0.position <= offset }) { return match.name }
        // `Newry` for `Newry City`: a body's name without its suffix.
        return shortBodyNames[word] ?? word
    }

    /// `fullName(person.parts, at: person.position)`, without joining the parts again.
    func fullName(of person: Person) -> String {
        person.parts.count == 1 ? fullName(person.parts, at: person.position) : person.name
    }

    private static func capitalCount(_ word: String) -> Int {
        var count = 0
        for scalar in word.unicodeScalars where QuoteScalar.isUpper(scalar) { count += 1 }
        return count
    }

    /// The pair of bodies named last before `offset` (`Elan and Biogen Idec`), for `the two firms`.
    func coordination(before offset: Int) -> String? {
        let k = NameResolver.lastIndex(before: offset, in: coordinations.count) { coordinations[$0].position }
        return k >= 0 ? coordinations[k].name : nil
    }

    /// Words a body's short name leaves off (`Newry City`, `Acme Holdings plc`).
    static let bodySuffixes: WordSet = WordSet([
        "city", "united", "town", "county", "rovers", "athletic", "wanderers", "albion", "fc", "afc", "plc", "inc",
        "inc.", "corp", "corp.", "ltd", "ltd.", "group", "holdings", "corporation", "company", "co", "co.",
        // The trade a company's name ends with, which later mentions drop (`Continental Airlines` …
        // `Continental said`, `Amnesty International` … `Amnesty`).
        "airlines", "airways", "motors", "motor", "records", "industries", "communications", "electronics",
        "entertainment", "pictures", "studios", "networks", "systems", "telecom", "pharmaceuticals",
        "petroleum", "breweries", "stores", "international",
    ] as [String])

    /// Days and months that may open a capitalized run before a name (`Tuesday Mr Ebbers`).
    static let timeWords: WordSet = WordSet([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ] as [String])

    /// Whether a name's last word reads as a plural (`Tories`, `Democrats`, `Ministers`), not a
    /// singular in -s (`Jones`, `Congress`, `Sirius`) nor a possessive.
    static func looksPlural(_ head: String) -> Bool {
        head.unicodeScalars.count > 3 && NameText.hasSuffix(head, "s") && !NameText.hasSuffix(head, "ss")
            && !NameText.hasSuffix(head, "us") && !WordKey.isPossessive(head) && !NameText.hasSuffix(head, "is")
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
                    ? NameResolver.looksPlural(String(NameText.lastWord(s.name) ?? "").lowercased())
                        && namesByLast[s.name] == nil && !NameText.contains(s.name, " and ") == true
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
        let words = NameText.words(name)
        guard let head = words.last else { return false }
        // `Department for Work and Pensions spokeswoman`, `BBC presenter`: a person of the body.
        let role = head.lowercased()
        let roleClasses = WordClass.of(role)
        if !roleClasses.contains(.nonPersonWord),
            roleClasses.contains(.personNoun) || NameText.hasSuffix(role, "s") && WordClass.of(String(role.dropLast())).contains(.personNoun)
        {
            return false
        }
        // An acronym (`IBM`, `NIESR`, `AC Milan`) names a body, not a person.
        if words.contains(where: isAcronym) { return true }
        // `University of California`, `Court of Arbitration for Sport`: the head comes before `of`/`for`.
        if let k = words.firstIndex(where: { $0 == "of" || $0 == "for" }), k > 0,
            WordClass.of(words[k - 1].lowercased()).contains(.nonPersonWord)
        {
            return true
        }
        return roleClasses.contains(.nonPersonWord)
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
        if let last = NameText.lastWord(name) { return genderByName[String(last)] }
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
            if gender != .plural, pluralGroupNames.contains(c.name), let last = NameText.lastWord(c.name),
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
            if NameText.contains(c.name, " and "), let last = NameText.lastWord(c.name),
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
                let name = fullName(of: p)
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

    /// The person a sentence opens with, when a `he`/`she` later in the same sentence may stand for
    /// them (`Mr Blair praised his chancellor, which he said was …`): named in the sentence before
    /// `limit`, after nothing but capitalized words (`Prime Minister Tony Blair`), not an object,
    /// and of the pronoun's gender when either is known.
    func openingPerson(
        sentenceStart: Int, before limit: Int, gender: PronounGender, words: [Word]
    ) -> Person? {
        let k = NameResolver.lastIndex(before: sentenceStart, in: people.count) { people[$0].position } + 1
        guard k < people.count, people[k].position < limit, !people[k].isObject else { return nil }
        let p = people[k]
        let name = fullName(of: p)
        guard !isBody(name), !NameText.contains(name, " and ") else { return nil }
        if let g = p.gender ?? self.gender(of: name), g != gender { return nil }
        var w = NameResolver.lastIndex(before: p.position, in: words.count) { words[$0].start }
        while w >= 0, words[w].start >= sentenceStart {
            if !words[w].isCapitalized || words[w].isPunct { return nil }
            w -= 1
        }
        return p
    }

    /// The last index whose position is below `limit`, in a list sorted by position; -1 if none.
    static func lastIndex(before limit: Int, in count: Int, position: (Int) -> Int) -> Int {
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
