/// UTF-8 text built from pieces of an original text, remembering where each byte came from.
///
/// The map is run-length: one entry per run of bytes copied contiguously from the original, and one
/// per inserted replacement (which maps to the start of what it replaced). A paragraph built from a
/// few dozen lines needs a few dozen entries, never one per byte.
struct MappedText {
    /// One run of the map.
    struct Run: Hashable, Sendable {
        /// Where the run starts in the built text.
        var start: Int
        /// Where it starts in the original.
        var original: Int
        /// Whether the run's bytes were copied (offsets advance with the original) or inserted.
        var copied: Bool
    }

    private(set) var bytes: [UInt8] = []
    private(set) var runs: [Run] = []

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }

    /// Appends bytes copied from the original starting at `original`.
    mutating func appendCopy(_ source: some Collection<UInt8>, original: Int) {
        guard !source.isEmpty else { return }
        if let last = runs.last, last.copied, last.original + (bytes.count - last.start) == original {
            // Contiguous with the previous copy: extend it.
        } else {
            runs.append(Run(start: bytes.count, original: original, copied: true))
        }
        bytes.append(contentsOf: source)
    }

    /// Appends text that replaces (or joins) the original at `original`.
    mutating func appendInserted(_ text: String, original: Int) {
        guard !text.isEmpty else { return }
        if let last = runs.last, !last.copied, last.original == original {
            // Same anchor as the previous insertion: one run is enough.
        } else {
            runs.append(Run(start: bytes.count, original: original, copied: false))
        }
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends another mapped text.
    mutating func append(_ other: MappedText) {
        for (index, run) in other.runs.enumerated() {
            let end = index + 1 < other.runs.count ? other.runs[index + 1].start : other.bytes.count
            let slice = other.bytes[run.start..<end]
            if run.copied {
                appendCopy(slice, original: run.original)
            } else {
                appendInserted(String(decoding: slice, as: UTF8.self), original: run.original)
            }
        }
    }

    /// The original offset of the first byte, or nil when empty.
    var firstOriginal: Int? { runs.first?.original }

    /// The last byte, if any.
    var lastByte: UInt8? { bytes.last }

    /// Removes trailing ASCII spaces.
    mutating func trimTrailingSpaces() {
        while let last = bytes.last, last == 0x20 { bytes.removeLast() }
        while let run = runs.last, run.start >= bytes.count { runs.removeLast() }
    }

    /// Removes the last `count` bytes.
    mutating func removeLast(_ count: Int) {
        bytes.removeLast(Swift.min(count, bytes.count))
        while let run = runs.last, run.start >= bytes.count { runs.removeLast() }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The original offset of a byte offset in the built text.
    func originalOffset(of offset: Int) -> Int {
        guard !runs.isEmpty else { return 0 }
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        let run = runs[low]
        return run.copied ? run.original + Swift.max(0, offset - run.start) : run.original
    }
}
