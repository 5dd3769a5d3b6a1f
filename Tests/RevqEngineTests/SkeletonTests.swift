import RevqCore
import RevqEngine
import RevqReview
import RevqTestSupport
import Testing

/// The skeleton's path end to end: filters with every comparison, and, or, not,
/// parentheses, over the mini review (rows listed in `MiniReview`).
@Suite("Filtering findings")
struct SkeletonTests {
    let interpreter = Interpreter(store: MiniReview.store)

    @Test(
        "Each filter selects the findings the mini review's table says",
        arguments: [
            ("findings where confidence >= moderat and theme = kommunikasjon", ["3"]),
            ("findings where confidence >= moderate", ["1", "2", "3", "6"]),
            ("findings where confidence > moderat", ["1", "6"]),
            ("findings where confidence < lav", ["5"]),
            ("findings where confidence <= LOW", ["4", "5"]),
            ("findings where confidence = hoy", ["1", "6"]),
            ("findings where confidence != høy", ["2", "3", "4", "5"]),
            ("findings where confidence = \"svært lav\"", ["5"]),
            ("findings where confidence = 'svaert lav'", ["5"]),
            ("findings where theme = fravaersregistrering", ["2"]),
            ("findings where theme = kommunikasjon or theme = forebygging", ["1", "3", "4", "5", "6"]),
            ("findings where not theme = kommunikasjon", ["1", "2", "6"]),
            ("findings where theme = kommunikasjon and (confidence = lav or confidence = moderat)", ["3", "4"]),
            ("findings where theme = kommunikasjon and confidence = lav or confidence = høy", ["1", "4", "6"]),
            ("FINDINGS WHERE Confidence >= Moderat AND Theme = KOMMUNIKASJON", ["3"]),
            ("findings where number > 4", ["5", "6"]),
            ("findings where number <= 2", ["1", "2"]),
            ("findings where theme in (forebygging, fraværsregistrering)", ["1", "2", "6"]),
            ("findings where theme not in (forebygging, fraværsregistrering)", ["3", "4", "5"]),
            ("findings", ["1", "2", "3", "4", "5", "6"]),
        ])
    func filter(statement: String, numbers: [String]) throws {
        let result = try #require(interpreter.run(statement).resultSet)
        #expect(result.column("number") == numbers)
    }

    @Test func defaultColumnsComeFromTheSchema() throws {
        let result = try #require(interpreter.run("findings where number = 1").resultSet)
        #expect(result.columns.map(\.name) == ["number", "theme", "confidence", "text"])
        #expect(result.columns.map(\.isLongText) == [false, false, false, true])
        #expect(
            result.rows[0].map(\.text) == [
                "1", "Forebygging", "høy",
                "Foresatte og skoleansatte var tydelige på viktigheten av gode relasjoner mellom skole og hjem.",
            ])
    }
}
