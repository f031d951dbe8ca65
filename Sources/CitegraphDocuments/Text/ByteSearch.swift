/// Substring search on UTF-8 bytes: exact, fast, and free of Foundation's locale-aware matching.
extension StringProtocol {
    /// Whether the text holds `needle` byte for byte.
    func containsBytes(_ needle: String) -> Bool {
        firstByteOffset(of: needle) != nil
    }

    /// The UTF-8 offset of the first occurrence of `needle`, or nil.
    func firstByteOffset(of needle: String) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return 0 }
        let haystack = Array(utf8)
        guard haystack.count >= pattern.count else { return nil }
        var index = 0
        let end = haystack.count - pattern.count
        while index <= end {
            if haystack[index] == first {
                var matches = true
                for offset in 1..<pattern.count where haystack[index + offset] != pattern[offset] {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }
}
