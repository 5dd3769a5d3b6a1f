import RevqCore
import RevqRender

/// The one place the REPL hands a result to rendering.
///
/// TEMPORARY ADAPTER: until `Renderer.render(_:spec:to:)` lands in RevqRender (branch
/// `render`), rows are printed plainly, tab-separated; delete this body then.
enum ResultPrinter {
    static func print(_ result: ResultSet, spec: OutputSpec, to sink: OutputSink) {
        if spec.headers {
            sink.write(result.columns.map(\.name).joined(separator: "\t") + "\n")
        }
        for row in result.rows {
            sink.write(row.map(\.text).joined(separator: "\t") + "\n")
        }
    }
}
