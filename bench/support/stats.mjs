// Small figures helpers shared by the benchmarks: medians resist the noise of shared machines.
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Rounded to 1/f: tenths by default. */
export const round = (n, f = 10) => Math.round(n * f) / f;
