import RevqCore
import RevqData

/// The bundled review loaded once per test process; a load failure fails loudly with
/// the loader's own report.
package enum BundledStore {
    package static let shared: Store = {
        do { return try DatasetLoader.load(directory: RepositoryPaths.bundledDataset) } catch {
            fatalError("the bundled dataset does not load:\n\(error)")
        }
    }()

    /// The display text of `field` in every row of `source`, in the report's order.
    package static func column(_ field: String, of source: String, in store: Store = shared) -> [String] {
        guard let table = store.table(named: source), let schemaField = table.schema.field(named: field) else {
            return []
        }
        return (0..<table.count).map { store.display(table.value(row: $0, field: field) ?? .null, of: schemaField) }
    }
}
