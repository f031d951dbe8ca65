import Foundation

/// The real UN documents shipped with Citegraph, read by `citegraph report` when given no path.
///
/// Source: United Nations (see `BundledCorpus/README.md`).
public enum BundledCorpus {
    /// The folders of the bundled corpus: the Akoma Ntoso files and the seed documents.
    public static var paths: [String] {
        ["akn", "seeds"].compactMap { Bundle.module.url(forResource: $0, withExtension: nil)?.path }
    }
}
