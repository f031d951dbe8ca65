import Foundation

/// Reads every document under a set of files and folders, on all cores, in a deterministic order.
///
/// Folders are walked recursively: hidden files and folders (`.git`, `.DS_Store`) and files whose
/// extension is not a document extension (`xml`, `txt`, `md`, …) are skipped; a symbolic link is
/// followed unless it leads to a folder already walked, so link loops end. Folders that cannot be
/// listed and broken links with a document's name are failures. Files named explicitly are
/// read whatever their extension. Files are sorted by path, read concurrently, and the results are
/// returned in path order; one bad file never stops the corpus, it becomes a failure.
public struct CorpusReader: Sendable {
    /// The files and folders to read.
    public var paths: [String]
    /// Limits applied to every file.
    public var limits: DocumentReadLimits

    /// Creates a reader for files and folders.
    public init(paths: [String], limits: DocumentReadLimits = .standard) {
        self.paths = paths
        self.limits = limits
    }

    /// The document files the paths name, sorted by path. Paths that do not exist are returned as failures.
    public func files() -> (files: [String], failures: [DocumentReadError]) {
        var found: Set<String> = []
        var failures: [DocumentReadError] = []
        var visited: Set<String> = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(DocumentReadError(file: path, problem: .unreadable("no such file or folder")))
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &found, visited: &visited, failures: &failures)
            } else {
                found.insert(path)
            }
        }
        return (found.sorted(), failures)
    }

    private func walk(
        _ directory: String, into found: inout Set<String>, visited: inout Set<String>, failures: inout [DocumentReadError]
    ) {
        let manager = FileManager.default
        let canonical = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(canonical).inserted else { return }
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else {
            failures.append(DocumentReadError(file: directory, problem: .unreadable("cannot list the folder")))
            return
        }
        let documentExtensions = DocumentReader.xmlExtensions.union(DocumentReader.textExtensions)
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            let isDocument = documentExtensions.contains((name as NSString).pathExtension.lowercased())
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // A link to nothing (or a link loop): named when it has a document's name.
                if isDocument { failures.append(DocumentReadError(file: path, problem: .unreadable("a broken symbolic link"))) }
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &found, visited: &visited, failures: &failures)
            } else if isDocument {
                found.insert(path)
            }
        }
    }

    /// Reads all documents.
    ///
    /// - Parameter progress: called once the file list is known with the number of files (`total`), then
    ///   once per file read, from any thread; for progress bars.
    public func read(total: (@Sendable (Int) -> Void)? = nil, progress: (@Sendable () -> Void)? = nil) -> CorpusReadResult {
        let (files, missing) = files()
        total?(files.count)
        let slots = ResultSlots(count: files.count)
        let limits = limits
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let url = URL(fileURLWithPath: files[index])
            do throws(DocumentReadError) {
                slots.store(.success(try DocumentReader.readFile(contentsOf: url, limits: limits)), at: index)
            } catch {
                slots.store(.failure(error), at: index)
            }
            progress?()
        }
        var result = CorpusReadResult(documents: [], failures: missing, warnings: [], filesRead: files.count)
        result.hyperlinks.reserveCapacity(files.count)
        for outcome in slots.take() {
            switch outcome {
            case .success(let file):
                result.documents += file.documents
                result.warnings += file.warnings
                if let path = file.documents.first?.file, !file.hyperlinks.isEmpty { result.hyperlinks[path] = file.hyperlinks }
            case .failure(let error):
                result.failures.append(error)
            case nil:
                continue
            }
        }
        return result
    }
}

/// What a `CorpusReader` read.
public struct CorpusReadResult: Sendable {
    /// The documents, in path order and file order.
    public var documents: [Document]
    /// The files that could not be read, each naming its file, in path order.
    public var failures: [DocumentReadError]
    /// The repairs made on files that were read, in path order.
    public var warnings: [DocumentReadWarning]
    /// The number of files found and attempted (read or failed).
    public var filesRead: Int
    /// The editors' hyperlinks of each Akoma Ntoso file, keyed by `Document.file` (sort the keys
    /// before emitting anything).
    public var hyperlinks: [String: [Hyperlink]] = [:]

    /// Creates a result.
    public init(documents: [Document], failures: [DocumentReadError], warnings: [DocumentReadWarning], filesRead: Int) {
        self.documents = documents
        self.failures = failures
        self.warnings = warnings
        self.filesRead = filesRead
    }
}

/// Fixed slots that concurrent iterations fill, each slot written by exactly one iteration.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<FileReadResult, DocumentReadError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: Result<FileReadResult, DocumentReadError>, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func take() -> [Result<FileReadResult, DocumentReadError>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
