import Testing
@testable import ReadoutKit

/// The queries are written in SQLite's SQL; these are the rewrites PostgreSQL reads them through.
struct PostgresDialectTests {
    @Test func parametersAreNumberedAsSQLiteNumbersThem() {
        #expect(PostgresDialect.translate("SELECT ? , ?3, ?") == "SELECT $1 , $3, $4")
        #expect(PostgresDialect.translate("WHERE name = ?1 AND (?2 IS NULL OR type = ?2)", nulls: [2])
                == "WHERE name = $1 AND (NULL IS NULL OR type = NULL)")
    }

    @Test func quotedTextAndCommentsAreLeftAlone() {
        #expect(PostgresDialect.translate("SELECT '?', \"json_each(\" -- it's ?\nFROM t WHERE a = ?")
                == "SELECT '?', \"json_each(\" -- it's ?\nFROM t WHERE a = $1")
    }

    @Test func functionsAreRenamedOnlyAsWholeNames() {
        #expect(PostgresDialect.translate("SELECT value FROM json_each(?) j, char(10), my_json_each(x)")
                == "SELECT value FROM readout_json_each($1) j, chr(10), my_json_each(x)")
    }

    /// A list of ids bound as JSON becomes an array the planner can count (an index scan per id, not a guess of 100).
    @Test func idListsBecomeArrays() {
        #expect(PostgresDialect.translate("WHERE t.subject IN (SELECT value FROM json_each(?1)) AND t.object IN (SELECT value FROM json_each(?))")
                == "WHERE t.subject = ANY (string_to_array(btrim($1, '[]'), ',')::bigint[]) AND t.object = ANY (string_to_array(btrim($2, '[]'), ',')::bigint[])")
        // Anything else about json_each keeps the function: a join, a key, a different shape.
        #expect(PostgresDialect.translate("SELECT j.key FROM json_each(?1) j WHERE x IN (SELECT value FROM json_each(?2) LIMIT 3)")
                == "SELECT j.key FROM readout_json_each($1) j WHERE x IN (SELECT value FROM readout_json_each($2) LIMIT 3)")
        #expect(PostgresDialect.translate("WHERE xIN (SELECT value FROM json_each(?))") == "WHERE xIN (SELECT value FROM readout_json_each($1))")
    }

    /// Queries over id lists are planned for their values at each run; the others keep a plan.
    @Test func queriesOverIDListsAreMarked() {
        #expect(PostgresDialect.translation("SELECT 1 FROM triple t WHERE t.subject IN (SELECT value FROM json_each(?))").takesIDList)
        #expect(PostgresDialect.translation("SELECT e.id FROM json_each(?1) j JOIN entity e ON e.id = j.value").takesIDList)
        #expect(!PostgresDialect.translation("SELECT id FROM entity WHERE name = ?1 AND type = ?2").takesIDList)
        // Marked where the function is written, not by what the text holds: a quoted name is no list.
        #expect(!PostgresDialect.translation("SELECT 'readout_json_each(' || name FROM entity WHERE id = ?1").takesIDList)
    }
}
