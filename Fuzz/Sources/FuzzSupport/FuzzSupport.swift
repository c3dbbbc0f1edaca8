internal import CFuzzer
import Foundation
import PipelineCore
import Stages

/// Runs libFuzzer on `body` with the process's arguments (`-max_total_time=…`, corpus folders).
///
/// Each target's `main` calls it: SwiftPM links executables with their own `main`, so
/// libFuzzer's is not used. `body` is the target's `LLVMFuzzerTestOneInput`.
public func runFuzzer(_ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, body))
}

/// Stands in for a null data pointer (libFuzzer may pass one with size 0).
nonisolated(unsafe) public let emptyInput: UnsafePointer<UInt8> = {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return UnsafePointer(pointer)
}()

/// Stops the fuzzer with a message when a documented invariant of the output does not hold.
///
/// A crash is what libFuzzer records, so a broken promise (an offset past the end, a score
/// out of range) is turned into one and kept in the findings like any other crash.
public func invariant(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) {
    if !condition() { fatalError("invariant broken: \(message())", file: file, line: line) }
}

/// What a fuzz input becomes: a selector byte that picks options, and text.
public struct FuzzInput {
    /// The first byte (0 for an empty input); lets the fuzzer explore every option.
    public var selector: UInt8
    /// The remaining bytes as UTF-8, invalid sequences replaced by U+FFFD as the readers do.
    public var text: String
    /// The input as raw bytes, selector included.
    public var bytes: [UInt8]

    public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = Array(UnsafeBufferPointer(start: data, count: size))
        selector = bytes.first ?? 0
        text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    }

    /// Bit `index` of the selector.
    public func flag(_ index: Int) -> Bool { selector & (1 << index) != 0 }
}

/// Builds what a stage receives, as the executor does.
public enum StageFixture {
    public static let context = StageContext(stageID: "fuzz", baseDirectory: ".")

    public static func document(_ text: String) -> Document {
        Document(id: "fuzz", body: text)
    }

    /// The real tokenizer's output for `text` (headline detection on, as by default).
    public static func tokens(_ text: String, headline: Bool = true) -> TokenizedText {
        Tokenizer(detectHeadline: headline).tokenize(text)
    }
}

/// Invariants every artifact with offsets must keep.
public enum OffsetChecks {
    /// Spans are non-empty, inside `[0, count]`, in order and not overlapping.
    public static func ordered(_ spans: [Span], within count: Int, _ what: String) {
        var previousEnd = 0
        for (index, span) in spans.enumerated() {
            invariant(span.start < span.end, "\(what)[\(index)] is empty or reversed: \(span)")
            invariant(span.start >= previousEnd, "\(what)[\(index)] \(span) overlaps the one before (end \(previousEnd))")
            invariant(span.end <= count, "\(what)[\(index)] \(span) ends past the text (\(count) scalars)")
            previousEnd = span.end
        }
    }

    /// The tokenizer's promises: tokens, sentences and paragraphs inside the text, in order,
    /// and every token inside a sentence and every sentence inside a paragraph.
    public static func tokenized(_ tokenized: TokenizedText, source: String) {
        invariant(tokenized.text == source, "the tokenized text is not the text the stage read")
        let count = source.unicodeScalars.count
        ordered(tokenized.paragraphs, within: count, "paragraphs")
        ordered(tokenized.sentences, within: count, "sentences")
        ordered(tokenized.tokens.map(\.span), within: count, "tokens")
        contained(tokenized.sentences, in: tokenized.paragraphs, "sentence", "paragraph")
        contained(tokenized.tokens.map(\.span), in: tokenized.sentences, "token", "sentence")
    }

    /// Each inner span lies inside one outer span (both lists ordered).
    public static func contained(_ inner: [Span], in outer: [Span], _ innerName: String, _ outerName: String) {
        var cursor = 0
        for span in inner {
            while cursor < outer.count, outer[cursor].end <= span.start { cursor += 1 }
            invariant(
                cursor < outer.count && outer[cursor].start <= span.start && span.end <= outer[cursor].end,
                "\(innerName) \(span) is not inside any \(outerName)")
        }
    }

    /// An optional pair of offsets is both present or both absent, and in bounds.
    public static func optionalSpan(_ start: Int?, _ end: Int?, within count: Int, _ what: String) {
        switch (start, end) {
        case (nil, nil): return
        case (let start?, let end?):
            invariant(0 <= start && start < end && end <= count, "\(what) \(start)..<\(end) is outside the text (\(count))")
        default:
            invariant(false, "\(what) has one offset without the other: \(String(describing: start)) \(String(describing: end))")
        }
    }
}
