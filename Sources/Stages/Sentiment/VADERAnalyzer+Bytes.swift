/// The analyzer over UTF-8 bytes: the fast path for texts without emoji.
///
/// News text is nearly all ASCII, where a byte is a scalar. Words are found and read eight
/// bytes at a time (`ByteWord`) from a copy of the text padded with spaces, so no load
/// overruns; a token with a non-ASCII byte is decoded and handed to the scalar code
/// (`token(_:_:start:scratch:)`), so both paths give the same words. Texts with emoji, whose descriptions
/// replace them, take the scalar path (`scores(of:scratch:)`) whole.
extension VADERAnalyzer {
    /// Spaces after a padded copy: more than the widest load past a token start (24 bytes).
    static let bytePadding = 32

    /// `polarityScores` on the bytes of `text`; nil when the text has emoji.
    func byteScores(_ text: String) -> SentimentScores? {
        func scores(_ utf8: UnsafeBufferPointer<UInt8>) -> SentimentScores? {
            Self.withPaddedCopy(utf8) { bytes in paddedScores(bytes, count: utf8.count) }
        }
        // A native string lends its bytes as they are; others are made contiguous first.
        if let result = text.utf8.withContiguousStorageIfAvailable(scores) { return result }
        var text = text
        return text.withUTF8(scores)
    }

    /// The scores of `bytes[0..<count]` (followed by the padding), nil when it has emoji,
    /// with its words and valences in temporary buffers (on the stack for a sentence), so
    /// that scoring one string allocates nothing. The `!` and `?` are counted, and non-ASCII
    /// bytes noticed, in the same pass that finds the words.
    private func paddedScores(_ bytes: UnsafePointer<UInt8>, count: Int) -> SentimentScores? {
        withUnsafeTemporaryAllocation(of: VADERToken.self, capacity: Self.tokenCapacity(count)) { tokens in
            guard let out = tokens.baseAddress else { return nil }
            var scratch = VADERScratch()
            var counts = ByteCounts()
            let n = splitWords(bytes, count: count, into: out, scratch: &scratch, counts: &counts, counting: true)
            guard !hasEmoji(bytes, 0..<count, nonASCII: counts.highBits != 0) else { return nil }
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { valences in
                let words = UnsafeBufferPointer(start: out, count: n)
                applyRules(words, into: valences)
                return finalScores(UnsafeBufferPointer(valences), marks: counts.marks)
            }
        }
    }

    /// The most tokens `count` bytes can hold: one per two bytes (a byte and a separator).
    static func tokenCapacity(_ count: Int) -> Int { count / 2 + 1 }

    /// The scores of `bytes[range]`, which `paddedAfter` says is followed by the padding
    /// (else it is copied first); nil when it has emoji.
    func byteScores(
        _ bytes: UnsafePointer<UInt8>, _ range: Range<Int>, paddedAfter: Bool, scratch: inout VADERScratch
    ) -> SentimentScores? {
        let scan = scan(bytes, range)
        guard !scan.hasEmoji else { return nil }
        scratch.sentiments.removeAll(keepingCapacity: true)
        if range.lowerBound == 0 && paddedAfter {
            splitWords(bytes, count: range.upperBound, scratch: &scratch)
        } else {
            // The split reads past the end: it needs the padding right after the text.
            let copy = UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count)
            let found: Bool? = Self.withPaddedCopy(copy) { copied in
                splitWords(copied, count: range.count, scratch: &scratch)
                return true
            }
            guard found != nil else { return nil }
        }
        scratch.sentiments.reserveCapacity(scratch.words.count)
        applyRules(to: 0..<scratch.words.count, scratch: &scratch)
        return finalScores(scratch.sentiments, marks: scan.marks)
    }

    /// Runs `body` on a copy of `utf8` followed by `bytePadding` spaces (on the stack when
    /// small); nil only if no memory could be had.
    static func withPaddedCopy<R>(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<UInt8>) -> R?) -> R? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count + bytePadding) { buffer -> R? in
            guard let base = buffer.baseAddress else { return nil }
            if let source = utf8.baseAddress, utf8.count > 0 {
                base.initialize(from: source, count: utf8.count)
            }
            (base + utf8.count).initialize(repeating: 0x20, count: bytePadding)
            return body(UnsafePointer(base))
        }
    }

    /// `sentenceAndDocumentScores` over the UTF-8 of a text whose sentences are `spans`
    /// (Unicode scalar offsets, clamped as the stage clamps them), with the scores of the
    /// spans `quotes` (each as `polarity_scores` of its string); nil when it has emoji.
    func byteSentenceAndDocumentScores(
        _ utf8: UnsafeBufferPointer<UInt8>, spans: [Span], quotes: [Span] = []
    ) -> (sentences: [SentimentScores], document: SentimentScores, quotes: [SentimentScores])? {
        Self.withPaddedCopy(utf8) { bytes in
            let count = utf8.count
            // The words and valences live in temporary buffers, reused by each sentence.
            return withUnsafeTemporaryAllocation(of: VADERToken.self, capacity: Self.tokenCapacity(count)) { tokens in
                guard let out = tokens.baseAddress else { return nil }
                var scratch = VADERScratch()
                var counts = ByteCounts()
                let words = UnsafeBufferPointer(
                    start: out, count: splitWords(bytes, count: count, into: out, scratch: &scratch, counts: &counts, counting: true))
                let isASCII = counts.highBits == 0
                guard !hasEmoji(bytes, 0..<count, nonASCII: !isASCII) else { return nil }
                // Scalar offsets to byte offsets (the same numbers for ASCII text); clamping to
                // the end of the text is the cursor's, as the offsets only grow with the scalars.
                func byteRanges(_ spans: [Span]) -> [Range<Int>] {
                    var cursor = UTF8OffsetCursor(bytes: bytes, count: count)
                    return spans.map { span -> Range<Int> in
                        let low = max(span.start, 0), high = max(span.end, low)
                        if isASCII { return min(low, count)..<min(high, count) }
                        return cursor.byteOffset(ofScalar: low)..<cursor.byteOffset(ofScalar: high)
                    }
                }
                let sentences = byteRanges(spans)
                // The text's valences, then room for one sentence's.
                return withUnsafeTemporaryAllocation(of: Double.self, capacity: words.count * 2) { valences in
                    guard let scored = scoreSentences(
                        bytes, count: count, sentences: sentences, words: words, valences: valences, marks: counts.marks)
                    else { return nil }
                    let hasMarks = counts.exclamations != 0 || counts.questions != 0
                    var quoteScores: [SentimentScores] = []
                    quoteScores.reserveCapacity(quotes.count)
                    for range in byteRanges(quotes) {
                        guard let scores = spanScores(bytes, count: count, range, words: words, hasMarks: hasMarks, scratch: &scratch)
                        else { return nil }
                        quoteScores.append(scores)
                    }
                    return (scored.sentences, scored.document, quoteScores)
                }
            }
        }
    }

    /// The rest of `byteSentenceAndDocumentScores`: the scores of `sentences` (byte ranges of
    /// `bytes[0..<count]`, padded after) and of the whole text, whose `words` are split and
    /// whose `!`/`?` are `marks`; `valences` has room for twice the words.
    private func scoreSentences(
        _ bytes: UnsafePointer<UInt8>, count: Int, sentences: [Range<Int>], words: UnsafeBufferPointer<VADERToken>,
        valences: UnsafeMutableBufferPointer<Double>, marks documentMarks: PunctuationMarks
    ) -> (sentences: [SentimentScores], document: SentimentScores)? {
        var single = VADERScratch()
        var result: [SentimentScores] = []
        result.reserveCapacity(sentences.count)
        var newsValences: [Double] = []
        if mode == .news { newsValences.reserveCapacity(words.count) }
        var newsMarks = PunctuationMarks()
        func isSpace(before offset: Int) -> Bool {
            var k = offset - 1
            while k > 0 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
            return PythonText.isSpace(Self.decode(bytes, k).scalar)
        }
        func isSpace(at offset: Int) -> Bool { PythonText.isSpace(Self.decode(bytes, offset).scalar) }
        var nextWord = 0
        let n = words.count
        var document = mode == .vader
            ? DocumentValences(analyzer: self, words: words, valences: UnsafeMutableBufferPointer(rebasing: valences[0..<n]))
            : nil
        for range in sentences {
            let start = range.lowerBound, end = range.upperBound
            let aligned = start == end
                || ((start == 0 || isSpace(before: start) || isSpace(at: start))
                    && (end == count || isSpace(at: end) || isSpace(before: end)))
            // Most news texts have no `!` or `?` at all: then neither has any sentence.
            let marks = documentMarks.exclamations == 0 && documentMarks.questions == 0 ? PunctuationMarks() : Self.marks(bytes, range)
            if aligned {
                // Sentences mostly come in order: each search starts where the last ended.
                let first = Self.firstIndex(in: words, notBefore: start, from: nextWord)
                let last = Self.firstIndex(in: words, notBefore: end, from: first)
                nextWord = last
                let sentence = UnsafeMutableBufferPointer(rebasing: valences[n..<(n + last - first)])
                let sentenceWords = UnsafeBufferPointer(rebasing: words[first..<last])
                if document != nil {
                    let caps = Self.capDifferential(sentenceWords)
                    applyRules(sentenceWords, into: sentence, capDifferential: caps, reweighting: false)
                    document?.take(sentence, of: first..<last, capDifferential: caps)
                    reweight(sentenceWords, sentence)
                } else {
                    applyRules(sentenceWords, into: sentence)
                }
                result.append(finalScores(UnsafeBufferPointer(sentence), marks: marks))
                if mode == .news { newsValences.append(contentsOf: sentence) }
            } else {
                guard let scores = byteScores(bytes, range, paddedAfter: range.upperBound == count, scratch: &single) else { return nil }
                result.append(scores)
                if mode == .news { newsValences.append(contentsOf: single.sentiments) }
            }
            newsMarks += marks
        }
        if mode == .news {
            return (result, finalScores(newsValences, marks: newsMarks))
        }
        guard let all = document?.finish() else { return nil }
        return (result, finalScores(all, marks: documentMarks))
    }

    /// The `!` and `?` of `bytes[range]`, and whether it has a non-ASCII scalar or an emoji.
    func scan(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>) -> (marks: PunctuationMarks, isASCII: Bool, hasEmoji: Bool) {
        var marks = PunctuationMarks()
        var highBits: UInt64 = 0
        var i = range.lowerBound
        while i + 8 <= range.upperBound {
            let x = ByteWord.load(bytes + i)
            marks.exclamations &+= ByteWord.equal(x, 0x21).nonzeroBitCount
            marks.questions &+= ByteWord.equal(x, 0x3F).nonzeroBitCount
            highBits |= x & ByteWord.highs
            i &+= 8
        }
        while i < range.upperBound {
            let byte = bytes[i]
            if byte == 0x21 { marks.exclamations &+= 1 } else if byte == 0x3F { marks.questions &+= 1 }
            highBits |= UInt64(byte & 0x80)
            i += 1
        }
        return (marks, highBits == 0, hasEmoji(bytes, range, nonASCII: highBits != 0))
    }

    /// Whether `bytes[range]`, which `nonASCII` says has non-ASCII bytes, has an emoji (any
    /// text does when the lexicon has ASCII emoji, which the byte path does not replace).
    func hasEmoji(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>, nonASCII: Bool) -> Bool {
        if lexicon.hasASCIIEmoji { return true }
        guard nonASCII else { return false }
        var k = range.lowerBound
        while k < range.upperBound {
            // Eight ASCII bytes at once: a long text is mostly ASCII even when it has a few others.
            if k &+ 8 <= range.upperBound && ByteWord.load(bytes + k) & ByteWord.highs == 0 {
                k &+= 8
                continue
            }
            if bytes[k] >= 0xC0 && lexicon.emoji[Self.decode(bytes, k).scalar] != nil { return true }
            k += 1
        }
        return false
    }

    /// The `!` and `?` of `bytes[range]`.
    static func marks(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>) -> PunctuationMarks {
        var marks = PunctuationMarks()
        var i = range.lowerBound
        while i + 8 <= range.upperBound {
            let x = ByteWord.load(bytes + i)
            marks.exclamations &+= ByteWord.equal(x, 0x21).nonzeroBitCount
            marks.questions &+= ByteWord.equal(x, 0x3F).nonzeroBitCount
            i &+= 8
        }
        while i < range.upperBound {
            if bytes[i] == 0x21 { marks.exclamations &+= 1 } else if bytes[i] == 0x3F { marks.questions &+= 1 }
            i += 1
        }
        return marks
    }

    /// The scalar whose UTF-8 starts at `bytes[i]` and its length in bytes (valid UTF-8).
    @inline(__always)
    static func decode(_ bytes: UnsafePointer<UInt8>, _ i: Int) -> (scalar: UInt32, length: Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (lead, 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var scalar = lead & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for k in 1..<length { scalar = scalar << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return (scalar, length)
    }

    /// Splits `bytes[0..<count]`, followed by `bytePadding` spaces, into `scratch.words` as `splitWords` splits scalars;
    /// each word's `start` is its token's byte offset.
    func splitWords(_ bytes: UnsafePointer<UInt8>, count: Int, scratch: inout VADERScratch) {
        scratch.words = [VADERToken](unsafeUninitializedCapacity: Self.tokenCapacity(count)) { tokens, initialized in
            initialized = 0
            guard let out = tokens.baseAddress else { return }
            initialized = splitWords(bytes, count: count, into: out, scratch: &scratch)
        }
    }

    /// `splitWords` into `out`, which has room for `tokenCapacity(count)` tokens; the number written.
    ///
    /// Whitespace is found for 64 bytes at a time as a bit mask, and the tokens read off its
    /// edges: the search for one token's end does not wait on the last one's, so the
    /// processor works on several words at once.
    func splitWords(
        _ bytes: UnsafePointer<UInt8>, count: Int, into out: UnsafeMutablePointer<VADERToken>, scratch: inout VADERScratch
    ) -> Int {
        var counts = ByteCounts()
        return splitWords(bytes, count: count, into: out, scratch: &scratch, counts: &counts, counting: false)
    }

    /// `splitWords`, also adding the text's `!`, `?` and high bits to `counts` if `counting`.
    @inline(__always)
    func splitWords(
        _ bytes: UnsafePointer<UInt8>, count: Int, into out: UnsafeMutablePointer<VADERToken>, scratch: inout VADERScratch,
        counts: inout ByteCounts, counting: Bool
    ) -> Int {
        var n = 0
        var open = -1  // the start of a token that runs on into the next 64 bytes
        var previous: UInt64 = 0  // 1 when the last byte before these 64 is not ASCII whitespace
        var base = 0
        while base < count {
            let notSpace = Self.notSpaceBits(bytes + base, available: count &- base, counts: &counts, counting: counting)
            // A bit at each token start and at each token end (the space after it).
            var edges = notSpace ^ (notSpace &<< 1 | previous)
            previous = notSpace &>> 63
            while edges != 0 {
                let position = base &+ edges.trailingZeroBitCount
                edges &= edges &- 1
                if open < 0 {
                    open = position
                } else {
                    n = emitTokens(bytes, open..<position, into: out, at: n, scratch: &scratch)
                    open = -1
                }
            }
            base &+= 64
        }
        if open >= 0 { n = emitTokens(bytes, open..<count, into: out, at: n, scratch: &scratch) }
        return n
    }

    /// One bit per byte of the 64 from `p` (the first in the low bit): 1 where the byte is
    /// not ASCII whitespace. Bytes from `available` on count as whitespace.
    @inline(__always)
    static func notSpaceBits(_ p: UnsafePointer<UInt8>, available: Int, counts: inout ByteCounts, counting: Bool) -> UInt64 {
        var bits: UInt64 = 0
        var group = 0
        // Groups that start inside the text: their loads stay within the padding (spaces,
        // which are neither marks nor high bytes).
        while group < 8 && group &* 8 < available {
            let x = ByteWord.load(p + group &* 8)
            if counting {
                counts.exclamations &+= ByteWord.equal(x, 0x21).nonzeroBitCount
                counts.questions &+= ByteWord.equal(x, 0x3F).nonzeroBitCount
                counts.highBits |= x & ByteWord.highs
            }
            let ones = (~ByteWord.asciiSpace(x) & ByteWord.highs) &>> 7
            // Gathers the low bit of each byte into one byte, the first byte's in bit 0.
            bits |= ((ones &* 0x0102_0408_1020_4080) &>> 56) &<< UInt64(group &* 8)
            group &+= 1
        }
        if available < 64 { bits &= ByteWord.lowBitsOrAll(UInt64(available)) }
        return bits
    }

    /// Writes the word of the whitespace-delimited (ASCII) token `bytes[token]` to `out[n]`,
    /// or, if it has non-ASCII bytes, the words it holds between Unicode spaces; the next `n`.
    @inline(__always)
    private func emitTokens(
        _ bytes: UnsafePointer<UInt8>, _ token: Range<Int>, into out: UnsafeMutablePointer<VADERToken>, at n: Int,
        scratch: inout VADERScratch
    ) -> Int {
        // Most tokens are done here, in the split loop: a call per token costs more than
        // their lookup.
        if let entry = plainShortToken(bytes, token) {
            (out + n).initialize(to: entry)
            return n &+ 1
        }
        return emitOtherTokens(bytes, token, into: out, at: n, scratch: &scratch)
    }

    /// The token of `bytes[token]` if it is a word of one to eight ASCII bytes without
    /// punctuation at either end, which most tokens are; else nil.
    @inline(__always)
    private func plainShortToken(_ bytes: UnsafePointer<UInt8>, _ token: Range<Int>) -> VADERToken? {
        let length = token.upperBound &- token.lowerBound
        guard length <= 8 else { return nil }
        let word = ByteWord.load(bytes + token.lowerBound) & ByteWord.lowBits(UInt64(truncatingIfNeeded: length) &* 8)
        let last = UInt8(truncatingIfNeeded: word &>> (UInt64(truncatingIfNeeded: length &- 1) &* 8))
        guard word & ByteWord.highs == 0, !ByteWord.isPunctuation(UInt8(truncatingIfNeeded: word)),
            !ByteWord.isPunctuation(last)
        else { return nil }
        let found = describeShort(word, length: length)
        return VADERToken(found, start: token.lowerBound)
    }

    /// `emitTokens` for the tokens `plainShortToken` leaves: punctuation at an end, longer
    /// than eight bytes or not ASCII.
    @inline(never)
    private func emitOtherTokens(
        _ bytes: UnsafePointer<UInt8>, _ token: Range<Int>, into out: UnsafeMutablePointer<VADERToken>, at n: Int,
        scratch: inout VADERScratch
    ) -> Int {
        let start = token.lowerBound, end = token.upperBound
        if end &- start <= 8 ? ByteWord.load(bytes + start) & ByteWord.lowBits(UInt64(truncatingIfNeeded: end &- start) &* 8) & ByteWord.highs == 0
            : !Self.hasNonASCII(bytes, token)
        {
            (out + n).initialize(to: asciiToken(bytes, token, scratch: &scratch))
            return n &+ 1
        }
        // Non-ASCII: Unicode whitespace may split the token further.
        var n = n
        var i = start
        while i < end {
            let (scalar, scalarLength) = Self.decode(bytes, i)
            if scalar >= 0x80 && PythonText.isSpace(scalar) {
                i &+= scalarLength
                continue
            }
            (out + n).initialize(to: unicodeToken(bytes, from: i, count: end, end: &i, scratch: &scratch))
            n &+= 1
        }
        return n
    }

    /// Whether `bytes[range]` has a byte of 0x80 or more.
    @inline(__always)
    static func hasNonASCII(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>) -> Bool {
        var high: UInt64 = 0
        var i = range.lowerBound
        while i &+ 8 <= range.upperBound {
            high |= ByteWord.load(bytes + i)
            i &+= 8
        }
        if i < range.upperBound {
            high |= ByteWord.load(bytes + i) & ByteWord.lowBits(UInt64(truncatingIfNeeded: range.upperBound &- i) &* 8)
        }
        return high & ByteWord.highs != 0
    }

    /// The word of the token starting at `bytes[start]` (up to whitespace or `count`), found
    /// by the scalar code; `end` is set to the byte offset after the token.
    private func unicodeToken(
        _ bytes: UnsafePointer<UInt8>, from start: Int, count: Int, end: inout Int, scratch: inout VADERScratch
    ) -> VADERToken {
        scratch.scalars.removeAll(keepingCapacity: true)
        var i = start
        while i < count {
            let (scalar, length) = Self.decode(bytes, i)
            if PythonText.isSpace(scalar) { break }
            scratch.scalars.append(scalar)
            i += length
        }
        end = i
        let scalars = scratch.scalars
        return scalars.withUnsafeBufferPointer { token($0, 0..<$0.count, start: start, scratch: &scratch) }
    }

    /// `token` for an ASCII token: the same stripping, on bytes.
    @inline(__always)
    private func asciiToken(_ bytes: UnsafePointer<UInt8>, _ token: Range<Int>, scratch: inout VADERScratch) -> VADERToken {
        var word = token
        if ByteWord.isPunctuation(bytes[token.lowerBound]) || ByteWord.isPunctuation(bytes[token.upperBound - 1]) {
            // ASCII punctuation is all the punctuation either mode strips from an ASCII token.
            var low = token.lowerBound, high = token.upperBound
            while low < high && ByteWord.isPunctuation(bytes[low]) { low &+= 1 }
            while high > low && ByteWord.isPunctuation(bytes[high &- 1]) { high &-= 1 }
            switch mode {
            case .vader:
                if high &- low > 2 { word = low..<high }
            case .news:
                // Kept whole if it is itself an entry (`:)`), which its two ends mostly rule out.
                let first = SentimentLexicon.lowerASCII(UInt32(bytes[token.lowerBound]))
                let last = SentimentLexicon.lowerASCII(UInt32(bytes[token.upperBound &- 1]))
                let isEntry = lexicon.mayBePunctuatedEntry(first: first, last: last)
                    && describe(bytes, token, scratch: &scratch).traits & VADERWord.inLexiconTrait != 0
                if !isEntry && high > low { word = low..<high }
            }
        }
        let found = describe(bytes, word, scratch: &scratch)
        return VADERToken(found, start: token.lowerBound)
    }

    /// The id of ASCII `bytes[word]` lowercased, whether it is ALL CAPS and whether it contains `n't`.
    @inline(__always)
    private func describe(
        _ bytes: UnsafePointer<UInt8>, _ word: Range<Int>, scratch: inout VADERScratch
    ) -> VADERWordLookup {
        let length = word.count
        guard length <= SentimentLexicon.packedKeyLength else { return describeLong(bytes, word, scratch: &scratch) }
        let p = bytes + word.lowerBound
        let bits = UInt64(truncatingIfNeeded: length) &* 8
        var w0 = ByteWord.load(p), w1: UInt64 = 0, w2: UInt64 = 0
        // Most words fit one packed word: the others load and mask the rest.
        if bits <= 64 {
            w0 &= ByteWord.lowBits(bits)
        } else {
            w1 = ByteWord.load(p + 8)
            if bits <= 128 {
                w1 &= ByteWord.lowBits(bits &- 64)
            } else {
                w2 = ByteWord.load(p + 16) & ByteWord.lowBits(bits &- 128)
            }
        }
        if bits <= 64 { return describeShort(w0, length: length) }
        let u0 = ByteWord.inRange(w0, 0x41, 0x5A), l0 = w0 | u0 &>> 2
        var upper = u0, lower = ByteWord.inRange(w0, 0x61, 0x7A), apostrophes = ByteWord.equal(w0, 0x27)
        var l1: UInt64 = 0, l2: UInt64 = 0
        if bits > 64 {
            let u1 = ByteWord.inRange(w1, 0x41, 0x5A), u2 = ByteWord.inRange(w2, 0x41, 0x5A)
            upper |= u1 | u2
            lower |= ByteWord.inRange(w1, 0x61, 0x7A) | ByteWord.inRange(w2, 0x61, 0x7A)
            apostrophes |= ByteWord.equal(w1, 0x27) | ByteWord.equal(w2, 0x27)
            // 0x80 >> 2 is 0x20, the bit that lowercases an ASCII capital.
            l1 = w1 | u1 &>> 2
            l2 = w2 | u2 &>> 2
        }
        let hasUpper = upper != 0, hasLower = lower != 0
        var hasNT = false
        if length >= 3 && apostrophes != 0 {
            var k = word.lowerBound
            while k &+ 2 < word.upperBound {
                if bytes[k &+ 1] == 0x27 && bytes[k] | 0x20 == 0x6E && bytes[k &+ 2] | 0x20 == 0x74 {
                    hasNT = true
                    break
                }
                k &+= 1
            }
        }
        let hash = WordHasher.packed(l0, l1, l2, length: length)
        let found = lexicon.lookupPacked(l0, l1, l2, length: length, hash: hash)
        let valence = found.id >= 0 ? lexicon.words[Int(found.id)].valence : 0
        return (found.id, hasUpper && !hasLower, hasNT, found.traits, found.rule, valence)
    }

    /// `describe` for an ASCII word of `length` (1...8) bytes, packed (zero-padded) in `w0`.
    @inline(__always)
    private func describeShort(_ w0: UInt64, length: Int) -> VADERWordLookup {
        let upper = ByteWord.inRange(w0, 0x41, 0x5A)
        let lowered = w0 | upper &>> 2
        // `n't`: an apostrophe after an n and before a t (the padding is none of them).
        let nt = ByteWord.equal(w0, 0x27) & ByteWord.equal(lowered, 0x6E) &<< 8 & ByteWord.equal(lowered, 0x74) &>> 8
        let hash = WordHasher.packed(lowered, 0, 0, length: length)
        let found = lexicon.lookupShort(lowered, length: length, hash: hash)
        let isUpper = upper != 0 && ByteWord.inRange(w0, 0x61, 0x7A) == 0
        return (found.id, isUpper, nt != 0, found.traits, found.rule, found.valence)
    }

    /// `describe` for an ASCII word longer than a packed key.
    private func describeLong(
        _ bytes: UnsafePointer<UInt8>, _ word: Range<Int>, scratch: inout VADERScratch
    ) -> VADERWordLookup {
        scratch.lower.removeAll(keepingCapacity: true)
        var hasUpper = false, hasLower = false, hasNT = false
        for k in word {
            let byte = bytes[k]
            if byte &- 0x41 < 26 { hasUpper = true }
            if byte &- 0x61 < 26 { hasLower = true }
            scratch.lower.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        let lower = scratch.lower
        for k in 0..<(lower.count - 2) where lower[k] == 0x6E && lower[k + 1] == 0x27 && lower[k + 2] == 0x74 {
            hasNT = true
            break
        }
        let id = lexicon.lookup(lower)
        let entry = id >= 0 ? lexicon.words[Int(id)] : VADERWord()
        return (id, hasUpper && !hasLower, hasNT, entry.traits, entry.rule, entry.valence)
    }
}

/// The `!` and `?` of a text, and its bytes' high bits or-ed (zero when it is ASCII).
struct ByteCounts {
    var exclamations = 0
    var questions = 0
    var highBits: UInt64 = 0

    var marks: PunctuationMarks { PunctuationMarks(exclamations: exclamations, questions: questions) }
}

/// What the byte path learns of one ASCII word: its id, ALL-CAPS flag, whether it contains
/// `n't`, and its lexicon traits, rule role and valence.
typealias VADERWordLookup = (id: Int32, isUpper: Bool, hasNT: Bool, traits: UInt8, rule: VADERRuleWord, valence: Double)

extension VADERToken {
    /// The token of a word `describe` looked up, its whitespace-delimited token starting at `start`.
    @inline(__always)
    init(_ found: VADERWordLookup, start: Int) {
        self.init(id: found.id, isUpper: found.isUpper, hasNT: found.hasNT, start: start)
        rule = found.rule
        traits = found.traits
        valence = found.valence
    }
}

/// Byte-parallel tests on eight bytes in a `UInt64` (SWAR): each answers with the high bit
/// of every byte that passes.
enum ByteWord {
    static var ones: UInt64 { 0x0101_0101_0101_0101 }
    static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// Eight bytes from `p`, the first in the low byte.
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// Bytes in `low...high` (ASCII bounds); exact for every byte value.
    @inline(__always)
    static func inRange(_ x: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        // With the high bits cleared no byte borrows from its neighbour.
        let low7 = x & ~highs
        let atLeast = (low7 | highs) &- ones &* UInt64(low)
        let atMost = ones &* UInt64(high | 0x80) &- low7
        return atLeast & atMost & ~x & highs
    }

    @inline(__always)
    static func equal(_ x: UInt64, _ byte: UInt8) -> UInt64 { inRange(x, byte, byte) }

    /// The ASCII characters of `str.isspace()`: TAB to CR, and 0x1C to SPACE.
    @inline(__always)
    static func asciiSpace(_ x: UInt64) -> UInt64 { inRange(x, 0x09, 0x0D) | inRange(x, 0x1C, 0x20) }

    /// In `string.punctuation` (ASCII `byte`): a bit table of the 128 ASCII characters.
    @inline(__always)
    static func isPunctuation(_ byte: UInt8) -> Bool {
        let table: UInt64 = byte < 64 ? 0xFC00_FFFE_0000_0000 : 0x7800_0001_F800_0001
        return table >> UInt64(byte & 63) & 1 != 0
    }

    /// A mask of the low `bits` bits (0...64).
    @inline(__always)
    static func lowBitsOrAll(_ bits: UInt64) -> UInt64 { bits >= 64 ? UInt64.max : (1 &<< bits) &- 1 }

    /// A mask of the low `bits` bits (1...64).
    @inline(__always)
    static func lowBits(_ bits: UInt64) -> UInt64 { UInt64.max &>> (64 &- bits) }
}

/// Byte offsets of scalar offsets in valid UTF-8, found by walking on from the last answer
/// (a text's sentences come in order) eight bytes at a time.
struct UTF8OffsetCursor {
    let bytes: UnsafePointer<UInt8>
    let count: Int
    /// Scalars starting before `byte`.
    private var scalar = 0
    private var byte = 0

    init(bytes: UnsafePointer<UInt8>, count: Int) {
        self.bytes = bytes
        self.count = count
    }

    /// Where scalar number `target` starts; `count` when the text has no more scalars.
    mutating func byteOffset(ofScalar target: Int) -> Int {
        if target < scalar {
            scalar = 0
            byte = 0
        }
        while byte &+ 8 <= count {
            let x = ByteWord.load(bytes + byte)
            // Continuation bytes are 10xxxxxx: the high bit without the next one.
            let starts = 8 &- (x & ~(x &<< 1) & ByteWord.highs).nonzeroBitCount
            guard scalar &+ starts < target else { break }
            scalar &+= starts
            byte &+= 8
        }
        while byte < count {
            if bytes[byte] & 0xC0 != 0x80 {
                if scalar == target { return byte }
                scalar &+= 1
            }
            byte &+= 1
        }
        return count
    }
}
