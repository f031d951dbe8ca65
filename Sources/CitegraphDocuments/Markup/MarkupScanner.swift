/// Why a byte sequence could not be read as XML even tolerantly.
enum MarkupScanError: Error, Equatable {
    /// The input ends inside a tag, comment or CDATA section, or before the root element is closed.
    case truncated(offset: Int, detail: String)
    /// No element at all.
    case noRootElement
    /// Elements nested deeper than `MarkupScanner.maximumDepth` (no UN document comes near).
    case tooDeep(offset: Int, depth: Int)
}

/// A fast, tolerant XML reader working directly on UTF-8 bytes.
///
/// It builds a `MarkupElement` tree and repairs the defects real UN files carry rather than
/// rejecting them: a closing tag that matches no open element is ignored, and one that matches an
/// element further up closes the elements in between. Every repair is reported. Input that ends
/// before the root element closes is an error (a truncated file), as is input with no element.
///
/// It handles comments, processing instructions, CDATA, a DOCTYPE with an internal subset, the five
/// predefined entities and numeric character references; unknown entities are kept as written.
struct MarkupScanner {
    /// The deepest nesting read. Akoma Ntoso documents nest about twenty deep; the limit keeps the
    /// recursive walks over the tree (and its release) far from the end of a thread's stack.
    static let maximumDepth = 512

    /// Scans a whole document.
    /// Elements named in `skipping` are kept empty: their content is passed over unread (for speed,
    /// with metadata nobody reads). They must not nest inside themselves.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, skipping: Set<String> = []) throws(MarkupScanError) -> MarkupDocument {
        var scanner = Run(bytes: bytes, skipping: skipping)
        return try scanner.run()
    }

    /// Scans a whole document held in an array.
    static func scan(_ bytes: [UInt8], skipping: Set<String> = []) throws(MarkupScanError) -> MarkupDocument {
        let result: Result<MarkupDocument, MarkupScanError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(MarkupScanError) { return .success(try scan(buffer, skipping: skipping)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private struct Run {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var stack: [MarkupElement] = []
        var root: MarkupElement?
        var repairs: [String] = []
        let skipping: Set<String>

        init(bytes: UnsafeBufferPointer<UInt8>, skipping: Set<String>) {
            self.bytes = bytes
            self.skipping = skipping
        }

        mutating func run() throws(MarkupScanError) -> MarkupDocument {
            // Skip a UTF-8 byte order mark.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
            while position < bytes.count {
                if bytes[position] == UInt8(ascii: "<") {
                    try markup()
                } else {
                    text()
                }
            }
            if let open = stack.last {
                throw .truncated(offset: bytes.count, detail: "the file ends before </\(open.name)> (\(stack.count) element(s) left open)")
            }
            guard let root else { throw .noRootElement }
            return MarkupDocument(root: root, repairs: repairs)
        }

        // MARK: Character data

        mutating func text() {
            let start = position
            var sawEntity = false
            while position < bytes.count, bytes[position] != UInt8(ascii: "<") {
                if bytes[position] == UInt8(ascii: "&") { sawEntity = true }
                position += 1
            }
            guard let parent = stack.last else { return }  // text outside the root: ignored
            let run = decode(start..<position, entities: sawEntity)
            parent.children.append(.text(run))
        }

        // MARK: Markup

        mutating func markup() throws(MarkupScanError) {
            let start = position
            guard position + 1 < bytes.count else { throw .truncated(offset: start, detail: "the file ends inside a tag") }
            let next = bytes[position + 1]
            switch next {
            case UInt8(ascii: "/"):
                try closingTag(start: start)
            case UInt8(ascii: "?"):
                try skip(past: Array("?>".utf8), what: "processing instruction", start: start)
            case UInt8(ascii: "!"):
                if hasPrefix("<!--") {
                    try skip(past: Array("-->".utf8), what: "comment", start: start)
                } else if hasPrefix("<![CDATA[") {
                    position += 9
                    let contentStart = position
                    try skip(past: Array("]]>".utf8), what: "CDATA section", start: start)
                    stack.last?.children.append(.text(decode(contentStart..<(position - 3), entities: false)))
                } else {
                    try declaration(start: start)
                }
            default:
                if isNameStart(next) {
                    try openingTag(start: start)
                } else {
                    // A lone "<" in text: keep it as text rather than failing.
                    repairs.append("kept a stray '<' as text at byte \(start)")
                    position += 1
                    stack.last?.children.append(.text("<"))
                }
            }
        }

        mutating func openingTag(start: Int) throws(MarkupScanError) {
            position += 1
            let name = readName()
            var attributes: [(name: String, value: String)] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw .truncated(offset: start, detail: "the file ends inside <\(name)>") }
                let byte = bytes[position]
                if byte == UInt8(ascii: ">") {
                    position += 1
                    if !skipping.isEmpty, skipping.contains(name) {
                        try skip(past: Array("</\(name)>".utf8), what: "<\(name)> element", start: start, from: position)
                        try open(MarkupElement(name: name, attributes: attributes, offset: start), selfClosing: true)
                        return
                    }
                    try open(MarkupElement(name: name, attributes: attributes, offset: start), selfClosing: false)
                    return
                }
                if byte == UInt8(ascii: "/") {
                    position += 1
                    guard position < bytes.count else { throw .truncated(offset: start, detail: "the file ends inside <\(name)>") }
                    if bytes[position] == UInt8(ascii: ">") { position += 1 }
                    try open(MarkupElement(name: name, attributes: attributes, offset: start), selfClosing: true)
                    return
                }
                let attributeName = readName()
                if attributeName.isEmpty {
                    // Garbage inside a tag: skip one byte and carry on.
                    position += 1
                    continue
                }
                skipWhitespace()
                var value = ""
                if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    skipWhitespace()
                    guard position < bytes.count else { throw .truncated(offset: start, detail: "the file ends inside <\(name)>") }
                    let quote = bytes[position]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        position += 1
                        let valueStart = position
                        var sawEntity = false
                        while position < bytes.count, bytes[position] != quote {
                            if bytes[position] == UInt8(ascii: "&") { sawEntity = true }
                            position += 1
                        }
                        guard position < bytes.count else { throw .truncated(offset: start, detail: "the file ends inside an attribute of <\(name)>") }
                        value = decode(valueStart..<position, entities: sawEntity)
                        position += 1
                    } else {
                        let valueStart = position
                        while position < bytes.count, !isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                        value = decode(valueStart..<position, entities: true)
                    }
                }
                attributes.append((attributeName, value))
            }
        }

        mutating func open(_ element: MarkupElement, selfClosing: Bool) throws(MarkupScanError) {
            if !selfClosing, stack.count >= MarkupScanner.maximumDepth {
                throw .tooDeep(offset: element.offset, depth: stack.count + 1)
            }
            if let parent = stack.last {
                parent.children.append(.element(element))
            } else if root == nil {
                root = element
            } else {
                repairs.append("ignored a second root element <\(element.name)> at byte \(element.offset)")
                return
            }
            if !selfClosing { stack.append(element) }
        }

        mutating func closingTag(start: Int) throws(MarkupScanError) {
            position += 2
            let name = readName()
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") { position += 1 }
            guard position < bytes.count else { throw .truncated(offset: start, detail: "the file ends inside </\(name)>") }
            position += 1
            if stack.last?.name == name {
                stack.removeLast()
                return
            }
            guard let depth = stack.lastIndex(where: { $0.name == name }) else {
                repairs.append("ignored a stray </\(name)> at byte \(start)")
                return
            }
            let unclosed = stack[(depth + 1)...].map { "<\($0.name)>" }.joined(separator: ", ")
            repairs.append("</\(name)> at byte \(start) also closed \(unclosed)")
            stack.removeSubrange(depth...)
        }

        mutating func declaration(start: Int) throws(MarkupScanError) {
            // <!DOCTYPE …> possibly with an internal subset in brackets.
            var depth = 0
            position += 2
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "]") { depth -= 1 }
                if byte == UInt8(ascii: ">"), depth <= 0 { return }
            }
            throw .truncated(offset: start, detail: "the file ends inside a declaration")
        }

        mutating func skip(past terminator: [UInt8], what: String, start: Int, from: Int? = nil) throws(MarkupScanError) {
            position = from ?? position + 2
            while position + terminator.count <= bytes.count {
                var matches = true
                for (index, byte) in terminator.enumerated() where bytes[position + index] != byte {
                    matches = false
                    break
                }
                if matches {
                    position += terminator.count
                    return
                }
                position += 1
            }
            throw .truncated(offset: start, detail: "the file ends inside a \(what)")
        }

        // MARK: Lexical helpers

        func hasPrefix(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            let pointer = prefix.utf8Start
            for index in 0..<count where bytes[position + index] != pointer[index] { return false }
            return true
        }

        func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
        }

        func isNameStart(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ":") || byte >= 0x80
        }

        func isNameByte(_ byte: UInt8) -> Bool {
            isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }

        mutating func skipWhitespace() {
            while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
        }

        mutating func readName() -> String {
            let start = position
            while position < bytes.count, isNameByte(bytes[position]) { position += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }

        func decode(_ range: Range<Int>, entities: Bool) -> String {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            guard entities else { return String(decoding: slice, as: UTF8.self) }
            return MarkupEntities.decode(slice)
        }
    }
}
