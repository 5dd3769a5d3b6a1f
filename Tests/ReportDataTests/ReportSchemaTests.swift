import Foundation
import Testing

/// The five report-level sources agree with their schema: columns, keys, required fields and
/// vocabularies (the loader checks this too; here it is checked without it).
struct ReportSchemaTests {
    static let sources = ["excluded", "searches", "flow", "sections", "claims"]

    static func fields(_ source: String) -> [[String: String]] {
        Report.table(Report.dataset + "/schema/fields/\(source).tsv")
    }

    @Test(arguments: sources)
    func columnsAreTheSchemasFields(source: String) {
        let columns = Report.header(Report.dataset + "/data/\(source).tsv")
        #expect(Set(columns) == Set(Self.fields(source).compactMap { $0["name"] }))
        #expect(Set(columns).count == columns.count)
    }

    @Test(arguments: sources)
    func keysAreUniqueAndRequiredFieldsPresent(source: String) {
        let records = Report.records(source)
        #expect(!records.isEmpty)
        #expect(Set(records.compactMap { $0["id"] }).count == records.count)
        for field in Self.fields(source) where field["required"] == "yes" {
            let name = field["name"] ?? ""
            #expect(records.allSatisfy { !($0[name] ?? "").isEmpty }, "\(source).\(name)")
        }
    }

    @Test(arguments: sources)
    func valuesAreInTheirVocabulariesAndIntegersParse(source: String) {
        for field in Self.fields(source) {
            let name = field["name"] ?? ""
            let type = field["type"] ?? ""
            let values = Report.records(source).compactMap { $0[name] }.filter { !$0.isEmpty }
            if type == "integer" {
                #expect(values.allSatisfy { Int($0) != nil }, "\(source).\(name)")
            }
            guard let colon = type.firstIndex(of: ":"), type.hasPrefix("category") || type.hasPrefix("scale") else {
                continue
            }
            let vocabulary = Set(
                Report.table(Report.dataset + "/schema/vocabularies/\(type[type.index(after: colon)...]).tsv")
                    .compactMap { $0["value"] })
            for value in values {
                #expect(vocabulary.contains(value), "\(source).\(name): '\(value)'")
            }
        }
    }

    @Test(arguments: sources)
    func everyRecordCitesLinesOfTheReview(source: String) {
        for record in Report.records(source) {
            let places = Cited.parse(record["source"] ?? "")
            #expect(!places.isEmpty, "\(source) \(record["id"] ?? "")")
            #expect(places.allSatisfy { $0.lines.upperBound <= Report.lines.count })
        }
    }
}
