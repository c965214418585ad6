// The checksum moved into the product (db:copy checks a copy with it); the tests keep importing it
// from here.
export { storeChecksum, type ChecksumOptions } from '../introspect/store-checksum.js';
