// A NUL character (U+0000) in any text of a JSON body is refused before the route sees it: a 400
// naming the field, nothing changed. PostgreSQL cannot store a NUL in a text column and refuses the
// whole statement, so without this a strand renamed to "Safety\u0000" answered 500 there while
// SQLite stored it; no field of the product has a use for the character, so both engines now
// refuse it the same way, whichever route the body is for.
//
// The walk is iterative (a body of nested arrays 100,000 deep is under 200 KB, inside every body
// limit, and would overflow a recursive walk) and builds a field's path only when it finds one.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../lib/api-error.js';

const NUL = '\u0000';
/** Long enough for any real field's path; a hostile nesting is cut short in the message. */
const MAX_PATH_LENGTH = 200;

interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
}

function pathOf(visit: Visit | null): string {
  const keys: string[] = [];
  for (let v = visit; v !== null && v.key !== null; v = v.parent) keys.push(v.key);
  const path = keys.reverse().join('.') || 'body';
  return path.length > MAX_PATH_LENGTH ? `${path.slice(0, MAX_PATH_LENGTH)}…` : path;
}

/**
 * Where the first NUL in a parsed JSON value is, as the field path the validation errors use
 * ("extra.1.b"), with what is wrong there; null when there is none.
 */
export function findNulText(body: unknown): { field: string; message: string } | null {
  const stack: Visit[] = [{ value: body, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (value.includes(NUL)) {
        return { field: pathOf(visit), message: 'must not contain a NUL character' };
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], key: String(i), parent: visit });
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key.includes(NUL)) {
          return {
            field: pathOf(visit),
            message: 'must not have a field name that contains a NUL character',
          };
        }
        stack.push({ value: child, key, parent: visit });
      }
    }
  }
  return null;
}

export const refuseNulText = fp(
  async (app: FastifyInstance) => {
    app.addHook('preValidation', async (request) => {
      // Uploads arrive as streams or buffers (their parsers refuse bad bytes themselves);
      // only a parsed JSON body is an object here.
      if (typeof request.body !== 'object' || request.body === null) return;
      if (Buffer.isBuffer(request.body)) return;
      const problem = findNulText(request.body);
      if (problem === null) return;
      throw new ApiError(
        400,
        'bad_request',
        `body parameter "${problem.field}" ${problem.message}: text may not hold one.`,
        [problem],
      );
    });
  },
  { name: 'refuse-nul-text' },
);
