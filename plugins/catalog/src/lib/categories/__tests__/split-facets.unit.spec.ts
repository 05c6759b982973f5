import { splitFacets } from "../split-facets"

describe("split facets of an overloaded category", () => {
  it("ranks facets by how many products have them, leaving out ones all or only one product share", () => {
    const facets = new Map([
      ["p1", ["tag: linen", "Color: Blue", "Size: M", "Size: M"]],
      ["p2", ["tag: linen", "Color: Blue", "Size: M"]],
      ["p3", ["tag: cotton", "Color: Blue", "Size: M"]],
      ["p4", ["tag: cotton", "Color: Red", "Size: M"]],
      ["p5", ["tag: linen", "Size: M"]],
    ])
    expect(splitFacets(["p1", "p2", "p3", "p4", "p5"], facets)).toEqual(["Color: Blue", "tag: linen", "tag: cotton"])
    expect(splitFacets(["p1", "p2", "p3", "p4", "p5"], facets, 1)).toEqual(["Color: Blue"])
    expect(splitFacets(["p1"], facets)).toEqual([])
  })
})
