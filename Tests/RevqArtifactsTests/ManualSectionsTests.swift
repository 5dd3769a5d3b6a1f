import Foundation
import RevqCommandLine
import RevqREPL
import RevqTestSupport
import Testing

@testable import RevqArtifacts

/// revq(1)'s generated OPTIONS and DOT-COMMANDS, as checked in, name exactly the options
/// of the table and the dot-commands of `.help`.
@Suite("manual sections")
struct ManualSectionsTests {
    static let page = (try? String(contentsOfFile: RepositoryPaths.scripts + "/man/revq.1", encoding: .utf8)) ?? ""

    /// The tag line after each `.TP` of a block, with roff's `\-` read as `-`.
    static func tags(_ block: MarkedBlock) throws -> [String] {
        let lines = try block.lines(of: page)
        return lines.indices.dropLast().filter { lines[$0] == ".TP" }.map {
            lines[$0 + 1].replacingOccurrences(of: "\\-", with: "-")
        }
    }

    @Test func theOptionsAreThoseOfTheTableAndOnlyThose() throws {
        let tags = try Self.tags(ManualSections.options)
        let named = tags.flatMap { $0.matches(of: /\\fB(--?[a-z][a-z-]*)\\fR/).map { String($0.output.1) } }
        #expect(tags.count == CommandLineOption.allCases.count)
        #expect(named == CommandLineOption.allCases.flatMap(\.spec.names))
        #expect(Set(named).isSuperset(of: ["-c", "--command", "--format", "--csv", "--no-rc", "--help"]))
    }

    @Test func theDotCommandsAreThoseOfTheTableInItsOrder() throws {
        let tags = try Self.tags(ManualSections.dotCommands)
        let named = tags.compactMap { $0.firstMatch(of: /^\\fB(\.[a-z]+)\\fR/).map { String($0.output.1) } }
        #expect(named == DotCommandPages.names)
        #expect(named.first == ".help" && named.contains(".quit"))
    }

    /// Each option's value is named after it in italics, the way --help names it.
    @Test func optionTagsNameTheirValues() {
        let lines = ManualSections.optionLines()
        #expect(lines.contains(#"\fB\-c\fR \fISTATEMENT\fR, \fB\-\-command\fR \fISTATEMENT\fR"#))
        #expect(lines.contains(#"\fB\-\-rc\fR, \fB\-\-no\-rc\fR"#))
    }

    @Test(arguments: [
        (".help [TOPIC]", #"\fB.help\fR [\fITOPIC\fR]"#),
        (".headers on|off", #"\fB.headers\fR \fBon\fR|\fBoff\fR"#),
        (".save NAME|PATH", #"\fB.save\fR \fINAME\fR|\fIPATH\fR"#),
        (".export sqlite FILE", #"\fB.export\fR \fBsqlite\fR \fIFILE\fR"#),
        (".last", #"\fB.last\fR"#),
    ])
    func usageTags(usage: String, tag: String) {
        #expect(ManualSections.usageTag(usage) == tag)
    }
}
