// One place for the app's URLs.
export const paths = {
  home: () => '/',
  programmes: () => '/programmes',
  accessibility: () => '/accessibility',
  programme: (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}`,
  strand: (programmeId: string, strandId: string) =>
    `/programmes/${encodeURIComponent(programmeId)}/strands/${encodeURIComponent(strandId)}`,
  metric: (programmeId: string, metricId: string) =>
    `/programmes/${encodeURIComponent(programmeId)}/metrics/${encodeURIComponent(metricId)}`,
};
