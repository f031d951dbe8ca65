import CGraphviz
import Foundation

/// Collects what Graphviz reports during one call instead of letting it reach standard error.
///
/// cgraph routes every message through `agerr`. Messages at or above the reporting level go to
/// standard error, or to a handler installed with `agseterrf`; messages below it go to a temporary
/// file whose last entry `aglasterr()` returns. The handler route is unsafe in Graphviz 2.42: its
/// formatting buffer is 1,024 bytes and the code that grows it discards the result of `realloc` and
/// reuses a consumed `va_list`, so a longer message (a syntax error near a long token, say) corrupts
/// the heap. The reporting level is therefore raised to `AGMAX` for the duration of the call, so
/// every message goes to the temporary file, which has no length limit, and the previous level is
/// restored afterwards.
///
/// `agerrors()` is not a count in 2.42 but the highest level reported since `agreseterrors()`:
/// `AGWARN` (0) for warnings or nothing, `AGERR` (1) once an error was reported.
///
/// Must be used while holding ``GraphvizLock``.
struct GraphvizMessages: ~Copyable {
    private let previousLevel: agerrlevel_t

    /// Starts collecting: resets the error level, silences standard error, marks the message file.
    init() {
        previousLevel = agseterr(AGMAX)
        cgraphviz_mark_messages()
        _ = agreseterrors()
    }

    /// True when Graphviz reported an error (not merely a warning) since collection started.
    var hasError: Bool { agerrors() >= Int32(AGERR.rawValue) }

    /// The last message Graphviz wrote since collection started, trimmed, or nil when there is none.
    var lastMessage: String? {
        guard let buffer = aglasterr() else { return nil }
        defer { free(buffer) }
        let text = String(decoding: UnsafeRawBufferPointer(start: buffer, count: strlen(buffer)), as: UTF8.self)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The last message, or `fallback` when Graphviz left none.
    func message(or fallback: String) -> String { lastMessage ?? fallback }

    deinit {
        agseterr(previousLevel)
        _ = agreseterrors()
    }
}
