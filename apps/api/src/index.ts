export { buildApp, type AppOptions } from './app.js';
export { readEnv, type Env } from './env.js';
