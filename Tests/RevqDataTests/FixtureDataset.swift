import Foundation

/// A small dataset folder written to a temporary directory, so each loader test can
/// break exactly one thing and see the report it gets.
struct FixtureDataset {
    var files: [String: String] = [
        "schema/sources.tsv": """
        name\tkey\tlabel\tdescription
        studies\tid\tlabel\tStudies
        findings\tnumber\tnumber\tFindings

        """,
        "schema/fields/studies.tsv": """
        name\ttype\trequired\tdescription
        id\ttext\tyes\tkey
        label\ttext\tyes\tname
        aliases\tset\tno\tother spellings
        finding\treverse:findings.study\tno\tfindings it supports
        source\ttext\tyes\tprovenance

        """,
        "schema/fields/findings.tsv": """
        name\ttype\trequired\tdescription
        number\tinteger\tyes\tkey
        confidence\tscale:confidence\tyes\tGRADE-CERQual
        study\trefs:studies\tno\tsupporting studies
        support\tcount:study\tno\thow many
        weight\tnumber\tno\ta decimal
        source\ttext\tyes\tprovenance

        """,
        "schema/vocabularies/confidence.tsv": """
        value\tsynonyms
        svært lav\tvery low
        lav\tlow
        moderat\tmoderate
        høy\thigh

        """,
        "data/studies.tsv": """
        id\tlabel\taliases\tsource
        oye-2018\tØye 2018\tØye (2018)|Øye\\|Ø\tTabell 8, lines 1-2
        wiig-2023\tWiig 2023\t\tTabell 8, lines 3-3

        """,
        "data/findings.tsv": """
        number\tconfidence\tstudy\tweight\tsource
        1\tmoderat\toye-2018|wiig-2023\t7.5\tTabell 9, lines 10-12
        2\tsvært lav\toye-2018\t-0.25\tTabell 9, lines 13-14

        """,
    ]

    /// Writes the files to a new temporary folder and returns its path.
    func write() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "revq-fixture-\(UUID().uuidString)")
        for (name, content) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return directory.path
    }

    /// A copy with one file's text changed by `edit`.
    func editing(_ name: String, _ edit: (String) -> String) -> FixtureDataset {
        var copy = self
        copy.files[name] = edit(files[name] ?? "")
        return copy
    }
}
