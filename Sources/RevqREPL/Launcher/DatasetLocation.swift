import Foundation
import RevqCore
import RevqData

extension Launcher {
    struct StartProblem: Error {
        let message: String
        let status: Int32
    }

    /// The store from `--dataset DIR`, or from the bundled review.
    static func loadDataset(_ requested: String?) -> Result<(Store, String), StartProblem> {
        let directory: String
        if let requested {
            guard FileManager.default.fileExists(atPath: requested + "/schema/sources.tsv") else {
                return .failure(StartProblem(message: "revq: error: '\(requested)' is not a dataset folder (it has no schema/sources.tsv)", status: 2))
            }
            directory = requested
        } else {
            guard let bundled = bundledDataset() else {
                return .failure(StartProblem(message: "revq: error: cannot find the bundled review (Datasets/review) in any folder above \(executablePath()); pass --dataset DIR", status: 1))
            }
            directory = bundled
        }
        do {
            return .success((try DatasetLoader.load(directory: directory), directory))
        } catch {
            return .failure(StartProblem(message: "revq: the dataset \(directory) cannot be loaded:\n\(error.description)", status: 1))
        }
    }

    /// `Datasets/review` in the nearest folder above the executable (the repository it was
    /// built in), so revq works from any current directory.
    static func bundledDataset() -> String? {
        var folder = URL(fileURLWithPath: executablePath()).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Datasets/review")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("schema/sources.tsv").path) {
                return candidate.path
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
