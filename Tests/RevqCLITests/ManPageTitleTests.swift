import Foundation
import RevqTestSupport
import Testing

/// revq(1) names the review only in words its text has: the text has no title page (it
/// begins at the key messages), so the page quotes what the Forord (line 96) calls the work.
struct ManPageTitleTests {
    /// The DESCRIPTION section of the page source, with roff's escapes for '-' and quotes undone.
    static func description() throws -> String {
        let page = try String(contentsOfFile: ManPageTests.pagePath, encoding: .utf8)
        let section = try #require(
            page.components(separatedBy: ".SH DESCRIPTION\n").last?.components(separatedBy: "\n.SH ").first)
        return section.replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\(lq", with: "“")
            .replacingOccurrences(of: "\\(rq", with: "”").replacingOccurrences(of: "\n", with: " ")
    }

    @Test func everyQuotedOrItalicNameOfTheReviewIsInItsText() throws {
        let description = try Self.description()
        let review = SourceText.review
        let quoted = description.matches(of: /“([^”]+)”/).map { String($0.output.1) }
        let italic = try String(contentsOfFile: ManPageTests.pagePath, encoding: .utf8)
            .components(separatedBy: ".SH DESCRIPTION\n").last!.components(separatedBy: "\n.SH ").first!
            .split(separator: "\n").filter { $0.hasPrefix(".I ") }.map {
                $0.dropFirst(3).replacingOccurrences(of: "\\-", with: "-")
            }
        #expect(!quoted.isEmpty)
        for phrase in quoted + italic {
            #expect(review.contains(phrase), "revq(1) names the review '\(phrase)', which its text does not have")
        }
        #expect(review.line(96).contains(try #require(quoted.first)))
        #expect(description.contains("no title page"))
    }
}
