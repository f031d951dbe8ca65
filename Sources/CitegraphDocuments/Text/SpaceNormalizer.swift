/// Normalises white space the same way for every reader, so the extractor sees one form.
///
/// Decisions (documented for the extractor): every Unicode space (NBSP, thin and narrow spaces,
/// the ideographic space, tabs and line breaks) becomes one ASCII space, runs collapse to one, and
/// the ends are trimmed; zero-width characters, soft hyphens and byte order marks are removed; the
/// non-breaking hyphen U+2011 becomes an ASCII hyphen; full-width digits, parentheses and slashes
/// (`（２０２０）`) become ASCII (`(2020)`). Letters and other punctuation are kept as written.
public enum SpaceNormalizer {
    /// Normalises white space in a text as described above.
    public static func normalize(_ text: some StringProtocol) -> String {
        var string = String(text)
        return string.withUTF8 { normalize(bytes: $0) } ?? string
    }

    /// The normalised text, or nil when the bytes are already normal.
    private static func normalize(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard needsWork(bytes) else { return nil }
        var writer = Writer(capacity: bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    writer.pendingSpace = true
                    index += 1
                } else {
                    // Copy a run of ordinary bytes at once.
                    var end = index + 1
                    while end < count, Self.isOrdinary(bytes[end]) { end += 1 }
                    writer.emit(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                }
                continue
            }
            let second: UInt8 = index + 1 < count ? bytes[index + 1] : 0
            let third: UInt8 = index + 2 < count ? bytes[index + 2] : 0
            switch (byte, second, third) {
            case (0xC2, 0xA0, _), (0xC2, 0x85, _):
                writer.pendingSpace = true
                index += 2
            case (0xC2, 0xAD, _):
                index += 2
            case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF),
                (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
                writer.pendingSpace = true
                index += 3
            case (0xE2, 0x80, 0x8B...0x8D), (0xE2, 0x81, 0xA0), (0xEF, 0xBB, 0xBF):
                index += 3
            case (0xE2, 0x80, 0x91):
                writer.emit(UInt8(ascii: "-"))
                index += 3
            case (0xEF, 0xBC, 0x90...0x99):
                writer.emit(third - 0x90 + 0x30)
                index += 3
            case (0xEF, 0xBC, 0x88):
                writer.emit(UInt8(ascii: "("))
                index += 3
            case (0xEF, 0xBC, 0x89):
                writer.emit(UInt8(ascii: ")"))
                index += 3
            case (0xEF, 0xBC, 0x8F):
                writer.emit(UInt8(ascii: "/"))
                index += 3
            default:
                writer.emit(byte)
                index += 1
            }
        }
        return String(decoding: writer.output, as: UTF8.self)
    }

    private struct Writer {
        var output: [UInt8] = []
        var pendingSpace = false

        init(capacity: Int) { output.reserveCapacity(capacity) }

        @inline(__always) mutating func emit(_ run: UnsafeBufferPointer<UInt8>) {
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(contentsOf: run)
        }

        @inline(__always) mutating func emit(_ byte: UInt8) {
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(byte)
        }
    }

    /// Bytes copied as they are: not white space and not the lead byte of a character to rewrite.
    @inline(__always) private static func isOrdinary(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != 0xC2 && byte != 0xE1 && byte != 0xE2 && byte != 0xE3 && byte != 0xEF
    }

    /// Whether any byte calls for a change: white space other than single inner spaces, or a lead
    /// byte of a character this normaliser rewrites.
    private static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        var previousSpace = false
        for byte in bytes {
            switch byte {
            case 0x20:
                if previousSpace { return true }
                previousSpace = true
                continue
            case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF:
                return true
            default:
                previousSpace = false
            }
        }
        return false
    }

    /// Whether a scalar is white space for the purpose of normalisation.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
