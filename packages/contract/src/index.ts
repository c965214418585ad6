// The HTTP API's shapes, one schema language for the server (validation, OpenAPI) and the
// web app (types only).
export * from './common.js';
export * from './accounts.js';
export * from './programme.js';
export * from './summary.js';
export * from './series.js';
export * from './spc.js';
export * from './commentary.js';
export * from './board.js';
export * from './submissions.js';
export * from './finance.js';
export * from './finance-returns.js';
export * from './scenarios.js';
export * from './variance.js';
export * from './programme-workbook.js';
export * from './sign-in-methods.js';
export * from './business-case.js';
export * from './uncertainty.js';
export * from './value-stack.js';
export * from './persistence.js';
export * from './installation.js';
export * from './framework-business-case.js';
export * from './comparison.js';
export * from './public-page.js';
