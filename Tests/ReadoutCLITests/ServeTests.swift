import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Issue 17: `readout serve` on a free loopback port, asked over real HTTP: pages and the JSON API of a store of the
/// worked example and an article whose names are hostile.
@Suite(.serialized) struct ServeTests {
    static let hostile = #"<script>alert("x")</script>]]>'"#

    /// The server, started once for the suite.
    static let server: Served = {
        let dir = try! CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("hostile.txt")
        try! ("报道会议召开\n\n会议审议了《\(hostile)》。杨晶、王勇出席会议。").write(to: file, atomically: true, encoding: .utf8)
        // Two articles whose source addresses are a web address in capitals and a script.
        let links = dir.appendingPathComponent("links.jsonl")
        try! ([#"{"id":"web","url":"HTTPS://EXAMPLE.ORG/a?b=1&c=2","title":"会议召开","html":"会议召开。"}"#,
               #"{"id":"script","url":"javascript:alert(1)","title":"会议召开","html":"会议召开了。"}"#].joined(separator: "\n") + "\n")
            .write(to: links, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("serve.sqlite").path
        let r = try! CLI.run(["ingest", CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.txt").path, file.path, links.path, "--db", db])
        precondition(r.status == 0, r.stderr)
        return Served(db: db)
    }()

    static func get(_ path: String, host: String? = nil) throws -> Served.Reply { try server.get(path, host: host) }

    static func q(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }

    static func json(_ path: String) throws -> [[String: Any]] {
        let r = try get(path)
        #expect(r.status == 200 && r.type == "application/json; charset=utf-8", "\(path): \(r.status) \(r.body)")
        return try JSONSerialization.jsonObject(with: Data(r.body.utf8)) as! [[String: Any]]
    }

    @Test func listensOnLoopbackAndAnswersWithStatusAndType() throws {
        #expect(Self.server.base.hasPrefix("http://127.0.0.1:"))
        let home = try Self.get("/")
        #expect(home.status == 200 && home.type == "text/html; charset=utf-8" && home.body.hasPrefix("<!DOCTYPE html>"))
        let search = try Self.get("/?q=" + Self.q("郭声"))
        #expect(search.body.contains(">郭声琨</a></td><td>Person</td>"))
        let unknown = try Self.get("/entity?name=" + Self.q("郭声昆"))
        #expect(unknown.status == 404 && unknown.type == "text/html; charset=utf-8" && unknown.body.contains("no entity named 郭声昆"))
        #expect(unknown.body.contains(">郭声琨</a>"))   // the nearest names offered
        #expect(try Self.get("/event?name=" + Self.q("不存在的会议")).status == 404)
        #expect(try Self.get("/fact?id=999999").status == 404)
        #expect(try Self.get("/fact?id=x").status == 400)
        #expect(try Self.get("/nowhere").status == 404)
        #expect(try Self.get("/article?id=" + Self.q("no-such-article")).status == 404)
        // A form's + is a space; a page of another site (a Host not this machine's) is not answered.
        #expect(try Self.get("/?q=" + Self.q("郭声琨") + "+").body.contains("<h1>郭声琨 · Readout") == false)
        #expect(try Self.get("/?q=a+b").body.contains("<h1>a b</h1>"))
        #expect(try Self.get("/", host: "evil.example").status == 421)
        #expect(try Self.get("/", host: "localhost:1").status == 200)
        let missing = try Self.get("/entity")
        #expect(missing.status == 400 && missing.type == "text/html; charset=utf-8" && missing.body.contains("name is required"))
        let diff = try Self.get("/diff?a=pingan&b=hostile.txt")
        #expect(diff.status == 200 && diff.body.contains("<h1>What changed</h1>") && diff.body.contains("<h2>Attendees</h2>"))
        #expect(diff.body.contains("<td>dropped</td><td><s>郭声琨</s></td>"))
    }

    /// The worked example's event page lists the eight officials a careful reader found, with their titles.
    @Test func theEventPageListsTheOfficialsWithTitles() throws {
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.expected.json"))) as! [String: Any]
        let people = (expected["attendees"] as! [String: Any])["persons"] as! [String]
        let meeting = (expected["meeting"] as! [String: Any])["name"] as! String
        let page = try Self.get("/event?name=" + Self.q(meeting))
        #expect(page.status == 200)
        #expect(people.count == 8)
        for name in people { #expect(page.body.contains("class=\"Person\">\(name)</a>"), "\(name)") }
        #expect(page.body.contains("<td>中共中央政治局委员、中央政法委书记、平安中国建设协调小组组长</td>"))
        #expect(page.body.contains("What it called for"))
        #expect(page.body.contains("2020-11-10 · instance 1 of 1"))
        #expect(page.body.contains("<h3>Statistics (") && page.body.contains("<td>4.5%</td>"))
        let otherDay = try Self.get("/event?name=" + Self.q(meeting) + "&date=2020-11-11")
        #expect(otherDay.status == 404 && otherDay.body.contains("平安中国建设工作会议 has no instance on 2020-11-11 (its instances: 2020-11-10)"))
    }

    /// An article marks each fact's span; the mark of a fact is its words, linked to the fact and its rule.
    @Test func theArticlePageMarksAFactsSpan() throws {
        let fact = try Self.json("/api/show?name=" + Self.q("郭声琨") + "&limit=1")[0]
        #expect(fact["predicate"] as? String == "attended" && fact["rule"] as? String == "attendance")
        let page = try Self.get("/article?id=" + Self.q(fact["document"] as! String))
        #expect(page.status == 200)
        let marks = page.body.components(separatedBy: "<mark ").dropFirst()
        #expect(marks.count > 50)
        let mark = marks.first { $0.contains("郭声琨 attended 平安中国建设工作会议 [attendance]") && $0.contains(">郭声琨</a></mark>") }
        #expect(mark != nil && mark!.hasPrefix("class=\"Meeting\""))
        // The fact page shows the sentence with the same words marked, and the rule.
        let id = mark!.components(separatedBy: "/fact?id=")[1].prefix { $0.isNumber }
        // Every fact of the article is a place a link can go (#fact-N), its mark shown or not.
        let facts = try Self.json("/api/triples?limit=1000").filter { ($0["document"] as! String).hasSuffix("pingan-2020-changanwang.txt") }
        #expect(facts.count > 200)
        let anchors = Set(page.body.components(separatedBy: "<a id=\"fact-").dropFirst().map { String($0.prefix { $0.isNumber }) })
        #expect(anchors.count == facts.count)
        let why = try Self.get("/fact?id=\(id)")
        #expect(why.status == 200 && why.body.contains("<mark>郭声琨</mark>出席会议并讲话。</q>") && why.body.contains("<code>attendance</code>"))
        // A title is a value, not an entity: text, not a link to a page that is not there.
        let entity = try Self.get("/entity?name=" + Self.q("郭声琨")).body
        #expect(entity.contains("<span class=\"literal\">中央政法委书记</span>") && !entity.contains(">中央政法委书记</a>"))
    }

    /// A name from the corpus is text on every page, never markup.
    @Test func hostileNamesAreEscapedOnEveryPage() throws {
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;]]&gt;&#39;"
        let found = try Self.json("/api/show?name=" + Self.q(Self.hostile))
        #expect(!found.isEmpty)
        let pages = [
            "/?q=" + Self.q("<script>"), "/entity?name=" + Self.q(Self.hostile), "/article?id=hostile.txt",
            "/fact?id=\(try Self.factID(of: Self.hostile))", "/entity?name=" + Self.q(Self.hostile + "x"),
            "/graph?name=" + Self.q(Self.hostile),
        ]
        for path in pages {
            let r = try Self.get(path)
            #expect(r.body.contains(escaped), "\(path)")
            #expect(!r.body.contains("<script") && !r.body.contains("]]>"), "\(path)")
        }
        let diff = try Self.get("/diff?a=hostile.txt&b=pingan")
        #expect(diff.status == 200 && !diff.body.contains("<script") && !diff.body.contains("]]>"))
    }

    static func factID(of name: String) throws -> String {
        let article = try get("/article?id=hostile.txt").body
        let mark = article.components(separatedBy: "<mark ").first { $0.contains("&lt;script&gt;") }!
        return String(mark.components(separatedBy: "/fact?id=")[1].prefix { $0.isNumber })
    }

    /// The neighbourhood as SVG in the page, every node a link to its page.
    /// An article links to its source when the address is http or https, whatever its case; never to a script.
    @Test func anArticleLinksToItsSourceOnlyOnTheWeb() throws {
        let web = try Self.get("/article?id=" + Self.q("links.jsonl#web")).body
        #expect(web.contains(#"<a href="HTTPS://EXAMPLE.ORG/a?b=1&amp;c=2">source</a>"#), "\(web.prefix(1500))")
        let script = try Self.get("/article?id=" + Self.q("links.jsonl#script"))
        #expect(script.status == 200 && !script.body.contains("javascript:") && !script.body.contains(">source</a>"))
    }

    @Test func theGraphPageHasClickableNodes() throws {
        let page = try Self.get("/graph?name=" + Self.q("郭声琨"))
        #expect(page.status == 200 && page.body.contains("<svg"))
        let links = page.body.components(separatedBy: "xlink:href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.contains("/entity?name=" + Self.q("郭声琨")))
        #expect(links.contains("/event?name=" + Self.q("平安中国建设工作会议")))
        #expect(links.count >= 5 && links.allSatisfy { $0.hasPrefix("/entity?name=") || $0.hasPrefix("/event?name=") })
        #expect(!page.body.contains("<?xml") && !page.body.contains("<!DOCTYPE svg"))
        #expect(try Self.get("/graph?name=" + Self.q("郭声昆")).status == 404)
    }

    /// The API answers with the command line's shapes, a page at a time.
    @Test func theAPIPagesItsAnswers() throws {
        let meeting = "/api/attendees?meeting=" + Self.q("平安中国建设工作会议")
        let all = try Self.json(meeting + "&limit=1000")
        #expect(all.count >= 8)
        let page = try Self.json(meeting + "&limit=3&offset=2")
        #expect(page.map { $0["name"] as! String } == all[2..<5].map { $0["name"] as! String })
        #expect(Array(all[0].keys).contains("titles") && all[0]["meeting"] as? String == "平安中国建设工作会议")
        let trace = try Self.json("/api/trace?name=" + Self.q("平安中国建设工作会议"))
        #expect(trace.first?["type"] as? String == "Meeting" && !(trace.first?["children"] as! [Any]).isEmpty)
        let timeline = try Self.json("/api/timeline?name=" + Self.q("郭声琨"))
        #expect(timeline.first?["meeting"] as? String == "平安中国建设工作会议")
        #expect(try Self.get("/api/show").status == 400)
        #expect(try Self.get(meeting + "&limit=0").status == 400)
        #expect(try Self.get(meeting + "&limit=100000").status == 400)
        #expect(try Self.get("/api/nothing").status == 404)
        // A whole store's attendees or trees are not one answer; triples are read a page at a time.
        #expect(try Self.get("/api/attendees").status == 400 && Self.get("/api/trace").status == 400)
        let attended = try Self.json("/api/triples?predicate=attended&limit=2&offset=1")
        #expect(attended.count == 2 && attended.allSatisfy { $0["predicate"] as? String == "attended" })
        let missing = try Self.get("/api/show?name=" + Self.q("郭声昆"))
        #expect(missing.status == 404 && missing.body.contains("no entity named 郭声昆"))
    }
}
