extension TableBox {
    /// A band of bytes written one after another into a buffer it owns, handed to an
    /// output when full: room for a row is made before the row is drawn, and each write checks it.
    struct Writer {
        private var buffer: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        init(capacity: Int) { buffer = .allocate(capacity: capacity) }

        /// Frees the buffer; the writer is not used again.
        func deallocate() { buffer.deallocate() }

        /// Makes room for `bytes` more: writes what the band holds to `output` when they do
        /// not fit after it, and grows the buffer for a row larger than a band.
        mutating func makeRoom(_ bytes: Int, flushingTo output: inout some UTF8OutputStream) {
            guard count + bytes > buffer.count else { return }
            flush(to: &output)
            guard bytes > buffer.count else { return }
            buffer.deallocate()
            buffer = .allocate(capacity: bytes)
        }

        /// Writes what the band holds to `output` and empties it.
        mutating func flush(to output: inout some UTF8OutputStream) {
            guard count > 0 else { return }
            output.write(utf8: UnsafeBufferPointer(rebasing: buffer[..<count]))
            count = 0
        }

        mutating func write(_ byte: UInt8) {
            precondition(count < buffer.count, "the table's bytes overran their estimate")
            buffer[count] = byte
            count += 1
        }

        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            precondition(count + bytes.count <= buffer.count, "the table's bytes overran their estimate")
            guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
            if bytes.count <= 8 {
                // A border or a short cell: copied here, cheaper than calling memcpy.
                for index in 0..<bytes.count { (target + count + index).initialize(to: source[index]) }
            } else {
                (target + count).initialize(from: source, count: bytes.count)
            }
            count += bytes.count
        }

        mutating func write(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { write($0) } }

        mutating func write(_ text: String) {
            guard !text.isEmpty else { return }
            var text = text
            text.withUTF8 { write($0) }
        }

        mutating func writeSpaces(_ spaces: Int) {
            precondition(count + spaces <= buffer.count, "the table's bytes overran their estimate")
            UnsafeMutableBufferPointer(rebasing: buffer[count..<(count + spaces)]).initialize(repeating: 0x20)
            count += spaces
        }

        mutating func write(_ text: StaticString) {
            write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        /// `text` `times` times over: one copy, then what is written copied after itself.
        mutating func write(_ text: StaticString, times: Int) {
            guard times > 0, let target = buffer.baseAddress else { return }
            let start = count
            write(text)
            let total = text.utf8CodeUnitCount * times
            precondition(start + total <= buffer.count, "the table's bytes overran their estimate")
            var filled = text.utf8CodeUnitCount
            while filled < total {
                let more = min(filled, total - filled)
                (target + start + filled).initialize(from: target + start, count: more)
                filled += more
            }
            count = start + total
        }
    }
}
