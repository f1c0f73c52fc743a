import Testing
@testable import ReadoutKit

@Suite struct EntityIDsTests {
    /// Keys with colliding hash values as well as distinct ones: the table must tell them apart by the key.
    func key(_ n: Int) -> (EntityKey, Int) {
        let key = EntityKey(n % 2 == 0 ? .person : .organization, "名\(n)")
        return (key, n % 7 == 0 ? 42 : key.hashValue)
    }

    @Test func findsEveryKeyAddedAcrossGrowthAndNoOther() {
        var ids = EntityIDs()
        for n in 0..<3000 { let (k, h) = key(n); ids.add(k, hash: h, Int64(n + 1)) }
        for n in [0, 7, 14, 511, 512, 1023, 2999] {
            let (k, h) = key(n)
            #expect(ids[k, hash: h] == Int64(n + 1))
        }
        let (absent, h) = key(3000)
        #expect(ids[absent, hash: h] == nil)
        // Same name, other type: a different entity.
        #expect(ids[EntityKey(.organization, "名0"), hash: EntityKey(.organization, "名0").hashValue] == nil)
    }

    @Test func aRollBackForgetsWhatCameAfterItsMarkOnly() {
        var ids = EntityIDs()
        for n in 0..<600 { let (k, h) = key(n); ids.add(k, hash: h, Int64(n + 1)) }
        ids.committed()
        let mark = ids.mark
        for n in 600..<1200 { let (k, h) = key(n); ids.add(k, hash: h, Int64(n + 1)) }
        ids.rollBack(to: mark)
        #expect(ids[key(599).0, hash: key(599).1] == Int64(600))
        #expect(ids[key(600).0, hash: key(600).1] == nil)
        #expect(ids[key(1199).0, hash: key(1199).1] == nil)
        // Added again after the roll-back, under a new id.
        ids.add(key(700).0, hash: key(700).1, 5000)
        #expect(ids[key(700).0, hash: key(700).1] == 5000)
        ids.rollBack(to: ids.transactionStart)
        #expect(ids[key(700).0, hash: key(700).1] == nil)
        #expect(ids[key(0).0, hash: key(0).1] == 1)
    }
}
