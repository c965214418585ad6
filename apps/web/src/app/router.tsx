import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { ProgrammesPage } from '../features/programmes/programmes-page';
import { ProgrammeLayout } from './layout/programme-layout';
import { RootLayout } from './layout/root-layout';

// Pages with charts and long tables load on demand, keeping the first download small.
const OverviewPage = lazy(() =>
  import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage })),
);
const StrandPage = lazy(() =>
  import('../features/strand/strand-page').then((m) => ({ default: m.StrandPage })),
);
const MetricPage = lazy(() =>
  import('../features/metric/metric-page').then((m) => ({ default: m.MetricPage })),
);
const BoardPackPage = lazy(() =>
  import('../features/board-pack/board-pack-page').then((m) => ({ default: m.BoardPackPage })),
);
const AccountPage = lazy(() =>
  import('../features/account/account-page').then((m) => ({ default: m.AccountPage })),
);
const UsersPage = lazy(() =>
  import('../features/admin/users-page').then((m) => ({ default: m.UsersPage })),
);
const UserPage = lazy(() =>
  import('../features/admin/user-page').then((m) => ({ default: m.UserPage })),
);
const BusinessCasePage = lazy(() =>
  import('../features/business-case/business-case-page').then((m) => ({
    default: m.BusinessCasePage,
  })),
);
const BusinessCaseVersionsPage = lazy(() =>
  import('../features/business-case-versions/business-case-versions-page').then((m) => ({
    default: m.BusinessCaseVersionsPage,
  })),
);
const AuditPage = lazy(() =>
  import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })),
);
const FinanceRoutes = lazy(() =>
  import('../features/finance/finance-routes').then((m) => ({ default: m.FinanceRoutes })),
);
const ReturnsRoutes = lazy(() =>
  import('../features/submissions/submissions-routes').then((m) => ({ default: m.ReturnsRoutes })),
);
const SubmissionsRoutes = lazy(() =>
  import('../features/submissions/submissions-routes').then((m) => ({
    default: m.SubmissionsRoutes,
  })),
);
const InstallationPage = lazy(() =>
  import('../features/installation/installation-page').then((m) => ({
    default: m.InstallationPage,
  })),
);
const FrameworkPage = lazy(() =>
  import('../features/framework/framework-page').then((m) => ({ default: m.FrameworkPage })),
);
const AccessibilityPage = lazy(() =>
  import('../features/accessibility/accessibility-page').then((m) => ({
    default: m.AccessibilityPage,
  })),
);

const ComparePage = lazy(() =>
  import('../features/compare/compare-page').then((m) => ({ default: m.ComparePage })),
);
const PublicProgrammePage = lazy(() =>
  import('../features/public-page/public-page').then((m) => ({ default: m.PublicProgrammePage })),
);

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<RootLayout />}>
          <Route index element={<ProgrammesPage redirectSingle />} />
          <Route path="programmes" element={<ProgrammesPage />} />
          <Route path="programmes/:programmeId" element={<ProgrammeLayout />}>
            <Route index element={<OverviewPage />} />
            <Route path="strands/:strandId" element={<StrandPage />} />
            <Route path="metrics/:metricId" element={<MetricPage />} />
            <Route path="board-pack" element={<BoardPackPage />} />
            <Route path="finance/*" element={<FinanceRoutes notFound={<NotFoundPage />} />} />
            <Route path="returns/*" element={<ReturnsRoutes notFound={<NotFoundPage />} />} />
            <Route
              path="submissions/*"
              element={<SubmissionsRoutes notFound={<NotFoundPage />} />}
            />
            <Route path="users" element={<UsersPage />} />
            <Route path="users/:userId" element={<UserPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="business-case" element={<BusinessCasePage />} />
            <Route path="business-case/versions" element={<BusinessCaseVersionsPage />} />
            <Route path="framework" element={<FrameworkPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route path="account" element={<AccountPage />} />
          <Route path="installation" element={<InstallationPage />} />
          <Route path="accessibility" element={<AccessibilityPage />} />
          <Route path="compare" element={<ComparePage />} />
          <Route path="public/:slug" element={<PublicProgrammePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
