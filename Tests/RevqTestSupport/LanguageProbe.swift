import Foundation

/// Whether the built revq already runs statements of the query language (the language
/// lands on its own branch): tests that need it are skipped, saying so, until it does.
public enum LanguageProbe {
    public static let isAvailable: Bool = {
        guard let home = try? TemporaryHome(),
              let run = try? RevqProcess.run(["-c", "count findings"], home: home) else { return false }
        return run.status == 0
    }()

    public static let reason = "the query language (branch language) is not merged yet: revq cannot run statements"
}
