import RevqCore

extension SchemaLoader {
    /// `schema/thesaurus.tsv` (optional): `term` and the `expansions` a `~` search for it
    /// also finds, `|`-separated; each is a word, a prefix (`tekstmelding*`) or a phrase.
    mutating func loadThesaurus() -> [String: [String]] {
        guard reads.exists("schema/thesaurus.tsv") else { return [:] }
        let file: TSVFile
        do { file = try reads.readTSV("schema/thesaurus.tsv") } catch {
            errors.append(error)
            return [:]
        }
        var thesaurus: [String: [String]] = [:]
        for row in records(of: file, columns: ["term", "expansions"]) {
            let term = TextFolding.fold(row["term"])
            guard TextFolding.words(term) == [term] else {
                errors.append(row.error("the thesaurus term '\(row["term"])' is not one word"))
                continue
            }
            thesaurus[term, default: []] += Quoting.TSV.splitList(row.raw("expansions")).filter { !$0.isEmpty }
        }
        return thesaurus
    }

    /// A `tally:` field counts fields of its own source that share a vocabulary holding its value.
    mutating func checkTallies(of schema: Schema) {
        for source in schema.sources {
            for field in source.fields {
                guard case .tally(let value, let names) = field.type else { continue }
                let place = directory + "/schema/fields/\(source.name).tsv"
                let counted = names.map { source.field(named: $0) }
                let vocabularies = Set(counted.compactMap { $0?.type.vocabulary?.name })
                guard !names.isEmpty, counted.allSatisfy({ $0?.type.vocabulary != nil && !$0!.type.isMultiValued }),
                    vocabularies.count == 1
                else {
                    errors.append(
                        DatasetError(
                            file: place, field: field.name,
                            "a tally counts single-valued fields of '\(source.name)' that share one vocabulary"))
                    continue
                }
                if counted[0]!.type.vocabulary!.index(matching: value) == nil {
                    errors.append(
                        DatasetError(
                            file: place, field: field.name,
                            "'\(value)' is not a value of the vocabulary '\(vocabularies.first!)'"))
                }
            }
        }
    }
}
