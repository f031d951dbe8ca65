/// A small deterministic random number generator (SplitMix64): the same seed gives the same
/// sequence on every platform, so seeded analyses are reproducible.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` distinct values of `0..<population`, by a partial Fisher–Yates shuffle, in draw order.
    public mutating func sample(_ count: Int, from population: Int) -> [Int32] {
        var pool = (0..<population).map(Int32.init)
        let wanted = min(max(0, count), population)
        for position in 0..<wanted {
            let pick = position + Int(next(upperBound: UInt64(population - position)))
            pool.swapAt(position, pick)
        }
        return Array(pool.prefix(wanted))
    }
}
