// A cost line has no id column: it is known by what costs.csv holds unique (strand, partner,
// financial year and kind). Its address joins them with dots, which no slug, financial year
// or kind holds, so the parts are read back unambiguously.
import type { Cost } from '@outcomes/core';

export const costLineId = (c: Pick<Cost, 'strandId' | 'partnerId' | 'financialYear' | 'kind'>) =>
  [c.strandId, c.partnerId, c.financialYear, c.kind].join('.');
