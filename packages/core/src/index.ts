export * from './domain.js';
export * from './evaluation.js';
