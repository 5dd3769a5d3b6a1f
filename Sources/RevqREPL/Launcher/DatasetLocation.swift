import FoundationEssentials
import Glibc
import RevqCore
import RevqData

/// Where a dataset folder is, and which rule found it.
///
///     let location = DatasetLocation.bundled(executable: "/usr/local/bin/revq", environment: [:])
///     location?.directory   // "/usr/local/share/revq" once scripts/install has put the review there
package struct DatasetLocation: Sendable, Equatable {
    package enum Origin: Sendable, Equatable {
        /// `--dataset DIR`.
        case option
        /// `PREFIX/share/revq` for a binary in `PREFIX/bin`: what scripts/install and the
        /// Debian package lay out.
        case installed
        /// `DIR/revq` for a folder of `$XDG_DATA_DIRS`.
        case dataDirs
        /// `Datasets/review` in a folder above the binary: the repository it was built in.
        case checkout
    }

    package let directory: String
    package let origin: Origin

    /// How `revq --version` names the rule.
    var originText: String {
        switch origin {
        case .option: "given with --dataset"
        case .installed: "installed with revq, next to its binary"
        case .dataDirs: "found through $XDG_DATA_DIRS"
        case .checkout: "the checkout revq was built in"
        }
    }

    /// The folders the bundled review may be in, in the order they are tried: next to the
    /// binary's prefix, then every folder above the binary (a checkout), then
    /// `$XDG_DATA_DIRS`. The checkout comes before the system folders so that a binary
    /// built in a checkout always answers from that checkout's review, never from an
    /// older review installed on the machine.
    static func candidates(executable: String, environment: [String: String]) -> [DatasetLocation] {
        // Plain text, not Foundation's URL: its path handling instantiated generic types
        // (a Set of bytes and their hashing) at every start.
        let binaryFolder = parent(of: absolute(executable))
        var folders = [DatasetLocation(directory: joined(parent(of: binaryFolder), "share/revq"), origin: .installed)]
        var folder = binaryFolder
        while folder != "/" {
            folders.append(DatasetLocation(directory: joined(folder, "Datasets/review"), origin: .checkout))
            folder = parent(of: folder)
        }
        folders += dataDirectories(environment).map { DatasetLocation(directory: $0 + "/revq", origin: .dataDirs) }
        return folders
    }

    /// `path` made absolute against the working folder (the executable's path is absolute
    /// unless /proc is missing and `argv[0]` was relative).
    private static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/"), let folder = getcwd(nil, 0) else { return path }
        defer { free(folder) }
        return joined(String(cString: folder), path)
    }

    /// The folder holding `path` ("/" for a file at the root), with no trailing slash.
    static func parent(of path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        var end = slash
        while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        return end == 0 ? "/" : String(decoding: bytes[..<end], as: UTF8.self)
    }

    private static func joined(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// The first candidate that holds a dataset.
    static func bundled(executable: String, environment: [String: String]) -> DatasetLocation? {
        candidates(executable: executable, environment: environment).first { isDataset($0.directory) }
    }

    /// The XDG base-directory rule: absolute entries only; unset or empty means
    /// /usr/local/share:/usr/share.
    static func dataDirectories(_ environment: [String: String]) -> [String] {
        let listed = (environment["XDG_DATA_DIRS"] ?? "").split(separator: ":").map(String.init).filter {
            $0.hasPrefix("/")
        }
        let folders = listed.isEmpty ? ["/usr/local/share", "/usr/share"] : listed
        return folders.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    static func isDataset(_ directory: String) -> Bool {
        FileManager.default.fileExists(atPath: directory + "/schema/sources.tsv")
    }

    /// Why `directory` cannot be looked into, when that and not a missing file is why its
    /// `schema/sources.tsv` cannot be seen: the folder on the way the user may not enter.
    static func unreadable(_ directory: String) -> String? {
        var status = stat()
        guard stat(directory + "/schema/sources.tsv", &status) != 0 else { return nil }
        let code = errno
        guard code != ENOENT && code != ENOTDIR else { return nil }
        for folder in [directory, directory + "/schema"] where faccessat(AT_FDCWD, folder, X_OK, AT_EACCESS) != 0 {
            return "cannot open the dataset folder \(folder): \(String(cString: strerror(errno)))"
        }
        return "cannot read \(directory)/schema/sources.tsv: \(String(cString: strerror(code)))"
    }

    /// The folder `--dataset` names, or the bundled review; a problem says where revq looked.
    static func locate(
        _ requested: String?, executable: String = Launcher.executablePath(),
        environment: [String: String] = ProcessEnvironment.current
    ) -> Result<DatasetLocation, Launcher.StartProblem> {
        if let requested {
            if let blocked = unreadable(requested) { return .failure(Launcher.StartProblem(blocked, status: 1)) }
            guard isDataset(requested) else {
                return .failure(
                    Launcher.StartProblem(
                        "'\(VisibleText.escaped(requested))' is not a dataset folder (it has no schema/sources.tsv)",
                        status: 2))
            }
            return .success(DatasetLocation(directory: requested, origin: .option))
        }
        if let found = bundled(executable: executable, environment: environment) { return .success(found) }
        let tried = candidates(executable: executable, environment: environment).filter { $0.origin != .checkout }.map(
            \.directory)
        let message =
            "cannot find the bundled review: looked in \(tried.joined(separator: ", ")) "
            + "and for Datasets/review in every folder above \(executable)"
        return .failure(Launcher.StartProblem(message, hint: .passDataset, status: 1))
    }
}

extension Launcher {
    /// Why revq cannot start, said through `DiagnosticFormatter` like every other error:
    /// one diagnostic about revq, then one per place it concerns (a dataset file's line).
    struct StartProblem: Error {
        let diagnostics: [(place: String, diagnostic: Diagnostic)]
        let status: Int32

        init(
            _ message: String, hint: Hint? = nil, status: Int32, details: [(place: String, diagnostic: Diagnostic)] = []
        ) {
            diagnostics = [("revq", Diagnostic(.error, message, at: nil, hint: hint))] + details
            self.status = status
        }

        /// The first diagnostic's message, for `--version`'s one line.
        var summary: String { diagnostics.first?.diagnostic.message ?? "" }

        func rendered(for target: DiagnosticTarget = .plain) -> String {
            diagnostics.map { DiagnosticFormatter.render($0.diagnostic, at: $0.place, for: target) }.joined(
                separator: "\n")
        }
    }

    /// The store from `--dataset DIR`, or from the bundled review.
    static func loadDataset(_ requested: String?) -> Result<(Store, String, DerivedCacheFile?), StartProblem> {
        let location: DatasetLocation
        switch DatasetLocation.locate(requested) {
        case .success(let found): location = found
        case .failure(let problem): return .failure(problem)
        }
        do {
            // The claims' checks, compiled, are kept beside the compiled dataset they ran on.
            let (store, claims) =
                if let folder = cacheFolder(), let build = BuildIdentity.current {
                    try StoreCache(folder: folder, toolVersion: "\(revqVersion) build \(build)").loadWithDerived(
                        directory: location.directory, name: "claims")
                } else {
                    (try DatasetLoader.load(directory: location.directory), nil)
                }
            return .success((store, location.directory, claims))
        } catch {
            let details = error.errors.map { (place: $0.place, diagnostic: Diagnostic(.error, $0.statement, at: nil)) }
            return .failure(
                StartProblem(
                    "the dataset \(VisibleText.escaped(location.directory)) cannot be loaded", status: 1,
                    details: details))
        }
    }

    /// Where the compiled dataset is kept: `$XDG_CACHE_HOME/revq` (an absolute path, as the
    /// XDG rule asks), else `~/.cache/revq`; nil when `REVQ_NO_CACHE` is set (to anything
    /// but empty or 0) or there is no home. The cache is also off for a binary without a
    /// build ID (see `BuildIdentity`), which could not tell its compiled files from another
    /// build's.
    static func cacheFolder(environment: [String: String] = ProcessEnvironment.current) -> String? {
        if let off = environment["REVQ_NO_CACHE"], !off.isEmpty, off != "0" { return nil }
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/revq" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return (home.hasSuffix("/") ? String(home.dropLast()) : home) + "/.cache/revq"
    }

    /// The running binary with symlinks resolved, so a link on the PATH finds the review
    /// installed next to the real binary.
    static func executablePath() -> String {
        // The kernel's link is the binary's path with every link resolved already: read
        // once, not component by component as realpath(3) (or Foundation) would. A binary
        // replaced while it runs reads "... (deleted)": that is left to the resolving below.
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, Int(PATH_MAX))
        if length > 0, length < Int(PATH_MAX), buffer[0] == CChar(UInt8(ascii: "/")) {
            let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if !path.hasSuffix(" (deleted)") { return path }
        }
        let path =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
