import Glibc

/// Where revq keeps its files, following the XDG base directories.
///
///     let paths = RevqPaths(environment: ProcessEnvironment.current)
///     paths.historyFile   // ~/.local/state/revq/history
package struct RevqPaths: Sendable {
    /// Line-editing history, one entry per line.
    package let historyFile: String
    /// Saved sessions (`NAME.revq`).
    package let sessionsDirectory: String
    /// Journals of sessions not yet saved, one per running (or crashed) revq.
    package let journalsDirectory: String
    /// Settings and statements run at the start of a terminal session (as psql's psqlrc).
    package let rcFile: String

    package init(environment: [String: String]) {
        let home = Self.homeFolder(environment: environment)
        let state = Self.baseDirectory(environment["XDG_STATE_HOME"], fallback: home + "/.local/state") + "/revq"
        let data = Self.baseDirectory(environment["XDG_DATA_HOME"], fallback: home + "/.local/share") + "/revq"
        historyFile = state + "/history"
        journalsDirectory = state + "/journals"
        sessionsDirectory = data + "/sessions"
        rcFile = Self.baseDirectory(environment["XDG_CONFIG_HOME"], fallback: home + "/.config") + "/revq/revqrc"
    }

    /// `$HOME`, or when it is unset or empty the account's home folder from the password
    /// database (as Foundation's `NSHomeDirectory` did), or `/` for an account without one.
    static func homeFolder(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        var entry = passwd()
        var found: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard getpwuid_r(getuid(), &entry, &buffer, buffer.count, &found) == 0, found != nil,
            let folder = entry.pw_dir, folder.pointee != 0
        else { return "/" }
        return String(cString: folder)
    }

    /// The XDG specification ignores unset, empty and relative values.
    private static func baseDirectory(_ value: String?, fallback: String) -> String {
        guard let value, value.hasPrefix("/") else { return fallback }
        return value
    }

    /// The file `.save NAME` and `.open NAME` use: a bare name lives in the sessions folder,
    /// anything with a slash or ending in `.revq` is a path.
    package func sessionFile(for name: String) -> String {
        if name.contains("/") || name.hasSuffix(".revq") { return name }
        return sessionsDirectory + "/" + name + ".revq"
    }
}
