/// The declared shape of one source: its fields, its key and the field that names a record.
package struct SourceSchema: Sendable {
    package let name: String
    package let key: String
    package let label: String
    package let description: String
    package let fields: [Field]
    private let positionByName: [String: Int]

    package init(name: String, key: String, label: String, description: String, fields: [Field]) {
        self.name = name
        self.key = key
        self.label = label
        self.description = description
        self.fields = fields
        var positions = [String: Int](minimumCapacity: fields.count)
        for (position, field) in fields.enumerated() where positions[field.name] == nil {
            positions[field.name] = position
        }
        self.positionByName = positions
    }

    /// The position of a field in every row of this source, matched exactly.
    package func position(of fieldName: String) -> Int? {
        positionByName[fieldName]
    }

    package func field(named fieldName: String) -> Field? {
        position(of: fieldName).map { fields[$0] }
    }
}

/// Every source of a dataset, in the order `schema/sources.tsv` lists them.
package struct Schema: Sendable {
    package let sources: [SourceSchema]
    package let vocabularies: [String: Vocabulary]
    /// What a `~` search word also finds (`schema/thesaurus.tsv`): the folded word to the
    /// words and phrases it stands for, as written there (`tekstmelding*`, `text messag*`).
    package let thesaurus: [String: [String]]

    package init(sources: [SourceSchema], vocabularies: [String: Vocabulary], thesaurus: [String: [String]] = [:]) {
        self.sources = sources
        self.vocabularies = vocabularies
        self.thesaurus = thesaurus
    }

    package func source(named name: String) -> SourceSchema? {
        sources.first { $0.name == name }
    }

    /// This schema with one more source (and its vocabularies, except those the schema has
    /// one of that name for), everything else kept: the computed `audit` once dropped the
    /// thesaurus, so that `~ SMS` no longer found "tekstmeldinger" after an audit.
    package func adding(_ source: SourceSchema, vocabularies added: [Vocabulary]) -> Schema {
        var vocabularies = self.vocabularies
        for vocabulary in added { vocabularies[vocabulary.name] = vocabularies[vocabulary.name] ?? vocabulary }
        return Schema(sources: sources + [source], vocabularies: vocabularies, thesaurus: thesaurus)
    }
}
