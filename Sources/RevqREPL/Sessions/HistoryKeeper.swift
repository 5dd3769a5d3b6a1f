/// The statements a person typed, as line editing recalls them and as the history file
/// keeps them: each accepted line is added to the list (de-duplicated, bounded) and
/// merged into the file, which other revqs may be writing too. A file that cannot be
/// written is said once, and the list goes on in memory.
///
///     let history = HistoryKeeper(file: HistoryFile(path: paths.historyFile), output: output)
///     history.remember(typed: "count findings by theme")
final class HistoryKeeper {
    private(set) var list: HistoryList
    /// Where the history is kept; nil when this run keeps none (scripts, `--no-history`).
    private let file: HistoryFile?
    private let output: OutputRouter
    /// Told about every change, so line editing recalls what `.open` restored.
    var onChange: ((HistoryList) -> Void)?
    /// Set after the first failed write of the file, so it is reported once.
    private var failed = false

    init(file: HistoryFile?, output: OutputRouter) {
        self.list = file?.load() ?? HistoryList()
        self.file = file
        self.output = output
    }

    /// A line typed and run.
    func remember(typed line: String) {
        guard list.add(line) else { return }
        onChange?(list)
        save([line])
    }

    /// The entries a restored session brought, as if they had been typed.
    func remember(restored lines: [String]) {
        for line in lines { list.add(line) }
        onChange?(list)
        save(lines)
    }

    /// Merges entries into the history file.
    private func save(_ entries: [String]) {
        guard let file, !failed else { return }
        do { try HistoryFile(path: file.path, limit: list.limit).merge(entries) } catch {
            failed = true
            output.warn("the history cannot be saved: \(error)")
        }
    }
}
