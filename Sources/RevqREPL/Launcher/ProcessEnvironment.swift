#if canImport(Glibc)
    import Glibc
#endif

/// The process's environment, read from `environ` once: Foundation's
/// `ProcessInfo.processInfo.environment` builds its dictionary anew at every call, and a
/// start read it four times. revq never changes its own environment.
///
///     ProcessEnvironment.current["HOME"]   // "/home/ann"
enum ProcessEnvironment {
    static let current: [String: String] = read()

    /// `NAME=value` entries; as getenv does, the first entry of a name wins.
    static func read() -> [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(text[..<equals])
                if variables[name] == nil { variables[name] = String(text[text.utf8.index(after: equals)...]) }
            }
            entry += 1
        }
        return variables
    }
}
