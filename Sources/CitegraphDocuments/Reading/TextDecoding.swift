import Foundation

/// Turns a file's bytes into text: UTF-8 (with or without a byte order mark) or UTF-16 with a byte
/// order mark. Files that are mostly not text are rejected; invalid UTF-8 in an otherwise textual
/// file is replaced with U+FFFD and reported as a warning.
enum TextDecoding {
    struct Decoded {
        let text: String
        let warning: DocumentReadWarning?
    }

    /// Counts of what a byte sequence holds.
    struct Census {
        var characters = 0
        var invalid = 0
        var control = 0
    }

    /// Decodes text, rejecting binary content.
    static func decode(_ data: Data, file: String, limits: DocumentReadLimits) throws(DocumentReadError) -> Decoded {
        guard !data.isEmpty else { throw DocumentReadError(file: file, problem: .empty) }
        if let encoding = utf16Encoding(data) {
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw DocumentReadError(file: file, problem: .binary)
            }
            try requireContent(text.utf8, file: file)
            return Decoded(text: text, warning: nil)
        }
        let warning = try check(data, file: file, limits: limits)
        let text = String(decoding: data, as: UTF8.self)
        return Decoded(text: text, warning: warning)
    }

    /// Checks that bytes are UTF-8 text without building a string: throws for binary or blank content,
    /// returns a warning when some sequences are invalid.
    static func check(_ data: Data, file: String, limits: DocumentReadLimits) throws(DocumentReadError) -> DocumentReadWarning? {
        guard !data.isEmpty else { throw DocumentReadError(file: file, problem: .empty) }
        if utf16Encoding(data) != nil { return nil }
        let counts = data.withUnsafeBytes { TextDecoding.census(of: $0) }
        let total = max(1, counts.characters + counts.invalid)
        if Double(counts.invalid + counts.control) / Double(total) > limits.maximumBinaryShare {
            throw DocumentReadError(file: file, problem: .binary)
        }
        try requireContent(data, file: file)
        guard counts.invalid > 0 else { return nil }
        return DocumentReadWarning(file: file, kind: .invalidUTF8, detail: "\(counts.invalid) invalid UTF-8 sequence(s) replaced with U+FFFD")
    }

    private static func utf16Encoding(_ data: Data) -> String.Encoding? {
        guard data.count >= 2 else { return nil }
        let (first, second) = (data[data.startIndex], data[data.startIndex + 1])
        if first == 0xFF, second == 0xFE { return .utf16LittleEndian }
        if first == 0xFE, second == 0xFF { return .utf16BigEndian }
        return nil
    }

    private static func requireContent(_ bytes: some Sequence<UInt8>, file: String) throws(DocumentReadError) {
        // Anything other than ASCII white space or a byte order mark counts as content.
        for byte in bytes where !(byte == 0x20 || (0x09...0x0D).contains(byte) || byte == 0xEF || byte == 0xBB || byte == 0xBF) {
            return
        }
        throw DocumentReadError(file: file, problem: .empty)
    }

    /// Counts characters, invalid UTF-8 sequences and control characters (other than tab, line
    /// breaks and form feed) in one pass over the bytes.
    static func census(of raw: UnsafeRawBufferPointer) -> Census {
        var census = Census()
        let bytes = raw.bindMemory(to: UInt8.self)
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight printable ASCII bytes (0x20–0x7F) at a time: the common case, nothing to check.
            while index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                let high: UInt64 = 0x8080_8080_8080_8080
                guard word & high == 0, (word &- 0x2020_2020_2020_2020) & ~word & high == 0 else { break }
                census.characters += 8
                index += 8
            }
            guard index < count else { break }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { census.control += 1 }
                census.characters += 1
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var value: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(byte & 0x07)
            default:
                census.invalid += 1
                index += 1
                continue
            }
            var valid = index + length <= count
            if valid {
                for offset in 1..<length {
                    let continuation = bytes[index + offset]
                    if continuation & 0xC0 != 0x80 { valid = false; break }
                    value = value << 6 | UInt32(continuation & 0x3F)
                }
            }
            if valid, value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) {
                census.characters += 1
                index += length
            } else {
                census.invalid += 1
                index += 1
            }
        }
        return census
    }
}
