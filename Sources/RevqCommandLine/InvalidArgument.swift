import Glibc

/// An argument of the command line that is not UTF-8: Swift's `CommandLine.arguments`
/// would hand revq a different text (U+FFFD for each bad byte), so a file name in another
/// encoding could never be opened, and `-f`, `--dataset` would name the wrong file.
///
///     InvalidArgument.first(in: CommandLine.unsafeArgv, count: Int(CommandLine.argc))
///     // "argument 2 ('ra\xff.revq') is not UTF-8: ..."
package struct InvalidArgument: CustomStringConvertible, Equatable {
    /// Its position, 1 for the first argument after the program's name.
    package let position: Int
    package let bytes: [UInt8]

    package var description: String {
        "argument \(position) ('\(Self.shown(bytes))') is not UTF-8: revq reads file names and statements as UTF-8 text and cannot name that file; rename it, or pass its name in UTF-8"
    }

    /// The first argument after the program's name that is not valid UTF-8.
    package static func first(in argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, count: Int)
        -> InvalidArgument?
    {
        for position in 1..<max(count, 1) {
            guard let argument = argv[position] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map {
                UInt8(bitPattern: $0)
            }
            if String(validating: bytes, as: UTF8.self) == nil {
                return InvalidArgument(position: position, bytes: bytes)
            }
        }
        return nil
    }

    /// The bytes with each one that is not printable ASCII as `\xNN`.
    static func shown(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            (0x20..<0x7f).contains(byte)
                ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16, uppercase: false).leftPadded(to: 2)
        }.joined()
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
