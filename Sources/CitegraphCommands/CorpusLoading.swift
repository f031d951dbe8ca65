import ArgumentParser
import CitegraphDocuments

/// Reads the documents a command was given, reporting every unreadable file on stderr by name.
///
/// Commands that read documents (`documents`, `extract`, `build`, `crosscheck`, `report`) share this,
/// so they all treat bad input alike: each failure is one line naming the file and the problem, a
/// summary follows, and the run goes on with what could be read. Files read after replacing invalid
/// UTF-8 are named too (unless `--quiet`); other repairs and guesses only with `--verbose`.
public struct CorpusLoading {
    /// What was read, and whether some files failed.
    public struct Outcome {
        /// The documents read, in path order.
        public var documents: [Document]
        /// The files that could not be read.
        public var failures: [DocumentReadError]
        /// The number of files attempted.
        public var filesRead: Int

        /// The exit status the command ends with once its output is written: partial when files failed.
        public var exitCode: ExitCode { failures.isEmpty ? .success : ExitStatus.partial }
    }

    /// Reads `paths`; throws when no document at all could be read.
    public static func read(_ paths: [String], verbosity: VerbosityOptions) throws -> Outcome {
        let bar = ProgressBar("reading", total: 0, quiet: verbosity.quiet)
        let result = CorpusReader(paths: paths).read(total: { bar.setTotal($0) }, progress: { bar.advance() })
        bar.finish()
        for failure in result.failures {
            StandardError.print("citegraph: \(failure)")
        }
        for warning in result.warnings {
            // Damaged bytes change the text that was read: said unless --quiet. Guesses only with --verbose.
            if warning.kind == .invalidUTF8 {
                verbosity.note("citegraph: \(warning)")
            } else {
                verbosity.detail("citegraph: \(warning)")
            }
        }
        let outcome = Outcome(documents: result.documents, failures: result.failures, filesRead: result.filesRead)
        if outcome.documents.isEmpty {
            if result.filesRead == 0 && result.failures.isEmpty {
                throw CommandError("no document files (.xml, .txt, .md) under \(paths.joined(separator: ", "))")
            }
            throw CommandError("no document could be read from \(paths.joined(separator: ", "))")
        }
        let failed = result.failures.isEmpty ? "" : "; \(result.failures.count) could not be read (named above)"
        verbosity.note("citegraph: read \(BuildCommand.count(outcome.documents.count, "document")) from \(BuildCommand.count(result.filesRead, "file"))\(failed)")
        return outcome
    }
}
