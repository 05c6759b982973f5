import { hashUnit } from "../../lib"
import { DEMO_AUDIENCE_DAYS, DEMO_HOLDOUT_SHARE, DEMO_PROMOTIONS, demoHoldoutKey } from "../demo-holdouts"
// the host app's plant that put these promotions into the demo history: the seed must find its split again
import { demoHoldoutUnit, PROMOTION_AUDIENCE_DAYS, PROMOTION_HOLDOUT_SHARE } from "../../../../../src/demo/plants/promotions"

describe("the demo seed reads the plant's holdouts", () => {
  it("draws the holdout with the plant's hash, share and audience window", () => {
    expect(DEMO_HOLDOUT_SHARE).toBe(PROMOTION_HOLDOUT_SHARE)
    expect(DEMO_AUDIENCE_DAYS).toBe(PROMOTION_AUDIENCE_DAYS)
    for (const { code } of DEMO_PROMOTIONS) {
      for (const key of ["cus_00001", "cus_00042", "cus_03999", "cus_ünïcode"]) {
        expect(hashUnit(demoHoldoutKey(code, key))).toBe(demoHoldoutUnit(demoHoldoutKey(code, key)))
      }
    }
  })
})
