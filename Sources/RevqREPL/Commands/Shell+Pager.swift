extension Shell {
    /// `.pager on|off|auto`; `.pager` alone shows the setting and the pager.
    func pager(_ call: MetaInvocation) throws(MetaError) {
        let usage = MetaCommands.usage(of: "pager")
        guard !call.arguments.isEmpty else {
            let command = configuration.facts.pagerCommand
            return say("pager: \(settings.pager.rawValue) (\(command.isEmpty ? "PAGER is empty: none" : command))")
        }
        let word = try call.single("'on', 'off' or 'auto'", usage: usage)
        guard let setting = PagerSetting(rawValue: word.lowercased()) else {
            throw MetaError("expected 'on', 'off' or 'auto'", word: 1, hint: "usage: \(usage)")
        }
        settings.pager = setting
    }
}
