// The returns pages' URLs (the app's shared paths name only the two entry points).
const base = (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}`;

export const submissionPaths = {
  returns: (programmeId: string) => `${base(programmeId)}/returns`,
  upload: (programmeId: string) => `${base(programmeId)}/returns/upload`,
  enter: (programmeId: string) => `${base(programmeId)}/returns/enter`,
  history: (programmeId: string) => `${base(programmeId)}/submissions`,
  submission: (programmeId: string, submissionId: number) =>
    `${base(programmeId)}/submissions/${submissionId}`,
  revisions: (programmeId: string, metricId: string, periodStart: string) =>
    `${base(programmeId)}/returns/revisions/${encodeURIComponent(metricId)}/${periodStart}`,
  metric: (programmeId: string, metricId: string) =>
    `${base(programmeId)}/metrics/${encodeURIComponent(metricId)}`,
  /** API downloads: a browser follows them with the session cookie. */
  template: (programmeId: string, partnerId: string, format: 'csv' | 'xlsx', asOf?: string) =>
    `/api${base(programmeId)}/returns-due/${encodeURIComponent(partnerId)}/template?${new URLSearchParams({ format, ...(asOf ? { asOf } : {}) }).toString()}`,
  file: (programmeId: string, submissionId: number) =>
    `/api${base(programmeId)}/submissions/${submissionId}/file`,
};
