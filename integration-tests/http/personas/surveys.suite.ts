import type { SuiteContext } from "../../helpers/suite"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../../helpers/auth"
import { createCustomerWithToken, createStoreFixture, placeOrder } from "../../helpers/store-fixture"
import { expectStatus, recompute, seedStore, settleJobs, waitFor } from "./fixtures"


const A = "/admin/finesse/personas/surveys"

const STYLE_SURVEY = {
  key: "style",
  title: "Your style",
  description: "Two minutes, and a thank-you code",
  incentive: { type: "percentage", value: 15 },
  questions: [
    { key: "fit", type: "single_choice", prompt: "Which fit do you prefer?", options: ["slim", "regular", "loose"], required: true },
    { key: "colours", type: "multiple_choice", prompt: "Colours you wear", options: ["black", "navy", "white", "red"] },
    { key: "nps", type: "scale", prompt: "How likely are you to recommend us?", min: 0, max: 10, required: true },
    { key: "wish", type: "free_text", prompt: "What should we sell next?" },
  ],
}

export function surveysSuite({ api, getContainer }: SuiteContext) {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
    })

    it("creates, lists, updates and deletes surveys, naming bad fields", async () => {
      expect((await expectStatus(api.get(A))).status).toBe(401)
      const bad = await expectStatus(
        api.post(
          A,
          {
            ...STYLE_SURVEY,
            questions: [
              { key: "fit", type: "single_choice", prompt: "Fit?", options: ["slim"] },
              { key: "fit", type: "scale", prompt: "Again?", min: 5, max: 1 },
            ],
          },
          admin
        )
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("questions[0].options")
      expect(bad.data.message).toContain("questions[1].key")
      const badType = await expectStatus(api.post(A, { ...STYLE_SURVEY, questions: [{ key: "q", type: "ranking", prompt: "?" }] }, admin))
      expect(badType.status).toBe(400)
      expect(badType.data.message).toContain("questions[0].type")
      const badIncentive = await expectStatus(api.post(A, { ...STYLE_SURVEY, incentive: { type: "percentage", value: 150 } }, admin))
      expect(badIncentive.status).toBe(400)
      expect(badIncentive.data.message).toContain("incentive.value")

      const created = await api.post(A, STYLE_SURVEY, admin)
      expect(created.status).toBe(201)
      const s = created.data.survey
      expect(s).toMatchObject({ key: "style", status: "draft", response_count: 0 })
      expect(s.questions.map((q: any) => q.key)).toEqual(["fit", "colours", "nps", "wish"])
      expect((await expectStatus(api.post(A, STYLE_SURVEY, admin))).status).toBe(422)
      const second = (await api.post(A, { ...STYLE_SURVEY, key: "second", title: "Second" }, admin)).data.survey

      const list = (await api.get(`${A}?limit=1`, admin)).data
      expect(list).toMatchObject({ count: 2, limit: 1, offset: 0 })
      expect(list.surveys[0].questions.length).toBeGreaterThan(0)

      // activating one closes the other active survey: the storefront sees one at a time
      await api.post(`${A}/${second.id}`, { status: "active" }, admin)
      const activated = (await api.post(`${A}/${s.id}`, { status: "active", title: "Your style, 2026" }, admin)).data.survey
      expect(activated).toMatchObject({ status: "active", title: "Your style, 2026" })
      expect((await api.get(`${A}/${second.id}`, admin)).data.survey.status).toBe("closed")
      const keyChange = await expectStatus(api.post(`${A}/${s.id}`, { key: "other" }, admin))
      expect(keyChange.status).toBe(400)
      expect(keyChange.data.message).toContain("key")

      expect((await api.delete(`${A}/${second.id}`, admin)).data).toMatchObject({ id: second.id, deleted: true })
      for (const call of [() => api.get(`${A}/${second.id}`, admin), () => api.get(`${A}/${second.id}/results`, admin), () => api.delete(`${A}/${second.id}`, admin)]) {
        expect((await expectStatus(call())).status).toBe(404)
      }
    })

    it("lets a logged-in customer answer the active survey once; answers become traits and earn a single-use code", async () => {
      const container = getContainer()
      const store = await createStoreFixture(container)
      await seedStore(container, 15)
      await recompute(api, admin)
      const survey = (await api.post(A, { ...STYLE_SURVEY, status: "active" }, admin)).data.survey
      const ada = await createCustomerWithToken(container, `ada-${Date.now()}@personas.test`)
      const bob = await createCustomerWithToken(container, `bob-${Date.now()}@personas.test`)
      const R = `/store/finesse/personas/surveys/${survey.id}/responses`

      expect((await expectStatus(api.get("/store/finesse/personas/surveys/active", store.storeHeaders()))).status).toBe(401)
      expect((await expectStatus(api.post(R, { answers: { fit: "slim", nps: 9 } }, store.storeHeaders()))).status).toBe(401)

      const active = (await api.get("/store/finesse/personas/surveys/active", store.storeHeaders(ada.token))).data.survey
      expect(active).toMatchObject({ id: survey.id, key: "style", answered: false, incentive: { type: "percentage", value: 15 } })
      expect(active.questions.map((q: any) => [q.key, q.type])).toEqual([
        ["fit", "single_choice"],
        ["colours", "multiple_choice"],
        ["nps", "scale"],
        ["wish", "free_text"],
      ])

      const invalid = await expectStatus(api.post(R, { answers: { fit: "skinny", colours: ["black", "gold"], nps: 11, shoe: 42 } }, store.storeHeaders(ada.token)))
      expect(invalid.status).toBe(400)
      for (const f of ["answers.fit", "answers.colours", "answers.nps", "answers.shoe"]) expect(invalid.data.message).toContain(f)
      const missing = await expectStatus(api.post(R, { answers: { colours: ["navy"] } }, store.storeHeaders(ada.token)))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toContain("answers.fit: an answer is required")
      expect((await expectStatus(api.post(R, { replies: {} }, store.storeHeaders(ada.token)))).status).toBe(400)

      const answered = await api.post(R, { answers: { fit: "slim", colours: ["red", "black"], nps: 9, wish: "  linen trousers " } }, store.storeHeaders(ada.token))
      expect(answered.status).toBe(201)
      expect(answered.data.response.answers).toEqual({ fit: "slim", colours: ["black", "red"], nps: 9, wish: "linen trousers" })
      const code = answered.data.promotion_code
      expect(code).toMatch(/^THANKS-[A-Z0-9]{8}$/)
      const again = await expectStatus(api.post(R, { answers: { fit: "loose", nps: 1 } }, store.storeHeaders(ada.token)))
      expect(again.status).toBe(409)
      expect((await api.get("/store/finesse/personas/surveys/active", store.storeHeaders(ada.token))).data.survey.answered).toBe(true)
      await api.post(R, { answers: { fit: "loose", nps: 4 } }, store.storeHeaders(bob.token))

      // the incentive is a real promotion in Medusa's promotion module: single use, for this customer only
      const [promotion] = await container.resolve(Modules.PROMOTION).listPromotions({ code }, { relations: ["rules", "rules.values", "application_method"] })
      expect(promotion).toMatchObject({ code, status: "active", is_automatic: false, limit: 1 })
      expect(Number(promotion.application_method!.value)).toBe(15)
      expect(promotion.rules![0]).toMatchObject({ attribute: "customer.id" })
      const { order } = await placeOrder(api, store, {
        token: ada.token,
        email: ada.customer.email!,
        items: [{ variantId: store.products[0].variantId, quantity: 1 }],
        promoCodes: [code],
      })
      const q = container.resolve("query")
      const placed = (await q.graph({ entity: "order", fields: ["discount_total"], filters: { id: order.id } })).data[0]
      expect(Number(placed.discount_total)).toBeCloseTo(6, 5) // 15 % of €40

      // answers are traits: on the profile, and usable in segments (a customer without orders gets a profile too)
      const profile = (await api.get(`/admin/finesse/personas/profiles/${ada.customer.id}`, admin)).data.profile
      expect(profile.survey_answers).toMatchObject({ "style.fit": "slim", "style.colours": ["black", "red"], "style.nps": 9 })
      expect(profile.survey_responses[0]).toMatchObject({ survey_id: survey.id, promotion_code: code })
      const fields = (await api.get("/admin/finesse/personas/fields", admin)).data.fields
      expect(fields.find((f: any) => f.field === "survey.style.colours")).toMatchObject({ type: "string_list", values: ["black", "navy", "white", "red"] })
      const preview = (
        await api.post(
          "/admin/finesse/personas/segments/preview",
          { rules: { all: [{ field: "survey.style.nps", op: "gte", value: 9 }, { field: "survey.style.colours", op: "contains_any", value: ["red"] }] } },
          admin
        )
      ).data.preview
      expect(preview.count).toBe(1)
      expect(preview.sample[0].customer_id).toBe(ada.customer.id)

      // result summaries
      const results = (await api.get(`${A}/${survey.id}/results`, admin)).data.results
      expect(results).toMatchObject({ responses: 2, incentives_given: 2 })
      const by = Object.fromEntries(results.questions.map((x: any) => [x.key, x]))
      expect(by.fit.choices).toEqual([
        { option: "slim", count: 1, share: 0.5 },
        { option: "regular", count: 0, share: 0 },
        { option: "loose", count: 1, share: 0.5 },
      ])
      expect(by.nps.scale).toMatchObject({ mean: 6.5, min: 0, max: 10 })
      expect(by.wish.texts).toEqual(["linen trousers"])
      expect((await api.get(`${A}/${survey.id}`, admin)).data.survey.response_count).toBe(2)

      // questions are frozen once answered; closing the survey stops answers
      const frozen = await expectStatus(api.post(`${A}/${survey.id}`, { questions: STYLE_SURVEY.questions.slice(0, 1) }, admin))
      expect(frozen.status).toBe(400)
      expect(frozen.data.message).toContain("questions")
      await api.post(`${A}/${survey.id}`, { status: "closed" }, admin)
      const carl = await createCustomerWithToken(container, `carl-${Date.now()}@personas.test`)
      expect((await expectStatus(api.post(R, { answers: { fit: "slim", nps: 5 } }, store.storeHeaders(carl.token)))).status).toBe(404)
      expect((await api.get("/store/finesse/personas/surveys/active", store.storeHeaders(carl.token))).data.survey).toBeNull()
      await settleJobs(api, admin)
    })

    it("moves a respondent into a segment that tests the answer", async () => {
      const container = getContainer()
      const store = await createStoreFixture(container)
      await seedStore(container, 12)
      await recompute(api, admin)
      const survey = (await api.post(A, { ...STYLE_SURVEY, key: "fit_check", incentive: null, status: "active" }, admin)).data.survey
      const { segment } = (
        await api.post("/admin/finesse/personas/segments", { name: "Slim fit fans", rules: { all: [{ field: "survey.fit_check.fit", op: "eq", value: "slim" }] } }, admin)
      ).data
      await settleJobs(api, admin)
      const eve = await createCustomerWithToken(container, `eve-${Date.now()}@personas.test`)
      const r = await api.post(`/store/finesse/personas/surveys/${survey.id}/responses`, { answers: { fit: "slim", nps: 7 } }, store.storeHeaders(eve.token))
      expect(r.data.promotion_code).toBeNull()
      const members = await waitFor(
        () => api.get(`/admin/finesse/personas/segments/${segment.id}/members`, admin).then((x: any) => x.data.members),
        (m: any[]) => m.length === 1,
        10_000,
        100
      )
      expect(members[0]).toMatchObject({ customer_id: eve.customer.id, email: eve.customer.email })
    })
}
