/// The parts of a file path, read from its text as NSString's path methods read it (a
/// trailing slash is not a component, the root stays "/"), without the file system.
///
///     PathName.lastComponent("/tmp/panel.revq")   // "panel.revq"
///     PathName.folder(of: "/tmp/panel.revq")      // "/tmp"
///     PathName.folder(of: "panel.revq")           // ""
///     PathName.withoutExtension("panel.revq")     // "panel"
enum PathName {
    /// The last component: "b" of "/a/b" and of "/a/b/"; "/" of "/".
    static func lastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// Everything before the last component: "/a" of "/a/b", "/" of "/a", "" of a bare name.
    static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let folder = withoutTrailingSlashes(String(trimmed[..<slash]))
        return folder.isEmpty ? "/" : String(folder)
    }

    /// A file name without its extension, the text after its last dot; a name that only
    /// begins with a dot (".revq", a hidden file) has none.
    static func withoutExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    private static func withoutTrailingSlashes(_ path: String) -> Substring {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }
}
