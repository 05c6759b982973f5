import { ROLES, defaultNeededRole, hasRole, isRole } from "../roles"

describe("roles", () => {
  it("orders analyst < operator < approver < admin", () => {
    expect(ROLES).toEqual(["analyst", "operator", "approver", "admin"])
    const table: [string, string, boolean][] = [
      ["analyst", "analyst", true],
      ["analyst", "operator", false],
      ["operator", "analyst", true],
      ["operator", "approver", false],
      ["approver", "operator", true],
      ["approver", "admin", false],
      ["admin", "approver", true],
    ]
    for (const [role, needed, ok] of table) expect([role, needed, hasRole(role as any, needed as any)]).toEqual([role, needed, ok])
  })

  it("needs analyst to read and operator to write by default", () => {
    expect(defaultNeededRole("GET")).toBe("analyst")
    expect(defaultNeededRole("head")).toBe("analyst")
    expect(defaultNeededRole("POST")).toBe("operator")
    expect(defaultNeededRole("DELETE")).toBe("operator")
  })

  it("recognises role names", () => {
    expect(isRole("approver")).toBe(true)
    expect(isRole("owner")).toBe(false)
    expect(isRole(undefined)).toBe(false)
  })
})
