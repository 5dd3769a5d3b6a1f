import Foundation

/// Where the repository's files are, found from this file's own path, so tests read the
/// copies inside the repository and never anything outside it.
public enum RepositoryPaths {
    /// The package root (the folder holding Package.swift).
    public static let root: String = {
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
    public static let bundledDataset = root + "/Datasets/review"
    /// The review's text, the ground truth of every value.
    public static let reviewSource = root + "/Datasets/source/review-source.txt"
    public static let grammar = root + "/Grammar"
    public static let scripts = root + "/scripts"
}
