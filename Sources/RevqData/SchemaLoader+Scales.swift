import RevqCore

extension SchemaLoader {
    /// `schema/scales.tsv` (optional): `vocabulary`, `better` (`higher` or `lower`) and a
    /// `description` of why: which end of a scale is the good one, so that a grid's colours
    /// follow the schema and not the words of its values.
    mutating func loadScaleSenses() -> [String: (better: Better, row: Record)] {
        let path = directory + "/schema/scales.tsv"
        guard FileBytes.exists(path) else { return [:] }
        let file: TSVFile
        do { file = try TSVFile.read(path) } catch {
            errors.append(error)
            return [:]
        }
        var senses: [String: (better: Better, row: Record)] = [:]
        for row in records(of: file, columns: ["vocabulary", "better", "description"]) {
            guard let better = Better(rawValue: row["better"]) else {
                errors.append(
                    row.error("better is '\(row["better"])' for '\(row["vocabulary"])' (expected higher or lower)"))
                continue
            }
            if let earlier = senses[row["vocabulary"]] {
                errors.append(
                    row.error(
                        "the scale '\(row["vocabulary"])' is listed twice (first on line \(earlier.row.row.line))"))
            }
            senses[row["vocabulary"]] = (better, row)
        }
        return senses
    }

    /// Each vocabulary `scales.tsv` names must be the vocabulary of a `scale:` field: an
    /// order nothing compares says nothing.
    mutating func checkScaleSenses(_ senses: [String: (better: Better, row: Record)], of schema: Schema) {
        let scales = Set(
            schema.sources.flatMap(\.fields).compactMap { field -> String? in
                if case .scale(let vocabulary) = field.type { return vocabulary.name }
                return nil
            })
        for (name, sense) in senses.sorted(by: { $0.value.row.row.line < $1.value.row.row.line })
        where !scales.contains(name) {
            errors.append(sense.row.error("'\(name)' is the vocabulary of no scale: field"))
        }
    }
}
