import RevqCore

/// A JSON document built in order and written with two-space indents, keys in the order
/// given (Datasette's metadata is read by people too).
///
///     JSONTree.object([("title", .string("revq")), ("tables", .object([]))]).rendered()
///     // {\n  "title": "revq",\n  "tables": {}\n}\n
indirect enum JSONTree {
    case string(String)
    case strings([String])
    case object([(String, JSONTree)])

    func rendered() -> String {
        render(indent: "") + "\n"
    }

    private func render(indent: String) -> String {
        switch self {
        case .string(let text):
            return Quoting.JSON.escape(text)
        case .strings(let texts):
            return "[" + texts.map(Quoting.JSON.escape).joined(separator: ", ") + "]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let inner = indent + "  "
            let lines = members.map { inner + Quoting.JSON.escape($0.0) + ": " + $0.1.render(indent: inner) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
        }
    }
}
