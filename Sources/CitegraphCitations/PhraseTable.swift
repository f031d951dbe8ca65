/// A set of phrases matched against UTF-8 bytes without building strings: case-insensitive, a space
/// in a phrase matching any run of white space (and Markdown emphasis marks), a trailing `*`
/// matching the rest of a word. Indexed by the first folded scalar, longest phrase first.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var scalars: [UInt32]
        var isStem: Bool
        var value: Value
        /// The phrase's leading ASCII letters (at most 8), packed little-endian, and how many:
        /// compared with the text's in one step before the scalar-by-scalar match.
        var asciiPrefix: UInt64 = 0
        var asciiPrefixLength = 0

        init(scalars: [UInt32], isStem: Bool, value: Value) {
            self.scalars = scalars
            self.isStem = isStem
            self.value = value
            for scalar in scalars.prefix(8) {
                guard scalar < 0x80, PhraseTable.isLowerASCIILetter(UInt8(scalar)) else { break }
                asciiPrefix |= UInt64(scalar) << (8 * UInt64(asciiPrefixLength))
                asciiPrefixLength += 1
            }
        }
    }

    /// Phrases by first folded scalar: an array for ASCII (no hashing on the hot path), a
    /// dictionary for other scripts.
    private var ascii = [[Entry]](repeating: [], count: 128)
    private var entries: [UInt32: [Entry]] = [:]
    /// The folded last scalars of the phrases, for a quick rejection in `match(endingAt:)`.
    private var lastASCII = [Bool](repeating: false, count: 128)
    private var lastOther: Set<UInt32> = []
    /// A bit per non-ASCII first scalar (modulo 4,096): a clear bit rejects without hashing.
    private var otherFirst = [UInt64](repeating: 0, count: 64)
    private var hasStems = false
    /// Whether a match must end at a word's end (spaced scripts) or may end anywhere.
    let checksWordEnd: Bool

    init(_ phrases: [(String, Value)], checksWordEnd: Bool) {
        self.checksWordEnd = checksWordEnd
        for (phrase, value) in phrases {
            var text = phrase
            var isStem = false
            if text.hasSuffix("*") {
                isStem = true
                text.removeLast()
            }
            let scalars = text.unicodeScalars.map { Scalars.fold($0.value) }
            guard let first = scalars.first else { continue }
            let entry = Entry(scalars: scalars, isStem: isStem, value: value)
            hasStems = hasStems || isStem
            if let last = scalars.last {
                if last < 128 { lastASCII[Int(last)] = true } else { lastOther.insert(last) }
            }
            if first < 128 {
                ascii[Int(first)].append(entry)
            } else {
                entries[first, default: []].append(entry)
                otherFirst[Int(first & 0xFFF) >> 6] |= 1 << UInt64(first & 63)
            }
        }
        for key in entries.keys {
            entries[key]?.sort { $0.scalars.count > $1.scalars.count }
        }
        for index in ascii.indices {
            ascii[index].sort { $0.scalars.count > $1.scalars.count }
        }
    }

    /// Whether any phrase starts with this (folded) scalar: a cheap test before `match`.
    @inline(__always)
    func mayStart(with scalar: UInt32) -> Bool {
        let folded = Scalars.fold(scalar)
        if folded < 128 { return !ascii[Int(folded)].isEmpty }
        return mayStartOther(folded) && entries[folded] != nil
    }

    @inline(__always)
    private func mayStartOther(_ folded: UInt32) -> Bool {
        otherFirst[Int(folded & 0xFFF) >> 6] & (1 << UInt64(folded & 63)) != 0
    }

    @inline(__always)
    private func candidates(_ scalar: UInt32) -> [Entry]? {
        let folded = Scalars.fold(scalar)
        if folded < 128 {
            let list = ascii[Int(folded)]
            return list.isEmpty ? nil : list
        }
        return mayStartOther(folded) ? entries[folded] : nil
    }

    @inline(__always)
    fileprivate static func isLowerASCIILetter(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "a") < 26 }

    /// The text's leading ASCII letters at `start` (at most 8, before `limit`), folded and packed
    /// like `Entry.asciiPrefix`, and how many.
    @inline(__always)
    private static func asciiPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> (UInt64, Int) {
        var packed: UInt64 = 0
        var length = 0
        while length < 8, start + length < limit {
            let byte = bytes[start + length] | 0x20
            // `| 0x20` folds A–Z and maps no other byte onto a–z except themselves.
            guard bytes[start + length] < 0x80, isLowerASCIILetter(byte) else { break }
            packed |= UInt64(byte) << (8 * UInt64(length))
            length += 1
        }
        return (packed, length)
    }

    /// False when the phrase cannot match at `start`, judged on leading ASCII letters alone; true
    /// when the full match must decide.
    @inline(__always)
    private static func mayMatch(
        _ entry: Entry, text: (packed: UInt64, length: Int), _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int
    ) -> Bool {
        let length = entry.asciiPrefixLength
        guard length > 0 else { return true }
        if text.length >= length {
            let mask: UInt64 = length == 8 ? ~0 : (1 << (8 * UInt64(length))) - 1
            return text.packed & mask == entry.asciiPrefix
        }
        // The text's letters end before the phrase's: the first `text.length` must agree, and the
        // next byte must be one that the full match could skip (an Arabic mark, never ASCII).
        let mask: UInt64 = (1 << (8 * UInt64(text.length))) - 1
        guard text.packed & mask == entry.asciiPrefix & mask else { return false }
        let next = start + text.length
        return next < limit && bytes[next] >= 0x80
    }

    /// The longest phrase that starts at `start` and ends at or before `limit`: its value and end.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> (value: Value, end: Int)? {
        guard start < limit else { return nil }
        let (first, _) = Scalars.decode(bytes, start)
        guard let list = candidates(first) else { return nil }
        let text = Self.asciiPrefix(bytes, start, limit)
        for entry in list where Self.mayMatch(entry, text: text, bytes, start, limit) {
            if let end = matchEnd(entry, bytes, start, limit) { return (entry.value, end) }
        }
        return nil
    }

    /// The phrase that ends exactly at `end` and starts within `window` bytes before it.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, window: Int) -> (value: Value, start: Int)? {
        guard end > 0 else { return nil }
        if !hasStems {
            let last = Scalars.fold(Scalars.decode(bytes, Scalars.previousStart(bytes, before: end)).scalar)
            guard last < 128 ? lastASCII[Int(last)] : lastOther.contains(last) else { return nil }
        }
        var start = end
        let floor = max(0, end - window)
        var best: (value: Value, start: Int)?
        while start > floor {
            start = Scalars.previousStart(bytes, before: start)
            if checksWordEnd, start > 0 {
                let previous = Scalars.decode(bytes, Scalars.previousStart(bytes, before: start)).scalar
                let current = Scalars.decode(bytes, start).scalar
                if Scalars.isLetter(previous) || !Scalars.isLetter(current) && current != 0x2E { continue }
            }
            let (first, _) = Scalars.decode(bytes, start)
            guard let list = candidates(first) else { continue }
            let text = Self.asciiPrefix(bytes, start, end)
            for entry in list where Self.mayMatch(entry, text: text, bytes, start, end) {
                if let matchEnd = matchEnd(entry, bytes, start, end), matchEnd == end {
                    best = (entry.value, start)
                    break
                }
            }
        }
        return best
    }

    private func matchEnd(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Int? {
        var index = start
        var patternIndex = 0
        let pattern = entry.scalars
        while patternIndex < pattern.count {
            guard index < limit else { return nil }
            let expected = pattern[patternIndex]
            let (scalar, length) = Scalars.decode(bytes, index)
            if Scalars.isArabicMark(scalar) {
                // Arabic short vowels and tatweel are optional in writing: `قرارَي` is `قراري`.
                index += length
                continue
            }
            if expected == 0x20 {
                // One or more spaces (or emphasis marks) in the text.
                guard Scalars.isSpace(scalar) || scalar == 0x2A || scalar == 0x5F else { return nil }
                index += length
                while index < limit {
                    let (next, nextLength) = Scalars.decode(bytes, index)
                    guard Scalars.isSpace(next) || next == 0x2A || next == 0x5F else { break }
                    index += nextLength
                }
                patternIndex += 1
                continue
            }
            guard Scalars.fold(scalar) == expected else { return nil }
            index += length
            patternIndex += 1
        }
        if entry.isStem {
            while index < limit {
                let (next, nextLength) = Scalars.decode(bytes, index)
                guard Scalars.isLetter(next) else { break }
                index += nextLength
            }
        } else if checksWordEnd, index < bytes.count, let last = pattern.last, Scalars.isLetter(last) {
            if Scalars.isLetter(Scalars.decode(bytes, index).scalar) { return nil }
        }
        return index
    }
}
