#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads a whole regular file with the system's own error messages.
///
/// Opens without blocking, so a FIFO or a device given a document's name is refused at once instead of
/// waiting for a writer or reading forever; refuses anything that is not a regular file, and files over
/// the size limit before reading them.
enum FileBytes {
    static func contents(of path: String, limit: Int) throws(DocumentReadError) -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path, errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path, errno) }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { throw DocumentReadError(file: path, problem: .unreadable("a directory")) }
        guard type == S_IFREG else { throw DocumentReadError(file: path, problem: .unreadable("not a regular file")) }
        let size = Int(status.st_size)
        guard size <= limit else { throw DocumentReadError(file: path, problem: .tooLarge(bytes: size, limit: limit)) }
        // Read to the end, not just `size` bytes: the file may have grown since fstat; stop past the limit.
        var data = Data(count: size)
        var filled = 0
        while true {
            if filled == data.count {
                guard data.count <= limit else {
                    throw DocumentReadError(file: path, problem: .tooLarge(bytes: data.count, limit: limit))
                }
                data.count += max(4096, min(data.count, limit + 1 - data.count))
            }
            let wanted = data.count - filled
            let got = data.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, wanted) }
            if got < 0 {
                if errno == EINTR { continue }
                throw unreadable(path, errno)
            }
            if got == 0 { break }
            filled += got
        }
        data.count = filled
        return data
    }

    private static func unreadable(_ path: String, _ code: Int32) -> DocumentReadError {
        DocumentReadError(file: path, problem: .unreadable(String(cString: strerror(code))))
    }
}
