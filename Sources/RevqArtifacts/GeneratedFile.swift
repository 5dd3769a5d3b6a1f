import RevqCore

/// A file of the repository that is partly written from revq's own tables: scripts/generate
/// rewrites it, and a test fails while the copy in the repository is not what it writes.
///
///     for file in GeneratedFile.all(schema: store.schema) {
///         let current = try String(contentsOfFile: root + "/" + file.path, encoding: .utf8)
///         if try file.rewrite(current) != current { print("stale: \(file.path)") }
///     }
package struct GeneratedFile: Sendable {
    /// Its path from the package root.
    package let path: String
    /// The file's text with its generated parts written anew, the rest as it was.
    package let rewrite: @Sendable (String) throws(GenerationError) -> String

    /// Every generated file; the fuzz dictionary names the sources and fields of `schema`
    /// (the bundled review's).
    package static func all(schema: Schema) -> [GeneratedFile] {
        [
            GeneratedFile(path: "Tests/Fuzz/revq.dict") { text throws(GenerationError) in
                try FuzzDictionary.rewrite(text, schema: schema)
            },
            GeneratedFile(path: "scripts/man/revq.1") { text throws(GenerationError) in try ManualSections.rewrite(text)
            },
        ]
    }
}
