/// Text cleaned by `TextCleaner`: paragraphs separated by a blank line, page furniture removed, and a
/// compact map back to byte offsets in the original.
public struct CleanedText: Sendable {
    /// One paragraph of the cleaned text.
    public struct Paragraph: Hashable, Sendable {
        /// The paragraph's text, lines joined.
        public var text: String
        /// The paragraph's byte range in `CleanedText.text`.
        public var range: Range<Int>
        /// The byte offset in the original where the paragraph starts.
        public var originalOffset: Int
        /// The paragraph was a Markdown heading.
        public var isHeading: Bool
        /// The paragraph started with a list bullet (`- `), removed from the text.
        public var hadBullet: Bool
    }

    /// A line removed as page furniture, kept as a hint (a header symbol names the document).
    public struct RemovedLine: Hashable, Sendable {
        /// What the line was.
        public var kind: PageFurniture
        /// The cleaned text of the line.
        public var text: String
        /// Its byte offset in the original.
        public var originalOffset: Int
        /// The index of the first paragraph after it (`paragraphs.count` at the end).
        public var beforeParagraph: Int
    }

    /// The cleaned text: paragraphs separated by `"\n\n"`.
    public let text: String
    /// The paragraphs, in order.
    public let paragraphs: [Paragraph]
    /// The lines removed as page furniture, in order.
    public let removedLines: [RemovedLine]
    let runs: [MappedText.Run]

    init(paragraphs blocks: [(MappedText, isHeading: Bool, hadBullet: Bool)], removedLines: [RemovedLine]) {
        var whole = MappedText()
        var paragraphs: [Paragraph] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 { whole.appendInserted("\n\n", original: block.0.firstOriginal ?? 0) }
            let start = whole.count
            whole.append(block.0)
            paragraphs.append(Paragraph(
                text: block.0.string, range: start..<whole.count, originalOffset: block.0.firstOriginal ?? 0,
                isHeading: block.isHeading, hadBullet: block.hadBullet))
        }
        self.text = whole.string
        self.paragraphs = paragraphs
        self.removedLines = removedLines
        self.runs = whole.runs
    }

    /// The byte offset in the original text of a UTF-8 byte offset in `text`. Bytes that were inserted
    /// (a joining space, `S/2020/476` rebuilt from LaTeX) map to the start of what they replaced.
    public func originalOffset(ofUTF8 offset: Int) -> Int {
        guard !runs.isEmpty else { return 0 }
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        let run = runs[low]
        return run.copied ? run.original + max(0, offset - run.start) : run.original
    }

    /// The number of entries in the offset map (for checking it stays compact).
    public var mapSize: Int { runs.count }
}
