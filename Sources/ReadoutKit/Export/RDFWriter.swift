/// The whole graph as RDF: every entity an IRI made from its type and name (stable across databases),
/// every triple asserted, and its provenance (document, span, rule) on a reified statement.
public struct RDFWriter {
    public static let base = "http://readout.example/"
    static let vocab = base + "vocab#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    public enum Syntax { case ntriples, turtle }

    let graph: Graph
    public init(graph: Graph) { self.graph = graph }

    static func iri(_ s: String) -> String { IRI.reference(s) }
    static func entityIRI(_ type: String, _ name: String) -> String { IRI.reference(base + "entity/" + IRI.segment(type) + "/" + IRI.segment(name)) }
    static func term(_ local: String) -> String { iri(vocab + local) }

    /// A string literal: quotes, backslashes and line breaks escaped as N-Triples and Turtle both write them, and
    /// every control (C0, DEL, C1) and non-character as \\uXXXX, so no reader meets a raw one.
    static func literal(_ s: String, datatype: String? = nil) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = c.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += hex.count <= 4 ? "\\u" + hex.leftPadded(4) : "\\U" + hex.leftPadded(8)
                } else { out.unicodeScalars.append(c) }
            }
        }
        out += "\""
        if let datatype { out += "^^" + iri(xsd + datatype) }
        return out
    }

    /// Writes statements in batches through `emit`, so a large graph never sits in memory as one string.
    public func write(_ syntax: Syntax, _ emit: (String) -> Void) throws {
        if syntax == .turtle {
            emit("# Readout graph. Entities: <\(Self.base)entity/TYPE/NAME>; provenance on rdf:Statement nodes.\n")
            emit("@prefix rdf: <\(Self.rdf)> .\n@prefix rdfs: <\(Self.rdfs)> .\n@prefix ro: <\(Self.vocab)> .\n@prefix xsd: <\(Self.xsd)> .\n\n")
        }
        let p: (String) -> String = { syntax == .turtle ? "ro:" + $0 : Self.term($0) }
        let rdfType = syntax == .turtle ? "a" : Self.iri(Self.rdf + "type")
        let label = syntax == .turtle ? "rdfs:label" : Self.iri(Self.rdfs + "label")
        let r: (String) -> String = { syntax == .turtle ? "rdf:" + $0 : Self.iri(Self.rdf + $0) }

        var docIRI: [Int64: String] = [:]
        var docHash: [Int64: String] = [:]
        var ordinal: [Int64: Int] = [:]
        try graph.db.stream("SELECT id, hash, origin, title, date, url FROM document ORDER BY id") { stmt in
            let row = stmt.row()
            let id = row[0].int ?? 0
            let iri = Self.iri(Self.base + "document/" + (row[1].string ?? ""))
            docIRI[id] = iri
            docHash[id] = String((row[1].string ?? "").prefix(16))
            var out = "\(iri) \(rdfType) \(p("Document")) .\n"
            out += "\(iri) \(p("origin")) \(Self.literal(row[2].string ?? "")) .\n"
            out += "\(iri) \(p("title")) \(Self.literal(row[3].string ?? "")) .\n"
            if let date = row[4].string { out += "\(iri) \(p("date")) \(Self.literal(date, datatype: "date")) .\n" }
            // Where it was published: an IRI when the URL is absolute and one as it stands (its %XX kept as they
            // are), else an xsd:anyURI literal.
            if let url = row[5].string {
                let scheme = url.prefix { $0 != ":" }, asIRI = Self.iri(url)
                let absolute = scheme.count < url.count && scheme.first?.isLetter == true && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
                out += "\(iri) \(p("url")) \(absolute && asIRI == "<\(url)>" ? asIRI : Self.literal(url, datatype: "anyURI")) .\n"
            }
            emit(out)
        }
        var entityIRI: [Int64: String] = [:]
        try graph.db.stream("SELECT id, type, name FROM entity ORDER BY id") { stmt in
            let row = stmt.row()
            let iri = Self.entityIRI(row[1].string ?? "", row[2].string ?? "")
            entityIRI[row[0].int ?? 0] = iri
            emit("\(iri) \(rdfType) \(p(row[1].string ?? "Entity")) .\n\(iri) \(label) \(Self.literal(row[2].string ?? "")) .\n")
        }
        try graph.db.stream("SELECT a.entity, a.alias FROM alias a JOIN entity e ON e.id = a.entity WHERE a.alias <> e.name ORDER BY a.entity") { stmt in
            let row = stmt.row()
            if let iri = entityIRI[row[0].int ?? 0] { emit("\(iri) \(p("alias")) \(Self.literal(row[1].string ?? "")) .\n") }
        }
        try graph.db.stream("SELECT t.id, t.subject, t.predicate, t.object, t.literal, t.document, t.span_start, t.span_end, t.rule FROM triple t ORDER BY t.id") { stmt in
            let row = stmt.row()
            guard let s = entityIRI[row[1].int ?? 0] else { return }
            let pred = p(Self.localName(row[2].string ?? ""))
            let object = row[3].int.flatMap { entityIRI[$0] } ?? Self.literal(row[4].string ?? "")
            // Stable across databases: the document's hash and the fact's place among that document's facts.
            let document = row[5].int ?? 0
            ordinal[document, default: 0] += 1
            let statement = Self.iri(Self.base + "statement/\(docHash[document] ?? "")/\(ordinal[document]!)")
            var out = "\(s) \(pred) \(object) .\n"
            out += "\(statement) \(rdfType) \(r("Statement")) .\n"
            out += "\(statement) \(r("subject")) \(s) .\n\(statement) \(r("predicate")) \(pred) .\n\(statement) \(r("object")) \(object) .\n"
            if let d = docIRI[row[5].int ?? 0] { out += "\(statement) \(p("document")) \(d) .\n" }
            out += "\(statement) \(p("start")) \(Self.literal(String(row[6].int ?? 0), datatype: "integer")) .\n"
            out += "\(statement) \(p("end")) \(Self.literal(String(row[7].int ?? 0), datatype: "integer")) .\n"
            out += "\(statement) \(p("rule")) \(Self.literal(row[8].string ?? "")) .\n"
            emit(out)
        }
    }

    /// Predicates are snake_case ASCII already; anything else is made safe for a prefixed name.
    static func localName(_ s: String) -> String {
        String(s.unicodeScalars.map { c -> Character in
            (c.value < 128 && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_")) ? Character(c) : "_"
        })
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
