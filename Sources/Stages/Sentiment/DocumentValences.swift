/// The whole text's valences in `vader` mode, built from its sentences' where they are
/// provably the same.
///
/// The rules give a word a valence from the words up to three before it and two after it,
/// and from whether the text mixes ALL-CAPS and other words (which only matters for ALL-CAPS
/// words). So a word at least three words into a sentence and three from its end has, before
/// the `but` reweighting, the valence the whole text would give it, when the sentence mixes
/// caps as the text does or has no ALL-CAPS word. Those are copied; every other word is
/// scored in the text's own context, and the reweighting then runs over the whole text, as
/// `polarity_scores(text)` runs it.
struct DocumentValences {
    private let analyzer: VADERAnalyzer
    private let words: UnsafeBufferPointer<VADERToken>
    private let valences: UnsafeMutableBufferPointer<Double>
    private let capDifferential: Bool
    /// Words before this one have their valence.
    private var filled = 0

    /// For the text of `words`, building its valences in `valences` (as many).
    init(analyzer: VADERAnalyzer, words: UnsafeBufferPointer<VADERToken>, valences: UnsafeMutableBufferPointer<Double>) {
        self.analyzer = analyzer
        self.words = words
        self.valences = valences
        capDifferential = VADERAnalyzer.capDifferential(words)
    }

    /// Takes the valences before reweighting of the sentence made of `words[range]`, whose
    /// ALL-CAPS test gave `capDifferential`, where they are the text's.
    mutating func take(_ sentence: UnsafeMutableBufferPointer<Double>, of range: Range<Int>, capDifferential: Bool) {
        guard range.lowerBound >= filled, range.count > 5 else { return }
        // Without ALL-CAPS words in the sentence the test decides nothing for its words.
        guard capDifferential == self.capDifferential || !words[range].contains(where: \.isUpper) else { return }
        let inner = (range.lowerBound + 3)..<(range.upperBound - 2)
        score(filled..<inner.lowerBound)
        for k in inner { valences[k] = sentence[k - range.lowerBound] }
        filled = inner.upperBound
    }

    /// The whole text's valences: the words not taken from a sentence scored, all reweighted.
    mutating func finish() -> UnsafeBufferPointer<Double> {
        score(filled..<words.count)
        filled = words.count
        analyzer.reweight(words, valences)
        return UnsafeBufferPointer(valences)
    }

    /// Scores the words at `positions` in the whole text's context.
    private func score(_ positions: Range<Int>) {
        guard !positions.isEmpty else { return }
        analyzer.applyRules(words, into: valences, at: positions, capDifferential: capDifferential, reweighting: false)
    }
}
