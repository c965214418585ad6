// The strength rule for new passwords (invite, change password, the users CLI all use it): its
// message says the password must not contain the email address or name, and it must not.
import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../src/services/accounts/passwords.js';

const IDENTITY = 'The password must not contain your email address or name.';
const priya = { email: 'priya.shah@council.example', name: 'Priya Shah' };

describe('passwordProblem and the account holder', () => {
  it.each([
    ['the whole name', 'Priya Shah is my name'],
    ['the name, spacing ignored', 'xx-priyashah-2026-xx'],
    ['the name, punctuation ignored', 'PRIYA_SHAH likes long walks'],
    ['one word of the name', 'sunny shah afternoons'],
    ['the email local part', 'priya.shah rides again'],
    ['the whole email', 'login priya.shah@council.example'],
  ])('refuses a password containing %s', (_what, password) => {
    expect(passwordProblem(password, priya)).toBe(IDENTITY);
  });

  it('allows short name parts inside ordinary words (Jo, Lee)', () => {
    expect(
      passwordProblem('join the sleepers club', { name: 'Jo Lee', email: 'jl@x.example' }),
    ).toBe(null);
  });

  it('allows a password unrelated to the account', () => {
    expect(passwordProblem('violet tractor on the moor', priya)).toBe(null);
  });

  it('still puts length and commonness first', () => {
    expect(passwordProblem('shah', priya)).toContain('at least 12 characters');
    expect(passwordProblem('password1234', priya)).toContain('too common');
  });
});
