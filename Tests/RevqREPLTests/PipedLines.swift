import Foundation
import Testing

@testable import RevqREPL

/// `bytes` written into a pipe by another thread and read back by a BufferedLineReader:
/// every input up to and including the first that is not a line (the end, or a line over
/// `limit` with no line end); a line skipped for its length is listed and reading goes
/// on. The pipe is drained, so the writer never meets a closed pipe (SIGPIPE).
func readThroughPipe(_ bytes: [UInt8], limit: Int = 64 << 20, endless: Int = 1 << 30) -> [LineInput] {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let writeEnd = ends[1]
    let writer = Thread {
        _ = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
        close(writeEnd)
    }
    writer.start()
    let reader = BufferedLineReader(descriptor: ends[0], limit: limit, endless: endless)
    var lines: [LineInput] = []
    while true {
        let input = reader.readLine(prompt: "ignored> ")
        lines.append(input)
        switch input {
        case .line, .skipped: continue
        default: break
        }
        break
    }
    var rest = [UInt8](repeating: 0, count: 1 << 16)
    while rest.withUnsafeMutableBytes({ read(ends[0], $0.baseAddress, $0.count) }) > 0 {}
    close(ends[0])
    return lines
}
