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
        let scalars = text.unicodeScalars.map(\.value)
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

    // MARK: - The rules

    /// Fills `scratch.sentiments` with one valence per word of `text`, after the rules and
    /// the `but` reweighting, and counts the `!` and `?` of the text with emoji replaced.
    private func collectValences(
        of original: Slice<UnsafeBufferPointer<UInt32>>, scratch: inout VADERScratch
    ) -> PunctuationMarks {
        // Emoji become their descriptions (the reference's loop, spacing quirks included).
        var hasEmoji = false
        for scalar in original where isEmoji(scalar) {
            hasEmoji = true
            break
        }
        if hasEmoji {
            scratch.text.removeAll(keepingCapacity: true)
            var previousIsSpace = true
            for scalar in original {
                if isEmoji(scalar), let description = lexicon.emoji[scalar] {
                    if !previousIsSpace { scratch.text.append(0x20) }
                    scratch.text.append(contentsOf: description)
                    previousIsSpace = false
                } else {
                    scratch.text.append(scalar)
                    previousIsSpace = scalar == 0x20
                }
            }
            let copy = scratch.text
            return copy.withUnsafeBufferPointer { collectWordValences(of: $0[...], scratch: &scratch) }
        }
        return collectWordValences(of: original, scratch: &scratch)
    }

    @inline(__always)
    private func isEmoji(_ scalar: UInt32) -> Bool {
        scalar < 128 ? lexicon.asciiEmoji[Int(scalar)] : lexicon.emoji[scalar] != nil
    }

    private func collectWordValences(
        of text: Slice<UnsafeBufferPointer<UInt32>>, scratch: inout VADERScratch
    ) -> PunctuationMarks {
        var marks = PunctuationMarks()
        for scalar in text {
            if scalar == 0x21 { marks.exclamations += 1 } else if scalar == 0x3F { marks.questions += 1 }
        }
        splitWords(text, scratch: &scratch)
        let count = scratch.ids.count
        guard count > 0 else { return marks }

        var upperCount = 0
        for isUpper in scratch.upper where isUpper { upperCount += 1 }
        let capDifferential = 0 < count - upperCount && count - upperCount < count

        let words = lexicon.words
        words.withUnsafeBufferPointer { words in
            let ids = scratch.ids
            let upper = scratch.upper
            let nt = scratch.hasNT
            let none = VADERWord()
            func word(_ i: Int) -> VADERWord { ids[i] >= 0 ? words[Int(ids[i])] : none }
            func rule(_ i: Int) -> VADERRuleWord { ids[i] >= 0 ? words[Int(ids[i])].rule : .none }
            func inLexicon(_ i: Int) -> Bool { ids[i] >= 0 && words[Int(ids[i])].inLexicon }
            func negated(_ i: Int) -> Bool { nt[i] || (ids[i] >= 0 && words[Int(ids[i])].isNegation) }
            func matches(_ phrase: VADERPhrase, from start: Int) -> Bool {
                guard start >= 0, start + phrase.words.count <= count else { return false }
                for (offset, id) in phrase.words.enumerated() where ids[start + offset] != id { return false }
                return true
            }

            for i in 0..<count {
                let item = word(i)
                if item.isBooster || (i < count - 1 && item.rule == .kind && rule(i + 1) == .of) {
                    scratch.sentiments.append(0)
                    continue
                }
                guard item.inLexicon else {
                    scratch.sentiments.append(0)
                    continue
                }
                var valence = item.valence
                if item.rule == .no && i != count - 1 && inLexicon(i + 1) {
                    valence = 0.0
                }
                if (i > 0 && rule(i - 1) == .no) || (i > 1 && rule(i - 2) == .no)
                    || (i > 2 && rule(i - 3) == .no && (rule(i - 1) == .or || rule(i - 1) == .nor))
                {
                    valence = item.valence * VADERRules.negationScalar
                }
                if upper[i] && capDifferential {
                    if valence > 0 { valence += VADERRules.capsIncrement } else { valence -= VADERRules.capsIncrement }
                }
                for startI in 0..<3 where i > startI && !inLexicon(i - (startI + 1)) {
                    let j = i - (startI + 1)
                    var scalar = 0.0
                    let modifier = word(j)
                    if modifier.isBooster {
                        scalar = modifier.booster
                        if valence < 0 { scalar *= -1 }
                        if upper[j] && capDifferential {
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
                        let sequences: [(Int, Int)] = [(i - 1, 2), (i - 2, 3), (i - 2, 2), (i - 3, 3), (i - 3, 2)]
                        search: for (start, length) in sequences {
                            for phrase in lexicon.specialCases where phrase.words.count == length && matches(phrase, from: start) {
                                valence = phrase.value
                                break search
                            }
                        }
                        if count - 1 > i {
                            for phrase in lexicon.specialCases where phrase.words.count == 2 && matches(phrase, from: i) {
                                valence = phrase.value
                            }
                        }
                        if count - 1 > i + 1 {
                            for phrase in lexicon.specialCases where phrase.words.count == 3 && matches(phrase, from: i) {
                                valence = phrase.value
                            }
                        }
                        for (start, length) in [(i - 3, 3), (i - 3, 2), (i - 2, 2)] {
                            for phrase in lexicon.boosterNGrams where phrase.words.count == length && matches(phrase, from: start) {
                                valence = valence + phrase.value
                            }
                        }
                    }
                }

                // _least_check
                if i > 1 && !inLexicon(i - 1) && rule(i - 1) == .least {
                    if rule(i - 2) != .at && rule(i - 2) != .very { valence = valence * VADERRules.negationScalar }
                } else if i > 0 && !inLexicon(i - 1) && rule(i - 1) == .least {
                    valence = valence * VADERRules.negationScalar
                }
                scratch.sentiments.append(valence)
            }

            if mode == .news {
                applyLadenIdioms(&scratch.sentiments, count: count, matches: matches, negated: negated)
            }
            if let butIndex = (0..<count).first(where: { rule($0) == .but }) {
                if mode == .vader {
                    Self.referenceButCheck(&scratch.sentiments, butIndex: butIndex)
                } else {
                    for k in 0..<count where k != butIndex {
                        scratch.sentiments[k] *= k < butIndex ? 0.5 : 1.5
                    }
                }
            }
        }
        return marks
    }

    /// News mode: an idiom without lexicon words (`in the red`) gives its valence to its last
    /// word, negated by a negation word right before it.
    private func applyLadenIdioms(
        _ sentiments: inout [Double], count: Int, matches: (VADERPhrase, Int) -> Bool, negated: (Int) -> Bool
    ) {
        for phrase in lexicon.ladenIdioms {
            let length = phrase.words.count
            var start = 0
            while start + length <= count {
                if matches(phrase, start) {
                    var value = phrase.value
                    if start > 0 && negated(start - 1) { value *= VADERRules.negationScalar }
                    for k in start..<(start + length - 1) { sentiments[k] = 0 }
                    sentiments[start + length - 1] = value
                    start += length
                } else {
                    start += 1
                }
            }
        }
    }

    /// The reference's `_but_check`, which finds each valence's position with
    /// `list.index(value)`, i.e. the first *equal* value, while it rewrites the list: equal
    /// valences on both sides of `but` are reweighted at the wrong position. Reproduced
    /// exactly, in O(n log n) rather than the reference's O(n²) on long texts.
    static func referenceButCheck(_ sentiments: inout [Double], butIndex: Int) {
        // Zeros stay zero whatever the reweighting, so only non-zero values need tracking:
        // value → ascending positions (< k) currently holding it.
        var positions: [Double: [Int]] = [:]
        for k in 0..<sentiments.count {
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
        guard !sentiments.isEmpty else { return .zero }
        var sum = 0.0
        for value in sentiments { sum += value }
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

        var positive = 0.0, negative = 0.0, neutral = 0
        for value in sentiments {
            if value > 0 { positive += value + 1 }
            if value < 0 { negative += value - 1 }
            if value == 0 { neutral += 1 }
        }
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
        scratch.ids.removeAll(keepingCapacity: true)
        scratch.upper.removeAll(keepingCapacity: true)
        scratch.hasNT.removeAll(keepingCapacity: true)
        var index = text.startIndex
        let end = text.endIndex
        while index < end {
            while index < end && PythonText.isSpace(text[index]) { index += 1 }
            if index == end { break }
            let tokenStart = index
            while index < end && !PythonText.isSpace(text[index]) { index += 1 }
            var word = tokenStart..<index
            switch mode {
            case .vader:
                let stripped = strip(word, in: text, isPunctuation: PythonText.isASCIIPunctuation)
                if stripped.count > 2 { word = stripped }
            case .news:
                if lookupLowercased(word, in: text, scratch: &scratch).id < 0 || !lexicon.words[Int(scratch.lastID)].inLexicon {
                    let stripped = strip(word, in: text, isPunctuation: PythonText.isPunctuationForNews)
                    if !stripped.isEmpty { word = stripped }
                }
            }
            let found = lookupLowercased(word, in: text, scratch: &scratch)
            scratch.ids.append(found.id)
            scratch.hasNT.append(found.hasNT)
            scratch.upper.append(PythonText.isUpper(text[word]))
        }
    }

    private func strip(
        _ word: Range<Int>, in text: Slice<UnsafeBufferPointer<UInt32>>, isPunctuation: (UInt32) -> Bool
    ) -> Range<Int> {
        var low = word.lowerBound, high = word.upperBound
        while low < high && isPunctuation(text[low]) { low += 1 }
        while high > low && isPunctuation(text[high - 1]) { high -= 1 }
        return low..<high
    }

    /// Looks up the lowercase form of `word` (with curly apostrophes read as `'` in news mode).
    private func lookupLowercased(
        _ word: Range<Int>, in text: Slice<UnsafeBufferPointer<UInt32>>, scratch: inout VADERScratch
    ) -> (id: Int32, hasNT: Bool) {
        scratch.lower.removeAll(keepingCapacity: true)
        var ascii = true
        for scalar in text[word] where scalar >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            for scalar in text[word] {
                let byte = UInt8(truncatingIfNeeded: scalar)
                scratch.lower.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
        } else {
            var view = String.UnicodeScalarView()
            for value in text[word] {
                var scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                if mode == .news && PythonText.isApostropheVariant(value) { scalar = "'" }
                view.append(scalar)
            }
            scratch.lower.append(contentsOf: String(view).lowercased().utf8)
        }
        var hasNT = false
        let lower = scratch.lower
        if lower.count >= 3 {
            for k in 0..<(lower.count - 2) where lower[k] == 0x6E && lower[k + 1] == 0x27 && lower[k + 2] == 0x74 {
                hasNT = true
                break
            }
        }
        let id = lexicon.lookup(lower)
        scratch.lastID = id
        return (id, hasNT)
    }
}

/// The `!` and `?` counted in one text.
struct PunctuationMarks {
    var exclamations = 0
    var questions = 0
}

/// Buffers reused from one string to the next within one `process` call.
struct VADERScratch {
    var text: [UInt32] = []
    var ids: [Int32] = []
    var upper: [Bool] = []
    var hasNT: [Bool] = []
    var sentiments: [Double] = []
    var lower: [UInt8] = []
    var lastID: Int32 = -1
}
