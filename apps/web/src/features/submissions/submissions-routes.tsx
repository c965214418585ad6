// Quarterly returns (issue 4): /programmes/:programmeId/returns/... and .../submissions/...
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { EntryPage } from './pages/entry-page';
import { HistoryPage } from './pages/history-page';
import { ReturnsPage } from './pages/returns-page';
import { RevisionsPage } from './pages/revisions-page';
import { SubmissionPage } from './pages/submission-page';
import { UploadPage } from './pages/upload-page';

/** Under /returns: what is owed, the upload, the entry form and a figure's revisions. */
export function ReturnsRoutes({ notFound }: { notFound: ReactNode }) {
  return (
    <Routes>
      <Route index element={<ReturnsPage />} />
      <Route path="upload" element={<UploadPage />} />
      <Route path="enter" element={<EntryPage />} />
      <Route path="revisions/:metricId/:periodStart" element={<RevisionsPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}

/** Under /submissions: the history and each submission. */
export function SubmissionsRoutes({ notFound }: { notFound: ReactNode }) {
  return (
    <Routes>
      <Route index element={<HistoryPage />} />
      <Route path=":submissionId" element={<SubmissionPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
