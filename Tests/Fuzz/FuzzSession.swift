import Foundation

@testable import RevqFuzz

/// libFuzzer target: the bytes as a session file or script. The file is read and
/// checked the way `.open` and `revq -f` read it, then replayed on a shell that writes
/// nothing (its dry run refuses `.save` and `.output`).
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzSession(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzSession.path
    guard let descriptor = Optional(open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)), descriptor >= 0 else { return 0 }
    _ = write(descriptor, data, size)
    close(descriptor)
    let shell = FuzzSupport.quietShell()
    if let text = shell.sessions.read(at: path) {
        _ = shell.runScript(text, policy: InputPolicy(name: path, isSession: true))
    } else {
        _ = shell.runScript(FuzzSupport.text(data, size), policy: InputPolicy(name: "<fuzz>"))
    }
    _ = OrphanJournal.entryCount(of: FuzzSupport.text(data, size))
    return 0
}

enum FuzzSession {
    static let path = NSTemporaryDirectory() + "revq-fuzz-session-\(getpid()).revq"
}
