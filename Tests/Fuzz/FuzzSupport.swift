import Foundation

/// What the fuzz targets share: the bundled review, loaded once, and a shell that writes
/// nothing anywhere (results and messages are discarded, files are never written).
enum FuzzSupport {
    /// `REVQ_FUZZ_DATASET` (set by scripts/fuzz), else `Datasets/review` here.
    static let datasetPath = ProcessInfo.processInfo.environment["REVQ_FUZZ_DATASET"] ?? "Datasets/review"

    static let store: Store = {
        do { return try DatasetLoader.load(directory: datasetPath) } catch {
            fatalError("fuzz: cannot load \(datasetPath): \(error)")
        }
    }()

    /// Results larger than this are not rendered: a statement may ask for a 200 MB table
    /// (`count sections by id, text`), which is slow, not wrong, and would stall the fuzzer;
    /// the renderers see every shape of result well below this size.
    static let renderedCellLimit = 2_000

    /// Runs one statement and renders its result in every output mode at two widths, or its
    /// errors through the diagnostic formatter: what a user would see, minus the terminal.
    static func runAndRender(_ text: String, on interpreter: Interpreter) {
        switch interpreter.run(text) {
        case .rows(let result):
            guard result.rows.count * max(1, result.columns.count) <= renderedCellLimit else { return }
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
    }

    static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// A shell over the review that keeps nothing: no journal, no history, no output.
    static func quietShell() -> Shell {
        let scratch = NSTemporaryDirectory() + "revq-fuzz-\(getpid())"
        let paths = RevqPaths(environment: [
            "HOME": scratch, "XDG_STATE_HOME": scratch + "/state", "XDG_DATA_HOME": scratch + "/data",
        ])
        let configuration = Shell.Configuration(
            paths: paths, facts: TerminalFacts(environment: [:]), datasetName: datasetPath,
            keepsHistoryFile: false, journals: false)
        let shell = Shell(store: store, configuration: configuration, stdout: .discarding(), stderr: .discarding())
        shell.dryRun = true
        return shell
    }
}
