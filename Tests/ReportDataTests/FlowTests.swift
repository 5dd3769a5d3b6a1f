import Foundation
import Testing

/// `flow` against Figur 2's text and the prose that states the screening numbers.
struct FlowTests {
    /// Figur 2's text: from the line that starts "Figur 2:" to the line "Identifisering".
    static let figure: ClosedRange<Int> = {
        let first = Report.lines.firstIndex { $0.hasPrefix("Figur 2:") } ?? 0
        let last = Report.lines[first...].firstIndex { Noise.trimmed($0) == "Identifisering" } ?? first
        return (first + 1)...(last + 1)
    }()

    @Test func everyCountInTheFigureIsARecord() {
        let counts = Self.figure.reduce(0) { total, number in
            total + Report.line(number).components(separatedBy: "(n").count - 1
        }
        let records = Report.records("flow").filter { $0["origin"] == "figur" }
        #expect(counts == 16)
        #expect(records.count == counts)
    }

    @Test func statedWordsAreAtTheCitedLineAndStateN() throws {
        for record in Report.records("flow") {
            let id = record["id"] ?? ""
            let cited = try #require(Cited.parse(record["source"] ?? "").first, "\(id)")
            let stated = record["stated"] ?? "\u{0}"
            #expect(cited.text.contains(stated), "\(id): '\(stated)' not at \(cited.lines)")
            #expect(cited.text.contains(record["sentence"] ?? "\u{0}"), "\(id): sentence")
            #expect((record["sentence"] ?? "").contains(stated), "\(id)")
            #expect(StatedNumber.all(in: stated).contains(Int(record["n"] ?? "") ?? -1), "\(id)")
            let inFigure = Self.figure.contains(cited.lines.lowerBound)
            #expect(inFigure == (record["origin"] == "figur"), "\(id): origin")
            #expect(inFigure == (cited.place == "Figur 2"), "\(id): place")
        }
    }

    /// Where the figure and the prose state the same stage, both are kept (Figur 2 line 461
    /// "i Eppi (n = 89)"; Resultater line 433 "Totalt ble 85 studier ekskludert").
    @Test(arguments: [("figur2-12", 89, 461), ("resultater-08", 85, 433), ("sammendrag-01", 14903, 33)])
    func bothPlacesAreKept(id: String, n: Int, line: Int) {
        let record = Report.records("flow").first { $0["id"] == id }
        #expect(record?["n"] == String(n))
        #expect(Cited.parse(record?["source"] ?? "").first?.lines.lowerBound == line)
    }
}
