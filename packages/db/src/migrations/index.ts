// Every migration, listed by hand in order. Names are timestamps so they sort in the order they
// were written; a new migration gets a new file and a new line here, never an edit to an old one.
import type { Migration } from 'kysely';
import * as initial from './2026-11-22T0000-initial.js';
import * as commentaryRebase from './2026-11-22T0200-commentary-rebase.js';
import * as accounts from './2026-11-22T0300-accounts.js';
import * as submissions from './2026-11-22T0400-submissions.js';
import * as dataVersion from './2026-11-23T0000-data-version.js';
import * as sharedLimits from './2026-11-23T0100-shared-limits.js';
import * as partnerBudgetGrowthAnchor from './2026-12-04T0100-partner-budget-growth-anchor.js';
import * as spcSettings from './2026-12-04T0200-spc-settings.js';
import * as businessCaseVersions from './2026-12-05T0100-business-case-versions.js';
import * as installationAdmin from './2026-12-05T0200-installation-admin.js';
import * as appraisalDepth from './2026-12-05T0300-appraisal-depth.js';
import * as placeComparison from './2026-12-05T0600-place-comparison.js';
import * as oidcSignIn from './2026-12-05T0700-oidc-sign-in.js';
import * as comparisonSeries from './2026-12-05T0800-comparison-series.js';
import * as publicCommentary from './2026-12-05T0900-public-commentary.js';
import * as metricPersistence from './2026-12-05T1000-metric-persistence.js';
import * as metricRetirement from './2026-12-05T1100-metric-retirement.js';
import * as requestContextNotify from './2026-12-06T0100-request-context-notify.js';
import * as programmeChange from './2026-12-07T0100-programme-change.js';
import * as quietIdleClocks from './2026-12-07T0200-quiet-idle-clocks.js';

export const migrations: Record<string, Migration> = {
  '2026-11-22T0000-initial': initial,
  '2026-11-22T0200-commentary-rebase': commentaryRebase,
  '2026-11-22T0300-accounts': accounts,
  '2026-11-22T0400-submissions': submissions,
  '2026-11-23T0000-data-version': dataVersion,
  '2026-11-23T0100-shared-limits': sharedLimits,
  '2026-12-04T0100-partner-budget-growth-anchor': partnerBudgetGrowthAnchor,
  '2026-12-04T0200-spc-settings': spcSettings,
  '2026-12-05T0100-business-case-versions': businessCaseVersions,
  '2026-12-05T0200-installation-admin': installationAdmin,
  '2026-12-05T0300-appraisal-depth': appraisalDepth,
  '2026-12-05T0600-place-comparison': placeComparison,
  '2026-12-05T0700-oidc-sign-in': oidcSignIn,
  '2026-12-05T0800-comparison-series': comparisonSeries,
  '2026-12-05T0900-public-commentary': publicCommentary,
  '2026-12-05T1000-metric-persistence': metricPersistence,
  '2026-12-05T1100-metric-retirement': metricRetirement,
  '2026-12-06T0100-request-context-notify': requestContextNotify,
  '2026-12-07T0100-programme-change': programmeChange,
  '2026-12-07T0200-quiet-idle-clocks': quietIdleClocks,
};
