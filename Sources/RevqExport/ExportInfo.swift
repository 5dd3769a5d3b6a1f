/// What an exported database says about itself in `revq_export`: which revq wrote it,
/// from which review, and when, so a reader can tell two exports apart.
///
///     ExportInfo(revqVersion: "0.1.0", dataset: "/usr/share/revq", contentHash: fingerprint.fullHash,
///                exportedAt: "2026-12-07T06:30:00Z")
package struct ExportInfo: Sendable, Equatable {
    package let revqVersion: String
    /// The dataset folder the review was loaded from.
    package let dataset: String
    /// The SHA-256 of the dataset's files, as `revq --version` gives it (there cut to 12 digits).
    package let contentHash: String
    /// RFC 3339, in UTC.
    package let exportedAt: String

    package init(revqVersion: String, dataset: String, contentHash: String, exportedAt: String) {
        self.revqVersion = revqVersion
        self.dataset = dataset
        self.contentHash = contentHash
        self.exportedAt = exportedAt
    }
}
