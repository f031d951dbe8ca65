import Foundation

/// Writes output files whole or not at all: into a temporary file beside the destination, then renamed
/// over it, so an interrupted or failed run never leaves a partial file behind.
public enum AtomicFile {
    /// Writes `data` to `path` atomically, creating the parent folder if needed.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            do {
                try data.write(to: temporary)
            } catch {
                // A full disk or a lost folder: no half-written temporary is left behind either.
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw CommandError("\(path): cannot write: \(reason)")
            }
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError("\(path): cannot write: \(error.localizedDescription)")
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
