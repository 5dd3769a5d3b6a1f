import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An SVG read back with Foundation's XML parser: every element with its attributes and
/// its own text, in document order. Parsing fails (throws) on anything that is not
/// well-formed XML, so reading a picture is already a test of its escaping.
struct SVGElements {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
        subscript(attribute: String) -> String? { attributes[attribute] }
    }

    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    let elements: [Element]

    init(_ svg: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        guard parser.parse() else {
            throw Malformed(
                description:
                    "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
        }
        elements = collector.elements
    }

    func all(_ name: String, class className: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (className == nil || $0["class"] == className) }
    }

    /// The text of the first element named `name` (`title`, `desc`).
    func text(of name: String) -> String? {
        elements.first { $0.name == name }?.text
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes, text: ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = open.last { elements[last].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
    }
}
