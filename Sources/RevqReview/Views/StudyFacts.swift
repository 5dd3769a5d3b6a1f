import RevqCore
import RevqEngine

/// What a finding's contributing studies say, computed beside the report's component
/// levels as the GRADE-CERQual guidance asks: limitations grades (Tabell 7/8), countries,
/// and the number of studies and informants.
struct StudyFacts {
    let store: Store
    let table: Table

    init?(store: Store) {
        guard let table = store.table(named: "studies") else { return nil }
        self.store = store
        self.table = table
    }

    /// True for the components a count of the studies can stand beside.
    static func computes(_ component: String) -> Bool {
        ["limitations", "adequacy", "relevance"].contains(component)
    }

    /// The computed cell for `component` over the studies at `rows`.
    func summary(of component: String, _ rows: [Int]) -> Cell {
        switch component {
        case "limitations": return .text(tally("limitations", rows, inScaleOrder: true))
        case "relevance": return .text(tally("country", rows, inScaleOrder: false))
        case "adequacy": return .text(amount(rows))
        default: return .null
        }
    }

    /// "små 2; moderate 3" (scale order) or "Norge 6; Sverige 1" (most first): each value with its number of studies.
    func tally(_ field: String, _ rows: [Int], inScaleOrder: Bool) -> String {
        guard let schema = table.schema.field(named: field) else { return "" }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for row in rows {
            let value = table.value(row: row, field: field) ?? .null
            let text = value.isNull ? "unknown" : store.display(value, of: schema)
            if counts[text] == nil { order.append(text) }
            counts[text, default: 0] += 1
        }
        if inScaleOrder, let terms = schema.type.vocabulary?.terms.map(\.value) {
            order.sort { (terms.firstIndex(of: $0) ?? terms.count) < (terms.firstIndex(of: $1) ?? terms.count) }
        } else {
            order.sort { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0 < $1 }
        }
        return order.map { "\($0) \(counts[$0]!)" }.joined(separator: "; ")
    }

    /// "5 studies, 61 informants" (informants: the sum of the studies' n where known).
    func amount(_ rows: [Int]) -> String {
        var informants = 0
        var unknown = 0
        for row in rows {
            if case .integer(let n) = table.value(row: row, field: "n") ?? .null {
                informants += n
            } else {
                unknown += 1
            }
        }
        let studies = "\(rows.count) \(rows.count == 1 ? "study" : "studies"), \(informants) informants"
        return unknown == 0 ? studies : studies + " (\(unknown) without n)"
    }
}
