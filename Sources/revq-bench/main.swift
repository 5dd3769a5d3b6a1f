import RevqCore
import RevqData
import RevqEngine
import RevqLanguage
import RevqReview

// revq-bench: times parsing and evaluation of a fixed set of statements on a dataset,
// with and without indexes. A benchmark, not a test: it prints figures, it asserts nothing.
//
//     revq-bench [DATASET_DIR] [--show STATEMENT]
#if canImport(Glibc)
    import Glibc
#endif

let statements = [
    "findings where confidence >= moderat and theme = kommunikasjon",
    "findings where study = \"Øye 2018\"",
    "findings where study.kind = kvalitativ and study.limitations >= store",
    "findings where text ~ hjemmebes*",
    "findings where ~ fravær skole",
    "studies where finding = 16",
    "matrix where study.country = USA",
    // Quantifiers and emptiness (issue 8): complements and "every" back through relations.
    "findings where every study.country = Norge",
    "findings where no study.kind = kvantitativ",
    "studies where every finding.confidence >= moderat",
    "studies where no informants = elever",
    "studies where note is not empty",
    "findings where text ~ \"gode relasjoner\"",
    "count findings where every study.country = Norge",
    "count studies where every finding.confidence >= moderat or finding is empty",
    "findings where support = 1 sort by confidence desc, number",
    "count findings where confidence >= moderat by theme, confidence",
    "count matrix by relasjon",
    "count matrix by kompetanse",
    "audit where verdict = disagrees",
    "count findings by confidence show avg(support)",
    "count findings by theme show count, min(confidence), max(confidence) sort by count desc limit 3",
    // Workshop views (issue 10): all 33 findings as the Evidence Profile and SoQF.
    "profile",
    "soqf",
    "why 16",
    "check",
    "grid matrix",
]

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The median time of `body` in microseconds over enough runs to take about 0.2 s.
func median(_ body: () -> Void) -> Double {
    var times: [Double] = []
    let start = now()
    while times.count < 5 || (now() - start < 0.2 && times.count < 10_000) {
        let before = now()
        body()
        times.append((now() - before) * 1e6)
    }
    return times.sorted()[times.count / 2]
}

/// `value` with one decimal, without Foundation.
func fixed(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}

func rowCount(_ outcome: StatementOutcome) -> String {
    switch outcome {
    case .rows(let result): return String(result.rows.count)
    case .message(let text): return text
    case .incomplete: return "incomplete"
    case .failure(let diagnostics): return "error: " + (diagnostics.first?.message ?? "")
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
let directory = arguments.first.flatMap { $0.hasPrefix("--") ? nil : $0 } ?? "Datasets/review"
let loadStart = now()
let store: Store
do { store = try DatasetLoader.load(directory: directory) } catch {
    print("cannot load \(directory):\n\(error)")
    exit(1)
}
let loaded = now()
let interpreter = Interpreter(store: store)
let indexed = now()
print("dataset \(directory): \(store.tables.map { "\($0.name) \($0.count)" }.joined(separator: ", "))")
let loadMilliseconds = (loaded - loadStart) * 1e3
let indexMilliseconds = (indexed - loaded) * 1e3
print("load \(fixed(loadMilliseconds)) ms, build indexes \(fixed(indexMilliseconds)) ms")

if let flag = arguments.firstIndex(of: "--show"), flag + 1 < arguments.count {
    let statement = arguments[flag + 1]
    switch interpreter.run(statement) {
    case .rows(let result):
        print(result.columns.map(\.name).joined(separator: "\t"))
        for row in result.rows { print(row.map(\.text).joined(separator: "\t")) }
    case .failure(let diagnostics):
        print(DiagnosticFormatter.render(diagnostics, in: statement, origin: InputOrigin(name: "<command line>")))
    case let other:
        print(other)
    }
    exit(0)
}

// The audit from scratch: every claim's check and the cross-table checks (the `audit` source
// caches them after its first use, so the statements below time only the cached source).
print("audit, every check from scratch: median \(fixed(median { _ = interpreter.auditEntries() } / 1000)) ms")

// --only N: time only the Nth statement (1-based), for profiling.
var selected = statements
if let flag = arguments.firstIndex(of: "--only"), flag + 1 < arguments.count, let number = Int(arguments[flag + 1]),
    statements.indices.contains(number - 1)
{
    selected = [statements[number - 1]]
}

print("median microseconds per statement")
print(["parse", "indexed", "scan", "rows", "statement"].joined(separator: "\t"))
for statement in selected {
    let parse = median { _ = Parser.parse(statement) }
    interpreter.usesIndexes = true
    let fast = median { _ = interpreter.run(statement) }
    let rows = rowCount(interpreter.run(statement))
    interpreter.usesIndexes = false
    let slow = median { _ = interpreter.run(statement) }
    print([fixed(parse), fixed(fast), fixed(slow), rows, statement].joined(separator: "\t"))
}
