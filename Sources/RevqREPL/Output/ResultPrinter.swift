import RevqCore
import RevqRender

/// The one place the REPL hands a result to rendering.
///
/// Several results in a machine format follow one contract (README, "Output for
/// scripts"): json writes one array per result, a stream of JSON values; csv, tsv and
/// jsonl put one empty line between results, and csv and tsv start each with its header.
final class ResultPrinter {
    /// The sinks that already hold a machine-format result, so the next one is set apart.
    private var sinksWithResults: Set<ObjectIdentifier> = []

    /// Renders `result`; its notes follow it in display modes and go to `notes` (stderr)
    /// in machine formats, so that a script's data stays data. A display result taller
    /// than the screen goes through the pager when `pager` is given.
    /// `rowLimit` (`.rowlimit`, on a terminal only) shows the first rows of a long result
    /// and a line saying how many there are and how to see them all.
    func print(_ result: ResultSet, spec: OutputSpec, to sink: OutputSink, notes: OutputSink, pager: PagerChoice? = nil,
               rowLimit: Int? = nil) {
        guard !spec.mode.isMachineFormat else { return printData(result, spec: spec, to: sink, notes: notes) }
        var shown = result
        var footer: String?
        // Counts are not cut: their totals and crosstab need every group.
        if let rowLimit, rowLimit > 0, result.presentation == .rows, result.rows.count > rowLimit {
            shown.rows = Array(result.rows.prefix(rowLimit))
            footer = "\(result.rows.count) rows, \(rowLimit) shown: .rowlimit 0 shows all, .last shows this result whole"
        }
        var text = Renderer.render(shown, spec: spec)
        if let footer { text += Prose.wrap(footer, width: spec.width) + "\n" }
        for note in result.displayNotes { text += Prose.wrap(Self.noteLine(note), width: spec.width) + "\n" }
        if let pager, pager.pages(text) {
            sink.flush()
            if Pager.show(text, command: pager.command) { return }
        }
        sink.write(text)
    }

    private func printData(_ result: ResultSet, spec: OutputSpec, to sink: OutputSink, notes: OutputSink) {
        let identity = ObjectIdentifier(sink)
        if sinksWithResults.contains(identity), spec.mode != .json { sink.write(spec.mode == .csv && spec.crlf ? "\r\n" : "\n") }
        sinksWithResults.insert(identity)
        var output = sink
        Renderer.render(result, spec: spec, to: &output)
        guard !result.notes.isEmpty else { return }
        sink.flush()
        for note in result.notes { notes.write(Self.noteLine(note) + "\n") }
        notes.flush()
    }

    /// A note is a message: a value it quotes is shown through `VisibleText`.
    private static func noteLine(_ note: String) -> String {
        "note: " + VisibleText.escaped(note, keepingLineBreaks: true)
    }
}
