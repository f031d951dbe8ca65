// Runs a fuzz entry point under libFuzzer's driver (`LLVMFuzzerRunDriver`, linked by -sanitize=fuzzer),
// so each fuzz target keeps an ordinary `main` that SwiftPM can link. Built only by Scripts/fuzz.
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

/// The entry point every fuzz target hands to libFuzzer.
public enum FuzzDriver {
    nonisolated(unsafe) static var body: ((UnsafeRawPointer, Int) -> CInt)?

    /// Runs libFuzzer with the process's arguments, calling `body` with each input.
    public static func run(_ body: @escaping (UnsafeRawPointer, Int) -> CInt) -> CInt {
        Self.body = body
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzDriver.body?(data ?? UnsafeRawPointer(bitPattern: 1)!, size) ?? 0
        }
    }
}
