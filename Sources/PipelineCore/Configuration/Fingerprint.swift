/// A stable hash of what a pipeline computes, so `--resume` can tell old results from new.
enum Fingerprint {
    static func of(source: [UInt8], stages: [StageDescription]) -> String {
        var hash = FNV1a()
        hash.add(source)
        for stage in stages {
            hash.add(Array("\u{0}\(stage.name)\u{0}\(stage.version)\u{0}\(stage.origin)".utf8))
        }
        return hash.hex
    }
}

/// 64-bit FNV-1a: tiny, stable across runs and platforms (unlike `Hasher`).
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
    }

    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
