/// The lowercased text of a scalar range, to look a word up in the lexicons.
enum WordKey {
    static func make(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        var i = start
        while i < end {
            view.append(QuoteScalar.lowered(s[i]))
            i += 1
        }
        return String(view)
    }

    /// The text of a scalar range as written.
    static func text(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[max(0, start)..<min(end, s.count)])
        return String(view)
    }
}
