import RevqCore
import RevqData

/// What `revq --version` prints: the version, the dataset revq loads without being told
/// (or the one `--dataset` names), where it is, which rule found it, and its content hash.
///
///     revq 0.1.0
///     dataset: /usr/local/share/revq (installed with revq, next to its binary)
///     content: 1f0c2e9a7b3d (sha256 of its 47 files in schema/ and data/)
package enum VersionText {
    package static func describe(datasetOption: String?) -> String {
        let heading = "revq \(revqVersion)"
        switch DatasetLocation.locate(datasetOption) {
        case .success(let location):
            let fingerprint = DatasetFingerprint(directory: location.directory)
            return """
                \(heading)
                dataset: \(VisibleText.escaped(location.directory)) (\(location.originText))
                content: \(fingerprint.hash) (sha256 of its \(fingerprint.fileCount) files in schema/ and data/)
                """
        case .failure(let problem):
            return heading + "\ndataset: none: " + VisibleText.escaped(problem.summary)
        }
    }
}
