// Adding and changing a programme's cost lines (every column of costs.csv). A cost line's
// forecast is part of the business case: a change to it (or to which strand, partner, year or
// kind it is) records a new business-case version, not in force until an admin decides. A line
// is known by its strand, partner, financial year and kind (costLineId), unique as in the pack.
import type { CostLineBody } from '@outcomes/contract';
import type { Cost } from '@outcomes/core';
import { ApiError, notFound } from '../../lib/api-error.js';
import { costLineId } from './cost-line-id.js';
import type { FrameworkEdit } from './edit-framework.js';
import type { FieldProblem } from './field-problems.js';
import { wholePence } from './framework-edits.js';

const COST_COLUMNS = {
  strand_id: 'strandId',
  partner_id: 'partnerId',
  financial_year: 'financialYear',
  kind: 'kind',
  forecast_gbp: 'forecastGbp',
  actual_gbp: 'actualGbp',
  price_year: 'priceYear',
  optimism_bias_category: 'optimismBiasCategory',
  optimism_bias: 'optimismBias',
};

const orNull = (text: string | null | undefined): string | null =>
  text?.trim() ? text.trim() : null;

const penniesProblem = (field: string, pounds: number): FieldProblem => ({
  field,
  message: `${pounds} is not allowed; expected pounds to the penny (at most 2 decimal places)`,
});

/**
 * The line the body describes, and the problems with its money (fractions of a penny); the
 * loader checks the rest (known strand and partner, a financial year, kind, amounts ≥ 0, the
 * category and the price year's deflators). `fallback` stands in for money named as a problem.
 */
function costLine(body: CostLineBody, fallback: Cost | undefined) {
  const problems: FieldProblem[] = [];
  const forecast = wholePence(body.forecastGbp);
  if (forecast === null) problems.push(penniesProblem('forecastGbp', body.forecastGbp));
  const actual = body.actualGbp === null ? null : wholePence(body.actualGbp);
  if (body.actualGbp !== null && actual === null) {
    problems.push(penniesProblem('actualGbp', body.actualGbp));
  }
  const line: Cost = {
    strandId: body.strandId.trim(),
    partnerId: body.partnerId.trim(),
    financialYear: body.financialYear.trim(),
    kind: body.kind.trim() as Cost['kind'],
    forecastPence: forecast ?? fallback?.forecastPence ?? 0,
    actualPence: body.actualGbp === null ? null : (actual ?? fallback?.actualPence ?? null),
    priceYear: orNull(body.priceYear),
    optimismBiasCategory: orNull(body.optimismBiasCategory) as Cost['optimismBiasCategory'],
    optimismBias: body.optimismBias ?? null,
  };
  return { line, problems };
}

const lineTaken = (line: Cost) =>
  new ApiError(
    409,
    'conflict',
    `There is already a ${line.kind} cost of partner "${line.partnerId}" to strand "${line.strandId}" in ${line.financialYear}.`,
    [
      {
        field: 'kind',
        message: `a ${line.kind} cost of this partner to this strand in ${line.financialYear} is already a line: change that line instead`,
      },
    ],
  );

export function addCostLine(body: CostLineBody): FrameworkEdit {
  return {
    action: 'cost-line-add',
    columns: COST_COLUMNS,
    apply: (pack) => {
      const { line, problems } = costLine(body, undefined);
      const id = costLineId(line);
      if (pack.costs.some((c) => costLineId(c) === id)) throw lineTaken(line);
      pack.costs.push(line);
      return { entity: 'cost-line', entityId: id, before: null, after: line, problems };
    },
  };
}

export function editCostLine(lineId: string, body: CostLineBody): FrameworkEdit {
  return {
    action: 'cost-line-edit',
    columns: COST_COLUMNS,
    apply: (pack) => {
      const index = pack.costs.findIndex((c) => costLineId(c) === lineId);
      const stored = pack.costs[index];
      if (stored === undefined) throw notFound('cost line', lineId);
      const { line, problems } = costLine(body, stored);
      const id = costLineId(line);
      if (id !== lineId && pack.costs.some((c) => costLineId(c) === id)) throw lineTaken(line);
      // The line keeps its place (costs.csv's order is the register's).
      pack.costs[index] = line;
      return { entity: 'cost-line', entityId: lineId, before: stored, after: line, problems };
    },
  };
}
