import Foundation

/// The real UN documents shipped with Citegraph, read by `citegraph report` when given no path.
///
/// Source: United Nations (see `BundledCorpus/README.md`).
public enum BundledCorpus {
    /// The folders of the bundled corpus: the Akoma Ntoso files and the seed documents.
    public static var paths: [String] {
        ["akn", "seeds"].compactMap { Bundle.module.url(forResource: $0, withExtension: nil)?.path }
    }

    /// Where a bundled file sits in the repository (`Sources/CitegraphCommands/BundledCorpus/akn/…`),
    /// for a path inside the built resource bundle; other paths unchanged. Reports then name the same
    /// file wherever the package was cloned and built.
    public static func repositoryPath(of file: String) -> String {
        for folder in paths {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            if file.hasPrefix(prefix) {
                let name = (folder as NSString).lastPathComponent
                return "Sources/CitegraphCommands/BundledCorpus/\(name)/" + file.dropFirst(prefix.count)
            }
        }
        return file
    }
}
