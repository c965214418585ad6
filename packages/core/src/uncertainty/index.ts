// Uncertainty (issue 18): the uncertain inputs, a fast NPV model, switching values and a seeded
// Monte Carlo run.
export * from './uncertain-inputs.js';
export { mulberry32 } from './prng.js';
export { checkDistribution, drawFrom } from './sample.js';
export { percentileSorted } from './percentile.js';
export * from './npv-model.js';
export * from './switching-values.js';
export * from './monte-carlo.js';
