import Foundation
import Testing

@testable import RevqREPL

/// What `.save` and the history may replace (issue 14, defects 1 and 6).
struct AtomicFileTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "revq-atomic-\(UUID().uuidString)"
    ).path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func clean() { try? FileManager.default.removeItem(atPath: folder) }

    @Test func aSymlinkIsFollowedAndStaysALink() throws {
        defer { clean() }
        try "old".write(toFile: folder + "/real", atomically: false, encoding: .utf8)
        #expect(symlink("real", folder + "/link") == 0)
        try AtomicFile.write("new", to: folder + "/link")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link") == "real")
        #expect(try String(contentsOfFile: folder + "/real", encoding: .utf8) == "new")
    }

    @Test func aLinkToAFileNotYetWrittenCreatesIt() throws {
        defer { clean() }
        #expect(symlink(folder + "/later", folder + "/link") == 0)
        try AtomicFile.write("first", to: folder + "/link")
        #expect(try String(contentsOfFile: folder + "/later", encoding: .utf8) == "first")
    }

    @Test func aFIFOADirectoryAndACharacterDeviceAreRefused() throws {
        defer { clean() }
        #expect(mkfifo(folder + "/fifo", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: folder + "/dir", withIntermediateDirectories: false)
        #expect(symlink("/dev/null", folder + "/null") == 0)
        for (name, kind) in [("fifo", "a FIFO (named pipe)"), ("dir", "a directory"), ("null", "a character device")] {
            #expect(throws: AtomicFile.NotRegular.self) { try AtomicFile.write("x", to: folder + "/" + name) }
            #expect(FileKind.nonRegularKind(folder + "/" + name) == kind)
        }
        #expect(FileKind.nonRegularKind("/dev/null") == "a character device", "/dev/null is still a device")
    }

    @Test func theTargetKeepsItsPermissionsAndNoTemporaryFileIsLeft() throws {
        defer { clean() }
        let path = folder + "/kept"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o640)
        try AtomicFile.write("new", to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["kept"])
    }

    /// Two sessions adding entries in turn: the file holds both sessions' entries.
    @Test func historyMergesEntriesOfConcurrentSessions() throws {
        defer { clean() }
        let file = HistoryFile(path: folder + "/state/history")
        DispatchQueue.concurrentPerform(iterations: 8) { session in
            for entry in 0..<10 { try? file.merge(["findings where number = \(entry) -- session \(session)"]) }
        }
        let entries = file.load().entries
        #expect(entries.count == 80)
        #expect(entries.contains("findings where number = 9 -- session 7"))
    }

    @Test func aHistoryThatIsAFIFOIsNotRead() throws {
        defer { clean() }
        #expect(mkfifo(folder + "/history", 0o600) == 0)
        #expect(HistoryFile(path: folder + "/history").load().entries.isEmpty)
    }

    /// Folders that cannot be made are named with the reason in plain words.
    @Test func makeDirectorySaysWhatIsInTheWay() throws {
        defer { clean() }
        try "file".write(toFile: folder + "/file", atomically: false, encoding: .utf8)
        #expect {
            try makeDirectory(folder + "/file/sub")
        } throws: { error in
            "\(error)" == "cannot use the folder \(folder)/file: Not a directory"
        }
    }
}
