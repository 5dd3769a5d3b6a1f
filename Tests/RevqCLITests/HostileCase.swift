import Foundation

/// One case of the hostile catalogue (`Tests/Hostile/<name>.sh`) and what its header
/// comments expect. A header the parser does not know is an error, not a comment: a typo
/// such as `# expect-stdot-contains:` must not make a case pass by checking nothing.
///
///     # case: a chart of an aggregate with no number
///     # expect-status: 1
///     # expect-stderr-contains: error:
struct HostileCase {
    enum Check: Equatable {
        case stdoutContains(String)
        case stderrContains(String)
        case stdoutNotContains(String)
        case stderrNotContains(String)
    }

    struct HeaderError: Error, CustomStringConvertible {
        let description: String
    }

    var summary = ""
    var status: Int32 = 0
    var checks: [Check] = []
    var timeoutSeconds = 60
    var needsRoot = false

    /// The keys a header line may carry; any other `# expect…:`, `# case…:`,
    /// `# timeout…:` or `# needs…:` line is a typo.
    static let keys: Set<String> = [
        "case", "expect-status", "expect-stdout-contains", "expect-stderr-contains",
        "expect-stdout-not-contains", "expect-stderr-not-contains", "timeout", "needs-root",
    ]
    private static let headerPrefixes = ["expect", "case", "timeout", "needs"]

    /// Reads the header comments of `text`; every case must say what it is and which
    /// exit status it ends with.
    init(parsing text: String) throws {
        var sawStatus = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let (key, value) = try Self.header(in: String(line)) else { continue }
            if key == "expect-status" {
                guard !sawStatus else { throw HeaderError(description: "more than one '# expect-status:'") }
                sawStatus = true
            }
            try apply(key: key, value: value)
        }
        guard sawStatus else { throw HeaderError(description: "no '# expect-status: <N>' header") }
        guard !summary.isEmpty else { throw HeaderError(description: "no '# case: <what is hostile>' header") }
    }

    /// The key and value of a header line, nil for a line that is not one; throws for a
    /// line that looks like a header but names no key this format has.
    private static func header(in line: String) throws -> (String, String)? {
        guard line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[line.index(after: line.startIndex)..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        // Prose such as "# case where it fails: ..." has spaces in its key.
        guard !key.contains(" "), headerPrefixes.contains(where: { key.hasPrefix($0) }) else { return nil }
        guard keys.contains(key), line.hasPrefix("# \(key): ") || line == "# \(key):" else {
            throw HeaderError(
                description: "unknown or misspelt header '\(line)' (known: \(keys.sorted().joined(separator: ", ")))")
        }
        return (key, String(line[line.index(after: colon)...].dropFirst()))
    }

    private mutating func apply(key: String, value: String) throws {
        switch key {
        case "case": summary = value
        case "expect-status": status = try Self.number(value, for: key)
        case "expect-stdout-contains": checks.append(.stdoutContains(try Self.text(value, for: key)))
        case "expect-stderr-contains": checks.append(.stderrContains(try Self.text(value, for: key)))
        case "expect-stdout-not-contains": checks.append(.stdoutNotContains(try Self.text(value, for: key)))
        case "expect-stderr-not-contains": checks.append(.stderrNotContains(try Self.text(value, for: key)))
        case "timeout": timeoutSeconds = Int(try Self.number(value, for: key))
        default: needsRoot = try Self.yes(value)
        }
    }

    private static func number(_ value: String, for key: String) throws -> Int32 {
        guard let number = Int32(value), number >= 0 else {
            throw HeaderError(description: "'# \(key):' needs a whole number, found '\(value)'")
        }
        return number
    }

    /// An empty text is contained in everything: a check of it would check nothing.
    private static func text(_ value: String, for key: String) throws -> String {
        guard !value.isEmpty else { throw HeaderError(description: "'# \(key):' has no text") }
        return value
    }

    private static func yes(_ value: String) throws -> Bool {
        guard value == "yes" || value == "no" else {
            throw HeaderError(description: "'# needs-root:' is 'yes' or 'no', found '\(value)'")
        }
        return value == "yes"
    }
}
