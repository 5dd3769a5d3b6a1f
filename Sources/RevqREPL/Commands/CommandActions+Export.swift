import FoundationEssentials
import RevqCore
import RevqData
import RevqExport

extension CommandContext {
    /// `.export sqlite FILE`: the whole dataset as a SQLite database, written to a new
    /// file renamed over FILE, so a reader never sees half a database; Datasette's
    /// metadata beside it (`DatasetteMetadata`).
    func export(_ call: MetaInvocation) throws(MetaError) {
        let usage = MetaCommands.usage(of: "export")
        guard call.arguments.count == 2 else {
            throw MetaError(
                call.arguments.count < 2 ? "missing format and file" : "too many arguments",
                word: call.arguments.count < 2 ? 0 : 3, hint: .usage(usage))
        }
        guard call.arguments[0].lowercased() == "sqlite" else {
            throw MetaError("unknown export format '\(call.arguments[0])'", word: 1, hint: .usage(usage))
        }
        let path = call.arguments[1]
        guard !dryRun else { return }
        let exported = storeWithComputedSources
        let info = ExportInfo(
            revqVersion: revqVersion, dataset: datasetName,
            contentHash: DatasetFingerprint(directory: datasetName).fullHash, exportedAt: Timestamp.internet(Date()))
        do {
            try AtomicFile.replace(path) { temporary in try SQLiteExporter.export(exported, about: info, to: temporary)
            }
        } catch let failure as AtomicFile.Failure {
            throw MetaError("\(failure)", word: 2)
        } catch let failure as AtomicFile.NotRegular {
            throw MetaError("\(failure)", word: 2)
        } catch {
            // SQLite failed on the temporary file: say which file the user asked for.
            throw MetaError("cannot export to \(path): \(error); \(path) is left as it was", word: 2)
        }
        let metadata = try writeMetadata(of: exported, info: info, besides: path)
        let rows = exported.tables.reduce(0) { $0 + $1.count }
        output.notify(
            "exported \(exported.tables.count) sources (\(rows) records) to \(path), with Datasette's metadata in \(metadata)"
        )
    }

    /// `NAME.metadata.json` beside the database, for `datasette NAME.db -m NAME.metadata.json`;
    /// its path. Written whole, and new with the permissions a new database gets (the umask's).
    private func writeMetadata(of store: Store, info: ExportInfo, besides path: String) throws(MetaError) -> String {
        let file = DatasetteMetadata.file(besides: path)
        do {
            try AtomicFile.write(
                DatasetteMetadata(store: store, info: info).json(databaseName: file.databaseName), to: file.path,
                newFile: .umask)
        } catch {
            throw MetaError("exported to \(path), but \(error)", word: 2)
        }
        return file.path
    }
}
