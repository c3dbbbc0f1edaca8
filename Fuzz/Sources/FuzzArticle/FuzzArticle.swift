import FuzzSupport
@testable import PipelineCore

/// The article reader on any file content: decoding (UTF-8, UTF-16 with a BOM, invalid bytes,
/// NUL bytes), the header, headline and byline; and, with the selector's low bit, the JSONL
/// line reader on the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.first.map({ $0 & 1 == 1 }) == true {
        checkJSONLine(Array(bytes.dropFirst()))
    }
    checkArticle(bytes)
    return 0
}

private func checkArticle(_ bytes: [UInt8]) {
    var metadata = ["source": "fuzz.txt"]
    let input = DocumentLoader.document(bytes: bytes, id: "fuzz", metadata: &metadata, format: .article)
    guard case .document(let document) = input else {
        invariant(bytes.contains(0), "a file without NUL bytes was refused: \(input)")
        return
    }
    guard let decoded = try? TextDecoding.decode(bytes) else {
        invariant(false, "the loader read a file the decoder refuses")
        return
    }
    let fileScalars = decoded.text.unicodeScalars.count
    let bodyScalars = document.body.unicodeScalars.count
    let offset = document.metadata["body_offset"].flatMap { Int($0) } ?? 0
    invariant(offset + bodyScalars == fileScalars, "body_offset \(offset) + body \(bodyScalars) != file \(fileScalars)")
    invariant(decoded.text.unicodeScalars.elementsEqual(
        decoded.text.unicodeScalars.prefix(offset) + document.body.unicodeScalars),
        "the body is not the file's text after body_offset")
    if let title = document.metadata["title"] {
        invariant(!title.isEmpty && !title.unicodeScalars.contains { $0 == "\n" || $0 == "\r" },
                  "a title that is empty or spans lines: \(title.debugDescription)")
    }
    if let byline = document.metadata["byline"] {
        invariant(!byline.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }, "a byline that spans lines: \(byline.debugDescription)")
    }
    if let date = document.metadata["date"] {
        invariant(date.unicodeScalars.count == 10, "a date that is not YYYY-MM-DD: \(date.debugDescription)")
    }
}

private func checkJSONLine(_ bytes: [UInt8]) {
    let input = JSONLReader.Iterator.document(from: bytes, fallbackID: "line-1", metadata: ["source": "fuzz.jsonl:1"])
    invariant(DocumentID.isSafe(input.id), "the JSONL reader let through the unsafe id \(input.id.debugDescription)")
}

@main
enum Main {
    static func main() {
        runFuzzer { data, size in fuzz(data ?? emptyInput, size) }
    }
}
