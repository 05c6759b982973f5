import { emptyProfileRow } from "../../../lib/recompute/profile-row"
import { PROFILE_COLUMNS, profilesToRecordJson } from "../store/profile-columns"

describe("profilesToRecordJson", () => {
  it("serialises every column as jsonb_to_recordset reads it, escaping text and nulling non-finite numbers", () => {
    const row = {
      ...emptyProfileRow("cus_1", Date.parse("2026-01-02T03:04:05.678Z")),
      order_count: 3,
      recency_days: 2.5,
      p_alive: Number.NaN,
      first_order_at: Date.parse("2025-12-01T00:00:00Z"),
      tags: ["repeat", "new"],
      category_affinities: [{ category: "pcat_1", weight: 0.5 }],
      traits: { note: 'say "hi"\n', n: 1 },
      persona_name: 'Big "spenders"',
    }
    const [parsed, second] = JSON.parse(profilesToRecordJson([row, { ...row, customer_id: "cus_2" }]))
    expect(Object.keys(parsed)).toEqual(PROFILE_COLUMNS.map(([c]) => c))
    expect(parsed).toMatchObject({
      customer_id: "cus_1",
      order_count: 3,
      recency_days: 2.5,
      p_alive: null,
      first_order_at: "2025-12-01T00:00:00.000Z",
      last_order_at: null,
      computed_at: "2026-01-02T03:04:05.678Z",
      tags: ["repeat", "new"],
      category_affinities: [{ category: "pcat_1", weight: 0.5 }],
      traits: { note: 'say "hi"\n', n: 1 },
      persona_name: 'Big "spenders"',
      survey_answers: {},
    })
    expect(second.customer_id).toBe("cus_2")
    expect(profilesToRecordJson([])).toBe("[]")
  })
})
