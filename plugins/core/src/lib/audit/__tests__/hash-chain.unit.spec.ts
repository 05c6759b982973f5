import { createHash } from "node:crypto"
import { GENESIS_HASH, canonicalJson, chainEntries, entryHash, payloadDigest, verifyRun, type NewAuditEntry } from "../hash-chain"

const entry = (i: number, over: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  occurred_at: `2026-12-0${(i % 9) + 1}T10:00:00.000Z`,
  actor_type: "user",
  actor_id: `user_${i}`,
  plugin: "pricing",
  action: "pricing.batch.approved",
  resource_type: "price_batch",
  resource_id: `pb_${i}`,
  payload: { summary: `approved batch ${i}`, changes: { count: i, prices: [{ variant: "v1", from: 1999, to: 1899 }] } },
  ...over,
})

describe("canonicalJson", () => {
  it("sorts keys at every level and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}')
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
    expect(canonicalJson(new Date("2026-01-02T03:04:05.000Z"))).toBe('"2026-01-02T03:04:05.000Z"')
  })
})

describe("hash chain", () => {
  it("hashes the payload as sha256 of its canonical JSON", () => {
    const p = { summary: "x", changes: { b: 2, a: 1 } }
    expect(payloadDigest(p)).toBe(createHash("sha256").update('{"changes":{"a":1,"b":2},"summary":"x"}').digest("hex"))
  })

  it("links each entry to the previous one, starting from the genesis hash", () => {
    const chained = chainEntries(null, [entry(1), entry(2), entry(3)])
    expect(chained.map((e) => e.seq)).toEqual([1, 2, 3])
    expect(chained[0].prev_hash).toBe(GENESIS_HASH)
    expect(chained[1].prev_hash).toBe(chained[0].hash)
    expect(chained[2].prev_hash).toBe(chained[1].hash)
    const { hash, payload, ...rest } = chained[1]
    expect(entryHash(rest)).toBe(hash)
    // continuing a stored log
    const more = chainEntries({ seq: 3, hash: chained[2].hash }, [entry(4)])
    expect(more[0]).toMatchObject({ seq: 4, prev_hash: chained[2].hash })
    expect(verifyRun(null, [...chained, ...more])).toBeNull()
  })

  it("finds the first changed, removed or reordered entry", () => {
    const log = chainEntries(null, [1, 2, 3, 4, 5].map((i) => entry(i)))
    const clone = () => log.map((e) => ({ ...e, payload: { ...e.payload } }))

    const summary = clone()
    summary[2].payload.summary = "approved nothing"
    expect(verifyRun(null, summary)).toEqual({ seq: 3, reason: "payload_changed" })

    const actor = clone()
    actor[1].actor_id = "user_someone_else"
    expect(verifyRun(null, actor)).toEqual({ seq: 2, reason: "entry_changed" })

    const removed = clone()
    removed.splice(3, 1)
    expect(verifyRun(null, removed)).toEqual({ seq: 5, reason: "sequence_gap" })

    // a rewritten entry with a fresh hash still breaks the link of the next one
    const rehashed = clone()
    rehashed[1].payload.summary = "forged"
    rehashed[1].payload_digest = payloadDigest(rehashed[1].payload)
    const { hash: _h, payload: _p, ...rest } = rehashed[1]
    rehashed[1].hash = entryHash(rest)
    expect(verifyRun(null, rehashed)).toEqual({ seq: 3, reason: "link_broken" })
  })

  it("verifies a run in the middle of the log from the entry before it", () => {
    const log = chainEntries(null, [1, 2, 3, 4].map((i) => entry(i)))
    expect(verifyRun({ seq: 2, hash: log[1].hash }, log.slice(2))).toBeNull()
    expect(verifyRun({ seq: 2, hash: GENESIS_HASH }, log.slice(2))).toEqual({ seq: 3, reason: "link_broken" })
  })
})
