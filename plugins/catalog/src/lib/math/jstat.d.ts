// jstat ships no types; only the distribution functions this plugin uses are declared.
declare module "jstat" {
  export const jStat: {
    normal: { inv(p: number, mean: number, sd: number): number; cdf(x: number, mean: number, sd: number): number; pdf(x: number, mean: number, sd: number): number }
    gamma: { inv(p: number, shape: number, scale: number): number; cdf(x: number, shape: number, scale: number): number }
    poisson: { cdf(k: number, lambda: number): number; pdf(k: number, lambda: number): number }
  }
}
