import Foundation
import Testing

@testable import RevqREPL

struct SessionTextTests {
    /// A saved session, read back line by line as a script reads it, gives the same entries.
    @Test func savedEntriesReadBackAsTheyWere() {
        let entries = [
            ".mode csv", "let komm = findings where theme = kommunikasjon", "findings where (\n  confidence = høy)",
            "findings where text ~ \"a\nb\"",
        ]
        let text = SessionText.saved(
            name: "s", entries: entries, date: Date(timeIntervalSince1970: 0), dataset: "Datasets/review")
        let assembler = StatementAssembler()
        var read: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            switch assembler.feed(String(line), number: number + 1) {
            case .meta(let meta): read.append(meta)
            case .candidate(let statement):
                read.append(statement)
                assembler.reset()
            case .skip, .more, .tooLong: break
            }
        }
        #expect(read == entries)
        #expect(SessionText.kind(of: text) == .saved)
        #expect(SessionText.structuralProblem(of: text) == nil)
        #expect(SessionText.headerValue("statements", in: text) == "4")
        #expect(SessionText.headerValue("saved", in: text) == "1970-01-01T00:00:00Z")
        #expect(OrphanJournal.entryCount(of: text) == 4)
    }

    /// A byte order mark before the header (Notepad writes one) leaves it a session file.
    @Test func aByteOrderMarkBeforeTheHeaderIsTheFiles() {
        #expect(SessionText.kind(of: "\u{FEFF}# revq session \"x\"\n") == .saved)
        #expect(SessionText.kind(of: "\u{FEFF}# revq journal: an unsaved session\n") == .journal)
        #expect(SessionText.kind(of: "\u{FEFF}.mode csv\n") == nil)
    }

    @Test(
        arguments: [
            ("# revq session \"x\"\n.mode csv\n# end of session\n", nil),
            ("# revq session \"x\"\n.mode csv\n# end of session\n\n\n", nil),
            ("# revq session \"x\"\n.mode csv\n", 2),
            ("# revq session \"x\"\n.mode csv\n# end of sess", 3),
            (".mode csv\n", 1),
            ("", 1),
            ("# revq journal: an unsaved session\n.mode csv\n", nil),
            ("# revq session \"x\"\r\n.mode csv\r\n# end of session\r\n", nil),
            ("# revq session \"x\"\r\n.mode csv\r\n", 2),
            ("\u{FEFF}# revq session \"x\"\n.mode csv\n# end of session\n", nil),
            ("\u{FEFF}# revq session \"x\"\n.mode csv\n", 2),
        ] as [(String, Int?)])
    func structuralProblemsNameTheLine(text: String, line: Int?) {
        #expect(SessionText.structuralProblem(of: text)?.line == line)
    }
}
