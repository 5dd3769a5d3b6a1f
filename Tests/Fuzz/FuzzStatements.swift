import Foundation
@testable import RevqFuzz

/// libFuzzer target: one statement run against the bundled review, its result rendered
/// in every output mode at two widths, its errors through the diagnostic formatter.
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzStatements(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = FuzzSupport.text(data, size)
    // A fresh interpreter per input keeps runs reproducible (`let` changes its state).
    switch Interpreter(store: FuzzSupport.store).run(text) {
    case .rows(let result):
        guard result.rows.count * max(1, result.columns.count) <= FuzzSupport.renderedCellLimit else { return 0 }
        for mode in OutputMode.allCases {
            for width in [24, 100] {
                _ = Renderer.render(result, spec: OutputSpec(mode: mode, width: width, color: width == 100))
            }
        }
    case .failure(let diagnostics):
        _ = DiagnosticFormatter.render(diagnostics, in: text, origin: InputOrigin(name: "<fuzz>"))
    case .message, .incomplete:
        break
    }
    return 0
}
