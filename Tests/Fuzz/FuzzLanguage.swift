import Foundation

@testable import RevqFuzz

/// libFuzzer target: the lexer, the parser and the REPL's per-line parenthesis count on
/// any bytes. A crash, a hang or an AddressSanitizer report is a bug; an error is not.
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzLanguage(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = Lexer.tokens(of: text)
    if case .failure(let diagnostics) = Parser.parse(text) {
        _ = DiagnosticFormatter.render(diagnostics, in: text, origin: InputOrigin(name: "<fuzz>"))
    }
    _ = StatementAssembler.parenthesisBalance(of: text)
    return 0
}
