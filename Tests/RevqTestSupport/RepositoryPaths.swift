import Foundation

/// Where the repository's files are, found from this file's own path, so tests read the
/// copies inside the repository and never anything outside it.
package enum RepositoryPaths {
    /// The package root (the folder holding Package.swift).
    package static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The bundled review's dataset folder (schema/, data/).
    package static let bundledDataset = root + "/Datasets/review"
    /// The review's text, the ground truth of every value.
    package static let reviewSource = root + "/Datasets/source/review-source.txt"
    package static let grammar = root + "/Grammar"
    package static let scripts = root + "/scripts"
}
