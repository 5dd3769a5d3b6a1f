import RevqCore

/// One JSON array of objects, one key per line: keys are the column names in column
/// order, integers and numbers are JSON numbers, scale and category values strings,
/// sets and relations arrays of typed values (`[]` when empty), unknown `null`.
///
///     [
///       {
///         "number": 3,
///         "study": ["Opland HM 2023", "Øye 2018"]
///       }
///     ]
struct JSONRenderer: ResultRenderer {
    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        guard !result.rows.isEmpty else { return output.write("[]\n") }
        output.write("[\n")
        for (index, row) in result.rows.enumerated() {
            output.write(object(row, in: result))
            output.write(index < result.rows.count - 1 ? ",\n" : "\n")
        }
        output.write("]\n")
    }

    private func object(_ row: [Cell], in result: ResultSet) -> String {
        guard !result.columns.isEmpty else { return "  {}" }
        let members = result.columns.indices.map { column in
            "    " + Quoting.JSON.escape(result.columns[column].name) + ": " + JSONText.value(result.cell(row, column))
        }
        return "  {\n" + members.joined(separator: ",\n") + "\n  }"
    }
}

/// JSON Lines: one compact object per record, nothing for an empty result.
///
///     {"number":3,"theme":"Fraværsregistrering"}
struct JSONLinesRenderer: ResultRenderer {
    func render(_ result: ResultSet, to output: inout some TextOutputStream) {
        for row in result.rows {
            let members = result.columns.indices.map { column in
                Quoting.JSON.escape(result.columns[column].name) + ":" + JSONText.value(result.cell(row, column))
            }
            output.write("{" + members.joined(separator: ",") + "}\n")
        }
    }
}
