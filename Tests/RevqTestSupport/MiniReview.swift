import Foundation
import RevqCore
import RevqData

/// A small review with the bundled review's shape (studies, findings, matrix), written
/// as TSV files and loaded by the real loader, so the tests know every row.
///
/// findings (number theme confidence studies):
///   1 Forebygging         høy       oye-2018, rossholt-2024
///   2 Fraværsregistrering moderat   oye-2018
///   3 Kommunikasjon       moderat   rossholt-2024, aberg-2020
///   4 Kommunikasjon       lav       bergman-2019
///   5 Kommunikasjon       svært lav aberg-2020
///   6 Forebygging         høy       oye-2018, bergman-2019, aberg-2020
package enum MiniReview {
    package static let files: [String: String] = [
        "schema/sources.tsv": """
        name\tkey\tlabel\tdescription
        studies\tid\tlabel\tThe included studies
        findings\tnumber\tnumber\tThe findings with their confidence
        matrix\tid\tintervention\tThe integration matrix

        """,
        "schema/fields/studies.tsv": """
        name\ttype\trequired\tdescription
        id\ttext\tyes\tkey
        label\ttext\tyes\tname
        aliases\tset\tno\tother spellings
        country\tcategory:country\tyes\tcountry
        kind\tcategory:kind\tyes\tdesign
        limitations\tscale:limitation\tno\tmethodological limitations
        year\tinteger\tyes\tyear
        finding\treverse:findings.study\tno\tfindings it supports
        finding_count\tcount:finding\tno\thow many findings
        source\ttext\tyes\tprovenance

        """,
        "schema/fields/findings.tsv": """
        name\ttype\trequired\tdescription
        number\tinteger\tyes\tkey
        theme\tcategory:theme\tyes\ttheme
        text\ttext\tyes\tthe finding
        confidence\tscale:confidence\tyes\tGRADE-CERQual
        appendix_confidence\tscale:confidence\tno\tthe appendix's confidence
        limitations\tscale:concern\tyes\tcomponent
        limitations_explanation\ttext\tno\twhy
        coherence\tscale:concern\tyes\tcomponent
        study\trefs:studies\tyes\tsupporting studies
        support\tcount:study\tno\thow many
        source\ttext\tyes\tprovenance

        """,
        "schema/fields/matrix.tsv": """
        name\ttype\trequired\tdescription
        id\ttext\tyes\tkey
        study\tref:studies\tyes\tthe study
        intervention\ttext\tyes\tthe intervention
        relasjon\tscale:answer\tyes\trelationship
        kommunikasjon\tscale:answer\tyes\tcommunication
        source\ttext\tyes\tprovenance

        """,
        "schema/vocabularies/confidence.tsv":
            "value\tsynonyms\nsvært lav\tvery low\nlav\tlow\nmoderat\tmoderate\nhøy\thigh\n",
        "schema/vocabularies/concern.tsv":
            "value\tsynonyms\ningen\tnone\nsmå\tminor\nmoderate\tmoderate concerns\nalvorlige\tserious\n",
        "schema/vocabularies/theme.tsv":
            "value\tsynonyms\nForebygging\tprevention\nFraværsregistrering\tattendance recording\nKommunikasjon\tcommunication\n",
        "schema/vocabularies/country.tsv": "value\tsynonyms\nNorge\tNorway\nUSA\tUnited States\nSverige\tSweden\n",
        "schema/vocabularies/kind.tsv": "value\tsynonyms\nkvalitativ\tqualitative\nkvantitativ\tquantitative\n",
        "schema/vocabularies/limitation.tsv": "value\tsynonyms\nsmå\tminor\nmoderate\tmoderate\nstore\tmajor\n",
        "schema/vocabularies/answer.tsv": "value\tsynonyms\nNei\tNo\nDelvis\tPartly\nJa\tYes\n",
        "data/studies.tsv": """
        id\tlabel\taliases\tcountry\tkind\tlimitations\tyear\tsource
        oye-2018\tØye 2018\tØye (2018)|Øye m.fl. 2018\tNorge\tkvalitativ\tmoderate\t2018\tT, lines 1-1
        bergman-2019\tBergman og Chan 2019\tBergman 2019\tUSA\tkvantitativ\t\t2019\tT, lines 2-2
        rossholt-2024\tRossholt 2024\tRossholt (2024)\tNorge\tkvalitativ\tsmå\t2024\tT, lines 3-3
        aberg-2020\tÅberg 2020\tAberg 2020\tSverige\tkvalitativ\tstore\t2020\tT, lines 4-4

        """,
        "data/findings.tsv": """
        number\ttheme\ttext\tconfidence\tappendix_confidence\tlimitations\tlimitations_explanation\tcoherence\tstudy\tsource
        1\tForebygging\tForesatte og skoleansatte var tydelige på viktigheten av gode relasjoner mellom skole og hjem.\thøy\t\tingen\t\tingen\toye-2018|rossholt-2024\tT, lines 5-5
        2\tFraværsregistrering\tGode rutiner for fraværsregistrering kunne avdekke mønster i fravær hos elevene.\tmoderat\tlav\tsmå\t\tingen\toye-2018\tT, lines 6-6
        3\tKommunikasjon\tMange foresatte ville ha informasjon om hva som skjedde på skolen så tidlig som mulig.\tmoderat\t\tsmå\t\tsmå\trossholt-2024|aberg-2020\tT, lines 7-7
        4\tKommunikasjon\tHjemmebesøk ble opplevd som nyttig av foresatte og av skolens ansatte i prosjektet.\tlav\t\tmoderate\t\tsmå\tbergman-2019\tT, lines 8-8
        5\tKommunikasjon\tÆrlig og åpen dialog mellom skole og hjem styrket tilliten hos de foresatte over tid.\tsvært lav\t\talvorlige\t\tmoderate\taberg-2020\tT, lines 9-9
        6\tForebygging\tTidlig innsats i overganger var viktig for elever med bekymringsfullt fravær fra skolen.\thøy\t\tingen\t\tingen\toye-2018|bergman-2019|aberg-2020\tT, lines 10-10

        """,
        "data/matrix.tsv": """
        id\tstudy\tintervention\trelasjon\tkommunikasjon\tsource
        bergman-2019\tbergman-2019\tAutomatiske SMS til foreldre\tNei\tJa\tT, lines 11-11
        aberg-2020\taberg-2020\tHjemmebesøk og samtaler\tJa\tDelvis\tT, lines 12-12

        """,
    ]

    /// The mini review loaded once per test process.
    package static let store: Store = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("revq-mini-\(UUID().uuidString)")
        do {
            for (name, content) in files {
                let url = directory.appendingPathComponent(name)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url)
            }
            return try DatasetLoader.load(directory: directory.path)
        } catch {
            fatalError("the mini review does not load: \(error)")
        }
    }()
}
