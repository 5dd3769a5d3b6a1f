import Foundation

@testable import RevqFuzz

/// libFuzzer target: one statement run against the bundled review, its result rendered
/// in every output mode at two widths, its errors through the diagnostic formatter.
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzStatements(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = FuzzSupport.text(data, size)
    // A fresh interpreter per input keeps runs reproducible (`let` changes its state).
    FuzzSupport.runAndRender(text, on: Interpreter(store: FuzzSupport.store))
    return 0
}
