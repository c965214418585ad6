import type {
  ProgrammeDetail,
  ScenarioComparison,
  ScenarioFigure,
  ScenarioRequest,
  UnitCostRegister,
} from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useProgramme } from '../../../api/get-programme';
import { DataTable, type Column } from '../../../components/data-table';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { Loading } from '../../../components/loading';
import { NoValue } from '../../../components/no-value';
import { friendlyApiMessage, friendlyFieldMessage } from '../../../lib/friendly-error';
import { ApiFieldError } from '../../../lib/api-send';
import { formatDate, formatMoney, formatRate } from '../../../lib/format';
import { useAsOf } from '../../../lib/use-as-of';
import { useUnitCosts } from '../api/finance-queries';
import { useRunScenario } from '../api/run-scenario';
import { useFinanceAccess } from '../api/use-finance-access';
import { FinancePage } from '../components/finance-page';
import { MoneyLink } from '../components/money-link';
import { PercentField } from '../components/percent-field';
import { financePaths } from '../lib/finance-paths';
import { formatRatio } from '../lib/finance-format';
import { fractionToPercentText, parsePercent, percentToFraction } from '../lib/percent-input';

const GRADES = ['1', '2', '3', '4', '5', '6'] as const;
type Grade = (typeof GRADES)[number];

const FIGURE_TEXT: Record<string, string> = {
  forecastBenefitToDate: 'Forecast benefit to date',
  realisedBenefitToDate: 'Realised benefit to date',
  realisedCashableToDate: 'Realised cashable benefit to date',
  forecastBenefitWholeCase: 'Forecast benefit, whole business case',
  costToDate: 'Cost to date',
  netBenefitToDate: 'Net benefit to date',
  reinvestmentPot: 'Reinvestment pot',
  businessCaseNetPresentValue: 'Net present value, business case',
  businessCaseReturnOnInvestment: 'Return on investment (£ per £1), business case',
  businessCaseDiscountedReturnOnInvestment:
    'Discounted return on investment (£ per £1), business case',
  realisedNetPresentValue: 'Net present value, realised to date',
  realisedReturnOnInvestment: 'Return on investment (£ per £1), realised to date',
};

const ids = {
  all: 'scenario-all',
  unitCost: (id: string) => `scenario-unit-cost-${id}`,
  grade: (g: string) => `scenario-ob-${g}`,
  discountRate: 'scenario-discount-rate',
};

interface FormState {
  all: string;
  unitCosts: Record<string, string>;
  grades: Record<Grade, string>;
  discountRate: string;
}

function initialState(programme: ProgrammeDetail): FormState {
  const grades = {} as Record<Grade, string>;
  for (const g of GRADES) grades[g] = fractionToPercentText(programme.optimismBias[g] ?? 0);
  return {
    all: '',
    unitCosts: {},
    grades,
    discountRate: fractionToPercentText(programme.discountRate),
  };
}

/** The request body, or the boxes that do not hold a number. */
function toRequest(
  state: FormState,
  register: UnitCostRegister,
):
  | { body: ScenarioRequest; fieldFor: (field: string) => string | undefined }
  | { errors: FormError[] } {
  const errors: FormError[] = [];
  const notNumber = (fieldId: string, what: string) =>
    errors.push({ fieldId, message: `Enter ${what} as a number, like 10 or -5.5` });
  const changes: { unitCostId: string; percent: number; fieldId: string }[] = [];
  const all = parsePercent(state.all);
  if (all === null) notNumber(ids.all, 'the change to every unit cost');
  else if (all !== undefined) changes.push({ unitCostId: '*', percent: all, fieldId: ids.all });
  for (const u of register.unitCosts) {
    const value = parsePercent(state.unitCosts[u.id] ?? '');
    if (value === null) notNumber(ids.unitCost(u.id), `the change to ${u.name}`);
    else if (value !== undefined) {
      changes.push({ unitCostId: u.id, percent: value, fieldId: ids.unitCost(u.id) });
    }
  }
  const optimismBias: Partial<Record<Grade, number>> = {};
  for (const g of GRADES) {
    const value = parsePercent(state.grades[g]);
    if (value === null || value === undefined)
      notNumber(ids.grade(g), `the correction for grade ${g}`);
    else optimismBias[g] = percentToFraction(value);
  }
  const rate = parsePercent(state.discountRate);
  if (rate === null || rate === undefined) notNumber(ids.discountRate, 'the discount rate');
  if (errors.length > 0) return { errors };

  const body: ScenarioRequest = {
    ...(changes.length > 0
      ? { unitCostChanges: changes.map(({ unitCostId, percent }) => ({ unitCostId, percent })) }
      : {}),
    optimismBias,
    discountRate: percentToFraction(rate as number),
  };
  // The API names fields by their path in the body: map each back to its box.
  const fieldFor = (field: string): string | undefined => {
    const change = /^unitCostChanges\.(\d+)/.exec(field);
    if (change) return changes[Number(change[1])]?.fieldId;
    const grade = /^optimismBias\.([1-6])/.exec(field);
    if (grade) return ids.grade(grade[1] as Grade);
    if (field.startsWith('optimismBias')) return ids.grade('1');
    if (field === 'discountRate') return ids.discountRate;
    return undefined;
  };
  return { body, fieldFor };
}

function ScenarioForm({
  programme,
  register,
  onResult,
}: {
  programme: ProgrammeDetail;
  register: UnitCostRegister;
  onResult: (result: ScenarioComparison | null) => void;
}) {
  const { asOf } = useAsOf();
  const access = useFinanceAccess(programme.id);
  const run = useRunScenario(programme.id, asOf, access.csrfToken);
  const [state, setState] = useState<FormState>(() => initialState(programme));
  const [errors, setErrors] = useState<FormError[]>([]);

  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = toRequest(state, register);
    if ('errors' in request) {
      setErrors(request.errors);
      onResult(null);
      return;
    }
    try {
      const result = await run.mutateAsync(request.body);
      setErrors([]);
      onResult(result);
    } catch (error) {
      onResult(null);
      if (error instanceof ApiFieldError && error.fields.length > 0) {
        setErrors(
          error.fields.map((f) => {
            const fieldId = request.fieldFor(f.field);
            const message = friendlyFieldMessage(f.field, f.message);
            return fieldId ? { fieldId, message } : { message };
          }),
        );
      } else {
        setErrors([{ message: friendlyApiMessage(error, 'The scenario could not be run.') }]);
      }
    }
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="scenario-form"
      aria-label="Scenario"
    >
      <FormErrorSummary errors={errors} testId="scenario-errors" />
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Unit costs</legend>
        <PercentField
          id={ids.all}
          label="Change every unit cost by"
          hint="Per cent, for example -10 for a tenth lower. Leave blank for no change. A change to one unit cost below takes the place of this for that unit cost."
          value={state.all}
          error={errorFor(ids.all)}
          onChange={(all) => setState((s) => ({ ...s, all }))}
          testId="scenario-all"
        />
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Change one unit cost</span>
          </summary>
          <div className="govuk-details__text">
            {register.unitCosts.map((u) => (
              <PercentField
                key={u.id}
                id={ids.unitCost(u.id)}
                label={`${u.name} (${formatMoney(u.valueAsPriced)}, ${u.priceYear} prices)`}
                value={state.unitCosts[u.id] ?? ''}
                error={errorFor(ids.unitCost(u.id))}
                onChange={(value) =>
                  setState((s) => ({ ...s, unitCosts: { ...s.unitCosts, [u.id]: value } }))
                }
                testId={ids.unitCost(u.id)}
              />
            ))}
          </div>
        </details>
      </fieldset>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          Optimism-bias correction by confidence grade
        </legend>
        <div className="govuk-hint">
          Per cent taken off each benefit for the grade of its unit cost&rsquo;s evidence (1:
          audited local data, 6: a best guess). Filled in with the programme&rsquo;s own ladder.
        </div>
        <div className="app-grade-grid">
          {GRADES.map((g) => (
            <PercentField
              key={g}
              id={ids.grade(g)}
              label={`Grade ${g}`}
              value={state.grades[g]}
              error={errorFor(ids.grade(g))}
              onChange={(value) => setState((s) => ({ ...s, grades: { ...s.grades, [g]: value } }))}
              testId={ids.grade(g)}
            />
          ))}
        </div>
      </fieldset>
      <PercentField
        id={ids.discountRate}
        label="Discount rate"
        hint={`Per cent a year (Green Book: 3.5). The programme uses ${formatRate(programme.discountRate)}.`}
        value={state.discountRate}
        error={errorFor(ids.discountRate)}
        onChange={(discountRate) => setState((s) => ({ ...s, discountRate }))}
        testId="scenario-discount-rate"
      />
      <div className="govuk-button-group">
        <button
          type="submit"
          className="govuk-button"
          disabled={run.isPending}
          data-testid="scenario-submit"
        >
          Run scenario
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            setState(initialState(programme));
            setErrors([]);
            onResult(null);
          }}
        >
          Reset to the programme&rsquo;s assumptions
        </button>
      </div>
      {run.isPending ? (
        <p className="govuk-body" role="status">
          Working out the scenario…
        </p>
      ) : null}
    </form>
  );
}

function ScenarioResults({
  result,
  programmeId,
}: {
  result: ScenarioComparison;
  programmeId: string;
}) {
  const { asOf } = useAsOf();
  const baseLink = (key: string): string | null => {
    switch (key) {
      case 'forecastBenefitToDate':
      case 'realisedBenefitToDate':
      case 'realisedCashableToDate':
      case 'forecastBenefitWholeCase':
        return financePaths.lines(programmeId, key, {}, asOf);
      case 'costToDate':
        return financePaths.costLines(programmeId, 'actualCostToDate', {}, asOf);
      case 'reinvestmentPot':
        return financePaths.section(programmeId, 'reinvestment', asOf);
      default:
        return financePaths.section(programmeId, 'returns', asOf);
    }
  };
  const show = (f: ScenarioFigure, v: number | null) =>
    v === null ? <NoValue /> : f.kind === 'ratio' ? formatRatio(v) : formatMoney(v);
  const columns: Column<ScenarioFigure>[] = [
    {
      key: 'figure',
      header: 'Figure',
      rowHeader: true,
      value: (f) => f.key,
      render: (f) => FIGURE_TEXT[f.key] ?? f.key,
    },
    {
      key: 'base',
      header: 'Base (as the programme stands)',
      numeric: true,
      value: (f) => f.base,
      render: (f) =>
        f.kind === 'money' ? (
          <MoneyLink
            value={f.base}
            to={baseLink(f.key) ?? ''}
            describe={`${FIGURE_TEXT[f.key] ?? f.key}, base`}
          />
        ) : (
          show(f, f.base)
        ),
    },
    {
      key: 'scenario',
      header: 'Scenario',
      numeric: true,
      value: (f) => f.scenario,
      render: (f) => show(f, f.scenario),
    },
    {
      key: 'change',
      header: 'Change',
      numeric: true,
      value: (f) => f.change,
      render: (f) =>
        f.change === null ? (
          <NoValue />
        ) : f.kind === 'ratio' ? (
          `${f.change > 0 ? '+' : ''}${formatRatio(f.change)}`
        ) : (
          `${f.change > 0 ? '+' : ''}${formatMoney(f.change)}`
        ),
    },
  ];
  const payback = result.paybackYear;
  return (
    <section aria-labelledby="scenario-results-heading" data-testid="scenario-results">
      <h2 className="govuk-heading-m" id="scenario-results-heading" tabIndex={-1}>
        Base and scenario, as of {formatDate(result.asOf)}
      </h2>
      <p className="govuk-body">
        The same calculation run twice: on the programme as it stands and with your changes
        (discount rate {formatRate(result.discountRate.base)} and{' '}
        {formatRate(result.discountRate.scenario)}). Nothing is saved. Scenario figures have no
        lines of their own; the base figures link to theirs.
      </p>
      <DataTable
        caption="Headline figures, base and scenario"
        captionSize="s"
        columns={columns}
        rows={result.figures}
        rowKey={(f) => f.key}
        rowTestId={(f) => `scenario-figure-${f.key}`}
      />
      <dl className="govuk-summary-list" data-testid="scenario-payback">
        {(
          [
            ['Payback year, business case', payback.businessCase],
            ['Discounted payback year, business case', payback.businessCaseDiscounted],
            ['Payback year, realised to date', payback.realisedToDate],
          ] as const
        ).map(([label, pair]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">
              Base {pair.base ?? 'not paid back'}; scenario {pair.scenario ?? 'not paid back'}
            </dd>
          </div>
        ))}
      </dl>
      <DataTable
        caption="Strands, base and scenario"
        captionSize="s"
        rows={result.strands}
        rowKey={(s) => s.id}
        rowTestId={(s) => `scenario-strand-${s.id}`}
        columns={[
          {
            key: 'name',
            header: 'Strand',
            rowHeader: true,
            value: (s) => s.id,
            render: (s) => s.name,
          },
          {
            key: 'realisedBase',
            header: 'Realised to date, base',
            numeric: true,
            value: (s) => s.realisedBenefitToDate.base,
            render: (s) => (
              <MoneyLink
                value={s.realisedBenefitToDate.base}
                to={financePaths.lines(
                  programmeId,
                  'realisedBenefitToDate',
                  { strand: s.id },
                  asOf,
                )}
                describe={`realised benefit to date, ${s.name}, base`}
              />
            ),
          },
          {
            key: 'realisedScenario',
            header: 'Realised to date, scenario',
            numeric: true,
            value: (s) => s.realisedBenefitToDate.scenario,
            render: (s) => formatMoney(s.realisedBenefitToDate.scenario),
          },
          {
            key: 'realisedChange',
            header: 'Change',
            numeric: true,
            value: (s) => s.realisedBenefitToDate.change,
            render: (s) => formatMoney(s.realisedBenefitToDate.change),
          },
          {
            key: 'wholeBase',
            header: 'Whole case, base',
            numeric: true,
            value: (s) => s.forecastBenefitWholeCase.base,
            render: (s) => (
              <MoneyLink
                value={s.forecastBenefitWholeCase.base}
                to={financePaths.lines(
                  programmeId,
                  'forecastBenefitWholeCase',
                  { strand: s.id },
                  asOf,
                )}
                describe={`forecast benefit, whole business case, ${s.name}, base`}
              />
            ),
          },
          {
            key: 'wholeScenario',
            header: 'Whole case, scenario',
            numeric: true,
            value: (s) => s.forecastBenefitWholeCase.scenario,
            render: (s) => formatMoney(s.forecastBenefitWholeCase.scenario),
          },
          {
            key: 'wholeChange',
            header: 'Change',
            numeric: true,
            value: (s) => s.forecastBenefitWholeCase.change,
            render: (s) => formatMoney(s.forecastBenefitWholeCase.change),
          },
        ]}
      />
    </section>
  );
}

/** Sensitivity: what if the unit costs, the optimism-bias ladder or the discount rate differ? */
export function ScenariosPage() {
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);
  const register = useUnitCosts(programmeId);
  const access = useFinanceAccess(programmeId);
  const [result, setResult] = useState<ScenarioComparison | null>(null);

  return (
    <FinancePage
      title="Scenarios"
      section="scenarios"
      asOfShown={undefined}
      query={register}
      loadingWhat="the scenario form"
      intro={
        <p className="govuk-body">
          Change the assumptions and see base and scenario side by side. The figures are worked out
          again by the same calculation; nothing is stored.
        </p>
      }
    >
      {() =>
        !access.known ? (
          <Loading what="your roles" />
        ) : !access.isFinance ? (
          <div className="govuk-inset-text" data-testid="scenario-not-allowed">
            Scenarios are for the finance role and programme admins.
          </div>
        ) : programme.data && register.data ? (
          <>
            <ScenarioForm
              programme={programme.data}
              register={register.data}
              onResult={setResult}
            />
            {result ? <ScenarioResults result={result} programmeId={programmeId} /> : null}
          </>
        ) : null
      }
    </FinancePage>
  );
}
