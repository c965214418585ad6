// The HTTP API's shapes, one schema language for the server (validation, OpenAPI) and the
// web app (types only).
export * from './common.js';
export * from './programme.js';
export * from './summary.js';
export * from './series.js';
