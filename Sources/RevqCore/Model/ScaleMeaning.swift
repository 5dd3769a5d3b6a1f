/// Which end of a scale is the good one, as the schema says (`schema/scales.tsv`): more
/// confidence is better, more concerns are worse. Colours follow it, never a list of words.
package enum Better: String, Sendable, CaseIterable {
    case higher, lower
}

/// What a level means to a reader at a glance: the colour a terminal and an SVG give it.
package enum Tone: Sendable, Equatable {
    case good, middle, bad
}

/// An ordered scale (lowest first) with what its order means: the one place that decides
/// a level's tone, for the terminal's grid and the SVG alike.
///
///     let concern = ScaleMeaning(name: "concern", values: ["ingen", "små", "moderate", "alvorlige"], better: .lower)
///     concern.tone(of: "alvorlige")   // .bad
///     concern.tone(of: "små")         // .good
package struct ScaleMeaning: Sendable, Equatable {
    package let name: String
    package let values: [String]
    /// Nil when the schema does not say: the levels then get shapes but no tone.
    package let better: Better?

    package init(name: String, values: [String], better: Better?) {
        self.name = name
        self.values = values
        self.better = better
    }

    /// The best level: the tone `good` at its strongest.
    package var best: String? {
        better == .higher ? values.last : better == .lower ? values.first : nil
    }

    /// The best level and those in the better half are good, the worst is bad, the rest are
    /// between: concerns ingen, små good, moderate between, alvorlige bad; Ja good, Delvis
    /// between, Nei bad. Nil off the scale or when the order has no stated meaning.
    package func tone(of value: String) -> Tone? {
        guard let better, values.count > 1, let index = values.firstIndex(of: value) else { return nil }
        let fromBest = better == .higher ? values.count - 1 - index : index
        let share = Double(fromBest) / Double(values.count - 1)
        if share == 1 { return .bad }
        return share < 0.5 ? .good : .middle
    }
}
