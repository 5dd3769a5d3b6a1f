import RevqRender

extension CommandContext {
    /// `.pager on|off|auto`; `.pager` alone shows the setting and the pager.
    func pager(_ call: MetaInvocation) throws(MetaError) {
        let usage = MetaCommands.usage(of: "pager")
        guard !call.arguments.isEmpty else {
            let command = output.facts.pagerCommand
            return output.say(
                "pager: \(settings.pager.rawValue) (\(command.isEmpty ? "PAGER is empty: none" : command))")
        }
        let word = try call.single("'on', 'off' or 'auto'", usage: usage)
        guard let setting = PagerSetting(rawValue: word.lowercased()) else {
            throw MetaError("expected 'on', 'off' or 'auto'", word: 1, hint: .usage(usage))
        }
        settings.pager = setting
    }
}

extension CommandContext {
    /// `.rowlimit N`; `.rowlimit` alone shows the setting.
    func rowLimit(_ call: MetaInvocation) throws(MetaError) {
        let usage = MetaCommands.usage(of: "rowlimit")
        guard !call.arguments.isEmpty else {
            return output.say("rowlimit: \(settings.rowLimit == 0 ? "0 (every row)" : String(settings.rowLimit))")
        }
        let word = try call.single("a number of rows", usage: usage)
        guard let rows = Int(word), rows >= 0 else {
            throw MetaError("expected a whole number of rows, 0 or more", word: 1, hint: .usage(usage))
        }
        settings.rowLimit = rows
    }

    /// `.last`: the last result again, whole.
    func showLast(_ call: MetaInvocation) throws(MetaError) {
        guard call.arguments.isEmpty else { throw MetaError("too many arguments", word: 1, hint: .usage(".last")) }
        guard let result = lastResult else { throw MetaError("no result yet", hint: .runAStatementFirst) }
        if output.mode(settings) == .svg, result.drawing == nil {
            throw MetaError(SVGRenderer.refusal, hint: .changeToTableMode)
        }
        show(result, whole: true)
        output.stdout.flush()
    }
}
