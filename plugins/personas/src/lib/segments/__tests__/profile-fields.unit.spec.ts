import { emptyProfileRow } from "../../recompute/profile-row"
import { evaluateRule } from "../evaluate-rule"
import { groupDiff } from "../group-diff"
import { catalogueOf, fieldInfos, profileFieldReader, PROFILE_FIELDS, traitValueType } from "../profile-fields"
import { validateRule } from "../validate-rule"

const NOW = Date.parse("2026-06-30T12:00:00Z")
const DAY = 86_400_000

describe("field catalogue", () => {
  const fields = fieldInfos(
    [
      { key: "orders_30d", name: "Orders in 30 days", value_type: "number" },
      { key: "last_channel", value_type: "string" },
    ],
    [
      {
        key: "style",
        title: "Style survey",
        questions: [
          { key: "fit", type: "single_choice", prompt: "Fit?", options: ["slim", "regular"] },
          { key: "colours", type: "multiple_choice", prompt: "Colours?", options: ["red", "blue"] },
          { key: "nps", type: "scale", prompt: "Recommend us?" },
          { key: "comment", type: "free_text", prompt: "Anything else?" },
        ],
      },
    ],
  )
  const catalogue = catalogueOf(fields)

  it("types profile fields, traits and survey answers", () => {
    expect(catalogue).toMatchObject({
      "profile.rfm_segment": "string",
      "profile.last_order_at": "date",
      "profile.tags": "string_list",
      "trait.orders_30d": "number",
      "trait.last_channel": "string",
      "survey.style.fit": "string",
      "survey.style.colours": "string_list",
      "survey.style.nps": "number",
      "survey.style.comment": "string",
    })
    expect(new Set(PROFILE_FIELDS.map((f) => f.field)).size).toBe(PROFILE_FIELDS.length)
  })

  it("infers trait value types", () => {
    expect(traitValueType("count")).toBe("number")
    expect(traitValueType("sum", "string")).toBe("number")
    expect(traitValueType("last")).toBe("string")
    expect(traitValueType("last", "number")).toBe("number")
  })

  it("evaluates rules on a stored row (dates from Postgres, traits, survey answers)", () => {
    const row = {
      ...emptyProfileRow("cus_1", NOW),
      order_count: 4,
      rfm_segment: "Loyal",
      tags: ["repeat"],
      last_order_at: new Date(NOW - 3 * DAY) as unknown as number,
      traits: { orders_30d: 2 },
      survey_answers: { "style.fit": "slim", "style.colours": ["red"], "style.nps": 9 },
    }
    const read = profileFieldReader(row)
    const rule = {
      all: [
        { field: "profile.rfm_segment", op: "in", value: ["Loyal", "Champions"] },
        { field: "profile.last_order_at", op: "within_last", value: { days: 7 } },
        { field: "trait.orders_30d", op: "gte", value: 2 },
        { field: "survey.style.fit", op: "eq", value: "slim" },
        { field: "survey.style.colours", op: "contains_any", value: ["red", "green"] },
      ],
    }
    expect(validateRule(rule, catalogue)).toEqual([])
    expect(evaluateRule(rule as never, read, catalogue, NOW)).toBe(true)
    expect(evaluateRule({ field: "survey.style.nps", op: "lt", value: 7 }, read, catalogue, NOW)).toBe(false)
    // a customer without orders has no last order: "not within" holds, comparisons do not
    const empty = profileFieldReader(emptyProfileRow("cus_2", NOW))
    expect(evaluateRule({ field: "profile.last_order_at", op: "not_within_last", value: { days: 7 } }, empty, catalogue, NOW)).toBe(true)
    expect(evaluateRule({ field: "profile.recency_days", op: "lt", value: 30 }, empty, catalogue, NOW)).toBe(false)
  })
})

describe("groupDiff", () => {
  it("adds the missing members and removes the rest, sorted", () => {
    expect(groupDiff(["c", "a", "b"], ["b", "d", "e"])).toEqual({ add: ["a", "c"], remove: ["d", "e"], unchanged: 1 })
    expect(groupDiff([], [])).toEqual({ add: [], remove: [], unchanged: 0 })
  })
})
