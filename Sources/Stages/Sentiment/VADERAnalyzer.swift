/// The VADER sentiment analyzer: a port of vaderSentiment 3.3.2's `SentimentIntensityAnalyzer`.
///
/// In `.vader` mode `polarityScores(_:)` returns what the reference's `polarity_scores`
/// returns for the same string, with the same floating-point operations in the same order
/// and the same rounding. It splits the string itself (on whitespace, like Python's
/// `str.split()`), so a caller's sentence spans only decide which strings are scored.
/// Value type, read-only after `init`: safe to share across threads.
public struct VADERAnalyzer: Sendable {
    public let mode: SentimentMode
    public let lexicon: SentimentLexicon

    public init(mode: SentimentMode = .vader, lexicon: SentimentLexicon = .vaderDefault) {
        self.mode = mode
        self.lexicon = lexicon
    }

    /// The scores of `text` as `polarity_scores(text)` gives them (rounded as it rounds).
    public func polarityScores(_ text: String) -> SentimentScores {
        if let scores = byteScores(text) { return scores }
        let scalars = PythonText.scalars(of: text)
        var scratch = VADERScratch()
        return scalars.withUnsafeBufferPointer { buffer in
            scores(of: buffer[...], scratch: &scratch)
        }
    }

    /// The scores of one string given as Unicode scalar values.
    func scores(of text: Slice<UnsafeBufferPointer<UInt32>>, scratch: inout VADERScratch) -> SentimentScores {
        scratch.sentiments.removeAll(keepingCapacity: true)
        let marks = collectValences(of: text, scratch: &scratch)
        return finalScores(scratch.sentiments, marks: marks)
    }

    /// The whole-text score of a document whose sentences are `sentences` (scalar ranges of
    /// `text`). In `.vader` mode it is `polarity_scores(text)`, with negation and `but`
    /// reaching across sentences as they do in the reference; in `.news` mode the rules run
    /// within each sentence and the sentence valences are summed, with `!`/`?` counted over
    /// the whole text.
    func documentScores(
        of text: UnsafeBufferPointer<UInt32>, sentences: [Range<Int>], scratch: inout VADERScratch
    ) -> SentimentScores {
        guard mode == .news else { return scores(of: text[...], scratch: &scratch) }
        var all: [Double] = []
        var marks = PunctuationMarks()
        for range in sentences {
            scratch.sentiments.removeAll(keepingCapacity: true)
            let sentenceMarks = collectValences(of: text[range], scratch: &scratch)
            marks.exclamations += sentenceMarks.exclamations
            marks.questions += sentenceMarks.questions
            all.append(contentsOf: scratch.sentiments)
        }
        return finalScores(all, marks: marks)
    }

    /// The scores of each sentence (scalar ranges of `text`) and of the whole document
    /// (as `documentScores` defines it), splitting the text into words only once.
    ///
    /// A sentence whose ends fall on whitespace (or the text's ends) has exactly the words
    /// the whole text has in its range, so its words are reused; any other sentence, and any
    /// text with emoji (whose descriptions change the words), is split on its own.
    func sentenceAndDocumentScores(
        of text: UnsafeBufferPointer<UInt32>, sentences: [Range<Int>], scratch: inout VADERScratch
    ) -> (sentences: [SentimentScores], document: SentimentScores) {
        var hasEmoji = false
        for scalar in text where scalar >= 0x80 || lexicon.hasASCIIEmoji {
            if isEmoji(scalar) {
                hasEmoji = true
                break
            }
        }
        if hasEmoji {
            let sentenceScores = sentences.map { scores(of: text[$0], scratch: &scratch) }
            return (sentenceScores, documentScores(of: text, sentences: sentences, scratch: &scratch))
        }

        splitWords(text[...], scratch: &scratch)
        var single = VADERScratch()
        var result: [SentimentScores] = []
        result.reserveCapacity(sentences.count)
        var newsValences: [Double] = []
        var newsMarks = PunctuationMarks()
        let count = text.count
        for range in sentences {
            let start = range.lowerBound, end = range.upperBound
            let aligned = start == end
                || ((start == 0 || PythonText.isSpace(text[start - 1]) || PythonText.isSpace(text[start]))
                    && (end == count || PythonText.isSpace(text[end]) || PythonText.isSpace(text[end - 1])))
            var marks = PunctuationMarks()
            if aligned {
                let first = Self.firstIndex(in: scratch.words, notBefore: start)
                let last = Self.firstIndex(in: scratch.words, notBefore: end)
                // The sentence holds exactly these words' tokens, and whitespace between.
                marks = Self.marks(in: text[range])
                scratch.sentiments.removeAll(keepingCapacity: true)
                applyRules(to: first..<last, scratch: &scratch)
                result.append(finalScores(scratch.sentiments, marks: marks))
                if mode == .news { newsValences.append(contentsOf: scratch.sentiments) }
            } else {
                single.sentiments.removeAll(keepingCapacity: true)
                marks = collectValences(of: text[range], scratch: &single)
                result.append(finalScores(single.sentiments, marks: marks))
                if mode == .news { newsValences.append(contentsOf: single.sentiments) }
            }
            newsMarks += marks
        }
        if mode == .news {
            return (result, finalScores(newsValences, marks: newsMarks))
        }
        let marks = Self.marks(in: text[...])
        scratch.sentiments.removeAll(keepingCapacity: true)
        applyRules(to: 0..<scratch.words.count, scratch: &scratch)
        return (result, finalScores(scratch.sentiments, marks: marks))
    }

    /// The `!` and `?` of `text`.
    static func marks(in text: Slice<UnsafeBufferPointer<UInt32>>) -> PunctuationMarks {
        var marks = PunctuationMarks()
        for scalar in text {
            if scalar == 0x21 { marks.exclamations += 1 } else if scalar == 0x3F { marks.questions += 1 }
        }
        return marks
    }

    /// `firstIndex(in:notBefore:)` searched forward from `hint` when no word before it
    /// qualifies (the usual case: the answer is at or just after it), else by halves.
    static func firstIndex(in words: UnsafeBufferPointer<VADERToken>, notBefore offset: Int, from hint: Int) -> Int {
        var k = hint
        guard k <= words.count, k == 0 || words[k - 1].start < offset else { return firstIndex(in: words, notBefore: offset) }
        while k < words.count && words[k].start < offset { k &+= 1 }
        return k
    }

    static func firstIndex(in words: [VADERToken], notBefore offset: Int) -> Int {
        words.withUnsafeBufferPointer { firstIndex(in: $0, notBefore: offset) }
    }

    /// The index of the first of `words` whose token starts at `offset` or later.
    static func firstIndex(in words: UnsafeBufferPointer<VADERToken>, notBefore offset: Int) -> Int {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: - The rules

    /// Fills `scratch.sentiments` with one valence per word of `text`, after the rules and
    /// the `but` reweighting, and counts the `!` and `?` of the text with emoji replaced.
    private func collectValences(
        of original: Slice<UnsafeBufferPointer<UInt32>>, scratch: inout VADERScratch
    ) -> PunctuationMarks {
        // One pass finds emoji and counts `!` and `?` (counted again below if emoji are
        // replaced: two descriptions, "ON! arrow" and "UP! button", hold a `!`).
        var hasEmoji = false
        var marks = PunctuationMarks()
        let base = original.base
        for i in original.indices {
            let scalar = base[i]
            if scalar < 0x80 {
                if scalar == 0x21 { marks.exclamations += 1 } else if scalar == 0x3F { marks.questions += 1 }
                if lexicon.hasASCIIEmoji && lexicon.asciiEmoji[Int(scalar)] { hasEmoji = true }
            } else if lexicon.emoji[scalar] != nil {
                hasEmoji = true
            }
        }
        guard hasEmoji else {
            collectWordValences(of: original, scratch: &scratch)
            return marks
        }
        // Emoji become their descriptions (the reference's loop, spacing quirks included).
        var replaced: [UInt32] = []
        replaced.reserveCapacity(original.count + 64)
        var previousIsSpace = true
        for scalar in original {
            if isEmoji(scalar), let description = lexicon.emoji[scalar] {
                if !previousIsSpace { replaced.append(0x20) }
                replaced.append(contentsOf: description)
                previousIsSpace = false
            } else {
                replaced.append(scalar)
                previousIsSpace = scalar == 0x20
            }
        }
        marks = PunctuationMarks()
        for scalar in replaced {
            if scalar == 0x21 { marks.exclamations += 1 } else if scalar == 0x3F { marks.questions += 1 }
        }
        replaced.withUnsafeBufferPointer { collectWordValences(of: $0[...], scratch: &scratch) }
        return marks
    }

    @inline(__always)
    private func isEmoji(_ scalar: UInt32) -> Bool {
        scalar < 128 ? lexicon.asciiEmoji[Int(scalar)] : lexicon.emoji[scalar] != nil
    }

    private func collectWordValences(of text: Slice<UnsafeBufferPointer<UInt32>>, scratch: inout VADERScratch) {
        splitWords(text, scratch: &scratch)
        applyRules(to: 0..<scratch.words.count, scratch: &scratch)
    }

    /// Appends to `scratch.sentiments` the valence of each word in `range` of the words
    /// `splitWords` found, the words of `range` being the whole text as far as the rules see.
    func applyRules(to range: Range<Int>, scratch: inout VADERScratch) {
        let count = range.count
        guard count > 0 else { return }
        let firstValence = scratch.sentiments.count
        scratch.sentiments.append(contentsOf: repeatElement(0, count: count))
        let allTokens = scratch.words
        allTokens.withUnsafeBufferPointer { allTokens in
            scratch.sentiments.withUnsafeMutableBufferPointer { all in
                applyRules(UnsafeBufferPointer(rebasing: allTokens[range]), into: UnsafeMutableBufferPointer(rebasing: all[firstValence...]))
            }
        }
    }

    /// Writes to `valences` (as many as `tokens`) the valence of each word of `tokens`, the
    /// whole text as far as the rules see, after the rules and the `but` reweighting.
    ///
    /// In parts: the rules for the words at `positions` only (default all), with the text's
    /// `capDifferential` if the caller has it, and the reweighting (idioms, `but`) of all
    /// valences only if `reweighting`.
    func applyRules(
        _ tokens: UnsafeBufferPointer<VADERToken>, into valences: UnsafeMutableBufferPointer<Double>,
        at positions: Range<Int>? = nil, capDifferential knownCapDifferential: Bool? = nil, reweighting: Bool = true
    ) {
        let count = tokens.count
        guard count > 0 else { return }
        // No borrowed buffer of the lexicon's table around the rules: taking one retains and
        // releases the table, three times per sentence in the stage; the table is read only
        // for booster scalars, which are rare.
        do {
            let capDifferential = knownCapDifferential ?? Self.capDifferential(tokens)
            // Roles come from the tokens, which carry them: the lexicon's own table is read
            // only for booster scalars.
            func booster(_ i: Int) -> Double { tokens[i].id >= 0 ? lexicon.words[Int(tokens[i].id)].booster : 0 }
            func rule(_ i: Int) -> VADERRuleWord { tokens[i].rule }
            func inLexicon(_ i: Int) -> Bool { tokens[i].traits & VADERWord.inLexiconTrait != 0 }
            func negated(_ i: Int) -> Bool { tokens[i].hasNT || tokens[i].traits & VADERWord.negationTrait != 0 }
            func matches(_ phrase: VADERPhrase, from start: Int) -> Bool {
                guard start >= 0, start + phrase.words.count <= count else { return false }
                for (offset, id) in phrase.words.enumerated() where tokens[start + offset].id != id { return false }
                return true
            }
            // Most words start no phrase: one flag rules out every phrase from them.
            func startsPhrase(_ i: Int) -> Bool {
                i >= 0 && i < count && tokens[i].traits & VADERWord.startsPhraseTrait != 0
            }
            func specialCase(_ start: Int, _ length: Int) -> Double? {
                guard startsPhrase(start) else { return nil }
                for phrase in lexicon.specialCases where phrase.words.count == length && matches(phrase, from: start) {
                    return phrase.value
                }
                return nil
            }
            func boosterNGram(_ start: Int, _ length: Int) -> Double? {
                guard startsPhrase(start) else { return nil }
                for phrase in lexicon.boosterNGrams where phrase.words.count == length && matches(phrase, from: start) {
                    return phrase.value
                }
                return nil
            }

            for i in positions ?? 0..<count {
                // Most words of a text are in no list at all: valence 0, no rule.
                let traits = tokens[i].traits
                if traits & VADERWord.inLexiconTrait == 0 || traits & VADERWord.boosterTrait != 0
                    || (i < count - 1 && tokens[i].rule == .kind && rule(i + 1) == .of)
                {
                    valences[i] = 0
                    continue
                }
                // The token carries the valence: the lexicon's table is read only for boosters.
                let wordValence = tokens[i].valence
                var valence = wordValence
                if tokens[i].rule == .no && i != count - 1 && inLexicon(i + 1) {
                    valence = 0.0
                }
                if (i > 0 && rule(i - 1) == .no) || (i > 1 && rule(i - 2) == .no)
                    || (i > 2 && rule(i - 3) == .no && (rule(i - 1) == .or || rule(i - 1) == .nor))
                {
                    valence = wordValence * VADERRules.negationScalar
                }
                if tokens[i].isUpper && capDifferential {
                    if valence > 0 { valence += VADERRules.capsIncrement } else { valence -= VADERRules.capsIncrement }
                }
                for startI in 0..<3 where i > startI && !inLexicon(i - (startI + 1)) {
                    let j = i - (startI + 1)
                    var scalar = 0.0
                    if tokens[j].traits & VADERWord.boosterTrait != 0 {
                        scalar = booster(j)
                        if valence < 0 { scalar *= -1 }
                        if tokens[j].isUpper && capDifferential {
                            if valence > 0 { scalar += VADERRules.capsIncrement } else { scalar -= VADERRules.capsIncrement }
                        }
                    }
                    if startI == 1 && scalar != 0 { scalar = scalar * 0.95 }
                    if startI == 2 && scalar != 0 { scalar = scalar * 0.9 }
                    valence = valence + scalar

                    // _negation_check
                    switch startI {
                    case 0:
                        if negated(i - 1) { valence = valence * VADERRules.negationScalar }
                    case 1:
                        if rule(i - 2) == .never && (rule(i - 1) == .so || rule(i - 1) == .this) {
                            valence = valence * 1.25
                        } else if rule(i - 2) == .without && rule(i - 1) == .doubt {
                            // "without doubt" does not negate
                        } else if negated(i - 2) {
                            valence = valence * VADERRules.negationScalar
                        }
                    default:
                        let soThis1 = rule(i - 1) == .so || rule(i - 1) == .this
                        let soThis2 = rule(i - 2) == .so || rule(i - 2) == .this
                        // The reference's `a and b or c` binds as `(a and b) or c`: any
                        // "so"/"this" right before the word boosts it, `never` or not.
                        let boosts = mode == .vader
                            ? (rule(i - 3) == .never && soThis2) || soThis1
                            : rule(i - 3) == .never && (soThis2 || soThis1)
                        if boosts {
                            valence = valence * 1.25
                        } else if rule(i - 3) == .without && (rule(i - 2) == .doubt || rule(i - 1) == .doubt) {
                            // "without a doubt" does not negate
                        } else if negated(i - 3) {
                            valence = valence * VADERRules.negationScalar
                        }
                    }

                    // _special_idioms_check
                    if startI == 2 {
                        // onezero, twoonezero, twoone, threetwoone, threetwo: the first match wins
                        if let value = specialCase(i - 1, 2) ?? specialCase(i - 2, 3) ?? specialCase(i - 2, 2)
                            ?? specialCase(i - 3, 3) ?? specialCase(i - 3, 2)
                        {
                            valence = value
                        }
                        if count - 1 > i && startsPhrase(i) {
                            for phrase in lexicon.specialCases where phrase.words.count == 2 && matches(phrase, from: i) {
                                valence = phrase.value
                            }
                        }
                        if count - 1 > i + 1 && startsPhrase(i) {
                            for phrase in lexicon.specialCases where phrase.words.count == 3 && matches(phrase, from: i) {
                                valence = phrase.value
                            }
                        }
                        // threetwoone, threetwo, twoone: each match adds
                        if let value = boosterNGram(i - 3, 3) { valence = valence + value }
                        if let value = boosterNGram(i - 3, 2) { valence = valence + value }
                        if let value = boosterNGram(i - 2, 2) { valence = valence + value }
                    }
                }

                // _least_check
                if i > 1 && !inLexicon(i - 1) && rule(i - 1) == .least {
                    if rule(i - 2) != .at && rule(i - 2) != .very { valence = valence * VADERRules.negationScalar }
                } else if i > 0 && !inLexicon(i - 1) && rule(i - 1) == .least {
                    valence = valence * VADERRules.negationScalar
                }
                valences[i] = valence
            }

            guard reweighting else { return }
            if mode == .news {
                applyLadenIdioms(tokens, valences, matches: matches, negated: negated)
            }
            if let butIndex = (0..<count).first(where: { rule($0) == .but }) {
                if mode == .vader {
                    Self.referenceButCheck(valences, butIndex: butIndex)
                } else {
                    for k in 0..<count where k != butIndex {
                        valences[k] *= k < butIndex ? 0.5 : 1.5
                    }
                }
            }
        }
    }

    /// The reweighting of `applyRules` alone: idioms (news mode) and `but`.
    func reweight(_ tokens: UnsafeBufferPointer<VADERToken>, _ valences: UnsafeMutableBufferPointer<Double>) {
        guard mode == .vader else { return applyRules(tokens, into: valences, at: 0..<0, capDifferential: false) }
        // `vader` mode has no idioms: only the `but` check, if the text has a `but`.
        for k in tokens.indices where tokens[k].rule == .but {
            return Self.referenceButCheck(valences, butIndex: k)
        }
    }

    /// VADER's `is_cap_diff`: some, but not all, of the words are ALL CAPS.
    static func capDifferential(_ tokens: UnsafeBufferPointer<VADERToken>) -> Bool {
        var upperCount = 0
        for token in tokens where token.isUpper { upperCount &+= 1 }
        return 0 < tokens.count - upperCount && tokens.count - upperCount < tokens.count
    }

    /// News mode: an idiom without lexicon words (`in the red`) gives its valence to its last
    /// word, negated by a negation word right before it. Each idiom in turn takes its
    /// matches from left to right, without overlap, as a scan of every position would.
    /// Not inlined: its temporary buffer would otherwise be set up in the rules of both modes.
    @inline(never)
    private func applyLadenIdioms(
        _ tokens: UnsafeBufferPointer<VADERToken>, _ sentiments: UnsafeMutableBufferPointer<Double>,
        matches: (VADERPhrase, Int) -> Bool, negated: (Int) -> Bool
    ) {
        let count = sentiments.count
        // Only a word that starts an idiom can start a match, and one that ends an idiom end
        // it: most sentences have the first (`in`, `on`) but not the second (`red`, `ball`),
        // and the idioms are tried from the first alone.
        var candidates = 0
        var traits: UInt8 = 0
        for k in 0..<count {
            let word = tokens[k].traits
            traits |= word
            candidates &+= word & VADERWord.startsIdiomTrait != 0 ? 1 : 0
        }
        guard traits & VADERWord.endsIdiomTrait != 0 && candidates > 0 else { return }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: candidates) { starts in
            var n = 0
            for k in 0..<count where tokens[k].traits & VADERWord.startsIdiomTrait != 0 {
                starts[n] = k
                n &+= 1
            }
            for phrase in lexicon.ladenIdioms {
                let length = phrase.words.count
                var next = 0  // the first position after the last match
                for start in starts where start >= next && start + length <= count && matches(phrase, start) {
                    var value = phrase.value
                    if start > 0 && negated(start - 1) { value *= VADERRules.negationScalar }
                    for k in start..<(start + length - 1) { sentiments[k] = 0 }
                    sentiments[start + length - 1] = value
                    next = start + length
                }
            }
        }
    }

    /// The reference's `_but_check`, which finds each valence's position with
    /// `list.index(value)`, i.e. the first *equal* value, while it rewrites the list: equal
    /// valences on both sides of `but` are reweighted at the wrong position. Reproduced
    /// exactly; the search for the first equal value looks only at the positions that held a
    /// non-zero value (no other can ever equal one), and texts with many of those take an
    /// index of positions by value (O(n log n) rather than the reference's O(n²)).
    static func referenceButCheck(_ values: UnsafeMutableBufferPointer<Double>, butIndex: Int) {
        var nonZero = 0
        for value in values where value != 0 { nonZero &+= 1 }
        guard nonZero <= 256 else { return indexedButCheck(values, butIndex: butIndex) }
        // One slot more than needed: each position is written, and kept only if non-zero,
        // so that the mix of zeros and valences costs no mispredicted branch.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: nonZero &+ 1) { positions in
            var n = 0
            for k in values.indices {
                positions[n] = k
                let magnitude = values[k].bitPattern &<< 1  // 0 for ±0 only; a NaN is kept, as `!= 0` keeps it
                n &+= Int(truncatingIfNeeded: (magnitude | (0 &- magnitude)) &>> 63)
            }
            // A 1024-bit filter of every value any earlier position has held: a value not in
            // it (most, in a long text) is its own first occurrence, found without a search.
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16) { seen in
                seen.initialize(repeating: 0)
                @inline(__always) func bit(_ value: Double) -> (word: Int, mask: UInt64) {
                    let hash = (value.bitPattern &* 0x9E37_79B9_7F4A_7C15) &>> 54
                    return (Int(hash &>> 6), 1 &<< (hash & 63))
                }
                for p in 0..<n {
                    let k = positions[p]
                    // Not rewritten before its turn: rewrites go to positions at or before the current one.
                    let value = values[k]
                    guard !value.isNaN else { continue }
                    var q = p
                    let probe = bit(value)
                    if seen[probe.word] & probe.mask != 0 {
                        q = 0
                        while values[positions[q]] != value { q &+= 1 }  // stops at p at the latest
                    }
                    let target = positions[q]
                    let updated = target < butIndex ? value * 0.5 : target > butIndex ? value * 1.5 : value
                    values[target] = updated
                    let added = bit(updated)
                    seen[added.word] |= added.mask
                    if q != p { seen[probe.word] |= probe.mask }  // position p still holds `value`
                }
            }
        }
    }

    /// `referenceButCheck` for texts with many non-zero valences.
    private static func indexedButCheck(_ sentiments: UnsafeMutableBufferPointer<Double>, butIndex: Int) {
        // Zeros stay zero whatever the reweighting, so only non-zero values need tracking:
        // value → ascending positions (< k) currently holding it.
        var positions: [Double: [Int]] = [:]
        for k in sentiments.indices {
            let value = sentiments[k]  // never rewritten before its turn: rewrites go to indices ≤ the current one
            guard value != 0, !value.isNaN else { continue }
            var target = k
            if var list = positions[value], let first = list.first {
                target = first
                list.removeFirst()
                positions[value] = list
            }
            let updated: Double
            if target < butIndex { updated = value * 0.5 } else if target > butIndex { updated = value * 1.5 } else { updated = value }
            sentiments[target] = updated
            if updated != 0 && !updated.isNaN { insert(target, into: &positions[updated, default: []]) }
            if target != k { insert(k, into: &positions[value, default: []]) }
        }
    }

    private static func insert(_ index: Int, into list: inout [Int]) {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < index { low = mid + 1 } else { high = mid }
        }
        list.insert(index, at: low)
    }

    // MARK: - Scoring

    /// `score_valence`: the compound and the three shares, rounded as the reference rounds.
    func finalScores(_ sentiments: [Double], marks: PunctuationMarks) -> SentimentScores {
        sentiments.withUnsafeBufferPointer { finalScores($0, marks: marks) }
    }

    func finalScores(_ values: UnsafeBufferPointer<Double>, marks: PunctuationMarks) -> SentimentScores {
        guard !values.isEmpty else { return .zero }
        // Each sum still adds the values in order, as the reference's loops do, but only the
        // non-zero ones, as its `if`s do (adding a zero to `sum` changes nothing: it starts at
        // +0.0 and so is never -0.0). They are first gathered, up to 64 at a time, without a
        // branch, which would mispredict on the mix of zeros and valences; the positive and
        // negative sums then take +0.0 for a value they skip, which changes neither.
        var sum = 0.0, nonZero = 0
        var sides = SIMD2<Double>(repeating: 0)
        let zeros = SIMD2<Double>(repeating: 0)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 64) { buffer in
            guard let kept = buffer.baseAddress else { return }
            var start = 0
            while start < values.count {
                let end = Swift.min(start &+ 64, values.count)
                var m = 0
                for k in start..<end {
                    let value = values[k]
                    kept[m] = value
                    // 1 unless the value is ±0 (a NaN is kept: it is not neutral).
                    let magnitude = value.bitPattern &<< 1
                    m &+= Int(truncatingIfNeeded: (magnitude | (0 &- magnitude)) &>> 63)
                }
                for k in 0..<m {
                    let value = kept[k]
                    sum += value
                    let counted = SIMD2(value, -value) .> zeros  // value > 0, value < 0
                    sides += zeros.replacing(with: SIMD2(value + 1, value - 1), where: counted)
                }
                nonZero &+= m
                start = end
            }
        }
        let neutral = values.count - nonZero
        var positive = sides.x, negative = sides.y
        let exclamations = min(marks.exclamations, 4)
        let exclamationAmplifier = Double(exclamations) * 0.292
        var questionAmplifier = 0.0
        if marks.questions > 1 {
            questionAmplifier = marks.questions <= 3 ? Double(marks.questions) * 0.18 : 0.96
        }
        let amplifier = exclamationAmplifier + questionAmplifier
        if sum > 0 { sum += amplifier } else if sum < 0 { sum -= amplifier }

        var compound = sum / (sum * sum + 15).squareRoot()
        if compound < -1.0 { compound = -1.0 } else if compound > 1.0 { compound = 1.0 }

        if positive > Swift.abs(negative) {
            positive += amplifier
        } else if positive < Swift.abs(negative) {
            negative -= amplifier
        }
        let total = positive + Swift.abs(negative) + Double(neutral)
        guard total > 0, total.isFinite else { return .zero }
        return SentimentScores(
            neg: PythonRounding.round(Swift.abs(negative / total), scale: 1000),
            neu: PythonRounding.round(Swift.abs(Double(neutral) / total), scale: 1000),
            pos: PythonRounding.round(Swift.abs(positive / total), scale: 1000),
            compound: PythonRounding.round(compound, scale: 10000))
    }

    // MARK: - Words

    /// Splits `text` into words as the reference does (`str.split()`, then punctuation
    /// stripped from each end unless that leaves two characters or fewer), and records each
    /// word's id, ALL-CAPS flag and whether its lowercase form contains `n't`.
    private func splitWords(_ text: Slice<UnsafeBufferPointer<UInt32>>, scratch: inout VADERScratch) {
        scratch.words.removeAll(keepingCapacity: true)
        // Index the base buffer: a Slice subscript checks bounds even in release builds.
        let base = text.base
        var index = text.startIndex
        let end = text.endIndex
        while index < end {
            while index < end && PythonText.isSpace(base[index]) { index += 1 }
            if index == end { break }
            let tokenStart = index
            while index < end && !PythonText.isSpace(base[index]) { index += 1 }
            let token = token(base, tokenStart..<index, start: tokenStart, scratch: &scratch)
            scratch.words.append(token)
        }
    }

    /// The word of the whitespace-delimited token `base[token]` (punctuation stripped as the
    /// mode strips it), recorded as starting at `start`.
    func token(
        _ base: UnsafeBufferPointer<UInt32>, _ token: Range<Int>, start: Int, scratch: inout VADERScratch
    ) -> VADERToken {
        var ascii = AsciiWord()
        PythonText.asciiClasses.withUnsafeBufferPointer { classes in
            for index in token {
                let scalar = base[index]
                if scalar >= 0x80 {
                    ascii.isASCII = false
                    continue
                }
                ascii.add(scalar, classes[Int(scalar)])
            }
        }
        let punctuationAtEnds = (ascii.isASCII
            ? (PythonText.asciiClasses[Int(base[token.lowerBound])] | PythonText.asciiClasses[Int(base[token.upperBound - 1])])
            : AsciiClass.punctuation) & AsciiClass.punctuation
        if punctuationAtEnds == 0 {
            let found = describe(base, token, ascii)
            return VADERToken(id: found.id, isUpper: found.isUpper, hasNT: found.hasNT, start: start, lexicon: lexicon)
        }
        var word = token
        switch mode {
        case .vader:
            var low = word.lowerBound, high = word.upperBound
            while low < high && PythonText.isASCIIPunctuation(base[low]) { low += 1 }
            while high > low && PythonText.isASCIIPunctuation(base[high - 1]) { high -= 1 }
            if high - low > 2 { word = low..<high }
        case .news:
            let raw = describe(base, word, scratch: &scratch).id
            if raw < 0 || !lexicon.words[Int(raw)].inLexicon {
                var low = word.lowerBound, high = word.upperBound
                while low < high && PythonText.isPunctuationForNews(base[low]) { low += 1 }
                while high > low && PythonText.isPunctuationForNews(base[high - 1]) { high -= 1 }
                if high > low { word = low..<high }
            }
        }
        let found = describe(base, word, scratch: &scratch)
        return VADERToken(id: found.id, isUpper: found.isUpper, hasNT: found.hasNT, start: start, lexicon: lexicon)
    }

    /// The id of the word's lowercase form (curly apostrophes read as `'` in news mode),
    /// whether it is ALL CAPS (`str.isupper()`) and whether its lowercase form contains `n't`.
    @inline(__always)
    private func describe(
        _ base: UnsafeBufferPointer<UInt32>, _ word: Range<Int>, scratch: inout VADERScratch
    ) -> (id: Int32, isUpper: Bool, hasNT: Bool) {
        // ASCII words, nearly all of them: lowercase, hash and classify in one pass.
        var ascii = AsciiWord()
        for i in word {
            let c = base[i]
            if c >= 0x80 { return describeUnicode(base, word, scratch: &scratch) }
            ascii.add(c, PythonText.asciiClasses[Int(c)])
        }
        return describe(base, word, ascii)
    }

    /// `describe` for an ASCII word already read into `ascii`.
    @inline(__always)
    private func describe(
        _ base: UnsafeBufferPointer<UInt32>, _ word: Range<Int>, _ ascii: AsciiWord
    ) -> (id: Int32, isUpper: Bool, hasNT: Bool) {
        var hasNT = false
        if ascii.hasApostrophe && word.count >= 3 {
            var k = word.lowerBound
            while k + 2 < word.upperBound {
                if base[k + 1] == 0x27 && SentimentLexicon.lowerASCII(base[k]) == 0x6E
                    && SentimentLexicon.lowerASCII(base[k + 2]) == 0x74
                {
                    hasNT = true
                    break
                }
                k += 1
            }
        }
        return (lexicon.lookupASCII(base, word, hash: ascii.hasher.finish()), ascii.hasUpper && !ascii.hasLower, hasNT)
    }

    private func describeUnicode(
        _ base: UnsafeBufferPointer<UInt32>, _ word: Range<Int>, scratch: inout VADERScratch
    ) -> (id: Int32, isUpper: Bool, hasNT: Bool) {
        var view = String.UnicodeScalarView()
        for i in word {
            var scalar = Unicode.Scalar(base[i]) ?? "\u{FFFD}"
            if mode == .news && PythonText.isApostropheVariant(base[i]) { scalar = "'" }
            view.append(scalar)
        }
        scratch.lower.removeAll(keepingCapacity: true)
        scratch.lower.append(contentsOf: String(view).lowercased().utf8)
        var hasNT = false
        let lower = scratch.lower
        if lower.count >= 3 {
            for k in 0..<(lower.count - 2) where lower[k] == 0x6E && lower[k + 1] == 0x27 && lower[k + 2] == 0x74 {
                hasNT = true
                break
            }
        }
        return (lexicon.lookup(lower), PythonText.isUpper(base[word]), hasNT)
    }
}

/// The `!` and `?` counted in one text.
struct PunctuationMarks {
    var exclamations = 0
    var questions = 0

    static func += (lhs: inout PunctuationMarks, rhs: PunctuationMarks) {
        lhs.exclamations += rhs.exclamations
        lhs.questions += rhs.questions
    }
}

/// Buffers reused from one string to the next within one `process` call.
struct VADERScratch {
    /// The scalars of a non-ASCII token the byte path hands to the scalar code.
    var scalars: [UInt32] = []
    /// The words `splitWords` found last.
    var words: [VADERToken] = []
    var sentiments: [Double] = []
    var lower: [UInt8] = []
}

/// What one pass over an ASCII word learns: the hash of its lowercase form and its case.
struct AsciiWord {
    var hasher = WordHasher()
    /// The `AsciiClass` bits of every character, or-ed.
    var classes: UInt8 = 0
    var isASCII = true

    var hasLower: Bool { classes & AsciiClass.lower != 0 }
    var hasUpper: Bool { classes & AsciiClass.upper != 0 }
    var hasApostrophe: Bool { classes & AsciiClass.apostrophe != 0 }

    /// Adds ASCII `c`, whose classes are `classes`.
    @inline(__always)
    mutating func add(_ c: UInt32, _ classes: UInt8) {
        self.classes |= classes
        // An upper-case letter's class has the 0x20 bit, which lowercases it.
        hasher.add(UInt8(truncatingIfNeeded: c) | (classes & AsciiClass.upper))
    }
}

/// Bits of `PythonText.asciiClasses`.
enum AsciiClass {
    static let space: UInt8 = 0x01
    static let exclamation: UInt8 = 0x02
    static let question: UInt8 = 0x04
    /// In `string.punctuation`.
    static let punctuation: UInt8 = 0x08
    static let lower: UInt8 = 0x10
    /// 0x20 on purpose: or-ed into an upper-case letter it gives the lower-case one.
    static let upper: UInt8 = 0x20
    static let apostrophe: UInt8 = 0x40
}

/// One word of a text as the rules see it.
struct VADERToken {
    /// The id of its lowercase form in the lexicon's table, or -1.
    var id: Int32
    /// `str.isupper()` of the word.
    var isUpper: Bool
    /// Its lowercase form contains `n't`.
    var hasNT: Bool
    /// The word's rule role and `VADERWord` traits, copied here so the rules read no table.
    var rule: VADERRuleWord = .none
    var traits: UInt8 = 0
    /// Where its whitespace-delimited token starts in the text.
    var start: Int
    /// Its lexicon valence (0 when it has none).
    var valence: Double = 0

    init(id: Int32, isUpper: Bool, hasNT: Bool, start: Int, lexicon: SentimentLexicon) {
        self.init(id: id, isUpper: isUpper, hasNT: hasNT, start: start)
        if id >= 0 {
            let word = lexicon.words[Int(id)]
            rule = word.rule
            traits = word.traits
            valence = word.valence
        }
    }

    init(id: Int32, isUpper: Bool, hasNT: Bool, start: Int) {
        self.id = id
        self.isUpper = isUpper
        self.hasNT = hasNT
        self.start = start
    }
}
