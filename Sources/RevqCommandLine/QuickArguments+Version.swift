extension QuickArguments {
    /// `revq --version`, perhaps with `--dataset DIR`: what it asks to describe.
    package struct VersionRequest: Equatable, Sendable {
        /// The folder `--dataset` names; nil: the bundled review.
        package let dataset: String?

        package init(dataset: String?) {
            self.dataset = dataset
        }
    }

    /// `--version` with at most a `--dataset DIR`, in either order, read without the parser
    /// (its start-up cost, as for `parse`); nil for any other vector, which the parser
    /// answers (a repeated or `=` form, any other option, a value like an option).
    ///
    ///     QuickArguments.version(["--dataset", "d", "--version"])   // VersionRequest(dataset: "d")
    ///     QuickArguments.version(["--version", "-c", "sources"])    // nil
    package static func version(_ arguments: [String]) -> VersionRequest? {
        var asked = false
        var dataset: String?
        var position = 0
        while position < arguments.count {
            let option = CommandLineOption.named(arguments[position])
            position += 1
            switch option {
            case .version where !asked:
                asked = true
            case .dataset where dataset == nil:
                guard position < arguments.count, isPlainValue(arguments[position]) else { return nil }
                dataset = arguments[position]
                position += 1
            default:
                return nil
            }
        }
        return asked ? VersionRequest(dataset: dataset) : nil
    }
}
