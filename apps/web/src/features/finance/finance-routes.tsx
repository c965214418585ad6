// The finance view's pages (issue 5), under /programmes/:programmeId/finance.
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { CostLinesPage } from './pages/cost-lines-page';
import { EquityPage } from './pages/equity-page';
import { LedgerPage } from './pages/ledger-page';
import { LinesPage } from './pages/lines-page';
import { ReinvestmentPage } from './pages/reinvestment-page';
import { ReturnsPage } from './pages/returns-page';
import { ReturnsYearPage } from './pages/returns-year-page';
import { ScenariosPage } from './pages/scenarios-page';
import { UnitCostsPage } from './pages/unit-costs-page';
import { UncertaintyPage } from './uncertainty/uncertainty-page';

/** `notFound` comes from the app (features do not import one another). */
export function FinanceRoutes({ notFound }: { notFound: ReactNode }) {
  return (
    <Routes>
      <Route index element={<LedgerPage />} />
      <Route path="lines" element={<LinesPage />} />
      <Route path="cost-lines" element={<CostLinesPage />} />
      <Route path="returns" element={<ReturnsPage />} />
      <Route path="returns/:financialYear" element={<ReturnsYearPage />} />
      <Route path="equity" element={<EquityPage />} />
      <Route path="reinvestment" element={<ReinvestmentPage />} />
      <Route path="unit-costs" element={<UnitCostsPage />} />
      <Route path="scenarios" element={<ScenariosPage />} />
      <Route path="uncertainty" element={<UncertaintyPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
