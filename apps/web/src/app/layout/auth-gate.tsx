import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useMe } from '../../api/get-me';
import { Loading } from '../../components/loading';
import { PageError } from '../../components/page-error';
import { LoginPage } from '../../features/auth/login-page';
import { paths } from '../../lib/paths';

/** Pages anyone may read without signing in. */
const PUBLIC_PATHS = new Set([paths.accessibility()]);

/**
 * Shows the sign-in page instead of any page while the API says the browser is not signed in
 * (GET /api/me answers 401, or any request does: see provider.tsx). After signing in, the page
 * that was asked for shows, at the same address.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const me = useMe();
  // Public transparency pages (/public/:slug) are read without signing in (issue 20).
  if (PUBLIC_PATHS.has(pathname) || pathname.startsWith('/public/')) return <>{children}</>;
  if (me.isPending) {
    return (
      <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
        <Loading />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
        <PageError error={me.error} />
      </main>
    );
  }
  if (me.data === null) return <LoginPage />;
  return <>{children}</>;
}
