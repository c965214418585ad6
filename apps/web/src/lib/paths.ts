// One place for the app's URLs.
export const paths = {
  home: () => '/',
  programmes: () => '/programmes',
  accessibility: () => '/accessibility',
  account: () => '/account',
  installation: () => '/installation',
  framework: (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}/framework`,
  users: (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}/users`,
  user: (programmeId: string, userId: number) =>
    `/programmes/${encodeURIComponent(programmeId)}/users/${userId}`,
  audit: (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}/audit`,
  businessCase: (programmeId: string) =>
    `/programmes/${encodeURIComponent(programmeId)}/business-case`,
  businessCaseVersions: (programmeId: string) =>
    `/programmes/${encodeURIComponent(programmeId)}/business-case/versions`,
  programme: (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}`,
  strand: (programmeId: string, strandId: string) =>
    `/programmes/${encodeURIComponent(programmeId)}/strands/${encodeURIComponent(strandId)}`,
  finance: (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}/finance`,
  returns: (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}/returns`,
  metric: (programmeId: string, metricId: string) =>
    `/programmes/${encodeURIComponent(programmeId)}/metrics/${encodeURIComponent(metricId)}`,
};
