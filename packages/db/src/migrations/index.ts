// Every migration, listed by hand in order. Names are timestamps so they sort in the order they
// were written; a new migration gets a new file and a new line here, never an edit to an old one.
import type { Migration } from 'kysely';
import * as initial from './2026-11-22T0000-initial.js';

export const migrations: Record<string, Migration> = {
  '2026-11-22T0000-initial': initial,
};
