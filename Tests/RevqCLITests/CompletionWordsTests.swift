import Foundation
import RevqTestSupport
import Testing

/// Issue 22: the bash completion offers only what revq accepts. The completion function
/// the binary generates is run as bash runs it on Tab, and every word it offers (with each
/// value it offers after an option) is then run: none may be a usage error (status 2).
@Suite struct CompletionWordsTests {
    /// What `_revq` puts in COMPREPLY for `line`, the cursor at its end.
    static func offered(after line: String, home: TemporaryHome) throws -> [String] {
        let script = #"""
            source <("$REVQ" --generate-completion-script bash)
            COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$COMP_LINE"
            [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMPREPLY=()
            _revq revq "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\n' "${COMPREPLY[@]}"
            """#
        let run = try ExternalCommand.run(
            ["bash", "-c", script, "complete", line], home: home,
            environment: ["REVQ": RevqProcess.binary])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").map(String.init)
    }

    /// Values for the options whose values completion leaves to the shell (free text, files).
    static func freeValue(for option: String, home: TemporaryHome) throws -> String? {
        switch option {
        case "-c", "--command": return "sources"
        case "-f", "--file":
            try home.write("sources\n", to: "script.revq")
            return "script.revq"
        case "-o", "--output": return "out.txt"
        case "--dataset": return RepositoryPaths.bundledDataset
        default: return nil
        }
    }

    @Test func everyWordOfferedIsAccepted() throws {
        let home = try TemporaryHome()
        let words = try Self.offered(after: "revq ", home: home)
        #expect(words.contains("--csv") && words.contains("--format"), "\(words)")
        var runs: [[String]] = []
        for word in words {
            if !word.hasPrefix("-") {
                runs.append([word])
            } else if let value = try Self.freeValue(for: word, home: home) {
                runs.append([word, value] + (word == "-c" || word == "--command" ? [] : ["-c", "sources"]))
            } else {
                // After a flag the words offered are again those of the command line; after
                // an option, its values.
                let values = try Self.offered(after: "revq \(word) ", home: home)
                let isFlag = Set(values).isSubset(of: Set(words))
                runs += isFlag ? [[word, "-c", "sources"]] : values.map { [word, $0, "-c", "sources"] }
            }
        }
        #expect(
            runs.contains(["--format", "markdown", "-c", "sources"]), "values after an option are offered: \(runs)")
        for arguments in runs {
            let run = try RevqProcess.run(arguments, home: home)
            #expect(run.status != 2, "revq \(arguments.joined(separator: " ")) is refused: \(run.stderr)")
        }
    }
}
