export { buildApp, type AppOptions } from './app.js';
export { readEnv, type Env } from './env.js';
export {
  createDemoAccounts,
  demoEmail,
  describeDemoAccounts,
  DEMO_EMAIL_DOMAIN,
  type DemoAccount,
} from './services/accounts/demo-accounts.js';
export type { AuthOptions } from './lib/auth-options.js';
