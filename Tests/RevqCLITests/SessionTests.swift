import Foundation
import RevqTestSupport
import Testing

/// Saved sessions: save, list, open, replay; files that are corrupt, truncated or that
/// would write; and nothing lost when revq is killed.
@Suite(.serialized)
struct SessionTests {
    private func revq(_ arguments: [String], stdin: String = "", home: TemporaryHome) throws -> RevqProcess.Result {
        try RevqProcess.run(arguments, stdin: stdin, home: home)
    }

    /// Saves a session of settings (and, with the language, a named query) as `name`.
    private func saveSession(_ name: String, home: TemporaryHome) throws -> String {
        let script = ".mode csv\n.headers off\n.timer on\nlet komm = findings where theme = kommunikasjon\n"
        let run = try revq([], stdin: script + ".save \(name)\n", home: home)
        #expect(run.status == 0, "\(run.stderr)")
        return home.sessionsDirectory + "/\(name).revq"
    }

    @Test func saveWritesACommentedFileThatOpenRestores() throws {
        let home = try TemporaryHome()
        let path = try saveSession("workshop", home: home)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == #"# revq session "workshop""#)
        #expect(lines.last == "# end of session")
        #expect(Array(lines.filter { !$0.hasPrefix("#") }.prefix(3)) == [".mode csv", ".headers off", ".timer on"])
        let statements = lines.filter { !$0.hasPrefix("#") }.count
        #expect(lines.contains("# statements: \(statements)"))

        let opened = try revq(["-c", ".open workshop", "-c", ".mode"], home: home)
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stderr.contains("opened \(path): \(statements) statements"))
        #expect(opened.stdout.contains("current mode: csv"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func sessionsListsNameDateAndCount() throws {
        let home = try TemporaryHome()
        _ = try saveSession("b-second", home: home)
        _ = try revq([], stdin: ".mode json\n.save a-first\n", home: home)
        let run = try revq(["-c", ".sessions"], home: home)
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.first == ["name", "saved", "statements"])
        #expect(rows.dropFirst().map { $0.first } == ["a-first", "b-second"])
        #expect(rows[1].last == "1")
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        #expect(rows[1][1].hasPrefix("\(year)-"))
    }

    /// `revq -f NAME.revq` replays the session and prints what the sitting printed.
    @Test func aSavedSessionReplaysAsAScript() throws {
        let home = try TemporaryHome()
        let sitting =
            ".mode csv\nlet komm = findings where theme = kommunikasjon\ncount komm by confidence\nfindings where confidence >= moderat \\\n  and theme = kommunikasjon\n"
        let original = try revq([], stdin: sitting + ".save replay\n", home: home)
        #expect(original.status == 0, "\(original.stderr)")
        let replay = try revq(["-f", home.sessionsDirectory + "/replay.revq"], home: home)
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout == original.stdout)
        #expect(!replay.stdout.isEmpty)
        let opened = try revq(["-c", ".open replay", "-c", "count komm by confidence"], home: home)
        #expect(opened.stderr.contains("named queries: komm"))
    }

    @Test func aCorruptSessionIsRefusedAtItsLineAndLeftUntouched() throws {
        let home = try TemporaryHome()
        let path = try saveSession("corrupt", home: home)
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let insertAt = try #require(lines.firstIndex(of: ".headers off"))
        lines.insert(".mode spreadsheet", at: insertAt)
        let corrupt = lines.joined(separator: "\n")
        try corrupt.write(toFile: path, atomically: true, encoding: .utf8)
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date

        let run = try revq(["-c", ".open corrupt", "-c", ".mode"], home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path):\(insertAt + 1):7: error: unknown mode 'spreadsheet'"))
        #expect(run.stdout.contains("current mode: table"), "nothing of the session was restored")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == corrupt)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == modified)

        let replay = try revq(["-f", path], home: home)
        #expect(replay.status == 1)
        #expect(replay.stdout.isEmpty, "a session is checked whole before anything runs")
    }

    @Test func aTruncatedSessionNamesTheFileAndLine() throws {
        let home = try TemporaryHome()
        let path = try saveSession("cut", home: home)
        let whole = try String(contentsOfFile: path, encoding: .utf8)
        var lines = whole.components(separatedBy: "\n")
        lines.removeLast(2) // the end marker and the final newline
        let truncated = lines.joined(separator: "\n") + "\n"
        try truncated.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try revq(["-c", ".open cut"], home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path):\(lines.count): error: the session file is truncated"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == truncated)
    }

    @Test func invalidUTF8InASessionIsReportedAtItsLine() throws {
        let home = try TemporaryHome()
        let path = try saveSession("bytes", home: home)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let secondLineEnd = try #require(data.indices.filter { data[$0] == UInt8(ascii: "\n") }.dropFirst().first)
        data.insert(contentsOf: [0xC3, 0x28], at: secondLineEnd)
        try data.write(to: URL(fileURLWithPath: path))
        let run = try revq(["-c", ".open bytes"], home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path):2: error: the file is not UTF-8 text"))
    }

    /// Opening a session never writes a file unless --allow-writes.
    @Test func aSessionWithOutputIsRefusedWithoutAllowWrites() throws {
        let home = try TemporaryHome()
        let target = home.file("written.txt")
        let session = """
            # revq session "writer"
            # statements: 2
            .mode csv
            .output \(target)
            # end of session

            """
        try home.write(session, to: "writer.revq")
        let refused = try revq(["-c", ".open \(home.file("writer.revq"))", "-c", ".mode"], home: home)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(home.file("writer.revq")):4:1: error: '.output' is refused"))
        #expect(refused.stderr.contains("--allow-writes"))
        #expect(refused.stdout.contains("current mode: table"))
        #expect(!FileManager.default.fileExists(atPath: target))
        let replayed = try revq(["-f", home.file("writer.revq")], home: home)
        #expect(replayed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: target))

        let allowed = try revq(["--allow-writes", "-c", ".open \(home.file("writer.revq"))"], home: home)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: target))
        #expect(allowed.stderr.contains("results now go to \(target)"))
    }

    @Test(arguments: [".open other", ".save copy", ".quit", ".sessions"])
    func aSessionRunsOnlyStatementsAndSettings(line: String) throws {
        let home = try TemporaryHome()
        try home.write("# revq session \"s\"\n.mode csv\n\(line)\n# end of session\n", to: "s.revq")
        let run = try revq(["-c", ".open \(home.file("s.revq"))"], home: home)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "s.revq:3:1: error: '\(line.split(separator: " ")[0])' is not allowed in a session file"))
    }

    @Test func aFileWithoutTheHeaderIsNotASession() throws {
        let home = try TemporaryHome()
        try home.write(".mode csv\n", to: "plain.txt")
        let run = try revq(["-c", ".open \(home.file("plain.txt"))"], home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("plain.txt:1: error: not a revq session file"))
    }

    /// A save that cannot finish leaves the earlier file as it was: here writing the
    /// temporary file fails half-way (a file size limit, which stops root too, unlike
    /// permissions; temporary names are unique now, so a folder in the way no longer works).
    @Test func aFailedSaveLeavesTheEarlierFileIntact() throws {
        let home = try TemporaryHome()
        let path = try saveSession("keep", home: home)
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let run = try LimitedProcess.run([], stdin: ".mode json\n.save keep\n", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot write"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
        let sessions = try revq(["-c", ".sessions"], home: home)
        #expect(sessions.stdout.split(separator: "\n").count == 2, "the temporary file is not listed as a session")
    }

    @Test func openOfAnUnknownSessionListsTheSavedOnes() throws {
        let home = try TemporaryHome()
        _ = try saveSession("known", home: home)
        let run = try revq(["-c", ".open unknown"], home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("no session 'unknown'"))
        #expect(run.stderr.contains("saved sessions: known"))
    }
}
