import FoundationEssentials
import RevqEngine

extension Completion {
    /// The longest start every candidate shares (what Tab inserts when there are several).
    var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

/// Completion from context: meta-command names after a leading dot, their arguments
/// (modes, on/off, files, session names), and everything else from the interpreter.
final class Completer {
    private unowned let context: any CompletionContext

    /// Completes for `shell`, which it reaches only through `CompletionContext`.
    init(shell: any CompletionContext) {
        self.context = shell
    }

    func complete(line: String, cursor: Int) -> Completion? {
        let before = String(line.prefix(cursor))
        let leading = before.prefix { $0 == " " || $0 == "\t" }.count
        guard before.dropFirst(leading).hasPrefix("."), context.pendingStatement.isEmpty else {
            return statementCompletion(line: line, cursor: cursor)
        }
        let words = CommandWords(before)
        let endsInSpace = before.last == " " || before.last == "\t"
        if words.words.count <= 1 && !endsInSpace {
            return commandNames(matching: words.words.first?.text ?? ".", start: leading, cursor: cursor)
        }
        guard case .found(let command) = MetaCommands.resolve(words.words[0].text) else { return nil }
        let argumentStart = endsInSpace ? cursor : words.words.last!.start
        let typed = endsInSpace ? "" : words.words.last!.text
        guard words.words.count <= (endsInSpace ? 1 : 2) else { return nil }
        return Completion(range: argumentStart..<cursor, candidates: arguments(of: command, matching: typed))
    }

    /// The language completes the whole pending statement; the range is mapped back onto
    /// the line being edited.
    private func statementCompletion(line: String, cursor: Int) -> Completion? {
        let pending = context.pendingStatement
        let completion = context.completions(in: pending + line, cursor: pending.count + cursor)
        let lower = max(0, completion.range.lowerBound - pending.count)
        return Completion(
            range: lower..<max(lower, completion.range.upperBound - pending.count), candidates: completion.candidates,
            meanings: completion.meanings)
    }

    private func commandNames(matching word: String, start: Int, cursor: Int) -> Completion {
        let typed = word.lowercased()
        let names = MetaCommands.all.map { "." + $0.name }.filter { $0.hasPrefix(typed) }
        return Completion(range: start..<cursor, candidates: names)
    }

    private func arguments(of command: MetaCommand, matching typed: String) -> [String] {
        switch command.argument {
        case .none:
            return []
        case .choices(let choices):
            return choices.filter { $0.hasPrefix(typed.lowercased()) }
        case .files:
            return Self.files(matching: typed).map(CommandWords.quoted)
        case .sessionsAndFiles:
            let sessions = typed.contains("/") ? [] : context.savedSessionNames
            return (sessions.filter { $0.hasPrefix(typed) } + Self.files(matching: typed)).map(CommandWords.quoted)
        }
    }

    /// Paths starting with `typed`, folders ending in `/`; hidden files only when asked for.
    static func files(matching typed: String) -> [String] {
        let shownFolder = typed.lastIndex(of: "/").map { String(typed[...$0]) } ?? ""
        let folder =
            shownFolder.hasPrefix("~/")
            ? RevqPaths.homeFolder(environment: ProcessEnvironment.current) + shownFolder.dropFirst() : shownFolder
        let stem = String(typed.dropFirst(shownFolder.count))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isFolder = false
            _ = FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder)
            return shownFolder + name + (isFolder ? "/" : "")
        }
    }
}
