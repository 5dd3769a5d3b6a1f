import Foundation
import RevqTestSupport
import Testing

/// The compiled dataset is read mapped; a program that cuts it short while revq runs makes
/// the next read of it fault (SIGBUS). revq must say so and exit with status 1, not die of a
/// signal. The child is driven line by line, so this test runs its own `Process`: the file is
/// cut only after revq has answered a first statement from it.
@Suite struct MappedCacheCutShortTests {
    @Test func aCompiledFileCutShortWhileRevqRunsIsAnErrorNotACrash() throws {
        let home = try TemporaryHome()
        // The first run compiles the dataset into the cache folder.
        let warm = try RevqProcess.run(["-c", "count findings"], home: home)
        #expect(warm.status == 0)
        let compiled = try #require(
            try FileManager.default.contentsOfDirectory(atPath: home.cacheDirectory)
                .first { $0.hasSuffix(".store") }.map { home.cacheDirectory + "/" + $0 })

        let process = Process()
        process.executableURL = URL(fileURLWithPath: RevqProcess.binary)
        process.environment = home.environment
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        let stderr = DrainedPipe(errors.fileHandleForReading)
        // Findings are read from the mapped file; "(33 rows)" (review line 1121: 33 findings)
        // says revq has mapped it and read from it.
        input.fileHandleForWriting.write(Data("findings show number\n".utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("(33 rows)") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        #expect(String(decoding: seen, as: UTF8.self).contains("(33 rows)"))
        #expect(truncate(compiled, 0) == 0)
        // The report's sections are another table of the same file, not read yet. (A bare
        // count of them would not read it: the row counts are read at open.)
        input.fileHandleForWriting.write(Data("sections show heading limit 1\n".utf8))
        try input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: stderr.wait(), as: UTF8.self)
        #expect(process.terminationReason == .exit, "ended by a signal: \(message)")
        #expect(process.terminationStatus == 1)
        #expect(message.contains("was cut short by another program while revq read it"), "\(message)")
    }
}
