import RevqCore

/// Notes that say why a blank in an answer is blank, where the dataset says why (`UnknownReason`):
/// a column shown, a group, or an aggregate over related records that meets a value the report
/// does not give in its text.
///
///     count outcomes by study show max(study.bias)
///     note: study.bias is blank for Bergman og Chan 2019, Musaddiq m.fl. 2024, Rogers og Feller 2016:
///           the risk of bias of these three RCTs was only in Figur 3, an image; ... (unknowns where id = ...)
struct UnknownReasonNotes {
    let catalog: Catalog
    let reasons: [UnknownReason]
    /// More records than this are counted, not named.
    static let namedLimit = 5

    /// One note per reason met, naming the paths it leaves blank and the records.
    func notes(paths: [BoundPath], rows: [Int]) -> [String] {
        var seenPaths = Set<String>()
        var met: [(reason: UnknownReason, paths: [String], records: UniqueList<Int>)] = []
        for path in paths where seenPaths.insert(path.text).inserted {
            let reader = FieldReader(path, catalog: catalog)
            for reason in reasons where reason.table == path.table && reason.fields.contains(path.field.name) {
                let blanks = blankRecords(reader, rows: rows, reason: reason)
                guard !blanks.isEmpty else { continue }
                if let index = met.firstIndex(where: { $0.reason.id == reason.id }) {
                    met[index].paths.append(path.text)
                    for record in blanks { met[index].records.append(record) }
                } else {
                    met.append((reason, [path.text], UniqueList(blanks)))
                }
            }
        }
        return met.map { note($0.reason, paths: $0.paths, records: $0.records.elements) }
    }

    /// The records `rows` reach through `reader`'s path whose field is blank for `reason`.
    private func blankRecords(_ reader: FieldReader, rows: [Int], reason: UnknownReason) -> [Int] {
        let path = reader.path
        let values = catalog.table(path.table).rows
        var blanks = UniqueList<Int>()
        for row in rows {
            for record in path.hops.isEmpty ? [row] : reader.relatedRecords(row: row)
            where reason.explains(path, record: record) && values[record][path.position].elements.isEmpty {
                blanks.append(record)
            }
        }
        return blanks.elements.sorted()
    }

    private func note(_ reason: UnknownReason, paths: [String], records: [Int]) -> String {
        let store = catalog.store
        let which =
            records.count <= Self.namedLimit
            ? records.map { store.label(ofRow: $0, in: reason.table) }.joined(separator: ", ")
            : "\(records.count) records of \(reason.table)"
        let verb = paths.count == 1 ? "is" : "are"
        return
            "\(paths.joined(separator: " and ")) \(verb) blank for \(which): \(reason.reason) (\(reason.place); unknowns where id = \(reason.id))"
    }
}
