/// A text stream that also takes text as bytes known to be UTF-8: a table's box, drawn
/// as bytes, reaches the terminal without being made a String, whose making checks every
/// byte of it again.
///
///     var text = ""
///     [0x6F, 0x6B].withUnsafeBufferPointer { text.write(utf8: $0) }   // "ok"
package protocol UTF8OutputStream: TextOutputStream {
    /// Writes `bytes`, which are valid UTF-8.
    mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>)
}

extension String: UTF8OutputStream {
    package mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        append(String(decoding: bytes, as: UTF8.self))
    }
}
