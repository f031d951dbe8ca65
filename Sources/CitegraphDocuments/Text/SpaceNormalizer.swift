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
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var iterator = text.utf8.makeIterator()
        func nextByte() -> UInt8? { iterator.next() }
        func emit(_ first: UInt8, _ second: UInt8? = nil, _ third: UInt8? = nil) {
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(first)
            if let second { output.append(second) }
            if let third { output.append(third) }
        }
        while let byte = nextByte() {
            switch byte {
            case 0x09...0x0D, 0x20:
                pendingSpace = true
            case 0xC2:
                guard let second = nextByte() else { emit(byte); break }
                if second == 0xA0 || second == 0x85 { pendingSpace = true } else if second == 0xAD { continue } else { emit(byte, second) }
            case 0xE1, 0xE2, 0xE3, 0xEF:
                guard let second = nextByte() else { emit(byte); break }
                guard let third = nextByte() else { emit(byte, second); break }
                switch (byte, second, third) {
                case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF),
                    (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
                    pendingSpace = true
                case (0xE2, 0x80, 0x8B...0x8D), (0xE2, 0x81, 0xA0), (0xEF, 0xBB, 0xBF):
                    continue
                case (0xE2, 0x80, 0x91):
                    emit(UInt8(ascii: "-"))
                case (0xEF, 0xBC, 0x90...0x99):
                    emit(third - 0x90 + 0x30)
                case (0xEF, 0xBC, 0x88):
                    emit(UInt8(ascii: "("))
                case (0xEF, 0xBC, 0x89):
                    emit(UInt8(ascii: ")"))
                case (0xEF, 0xBC, 0x8F):
                    emit(UInt8(ascii: "/"))
                default:
                    emit(byte, second, third)
                }
            default:
                emit(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
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
