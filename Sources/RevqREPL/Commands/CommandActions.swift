import RevqCore
import RevqEngine
import RevqRender
import RevqReview

/// The actions of the meta-commands (`MetaCommands.all`), each given only a `CommandContext`.
extension CommandContext {
    func help(_ call: MetaInvocation) throws(MetaError) {
        let arguments = call.arguments
        guard let topic = arguments.first?.lowercased() else {
            output.sayProse("Meta-commands (a unique prefix works: .hel for .help):\n\(MetaCommands.summary)\n")
            output.sayProse(
                "Topics of the language (.help TOPIC):\n  "
                    + HelpTopics.names.map { $0 == "fields" ? "fields SOURCE" : $0 }.joined(separator: ", ") + "\n")
            output.sayProse(
                "Type a statement and press Enter, for example:\n  findings where confidence >= moderat and theme = kommunikasjon"
            )
            return
        }
        if topic == "fields" {
            guard arguments.count == 2 else {
                throw MetaError("name a source", word: 1, hint: .usage(".help fields SOURCE"))
            }
            output.sayProse(try fieldsHelp(arguments[1]))
        } else if topic == "cerqual" {
            output.sayProse(Definitions(store: store).helpText)
        } else if let text = HelpTopics.text(of: topic) {
            output.sayProse(text)
        } else if case .found(let command) = MetaCommands.resolve(topic) {
            output.sayProse("\(command.usage)\n  \(command.summary)\n\(command.details)")
        } else if let problem = ProblemKind(id: topic) {
            output.sayProse(problem.help)
        } else {
            throw MetaError(
                "no help on '\(topic)'", word: 1,
                hint: .helpTopics(HelpTopics.names))
        }
    }

    /// `.help fields SOURCE`, generated from the store's schema; a computed source (`audit`)
    /// from the schema it is declared with, built or not, as `sources` lists it.
    private func fieldsHelp(_ name: String) throws(MetaError) -> String {
        let sources = store.declaredSources
        guard let source = sources.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw MetaError("no source '\(name)'", word: 2, hint: .sourcesAre(sources.map(\.name)))
        }
        let width = source.fields.map { DisplayWidth.of($0.name) }.max() ?? 0
        let lines = source.fields.map { field in
            let values = field.type.vocabulary.map { " (" + $0.terms.map(\.value).joined(separator: ", ") + ")" } ?? ""
            return "  " + DisplayWidth.padded(field.name, to: width + 2) + field.type.spelling + values
                + (field.description.isEmpty
                    ? "" : "\n  " + String(repeating: " ", count: width + 2) + field.description)
        }
        return "\(source.name): \(source.description)\n" + lines.joined(separator: "\n")
    }

    func mode(_ call: MetaInvocation) throws(MetaError) {
        let usage = MetaCommands.usage(of: "mode")
        if call.arguments.isEmpty {
            output.say("current mode: \(settings.mode.rawValue)")
            return
        }
        let name = try call.single("a mode", usage: usage)
        guard let mode = OutputMode(rawValue: name.lowercased()) else {
            throw MetaError("unknown mode '\(name)'", word: 1, hint: .modesAre(OutputMode.allCases.map(\.rawValue)))
        }
        settings.mode = mode
    }

    func headers(_ call: MetaInvocation) throws(MetaError) {
        settings.headers = try call.onOff(usage: MetaCommands.usage(of: "headers"))
    }

    func crlf(_ call: MetaInvocation) throws(MetaError) {
        settings.crlf = try call.onOff(usage: MetaCommands.usage(of: "crlf"))
    }

    func echo(_ call: MetaInvocation) throws(MetaError) {
        settings.echo = try call.onOff(usage: MetaCommands.usage(of: "echo"))
    }

    /// `.read FILE`: its lines run here, each error naming FILE and its line. A file
    /// whose statements failed fails the `.read` (they have said why).
    func read(_ call: MetaInvocation) throws(MetaError) {
        let path = try call.single("a file name", usage: MetaCommands.usage(of: "read"))
        guard readDepth < Self.readDepthLimit else {
            throw MetaError("'.read' is nested \(Self.readDepthLimit) files deep; does a file read itself?", word: 1)
        }
        guard runNested(path) else { throw MetaError.reported }
    }

    func timer(_ call: MetaInvocation) throws(MetaError) {
        settings.timer = try call.onOff(usage: MetaCommands.usage(of: "timer"))
    }

    func output(_ call: MetaInvocation) throws(MetaError) {
        try redirect(call, once: false)
    }

    func once(_ call: MetaInvocation) throws(MetaError) {
        try redirect(call, once: true)
    }

    func quit(_ call: MetaInvocation) throws(MetaError) {
        quitRequested = true
    }

    /// `.output FILE`, `.once FILE` and `.output` (back to the terminal).
    private func redirect(_ call: MetaInvocation, once: Bool) throws(MetaError) {
        if call.arguments.isEmpty && !once {
            output.endRedirect()
            return
        }
        let path = try call.single("a file name", usage: MetaCommands.usage(of: once ? "once" : "output"))
        guard !dryRun else { return }
        output.endRedirect()
        do {
            // `.once chart.svg` then `chart count ...`: the file gets a picture, in any mode.
            let mode: OutputMode? = path.lowercased().hasSuffix(".svg") ? .svg : nil
            output.startRedirect(to: try OutputSink.file(path), once: once, mode: mode)
        } catch {
            throw MetaError("\(error)", word: 1)
        }
    }

    func listHistory(_ call: MetaInvocation) throws(MetaError) {
        guard call.arguments.isEmpty else { throw MetaError("too many arguments", word: 1, hint: .usage(".history")) }
        let entries = history.list.entries
        let width = String(entries.count).count
        for (number, entry) in entries.enumerated() {
            let label = String(number + 1)
            output.say(String(repeating: " ", count: width - label.count) + label + "  " + entry)
        }
    }
}

extension MetaCommands {
    static func usage(of name: String) -> String {
        all.first { $0.name == name }?.usage ?? "." + name
    }
}
