/// Roman numerals as the General Assembly used them for its first thirty sessions (`2205 (XXI)`).
public enum RomanNumeral {
    /// The value of an upper- or lower-case Roman numeral from 1 to 3999, or nil.
    public static func parse(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.count <= 15 else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        var previous = 0
        for character in text.uppercased().reversed() {
            guard let value = values[character] else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        // Reject non-canonical spellings such as "IIII" or "VX".
        return (1...3999).contains(total) && format(total) == text.uppercased() ? total : nil
    }

    /// The canonical upper-case Roman numeral of a value from 1 to 3999.
    public static func format(_ value: Int) -> String {
        precondition((1...3999).contains(value), "Roman numerals run from 1 to 3999")
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var remaining = value
        var result = ""
        for (amount, numeral) in table {
            while remaining >= amount { result += numeral; remaining -= amount }
        }
        return result
    }
}
