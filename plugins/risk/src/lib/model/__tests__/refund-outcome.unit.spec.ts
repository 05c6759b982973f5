import { refundOutcomeKind } from "../refund-outcome"

describe("refund outcomes", () => {
  it.each([
    [["chargeback", "Chargeback"], "chargeback"],
    [[null, "Card dispute", undefined], "chargeback"],
    [["charge_back"], "chargeback"],
    [["fraud", "Fraudulent order"], "fraud_refund"],
    [[null, null, "card was stolen"], "fraud_refund"],
    [["return", "Customer return"], "refund"],
    [[], "refund"],
  ])("%j → %s", (texts, kind) => {
    expect(refundOutcomeKind(texts as Array<string | null | undefined>)).toBe(kind)
  })
})
