/** Vietnamese strings of asset management: settings and linking OAs (Flow B). */
export const viAssets = {};
