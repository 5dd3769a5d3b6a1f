import RevqCore

/// How each source's records are laid out when a query shows them: the columns shown
/// without `show` (`DefaultColumns`) and the fields whose text is long, which tables wrap
/// and place last. Worked out per source on first use, since both read rows and a source
/// is decoded only when a statement touches it; kept apart from the indexes (`Catalog`),
/// which answer conditions and know nothing of showing.
///
///     layouts.defaultColumns(of: "findings")   // number, theme, confidence, text, ...
final class ColumnLayouts {
    private struct Layout {
        let defaultColumns: [Int]
        let longText: Set<Int>
    }

    private let store: Store
    private var layouts: [String: Layout] = [:]

    init(store: Store) {
        self.store = store
    }

    func defaultColumns(of source: String) -> [Int] {
        layout(of: source)?.defaultColumns ?? []
    }

    func isLongText(_ position: Int, of source: String) -> Bool {
        layout(of: source)?.longText.contains(position) ?? false
    }

    private func layout(of source: String) -> Layout? {
        if let known = layouts[source] { return known }
        // From the schema and a sample of each text field's first values, not the whole
        // table: a source not yet decoded is then read for the fields a statement shows only.
        guard let schema = store.schema.source(named: source) ?? store.table(named: source)?.schema else { return nil }
        let sample = { (position: Int) in
            self.store.leadingTextLengths(position, ofTable: source, count: DefaultColumns.sampleSize) ?? []
        }
        // Each text field sampled once: the default columns take the long ones from here.
        let longText = DefaultColumns.longTextPositions(of: schema, sample: sample)
        let layout = Layout(
            defaultColumns: DefaultColumns.positions(of: schema, store: store, longText: longText),
            longText: longText)
        layouts[source] = layout
        return layout
    }
}
