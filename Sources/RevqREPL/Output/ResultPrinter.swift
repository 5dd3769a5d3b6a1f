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
    func print(
        _ result: ResultSet, spec: OutputSpec, to sink: OutputSink, notes: OutputSink, pager: PagerChoice? = nil,
        rowLimit: Int? = nil
    ) {
        guard !spec.mode.isMachineFormat else { return printData(result, spec: spec, to: sink, notes: notes) }
        let footer = ResultFooter(result, rowLimit: rowLimit)
        guard let pager else {
            // Straight into the sink: a table's bytes are not made a String to be copied again.
            var output = sink
            Renderer.render(footer.shown(result), spec: spec, to: &output)
            return sink.write(footer.text(width: spec.width))
        }
        let text = Renderer.render(footer.shown(result), spec: spec) + footer.text(width: spec.width)
        if pager.pages(text) {
            sink.flush()
            if Pager.show(text, command: pager.command) { return }
        }
        sink.write(text)
    }

    private func printData(_ result: ResultSet, spec: OutputSpec, to sink: OutputSink, notes: OutputSink) {
        let identity = ObjectIdentifier(sink)
        if sinksWithResults.contains(identity), spec.mode != .json {
            sink.write(spec.mode == .csv && spec.crlf ? "\r\n" : "\n")
        }
        sinksWithResults.insert(identity)
        var output = sink
        Renderer.render(result, spec: spec, to: &output)
        guard !result.notes.isEmpty else { return }
        sink.flush()
        for note in result.notes { notes.write(ResultFooter.noteLine(note) + "\n") }
        notes.flush()
    }
}
