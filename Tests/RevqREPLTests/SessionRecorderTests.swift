import Foundation
import RevqCore
import RevqTestSupport
import Testing

@testable import RevqREPL

/// Issue 22, quieter sessions: what the end of a session keeps and says, decided by the
/// recorder from where each entry came from (typed or a journal: only here; a file: kept).
struct SessionRecorderTests {
    typealias Entry = (text: String, onlyCopy: Bool)

    @Test(
        arguments: [
            ([], []),
            ([(".mode csv", true), ("findings where number = 4", true)], []),
            ([("let komm = findings where theme = kommunikasjon", true)], ["komm"]),
            ([("LET komm = findings", true), ("let lav = findings where confidence = lav", true)], ["komm", "lav"]),
            // From the rc file or a .read file: the file holds it.
            ([("let komm = findings", false)], []),
            // Typed, then defined again by a file: the file's is the one in force.
            ([("let komm = findings", true), ("let komm = findings where number = 1", false)], []),
            // Defined by a file, then typed again: only the session has it now.
            ([("let komm = findings", false), ("let komm = findings where number = 1", true)], ["komm"]),
            // A line that only starts with the letters is no definition.
            ([("letters", true)], []),
        ] as [([Entry], [String])])
    func namedQueriesThatExistOnlyHere(entries: [Entry], lost: [String]) {
        let recorder = SessionRecorder(journalDirectory: nil)
        for entry in entries { _ = recorder.record(entry.text, onlyCopy: entry.onlyCopy) }
        #expect(recorder.unsavedNamedQueries == lost)
    }

    /// `--resume` removed the journal the last entries came from: they are the only copy.
    @Test func resumedEntriesBecomeTheOnlyCopy() {
        let recorder = SessionRecorder(journalDirectory: nil)
        _ = recorder.record("let komm = findings", onlyCopy: false)
        _ = recorder.record("let lav = findings where confidence = lav", onlyCopy: false)
        _ = recorder.record("let tidlig = findings where number = 1", onlyCopy: false)
        recorder.markOnlyCopy(last: 2)
        #expect(recorder.unsavedNamedQueries == ["lav", "tidlig"])
    }

    @Test func savingKeepsTheNamedQueries() {
        let recorder = SessionRecorder(journalDirectory: nil)
        _ = recorder.record("let komm = findings")
        recorder.markSaved()
        _ = recorder.record(".mode csv")
        #expect(recorder.unsavedNamedQueries.isEmpty)
        #expect(recorder.unsavedCount == 1)
    }

    /// A clean end removes the journal unless a named query would be lost; an end that is
    /// not clean keeps any unsaved entry, as a crash does.
    @Test(arguments: [
        ([".mode csv"], true, false),
        (["let komm = findings"], true, true),
        ([".mode csv"], false, true),
    ])
    func theEndKeepsTheJournalOnlyWhenSomethingWouldBeLost(entries: [String], cleanly: Bool, kept: Bool) throws {
        let home = try TemporaryHome()
        let recorder = SessionRecorder(journalDirectory: home.journalsDirectory)
        for entry in entries { #expect(recorder.record(entry) == nil) }
        let path = try #require(recorder.journal?.path)
        let ending = recorder.finish(cleanly: cleanly)
        #expect(ending == (kept ? .kept(path) : .removed))
        #expect(FileManager.default.fileExists(atPath: path) == kept)
    }

    @Test func turningTheJournalOffRemovesItAndOnWritesEverySoFar() throws {
        let home = try TemporaryHome()
        let recorder = SessionRecorder(journalDirectory: home.journalsDirectory)
        _ = recorder.record(".mode csv")
        let first = try #require(recorder.journal?.path)
        #expect(recorder.stopJournaling() == first)
        #expect(!FileManager.default.fileExists(atPath: first))
        _ = recorder.record("let komm = findings")
        #expect(recorder.journal == nil)
        try recorder.startJournaling()
        let second = try #require(recorder.journal?.path)
        #expect(try String(contentsOfFile: second, encoding: .utf8).hasSuffix("\n.mode csv\nlet komm = findings\n"))
        #expect(recorder.finish(cleanly: true) == .kept(second))
    }

    @Test(arguments: [
        (
            ["komm"], SessionRecorder.Ending.kept("/j.revq"), nil as String?,
            "revq: note: the named query komm is not saved; revq --resume restores it"
        ),
        (
            ["komm", "lav"], .kept("/j.revq"), nil,
            "revq: note: the named queries komm, lav are not saved; revq --resume restores them"
        ),
        (
            ["komm"], .removed, nil,
            "revq: warning: the named query komm was not saved and ends with this session (the journal is off)"
        ),
        (
            ["komm"], .removed, "No space left on device",
            "revq: warning: the named query komm was not saved and the journal could not be written (No space left on device): it is lost"
        ),
        (
            ["komm"], .kept("/j.revq"), "No space left on device",
            "revq: warning: the named query komm was not saved and the journal could not be written (No space left on device); what was written before the failure is in /j.revq"
        ),
    ])
    func leavingSaysOneLineWhenSomethingWouldBeLost(
        lost: [String], ending: SessionRecorder.Ending, problem: String?, said: String
    ) throws {
        let notice = try #require(SessionKeeper.lossNotice(lost, ending: ending, problem: problem))
        #expect(DiagnosticFormatter.render(notice, at: "revq") == said)
    }

    @Test func leavingSaysNothingWhenNothingWouldBeLost() {
        #expect(SessionKeeper.lossNotice([], ending: .kept("/j.revq"), problem: nil) == nil)
        #expect(SessionKeeper.lossNotice([], ending: .removed, problem: "No space left on device") == nil)
    }
}
