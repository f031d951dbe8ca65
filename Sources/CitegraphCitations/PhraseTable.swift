/// A set of phrases matched against UTF-8 bytes without building strings: case-insensitive, a space
/// in a phrase matching any run of white space (and Markdown emphasis marks), a trailing `*`
/// matching the rest of a word. Indexed by the first folded scalar, longest phrase first.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var scalars: [UInt32]
        var isStem: Bool
        var value: Value
    }

    /// Phrases by first folded scalar: an array for ASCII (no hashing on the hot path), a
    /// dictionary for other scripts.
    private var ascii = [[Entry]](repeating: [], count: 128)
    private var entries: [UInt32: [Entry]] = [:]
    /// The folded last scalars of the phrases, for a quick rejection in `match(endingAt:)`.
    private var lastASCII = [Bool](repeating: false, count: 128)
    private var lastOther: Set<UInt32> = []
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
            if first < 128 { ascii[Int(first)].append(entry) } else { entries[first, default: []].append(entry) }
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
        return !entries.isEmpty && entries[folded] != nil
    }

    @inline(__always)
    private func candidates(_ scalar: UInt32) -> [Entry]? {
        let folded = Scalars.fold(scalar)
        if folded < 128 {
            let list = ascii[Int(folded)]
            return list.isEmpty ? nil : list
        }
        return entries.isEmpty ? nil : entries[folded]
    }

    /// The longest phrase that starts at `start` and ends at or before `limit`: its value and end.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> (value: Value, end: Int)? {
        guard start < limit else { return nil }
        let (first, _) = Scalars.decode(bytes, start)
        guard let list = candidates(first) else { return nil }
        for entry in list {
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
            for entry in list {
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
