import Foundation
import RevqTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `.record panel.html` shows what the terminal showed: charts and grids as inline SVG,
/// tables as the terminal drew them, with the terminal's row count; and it renders in a
/// real browser (headless Chromium) to a picture that is not blank.
struct RecordPictureTests {
    static let tiltak = ReviewTables.tabell9.filter { $0.theme == "Tiltak fra skolen" }.count
    static let statements = [
        "grid findings where theme = \"Tiltak fra skolen\"",
        "count findings by theme, confidence",
        "chart stacked count findings by theme, confidence",
    ]

    static func record() throws -> (html: String, home: TemporaryHome, file: String) {
        let home = try TemporaryHome()
        let file = home.file("panel.html")
        let run = try RevqProcess.run(
            ["-c", ".record \(file)"] + statements.flatMap { ["-c", $0] } + ["-c", ".record"], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        return (try String(contentsOfFile: file, encoding: .utf8), home, file)
    }

    /// The grid of the eight findings Tabell 9 lists under "Tiltak fra skolen" said "(9
    /// rows)", counting its totals row; the crosstab listed its 28 tidy rows. Now each says
    /// what the terminal says: 8, and the 7 themes.
    @Test func rowCountsAreTheTerminals() throws {
        let (html, _, _) = try Self.record()
        let counts = html.matches(of: /<p class="note">\((\d+) rows?\)<\/p>/).map { Int($0.1)! }
        #expect(Self.tiltak == 8)
        #expect(counts == [Self.tiltak, ReviewThemes.tabell9.count, ReviewThemes.tabell9.count], "\(counts)")
        // The crosstab as the terminal draws it: a column per level and its totals row.
        #expect(html.contains("<th>theme \\ confidence</th>") && html.contains("<tr class=\"total\"><td>total</td>"))
    }

    /// Each chart and grid is an inline SVG that reads as XML, with its ids its own.
    @Test func picturesAreInlineSVG() throws {
        let (html, _, _) = try Self.record()
        let pictures = html.matches(of: /<svg[\s\S]*?<\/svg>/).map { String($0.0) }
        #expect(pictures.count == 2)
        let grid = try SVGElements(pictures[0])
        #expect(grid.all("g", class: "cell").count == Self.tiltak * 4)
        #expect(
            try SVGElements(pictures[1]).all("rect", class: "segment").count
                == ReviewThemes.tabell9.map(\.theme).flatMap { theme in
                    ReviewTables.levels.filter { level in
                        ReviewTables.tabell9.contains { $0.theme == theme && $0.confidence == level }
                    }
                }.count)
        #expect(html.contains("id=\"r1-title\"") && html.contains("id=\"r3-title\"") && !html.contains("http"))
    }

    /// Headless Chromium renders the record to a PNG of the window's size that is not one colour.
    @Test func theRecordRendersInABrowser() throws {
        guard let chromium = Self.browser() else {
            print("skipped: no chromium on PATH to render the record (scripts/setup --tests installs it)")
            return
        }
        let (_, home, file) = try Self.record()
        let png = home.file("record.png")
        var arguments = [
            "--headless", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(png)", "--window-size=1200,2000",
            "--user-data-dir=\(home.file("chromium"))", "file://\(file)",
        ]
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        let run = try ExternalCommand.run([chromium] + arguments, home: home)
        guard FileManager.default.fileExists(atPath: png) else {
            Issue.record("chromium wrote no screenshot (status \(run.status)): \(run.stderr.suffix(600))")
            return
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        let (width, height) = try PNGImage.size(bytes)
        #expect(width == 1200 && height == 2000)
        #expect(try PNGImage.distinctLines(png) > 50, "a blank page would be one colour")
    }

    static func browser() -> String? {
        for name in ["chromium", "chromium-browser"] {
            for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }
}

/// What the tests read of a PNG: its size from the IHDR chunk, and whether it is blank.
enum PNGImage {
    struct NotPNG: Error {}

    static func size(_ bytes: Data) throws -> (Int, Int) {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 24, Array(bytes.prefix(8)) == signature,
            String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR"
        else { throw NotPNG() }
        let word = { (at: Int) in bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    /// How many different scanlines the picture has, decoded with python3's zlib: one
    /// colour everywhere makes every line the same (up to the few filters PNG may pick),
    /// text and pictures make hundreds.
    static func distinctLines(_ path: String) throws -> Int {
        let script = """
            import sys, zlib, struct
            data = open(sys.argv[1], 'rb').read()
            at, idat, width, height, channels = 8, b'', 0, 0, 4
            while at < len(data):
                length, kind = struct.unpack('>I4s', data[at:at + 8])
                body = data[at + 8:at + 8 + length]
                if kind == b'IHDR':
                    width, height, depth, color = struct.unpack('>IIBB', body[:10])
                    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(color, 1)
                if kind == b'IDAT':
                    idat += body
                at += 12 + length
            raw = zlib.decompress(idat)
            stride = width * channels + 1
            print(len(set(raw[row * stride + 1:(row + 1) * stride] for row in range(height))))
            """
        let output = try Subprocess.run("/usr/bin/env", ["python3", "-c", script, path]).stdout
        return Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}
