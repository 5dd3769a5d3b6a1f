/// Values in the order first seen, each once, in linear time however many there are:
/// `Array.contains` in such loops made them quadratic in a record's fan-out or in a
/// field's number of values. While the list is short (a record's few studies) it is
/// searched as it is, which is faster than hashing and allocates nothing.
struct UniqueList<Element: Hashable> {
    private(set) var elements: [Element] = []
    private var seen: Set<Element> = []
    /// Beyond this many elements a set answers `contains`.
    static var shortLength: Int { 8 }

    init() {}

    init(_ initial: some Sequence<Element>) {
        for element in initial { append(element) }
    }

    var count: Int { elements.count }

    func contains(_ element: Element) -> Bool {
        elements.count <= Self.shortLength ? elements.contains(element) : seen.contains(element)
    }

    /// Appends `element` unless it is there already; true when it was appended.
    @discardableResult
    mutating func append(_ element: Element) -> Bool {
        guard !contains(element) else { return false }
        elements.append(element)
        if elements.count > Self.shortLength {
            if seen.isEmpty { seen = Set(elements) } else { seen.insert(element) }
        }
        return true
    }
}
