// The single sign-on settings: all of them or none, an https issuer (plain http on loopback
// only), and the allowed domains read as a clean list, so a half-configured installation stops
// at boot naming what is missing rather than failing a person at the sign-in page.
import { describe, expect, it } from 'vitest';
import { readEnv } from '../src/env.js';
import { oidcOptionsFromEnv } from '../src/services/oidc/oidc-options.js';

const COMPLETE = {
  OIDC_ISSUER: 'https://login.example-council.gov.uk/realms/staff',
  OIDC_CLIENT_ID: 'outcomes',
  OIDC_CLIENT_SECRET: 'a client secret',
  OIDC_ALLOWED_DOMAINS: ' Example-Council.gov.uk, @nhs.net ,',
  OIDC_DISPLAY_NAME: 'Example Council',
  PUBLIC_ORIGIN: 'https://outcomes.example-council.gov.uk',
};

describe('readEnv: single sign-on', () => {
  it('is off when none of it is set', () => {
    expect(oidcOptionsFromEnv(readEnv({}))).toBeUndefined();
  });

  it('reads a complete configuration, domains lower-cased without @ or blanks', () => {
    expect(oidcOptionsFromEnv(readEnv(COMPLETE))).toEqual({
      issuer: COMPLETE.OIDC_ISSUER,
      clientId: 'outcomes',
      clientSecret: 'a client secret',
      allowedDomains: ['example-council.gov.uk', 'nhs.net'],
      displayName: 'Example Council',
    });
  });

  it('names every missing setting when only some are given', () => {
    expect(() => readEnv({ OIDC_ISSUER: COMPLETE.OIDC_ISSUER })).toThrow(
      /OIDC_CLIENT_ID: needed for single sign-on[\s\S]*OIDC_CLIENT_SECRET[\s\S]*OIDC_ALLOWED_DOMAINS[\s\S]*PUBLIC_ORIGIN/,
    );
  });

  it('refuses a plain-http issuer except on loopback', () => {
    expect(() => readEnv({ ...COMPLETE, OIDC_ISSUER: 'http://login.example.org/' })).toThrow(
      /OIDC_ISSUER: must be an https:\/\/ URL/,
    );
    expect(
      oidcOptionsFromEnv(readEnv({ ...COMPLETE, OIDC_ISSUER: 'http://127.0.0.1:8080/' })),
    ).toBeDefined();
  });
});
