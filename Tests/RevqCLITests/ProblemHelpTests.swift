import RevqTestSupport
import Testing

/// `.help R304` explains one problem by the id the README lists; the error itself reads
/// as it always did.
struct ProblemHelpTests {
    @Test func helpExplainsAProblemByItsId() throws {
        let run = try RevqProcess.run(["-c", ".help r304"], stdin: "", home: TemporaryHome())
        #expect(run.status == 0)
        #expect(
            run.stdout
                == "R304: a name that is no field of the source\n  for example: findings where confidenc >= moderat\n")
        let several = try RevqProcess.run(["-c", ".help R311"], stdin: "", home: TemporaryHome())
        #expect(several.stdout.hasSuffix("for example: let q = findings; then findings where study in q\n"))
        let unknown = try RevqProcess.run(["-c", ".help R999"], stdin: "", home: TemporaryHome())
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no help on 'r999'"))
    }
}
