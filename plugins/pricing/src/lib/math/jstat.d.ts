// jstat ships no types; only the distribution functions pricing uses are declared.
declare module "jstat" {
  export const jStat: {
    studentt: { inv(p: number, dof: number): number; cdf(x: number, dof: number): number }
    normal: { inv(p: number, mean: number, sd: number): number }
  }
}
