import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// Every emptiness test through every relation of the review, under every quantifier:
/// the indexed plan (complements, back through relations) gives the rows a scan gives.
/// Exhaustive rather than random, so each relation and field is tried once.
@Suite("Quantified emptiness: indexed equals scan")
struct QuantifiedEmptinessScanTests {
    static var statements: [String] {
        let store = BundledStore.shared
        var result: [String] = []
        for table in store.tables {
            for relation in table.schema.fields {
                guard let target = relation.type.relatedSource, let related = store.schema.source(named: target) else {
                    continue
                }
                for field in related.fields {
                    for quantifier in ["", "any ", "every ", "no "] {
                        for test in ["is empty", "is not empty"] {
                            result.append("\(table.name) where \(quantifier)\(relation.name).\(field.name) \(test)")
                        }
                    }
                }
            }
        }
        return result
    }

    @Test func everyRelationEveryFieldEveryQuantifier() {
        let interpreter = Interpreter(store: BundledStore.shared)
        let statements = Self.statements
        #expect(statements.count > 300)
        for statement in statements {
            interpreter.usesIndexes = true
            let indexed = interpreter.run(statement).resultSet
            interpreter.usesIndexes = false
            let scanned = interpreter.run(statement).resultSet
            #expect(indexed != nil && indexed == scanned, "\(statement)")
        }
    }
}
