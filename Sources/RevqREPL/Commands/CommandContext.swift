import RevqCore

/// What a meta-command's action may reach: the settings, the output, the history, the
/// session's files, the store and the last result; not how lines are read, statements
/// run or the journal kept. The shell is the one context; a test can bring its own.
///
///     extension CommandContext {
///         func timer(_ call: MetaInvocation) throws(MetaError) {
///             settings.timer = try call.onOff(usage: MetaCommands.usage(of: "timer"))
///         }
///     }
protocol CommandContext: AnyObject {
    /// The review as the statements see it: with `audit` once a statement built it.
    var store: Store { get }
    /// The store with the sources revq computes (`audit`), for `.export sqlite`.
    var storeWithComputedSources: Store { get }
    var settings: ShellSettings { get set }
    var output: OutputRouter { get }
    var history: HistoryKeeper { get }
    var sessions: SessionKeeper { get }
    /// Checking a session before restoring it: actions that write files do nothing.
    var dryRun: Bool { get }
    /// What the command's line came from: typed lines, a file, a session.
    var currentInput: InputPolicy? { get }
    /// `.quit` sets it; the run of lines ends after the command.
    var quitRequested: Bool { get set }
    /// `.record FILE`: the panel's record being written.
    var panelRecord: PanelRecord? { get set }
    /// The dataset's name, as session files and records name it.
    var datasetName: String { get }
    /// The named queries defined so far (`let`).
    var queryNames: [String] { get }
    var lastResult: ResultSet? { get }
    /// Shows a result; on a terminal `.rowlimit` may cut it, unless `whole`.
    func show(_ result: ResultSet, whole: Bool)
    /// Replays a session file here, quietly (`.open`).
    func restore(path: String) -> Restoration?
    /// How many `.read` files are running, one inside another.
    var readDepth: Int { get }
    /// `.read FILE`: runs its lines here; false when any failed or it could not be read.
    func runNested(_ path: String) -> Bool
}

extension CommandContext {
    /// Deep enough for any script; a file that reads itself stops here, not at the stack's end.
    static var readDepthLimit: Int { 32 }
}

extension Shell: CommandContext {
    /// Read through the interpreter, the store's one owner: a copy kept here would miss `audit`.
    var store: Store { interpreter.store }
    var datasetName: String { configuration.datasetName }
    var storeWithComputedSources: Store { interpreter.storeWithComputedSources() }
    var queryNames: [String] { interpreter.queryNames }
}
