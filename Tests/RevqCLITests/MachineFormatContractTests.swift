import Foundation
import RevqTestSupport
import Testing

/// Issue 9: what scripts read. Machine formats hold data only (no totals, no "(none)"),
/// values keep their types, and a script of several statements follows the documented
/// contract (README, "Output for scripts"): checked with jq, Python's json and csv
/// modules, and Foundation's JSON parser.
@Suite struct MachineFormatContractTests {
    /// Ten statements: counts, a crosstab, aggregates, a sorted and limited count, a
    /// count by a set field, rows with relations, an empty result.
    static let script = """
        count findings by theme
        count findings by theme, confidence
        count findings by confidence show count, avg(support), min(support), max(support)
        count findings by theme sort by count desc limit 3
        count studies by informants
        count excluded by reason
        studies where kind = kvantitativ show label, year, finding, informants, n
        findings where number = 16 show number, support, study
        findings where number > 100
        count findings

        """

    /// Runs a tool (jq, python3) on `input`; its stdout.
    static func tool(_ arguments: [String], input: String) throws -> String {
        let run = try Subprocess.run("/usr/bin/env", arguments, stdin: .text(input))
        #expect(run.status == 0, "\(arguments[0]) failed: \(run.stderr)")
        return run.stdout
    }

    static func run(_ format: String) throws -> String {
        let home = try TemporaryHome()
        try home.write(script, to: "ten.revq")
        let run = try RevqProcess.run(["--format", format, "-f", "ten.revq"], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test func jqReadsTenResultsAsAStreamOfArrays() throws {
        let json = try Self.run("json")
        #expect(try Self.tool(["jq", "-s", "length"], input: json) == "10\n")
        #expect(
            try Self.tool(["jq", "-s", "-c", "map(type)"], input: json) == "["
                + Array(repeating: "\"array\"", count: 10).joined(separator: ",") + "]\n")
        // Line 39: the findings per theme, in Tabell 9's order.
        #expect(try Self.tool(["jq", "-s", "-c", ".[0] | map(.count)"], input: json) == "[2,1,16,1,3,2,8]\n")
        #expect(
            try Self.tool(
                ["jq", "-s", "-c", "[.[][] | .[] | strings | select(. == \"total\" or . == \"(none)\")] | length"],
                input: json) == "0\n")
    }

    @Test func pythonsJSONModuleReadsTheStreamAsDocumented() throws {
        let json = try Self.run("json")
        // The README's recipe: json.JSONDecoder().raw_decode reads one value after another.
        let program = """
            import json, sys
            text, decoder, results, at = sys.stdin.read(), json.JSONDecoder(), [], 0
            while text[at:].strip():
                value, at = decoder.raw_decode(text, len(text) - len(text[at:].lstrip()))
                results.append(value)
            print(len(results), [len(r) for r in results])
            print(type(results[0][0]["count"]).__name__, type(results[6][0]["year"]).__name__, results[6][0]["finding"], results[6][0]["n"])
            print(all(isinstance(s, str) for s in results[7][0]["study"]), type(results[7][0]["support"]).__name__)
            """
        let output = try Self.tool(["python3", "-c", program], input: json).split(separator: "\n")
        #expect(output.first?.hasPrefix("10 [7, 28, 4, 3, ") == true, "\(output)")
        #expect(output.first?.hasSuffix(", 0, 1]") == true, "an empty result is [], a plain count one row")
        // Counts and years are numbers; a quantitative study's findings an empty list; an
        // unknown informant count null (None).
        #expect(output.dropFirst().first == "int int [] None")
        #expect(output.last == "True int")
    }

    @Test func csvStartsEachResultWithItsHeaderAfterAnEmptyLine() throws {
        let csv = try Self.run("csv")
        let program = """
            import csv, sys
            blocks = sys.stdin.read().split("\\n\\n")
            headers = [next(csv.reader(block.splitlines())) for block in blocks if block.strip()]
            print(len(blocks), headers[0], headers[1], headers[2])
            rows = list(csv.reader(blocks[5].splitlines()))
            print(any(row[0] in ("total", "(none)") for row in rows), any(row[0] == "" for row in rows[1:]))
            """
        let output = try Self.tool(["python3", "-c", program], input: csv).split(separator: "\n")
        #expect(
            output.first
                == "10 ['theme', 'count'] ['theme', 'confidence', 'count'] ['confidence', 'count', 'avg(support)', 'min(support)', 'max(support)']"
        )
        // No totals row and no placeholder; the excluded records without a reason are a
        // group whose key is empty (unknown).
        #expect(output.last == "False True")
    }

    /// csv lines end with LF, as sqlite3 and DuckDB write them, so a shell's `$(...)` is
    /// the value: the 33 findings of Tabell 9 (line 1123: "(N=33)"). `.crlf on` gives
    /// RFC 4180's CRLF, to every record and between results.
    @Test func csvEndsLinesWithLFAndCRLFOnlyWhenAsked() throws {
        #expect(SourceText.review.line(1123).contains("(N=33)"))
        let home = try TemporaryHome()
        let shell = try ExternalCommand.run(
            [
                "sh", "-c", #"[ "$("$0" --format csv -c '.headers off' -c 'count findings')" = 33 ]"#,
                RevqProcess.binary,
            ], home: home)
        #expect(shell.status == 0, "\(shell.stderr)")
        let plain = try RevqProcess.run(
            ["--format", "csv", "-c", "count findings", "-c", "count findings"], home: home)
        #expect(plain.stdout == "count\n33\n\ncount\n33\n")
        let crlf = try RevqProcess.run(
            ["--format", "csv", "-c", ".crlf on", "-c", "count findings", "-c", "count findings"], home: home)
        #expect(crlf.stdout == "count\r\n33\r\n\r\ncount\r\n33\r\n")
        let tsv = try RevqProcess.run(["--format", "tsv", "-c", ".crlf on", "-c", "count findings"], home: home)
        #expect(tsv.stdout == "count\n33\n", "tsv keeps the dataset's LF")
    }

    /// Each statement's output read back with Foundation's parser: types, not strings.
    @Test func jsonValuesKeepTheirTypes() throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run(["--format", "json", "-c", "count findings by support"], home: home)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(!objects.isEmpty)
        #expect(
            objects.allSatisfy { $0["support"] is NSNumber && !($0["support"] is String) && $0["count"] is NSNumber })
        let jsonl = try RevqProcess.run(
            ["--format", "jsonl", "-c", "studies where finding = 16 show label, finding, informants"], home: home)
        // One line per study Tabell 9 lists for finding 16: a loop over none checks nothing.
        let supporting = try #require(ReviewTables.tabell9.first { $0.number == 16 }).studies
        #expect(supporting > 0)
        #expect(jsonl.stdout.split(separator: "\n").count == supporting)
        for line in jsonl.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let findings = try #require(object["finding"] as? [Any])
            #expect(findings.contains { ($0 as? NSNumber)?.intValue == 16 }, "finding numbers are numbers")
            #expect(object["informants"] is [Any], "a set is an array, [] when empty")
        }
    }

    /// Notes (groups overlap) go to stderr in a machine format, under the table otherwise.
    @Test func notesStayOutOfTheData() throws {
        let home = try TemporaryHome()
        let json = try RevqProcess.run(["--format", "json", "-c", "count studies by informants"], home: home)
        #expect(!json.stdout.contains("overlap"))
        #expect(json.stderr.hasPrefix("note: groups overlap"))
        let table = try RevqProcess.run(["-c", "count studies by informants"], home: home)
        #expect(table.stdout.contains("note: groups overlap"))
        #expect(table.stdout.contains("│ total "))
    }

    /// Tabell 11's interventions, as the review counts them in its caption
    /// ("Undersøkte tiltak (N=15)").
    static let tabell11Count: Int = {
        let caption = SourceText.review.lineNumbers { $0.hasPrefix("Tabell 11:") }[0]
        let line = SourceText.review.line(caption)
        let count = line[line.range(of: "(N=")!.upperBound...].prefix { $0.isNumber }
        return Int(count)!
    }()

    /// `grid` draws a totals row for a person; in a machine format it is data only, one
    /// record per intervention and no "total Ja".
    @Test(arguments: ["csv", "tsv", "json", "jsonl"])
    func gridCarriesOnlyItsRecords(format: String) throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run(["--format", format, "-c", "grid matrix"], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("total"), "\(run.stdout)")
        let lines = run.stdout.split(whereSeparator: \.isNewline).filter { !$0.isEmpty }
        switch format {
        case "json": #expect(try Self.tool(["jq", "length"], input: run.stdout) == "\(Self.tabell11Count)\n")
        case "jsonl": #expect(lines.count == Self.tabell11Count)
        default: #expect(lines.count == Self.tabell11Count + 1, "a header and the records")
        }
        let table = try RevqProcess.run(["-c", "grid matrix"], home: home)
        #expect(table.stdout.contains("total Ja"), "the display keeps its totals")
    }

    /// Each column of `why` holds one JSON type (nulls aside): the finding's number in
    /// `name` is text like the names of the other parts.
    @Test func whyHasOneTypePerColumn() throws {
        let home = try TemporaryHome()
        let run = try RevqProcess.run(["--format", "json", "-c", "why 16"], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        let types = try Self.tool(
            [
                "jq", "-c",
                "[.[] | to_entries[] | select(.value != null) | {key, type: (.value | type)}] | group_by(.key) | map({(.[0].key): (map(.type) | unique)}) | add",
            ], input: run.stdout)
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(types.utf8)) as? [String: [String]])
        #expect(decoded.keys.sorted() == ["level", "name", "part", "source", "text"])
        #expect(decoded.values.allSatisfy { $0.count == 1 }, "\(decoded)")
    }
}
