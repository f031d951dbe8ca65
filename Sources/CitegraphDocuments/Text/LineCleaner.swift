/// One line of a plain-text or Markdown file after inline cleaning.
struct CleanedLine {
    /// The cleaned text of the line, mapped to the original bytes.
    var text: MappedText
    /// The line was a Markdown heading (`# …`).
    var isHeading = false
    /// The line started with a list bullet (`- `, `* `, `• `), removed from the text.
    var hadBullet = false
    /// The number of spaces or tabs the line started with.
    var indent = 0
    /// The byte offset of the line in the original.
    var original = 0
}

/// Removes Markdown, HTML and LaTeX debris from one line, byte by byte, keeping the offset map.
///
/// - emphasis markers `*`, `**`, `__` are dropped; escapes (`\(` `\*` `\[`) give the character;
/// - links `[2151 \(2014\)](#)` give their text; images are dropped;
/// - `<sup>\*</sup>` footnote markers are dropped, other tags lose their markup but keep their text;
/// - LaTeX: `$S_{/2020/613}$` → `S/2020/613`, `\frac{\sqrt{2020}}{476}` → `S/2020/476`, an escaped `\$`
///   that is not money is dropped;
/// - every Unicode space becomes one ASCII space, zero-width characters and soft hyphens are dropped,
///   the non-breaking hyphen becomes `-`, full-width digits, parentheses and slashes become ASCII.
enum LineCleaner {
    static func clean(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> CleanedLine {
        var line = CleanedLine(text: MappedText(), original: range.lowerBound)
        var index = range.lowerBound
        // Indentation.
        while index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 {
            line.indent += 1
            index += 1
        }
        // Block quote markers.
        while index + 1 < range.upperBound, bytes[index] == UInt8(ascii: ">"), bytes[index + 1] == 0x20 { index += 2 }
        // Heading.
        var hashes = index
        while hashes < range.upperBound, bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
        if hashes > index, hashes - index <= 6, hashes == range.upperBound || bytes[hashes] == 0x20 {
            line.isHeading = true
            index = hashes
            while index < range.upperBound, bytes[index] == 0x20 { index += 1 }
        }
        // List bullet.
        if index + 1 < range.upperBound, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "+"),
            bytes[index + 1] == 0x20
        {
            line.hadBullet = true
            index += 2
        } else if index + 3 < range.upperBound, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA2, bytes[index + 3] == 0x20 {
            line.hadBullet = true
            index += 4
        }
        while index < range.upperBound, bytes[index] == 0x20 { index += 1 }
        var writer = Writer(bytes: bytes)
        writer.emit(index..<range.upperBound, into: &line.text)
        line.text.trimTrailingSpaces()
        return line
    }

    private struct Writer {
        let bytes: UnsafeBufferPointer<UInt8>
        var lastWasSpace = true  // no leading space

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func space(_ at: Int, into out: inout MappedText) {
            if !lastWasSpace { out.appendInserted(" ", original: at) }
            lastWasSpace = true
        }

        mutating func copy(_ range: Range<Int>, into out: inout MappedText) {
            guard !range.isEmpty else { return }
            out.appendCopy(UnsafeBufferPointer(rebasing: bytes[range]), original: range.lowerBound)
            lastWasSpace = false
        }

        mutating func insert(_ text: String, at: Int, into out: inout MappedText) {
            out.appendInserted(text, original: at)
            lastWasSpace = text.last == " "
        }

        func find(_ byte: UInt8, from: Int, in range: Range<Int>, within limit: Int = 400) -> Int? {
            var index = from
            while index < range.upperBound, index - from <= limit {
                if bytes[index] == byte, index == 0 || bytes[index - 1] != UInt8(ascii: "\\") { return index }
                index += 1
            }
            return nil
        }

        func hasPrefix(_ text: String, at index: Int, in range: Range<Int>) -> Bool {
            let utf8 = Array(text.utf8)
            guard index + utf8.count <= range.upperBound else { return false }
            for (offset, byte) in utf8.enumerated() where bytes[index + offset] != byte { return false }
            return true
        }

        func digits(from index: Int, in range: Range<Int>) -> Range<Int> {
            var end = index
            while end < range.upperBound, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
            return index..<end
        }

        mutating func emit(_ range: Range<Int>, into out: inout MappedText) {
            var index = range.lowerBound
            var plainStart = index
            func flush(_ writer: inout Writer, to end: Int, out: inout MappedText) {
                writer.copy(plainStart..<end, into: &out)
            }
            while index < range.upperBound {
                let byte = bytes[index]
                switch byte {
                case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
                    flush(&self, to: index, out: &out)
                    if !lastWasSpace {
                        out.appendCopy(CollectionOfOne(0x20), original: index)
                        lastWasSpace = true
                    }
                    index += 1
                    plainStart = index
                case UInt8(ascii: "\\"):
                    flush(&self, to: index, out: &out)
                    index = backslash(at: index, in: range, into: &out)
                    plainStart = index
                case UInt8(ascii: "$"):
                    flush(&self, to: index, out: &out)
                    index = dollar(at: index, in: range, into: &out)
                    plainStart = index
                case UInt8(ascii: "*"):
                    flush(&self, to: index, out: &out)
                    while index < range.upperBound, bytes[index] == UInt8(ascii: "*") { index += 1 }
                    plainStart = index
                case UInt8(ascii: "_") where index + 1 < range.upperBound && bytes[index + 1] == UInt8(ascii: "_"):
                    flush(&self, to: index, out: &out)
                    index += 2
                    plainStart = index
                case UInt8(ascii: "!") where index + 1 < range.upperBound && bytes[index + 1] == UInt8(ascii: "["):
                    if let end = link(at: index + 1, in: range) {
                        flush(&self, to: index, out: &out)
                        index = end.after
                        plainStart = index
                    } else {
                        index += 1
                    }
                case UInt8(ascii: "["):
                    if let found = link(at: index, in: range) {
                        flush(&self, to: index, out: &out)
                        emit(found.text, into: &out)
                        index = found.after
                        plainStart = index
                    } else {
                        index += 1
                    }
                case UInt8(ascii: "<"):
                    if let end = tag(at: index, in: range, into: &out, flushing: { writer, out in flush(&writer, to: index, out: &out) }) {
                        index = end
                        plainStart = index
                    } else {
                        index += 1
                    }
                case 0xC2 where index + 1 < range.upperBound && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD):
                    flush(&self, to: index, out: &out)
                    if bytes[index + 1] == 0xA0 { space(index, into: &out) }
                    index += 2
                    plainStart = index
                case 0xE2 where index + 2 < range.upperBound && bytes[index + 1] == 0x80:
                    let third = bytes[index + 2]
                    if (0x80...0x8A).contains(third) || third == 0xAF || third == 0xA8 || third == 0xA9 {
                        flush(&self, to: index, out: &out)
                        space(index, into: &out)
                        index += 3
                        plainStart = index
                    } else if (0x8B...0x8D).contains(third) || third == 0xA0 {
                        flush(&self, to: index, out: &out)
                        index += 3
                        plainStart = index
                    } else if third == 0x91 {
                        flush(&self, to: index, out: &out)
                        insert("-", at: index, into: &out)
                        index += 3
                        plainStart = index
                    } else {
                        index += 1
                    }
                case 0xE3 where index + 2 < range.upperBound && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80:
                    flush(&self, to: index, out: &out)
                    space(index, into: &out)
                    index += 3
                    plainStart = index
                case 0xEF where index + 2 < range.upperBound:
                    // Byte order mark, full-width digits, parentheses and slash.
                    let (second, third) = (bytes[index + 1], bytes[index + 2])
                    var replacement: String?
                    if second == 0xBB, third == 0xBF { replacement = "" }
                    if second == 0xBC {
                        switch third {
                        case 0x90...0x99: replacement = String(UnicodeScalar(third - 0x90 + 0x30))
                        case 0x88: replacement = "("
                        case 0x89: replacement = ")"
                        case 0x8F: replacement = "/"
                        default: break
                        }
                    }
                    if let replacement {
                        flush(&self, to: index, out: &out)
                        if !replacement.isEmpty { insert(replacement, at: index, into: &out) }
                        index += 3
                        plainStart = index
                    } else {
                        index += 1
                    }
                default:
                    index += 1
                }
                if index > plainStart { lastWasSpace = false }
            }
            flush(&self, to: range.upperBound, out: &out)
        }

        /// `\(` → `(`; `\$` dropped unless money; `\frac{\sqrt{2020}}{476}` → `S/2020/476`; other commands dropped.
        mutating func backslash(at index: Int, in range: Range<Int>, into out: inout MappedText) -> Int {
            guard index + 1 < range.upperBound else { return index + 1 }
            let next = bytes[index + 1]
            if hasPrefix("\\frac{\\sqrt{", at: index, in: range) {
                let year = digits(from: index + 12, in: range)
                if !year.isEmpty, hasPrefix("}}{", at: year.upperBound, in: range) {
                    let number = digits(from: year.upperBound + 3, in: range)
                    if !number.isEmpty, number.upperBound < range.upperBound, bytes[number.upperBound] == UInt8(ascii: "}") {
                        let symbol = "S/" + String(decoding: UnsafeBufferPointer(rebasing: bytes[year]), as: UTF8.self) + "/"
                            + String(decoding: UnsafeBufferPointer(rebasing: bytes[number]), as: UTF8.self)
                        insert(symbol, at: index, into: &out)
                        return number.upperBound + 1
                    }
                }
            }
            if next == UInt8(ascii: "$") {
                if index + 2 < range.upperBound, bytes[index + 2] >= 0x30, bytes[index + 2] <= 0x39 {
                    copy((index + 1)..<(index + 2), into: &out)
                }
                return index + 2
            }
            if (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) {
                // A LaTeX command such as \mathrm or \text: drop its name.
                var end = index + 1
                while end < range.upperBound, (bytes[end] >= 0x41 && bytes[end] <= 0x5A) || (bytes[end] >= 0x61 && bytes[end] <= 0x7A) { end += 1 }
                return end
            }
            if next < 0x80, next != 0x20 {
                // An escaped asterisk is a footnote marker in these texts: dropped like emphasis.
                if next == UInt8(ascii: "*") { return index + 2 }
                copy((index + 1)..<(index + 2), into: &out)
                return index + 2
            }
            copy(index..<(index + 1), into: &out)
            return index + 1
        }

        /// `$S_{/2020/613}$` → `S/2020/613`; `$` before a digit (money) stays.
        mutating func dollar(at index: Int, in range: Range<Int>, into out: inout MappedText) -> Int {
            if let close = find(UInt8(ascii: "$"), from: index + 1, in: range, within: 120), close > index + 1 {
                let inner = (index + 1)..<close
                let isMath = bytes[inner].contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "^") })
                if isMath {
                    var position = inner.lowerBound
                    while position < inner.upperBound {
                        let byte = bytes[position]
                        if byte == UInt8(ascii: "\\") {
                            position = backslash(at: position, in: inner, into: &out)
                            continue
                        }
                        if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "^") {
                            position += 1
                            continue
                        }
                        if byte == 0x20 {
                            position += 1
                            continue
                        }
                        copy(position..<(position + 1), into: &out)
                        position += 1
                    }
                    return close + 1
                }
            }
            if index + 1 < range.upperBound, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 {
                copy(index..<(index + 1), into: &out)
            }
            return index + 1
        }

        /// A Markdown link `[text](target)` starting at `[`: the text range and the index after it.
        func link(at index: Int, in range: Range<Int>) -> (text: Range<Int>, after: Int)? {
            var depth = 0
            var position = index
            while position < range.upperBound, position - index < 600 {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\\") { position += 2; continue }
                if byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { break }
                }
                position += 1
            }
            guard position + 1 < range.upperBound, bytes[position] == UInt8(ascii: "]"), bytes[position + 1] == UInt8(ascii: "(") else { return nil }
            guard let close = find(UInt8(ascii: ")"), from: position + 2, in: range, within: 300) else { return nil }
            return ((index + 1)..<position, close + 1)
        }

        /// An HTML tag at `<`: footnote markers in `<sup>` are dropped, other tags lose their markup.
        mutating func tag(at index: Int, in range: Range<Int>, into out: inout MappedText, flushing: (inout Writer, inout MappedText) -> Void) -> Int? {
            let names = ["sup", "/sup", "sub", "/sub", "br", "br/", "br /", "u", "/u", "i", "/i", "b", "/b", "em", "/em", "strong", "/strong", "span", "/span"]
            guard let close = find(UInt8(ascii: ">"), from: index + 1, in: range, within: 40) else { return nil }
            let rawName = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self).lowercased()
            let name = rawName.split(separator: " ").first.map(String.init) ?? rawName
            guard names.contains(name) || names.contains(rawName) else { return nil }
            flushing(&self, &out)
            if name == "sup" {
                // Find </sup>; drop the whole element when it is only a footnote marker.
                var end = close + 1
                while end + 5 < range.upperBound, !hasPrefix("</sup>", at: end, in: range) { end += 1 }
                if end + 5 < range.upperBound || hasPrefix("</sup>", at: end, in: range) {
                    let content = bytes[(close + 1)..<end]
                    let isMarker = content.allSatisfy {
                        $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "\\") || $0 == 0x20 || ($0 >= 0x30 && $0 <= 0x39)
                    }
                    if isMarker { return end + 6 }
                }
            }
            return close + 1
        }
    }
}
