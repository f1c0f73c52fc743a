/// A half-open range of Unicode scalar offsets into a document's clean text.
public struct Span: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public var length: Int { end - start }
    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// Names one entity: its type and canonical name.
public struct EntityKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var type: EntityType
    public var name: String
    public init(_ type: EntityType, _ name: String) { self.type = type; self.name = name }
    public var description: String { "\(type.rawValue):\(name)" }
    public func hash(into hasher: inout Hasher) { hasher.combine(type); hasher.combine(bytesOf: name) }
    public static func == (a: EntityKey, b: EntityKey) -> Bool { a.type == b.type && a.name.sameBytes(as: b.name) }
    public static func < (a: EntityKey, b: EntityKey) -> Bool { (a.type.rawValue, a.name) < (b.type.rawValue, b.name) }
}

/// The object of a triple: another entity, or a literal value.
public enum FactObject: Hashable, Sendable {
    case entity(EntityKey)
    case literal(String)

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .entity(let key): hasher.combine(0 as UInt8); hasher.combine(key)
        case .literal(let value): hasher.combine(1 as UInt8); hasher.combine(bytesOf: value)
        }
    }

    public static func == (a: FactObject, b: FactObject) -> Bool {
        switch (a, b) {
        case (.entity(let x), .entity(let y)): return x == y
        case (.literal(let x), .literal(let y)): return x.sameBytes(as: y)
        default: return false
        }
    }

    public var text: String {
        switch self {
        case .entity(let key): return key.name
        case .literal(let value): return value
        }
    }
}

/// One candidate triple with its provenance inside the document.
public struct Fact: Hashable, Sendable {
    public var subject: EntityKey
    public var predicate: String
    public var object: FactObject
    public var span: Span
    public var rule: String
    /// Extra detail on the triple itself (role, venue), in a stable order.
    public var qualifiers: [Qualifier]

    public init(_ subject: EntityKey, _ predicate: String, _ object: FactObject, span: Span, rule: String, qualifiers: [Qualifier] = []) {
        self.subject = subject; self.predicate = predicate; self.object = object
        self.span = span; self.rule = rule; self.qualifiers = qualifiers
    }
}

public struct Qualifier: Hashable, Sendable {
    public var key: String
    public var value: String
    public init(_ key: String, _ value: String) { self.key = key; self.value = value }
}

/// A place in the text that names an entity, under the surface form written there.
public struct Mention: Hashable, Sendable {
    public var entity: EntityKey
    public var surface: String
    public var span: Span
    public var rule: String
    public init(_ entity: EntityKey, surface: String, span: Span, rule: String) {
        self.entity = entity; self.surface = surface; self.span = span; self.rule = rule
    }
}

/// Everything the rules found in one document.
public struct Extraction: Sendable {
    public var mentions: [Mention] = []
    public var facts: [Fact] = []
    /// Other names an entity is known by, from the lexicons (中共中央政法委员会: 中央政法委).
    public var aliases: [EntityKey: [String]] = [:]
    public init() {}

    public var entities: [EntityKey] {
        var seen = Set<EntityKey>(); var out: [EntityKey] = []
        func add(_ k: EntityKey) { if seen.insert(k).inserted { out.append(k) } }
        for m in mentions { add(m.entity) }
        for f in facts {
            add(f.subject)
            if case .entity(let o) = f.object { add(o) }
        }
        return out
    }

    public func facts(_ predicate: String) -> [Fact] { facts.filter { $0.predicate == predicate } }
}
