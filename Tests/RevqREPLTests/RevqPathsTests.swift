import Testing

@testable import RevqREPL

struct RevqPathsTests {
    @Test(arguments: [
        (["HOME": "/h"], "/h/.local/state/revq/history", "/h/.local/share/revq/sessions"),
        (["HOME": "/h", "XDG_STATE_HOME": "/s", "XDG_DATA_HOME": "/d"], "/s/revq/history", "/d/revq/sessions"),
        // The XDG specification ignores empty and relative values.
        (
            ["HOME": "/h", "XDG_STATE_HOME": "", "XDG_DATA_HOME": "relative"], "/h/.local/state/revq/history",
            "/h/.local/share/revq/sessions"
        ),
    ])
    func followTheXDGBaseDirectories(environment: [String: String], history: String, sessions: String) {
        let paths = RevqPaths(environment: environment)
        #expect(paths.historyFile == history)
        #expect(paths.sessionsDirectory == sessions)
    }

    @Test(arguments: [
        (["HOME": "/h"], "/h/.config/revq/revqrc"), (["HOME": "/h", "XDG_CONFIG_HOME": "/c"], "/c/revq/revqrc"),
        (["HOME": "/h", "XDG_CONFIG_HOME": "c"], "/h/.config/revq/revqrc"),
    ])
    func theRCFileIsInTheConfigFolder(environment: [String: String], file: String) {
        #expect(RevqPaths(environment: environment).rcFile == file)
    }

    @Test(arguments: [
        ("komm", "/d/revq/sessions/komm.revq"), ("./komm.revq", "./komm.revq"), ("x.revq", "x.revq"), ("a/b", "a/b"),
    ])
    func aBareNameIsASavedSessionAnythingElseAPath(name: String, file: String) {
        #expect(RevqPaths(environment: ["HOME": "/h", "XDG_DATA_HOME": "/d"]).sessionFile(for: name) == file)
    }
}
