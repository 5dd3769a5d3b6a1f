extension String {
    /// The text without a leading byte order mark (U+FEFF). Editors on Windows start a
    /// UTF-8 file with one; it is the file's, not its first statement's, so every input
    /// (stdin, `-c`, `-f`, a session file) drops it in the same way, and a session file
    /// with one is a session file everywhere: checked, and kept from writing files.
    ///
    ///     "\u{FEFF}# revq session \"x\"".droppingByteOrderMark   // "# revq session \"x\""
    var droppingByteOrderMark: String {
        unicodeScalars.first == "\u{FEFF}" ? String(unicodeScalars.dropFirst()) : self
    }
}
