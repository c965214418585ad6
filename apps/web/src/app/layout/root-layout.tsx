import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Loading } from '../../components/loading';
import { ErrorBoundary } from '../error-boundary';
import { AuthGate } from './auth-gate';
import { Footer } from './footer';
import { Header } from './header';
import { SkipLink } from './skip-link';
import { useRouteFocus } from './use-route-focus';

/** Skip link, header, the page (breadcrumbs + <main>), footer: on every page. */
export function RootLayout() {
  const { pathname } = useLocation();
  useRouteFocus();
  return (
    <>
      <SkipLink />
      <Header />
      <div className="govuk-width-container">
        <ErrorBoundary resetKey={pathname}>
          <Suspense
            fallback={
              <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
                <Loading />
              </main>
            }
          >
            <AuthGate>
              <Outlet />
            </AuthGate>
          </Suspense>
        </ErrorBoundary>
      </div>
      <Footer />
    </>
  );
}
