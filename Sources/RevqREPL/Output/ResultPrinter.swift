import RevqCore
import RevqRender

/// The one place the REPL hands a result to rendering.
enum ResultPrinter {
    /// Renders `result`; its notes follow it in display modes and go to `notes` (stderr)
    /// in machine formats, so that a script's data stays data.
    static func print(_ result: ResultSet, spec: OutputSpec, to sink: OutputSink, notes: OutputSink) {
        var output = sink
        Renderer.render(result, spec: spec, to: &output)
        guard !result.notes.isEmpty else { return }
        if spec.mode.isMachineFormat {
            for note in result.notes { notes.write("note: \(note)\n") }
            notes.flush()
        } else {
            for note in result.notes { output.write("note: \(note)\n") }
        }
    }
}
