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
        guard let table = store.table(named: source) else { return nil }
        let layout = Layout(
            defaultColumns: DefaultColumns.positions(of: table, store: store),
            longText: DefaultColumns.longTextPositions(of: table))
        layouts[source] = layout
        return layout
    }
}
