/// The dot-commands as revq(1) documents them: scripts/generate writes its DOT-COMMANDS
/// from this, read from `MetaCommands.all`.
///
///     DotCommandPages.all.first?.usage   // ".help [TOPIC]"
package enum DotCommandPages {
    /// Each command's usage and manual entry, in the table's order.
    package static var all: [(usage: String, manual: String)] {
        MetaCommands.all.map { ($0.usage, $0.manual) }
    }

    /// Each command's name with its dot: `.help`.
    package static var names: [String] {
        MetaCommands.all.map { "." + $0.name }
    }
}
