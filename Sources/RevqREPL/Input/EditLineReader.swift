import CLibEdit
import Glibc
import RevqCore
import RevqEngine

/// Line editing at a terminal through libedit: emacs keys, history with Up/Down and
/// Ctrl-R, Tab completion, Ctrl-C to abandon a line, Ctrl-D on an empty line to quit.
final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let editHistory: OpaquePointer
    private var promptText: UnsafeMutablePointer<CChar>
    private let complete: (String, Int) -> Completion?

    /// Call `prepareLocale()` first, or libedit drops æ, ø and å.
    init(history: HistoryList, complete: @escaping (String, Int) -> Completion?) {
        self.complete = complete
        promptText = strdup(Shell.prompt)
        editHistory = history_init()
        revq_history_setsize(editHistory, Int32(history.limit))
        editLine = el_init(
            CommandLine.arguments.first ?? "revq", fdopen(STDIN_FILENO, "r"), fdopen(STDOUT_FILENO, "w"),
            fdopen(STDERR_FILENO, "w"))
        revq_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        revq_el_set_prompt(editLine, editLinePrompt)
        revq_el_set_editor(editLine, "emacs")
        revq_el_set_signal(editLine, 1)
        revq_el_set_getcfn(editLine, editLineReadCharacter)
        revq_el_set_history(editLine, editHistory)
        revq_el_addfn(editLine, "revq-complete", "Complete the word at the cursor", editLineComplete)
        revq_el_bind(editLine, "^I", "revq-complete")
        revq_el_bind(editLine, "^R", "em-inc-search-prev")
        el_source(editLine, nil)
        replaceHistory(with: history)
        Interruption.install()
    }

    deinit {
        el_end(editLine)
        history_end(editHistory)
        free(promptText)
    }

    /// libedit needs the C library's locale to read multibyte letters; a non-UTF-8
    /// locale (LANG=C) falls back to C.UTF-8.
    static func prepareLocale() {
        setlocale(LC_CTYPE, "")
        if revq_codeset_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    func readLine(prompt: String) -> LineInput {
        free(promptText)
        promptText = strdup(prompt)
        var count: Int32 = 0
        errno = 0
        Interruption.clear()
        guard let line = el_gets(editLine, &count) else {
            if errno == EINTR || Interruption.isRequested {
                writeTerminal("^C\n")
                el_reset(editLine)
                return .interrupted
            }
            writeTerminal("\n")
            return .endOfInput
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Makes Up, Down and Ctrl-R recall exactly `history`, oldest first.
    func replaceHistory(with history: HistoryList) {
        revq_history_clear(editHistory)
        for entry in history.entries { revq_history_enter(editHistory, entry) }
    }

    fileprivate var prompt: UnsafeMutablePointer<CChar> { promptText }

    /// Tab: one candidate replaces the word; several insert what they share, or are listed.
    fileprivate func completeAtCursor() -> UInt8 {
        let info = el_line(editLine)!.pointee
        let bytes = UnsafeRawBufferPointer(start: info.buffer, count: info.lastchar - info.buffer)
        let line = String(decoding: bytes, as: UTF8.self)
        let cursorBytes = info.cursor - info.buffer
        let cursor = String(decoding: bytes.prefix(cursorBytes), as: UTF8.self).count
        guard let completion = complete(line, cursor), !completion.candidates.isEmpty else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let characters = Array(line)
        let range = min(completion.range.lowerBound, cursor)..<max(completion.range.upperBound, cursor)
        let typed = String(characters[range])
        if completion.candidates.count == 1 {
            let only = completion.candidates[0]
            // A folder is completed further, so no space after it.
            let isFolder = only.hasSuffix("/") || only.hasSuffix("/'")
            replace(typed, at: range, cursor: cursor, with: only + (isFolder ? "" : " "))
            return UInt8(CC_REFRESH)
        }
        let shared = completion.commonPrefix
        if shared.count > typed.count {
            replace(typed, at: range, cursor: cursor, with: shared)
            return UInt8(CC_REFRESH)
        }
        let width = Int(revq_terminal_columns(STDOUT_FILENO))
        // A line each only when most candidates have a meaning to show (the levels of
        // confidence); a long list of fields stays in columns.
        let listing =
            completion.meanings.count * 2 >= completion.candidates.count
            ? Self.described(completion.candidates, meanings: completion.meanings, width: width)
            : Self.columns(completion.candidates, width: width)
        writeTerminal("\n" + listing + "\n")
        return UInt8(CC_REDISPLAY)
    }

    private func replace(_ typed: String, at range: Range<Int>, cursor: Int, with text: String) {
        let move = range.upperBound - cursor
        if move != 0 { el_cursor(editLine, Int32(move)) }
        el_deletestr(editLine, Int32(typed.unicodeScalars.count))
        el_insertstr(editLine, text)
    }

    /// One candidate a line with what it means in the report's words, cut to the terminal's
    /// width: "moderat    Moderat tillit: Det er sannsynlig at …".
    static func described(_ candidates: [String], meanings: [String: String], width: Int) -> String {
        let cell = (candidates.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let room = max(10, (width > 0 ? width : 80) - cell - 1)
        return candidates.map { candidate in
            let padded = candidate + String(repeating: " ", count: cell - DisplayWidth.of(candidate))
            guard let meaning = meanings[candidate] else { return candidate }
            return padded + DisplayWidth.truncated(meaning.replacingEvery("\n", with: " "), to: room)
        }.joined(separator: "\n")
    }

    /// Candidates laid out in columns across the terminal, like a shell.
    static func columns(_ candidates: [String], width: Int) -> String {
        let cell = (candidates.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let perLine = max(1, (width > 0 ? width : 80) / cell)
        return stride(from: 0, to: candidates.count, by: perLine).map { start in
            candidates[start..<min(start + perLine, candidates.count)]
                .map { $0 + String(repeating: " ", count: cell - DisplayWidth.of($0)) }
                .joined().trimmingSpaces()
        }.joined(separator: "\n")
    }

    private func writeTerminal(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}

private func editLinePrompt(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    guard let editLine, let data = revq_el_get_clientdata(editLine) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().prompt
}

private func editLineComplete(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editLine, let data = revq_el_get_clientdata(editLine) else { return UInt8(CC_ERROR) }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().completeAtCursor()
}

private func editLineReadCharacter(_ editLine: OpaquePointer?, _ character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    guard let character else { return -1 }
    return TerminalKeyReader.readCharacter(
        from: STDIN_FILENO, wakingOn: Interruption.wakeReader,
        isInterrupted: { Interruption.isRequested }, into: character)
}
