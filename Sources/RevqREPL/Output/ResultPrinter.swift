import RevqCore
import RevqRender

/// The one place the REPL hands a result to rendering.
enum ResultPrinter {
    static func print(_ result: ResultSet, spec: OutputSpec, to sink: OutputSink) {
        var output = sink
        Renderer.render(result, spec: spec, to: &output)
    }
}
