/// Reading UTF-8 bytes one Unicode scalar at a time, with the case folding and character classes
/// the extractor needs. Works on raw bytes: invalid sequences read as U+FFFD, one byte at a time.
enum Scalars {
    /// The scalar starting at `index` and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (scalar: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let count = bytes.count
        if lead & 0xE0 == 0xC0, index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead & 0xF0 == 0xE0, index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if lead & 0xF8 == 0xF0, index + 3 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80,
            bytes[index + 3] & 0xC0 == 0x80
        {
            let value = (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
            return (value, 4)
        }
        return (0xFFFD, 1)
    }

    /// The start of the scalar that ends right before `index` (`index` itself when at the start).
    @inline(__always)
    static func previousStart(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var start = index - 1
        var steps = 0
        while start > 0, bytes[start] & 0xC0 == 0x80, steps < 3 {
            start -= 1
            steps += 1
        }
        return max(start, 0)
    }

    /// Lower case for ASCII, Latin-1, Latin Extended-A pairs and Cyrillic; other scalars unchanged.
    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0x41...0x5A: return scalar + 0x20
        case 0xC0...0xDE where scalar != 0xD7: return scalar + 0x20
        case 0x410...0x42F: return scalar + 0x20
        case 0x400...0x40F: return scalar + 0x50
        default: return scalar
        }
    }

    /// White space, including no-break, thin and ideographic spaces.
    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Letters of any script (and the combining marks of Arabic), never digits, spaces or punctuation.
    @inline(__always)
    static func isLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0xC0: return false
        case 0xD7, 0xF7: return false
        case 0x2000...0x206F, 0x3000...0x303F, 0xFF00...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return false
        case 0x60C, 0x61B, 0x61F, 0x66A...0x66D, 0x6D4: return false
        case 0x660...0x669, 0xFF10...0xFF19: return false
        case 0xFFFD: return false
        default: return true
        }
    }

    /// Arabic short vowels, shadda, sukun and tatweel, which writers may add or leave out.
    @inline(__always)
    static func isArabicMark(_ scalar: UInt32) -> Bool {
        (0x64B...0x652).contains(scalar) || scalar == 0x640 || scalar == 0x670
    }

    /// ASCII digits.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
