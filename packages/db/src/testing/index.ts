// Test support shared by the db and API suites (not part of the product's runtime surface).
export {
  createTestDatabase,
  schemaLocation,
  withPostgresClient,
  testEngine,
  testPostgresUrl,
  type TestDatabase,
} from './test-database.js';
export { storeChecksum, type ChecksumOptions } from './store-checksum.js';
export {
  prepareStoreFingerprint,
  storeFingerprint,
  type FingerprintOptions,
} from '../introspect/store-fingerprint.js';
