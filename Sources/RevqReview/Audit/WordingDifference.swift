import RevqCore
import RevqEngine

/// Whether two places word one statement differently without saying something else: the
/// runs of words that differ are short, and none holds a number or a negation. Tabell 9 and
/// Vedlegg 4 write "påpekte" and "påpeker", "foresatte" and "foreldre"; Tabell 7 and Vedlegg
/// 6 write "Moderate/store" and "Moderate til store". A figure or an "ikke" that differs is
/// a difference of substance, and so is a longer rewording, which a reader must judge.
enum WordingDifference {
    /// The longest run of differing words that is still a difference of wording: Vedlegg 4
    /// inserts "For eksempel var det ønsker om" into finding 31's "Eksempler på ønsker var".
    static let longestRun = 6
    /// Words that turn a statement around, and figures spelled out (not "en" and "to",
    /// which are also an article and a preposition): a run that holds one is substance.
    static let substantive: Set<String> = [
        "ikke", "ingen", "aldri", "verken", "intet", "uten", "not", "no", "never", "none", "without",
        "tre", "fire", "fem", "seks", "sju", "syv", "atte", "ni", "ti", "elleve", "tolv", "tretten", "fjorten",
        "femten",
        "halvparten", "flertallet", "majoriteten", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]

    /// The differing runs in text order, as "first → second", "+ added" or "− left out";
    /// nil when a run is a difference of substance. Empty when only case, accents or
    /// punctuation differ.
    static func pairs(_ first: String, _ second: String) -> [String]? {
        let (a, b) = (words(first), words(second))
        var pairs: [String] = []
        for (left, right) in differingRuns(a.map(\.folded), b.map(\.folded)) {
            let folded = Array(left) + Array(right)
            if left.count > longestRun || right.count > longestRun { return nil }
            if folded.contains(where: { $0.first?.isNumber == true || substantive.contains($0) }) { return nil }
            // Shown as written, æøå and all.
            let was = a[left.indices].map(\.written).joined(separator: " ")
            let now = b[right.indices].map(\.written).joined(separator: " ")
            pairs.append(left.isEmpty ? "+ \(now)" : right.isEmpty ? "− \(was)" : "\(was) → \(now)")
        }
        return pairs
    }

    /// The words of `text` as written and folded: letters and digits between anything else.
    static func words(_ text: String) -> [(written: String, folded: String)] {
        text.split { !($0.isLetter || $0.isNumber) }.map { (String($0), TextFolding.fold(String($0))) }
    }

    /// The runs where `a` and `b` differ, aligned on their longest common subsequence of words.
    static func differingRuns(_ a: [String], _ b: [String]) -> [(ArraySlice<String>, ArraySlice<String>)] {
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var runs: [(ArraySlice<String>, ArraySlice<String>)] = []
        var (i, j) = (0, 0)
        var (runA, runB) = (0, 0)
        func close() {
            if runA < i || runB < j { runs.append((a[runA..<i], b[runB..<j])) }
        }
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                close()
                i += 1
                j += 1
                (runA, runB) = (i, j)
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                j += 1
            } else {
                i += 1
            }
        }
        close()
        return runs
    }
}
