// Change a cost line or add one: every column of costs.csv (strand, partner, financial year,
// kind, forecast and actual in pounds, the prices' year, and the Green Book optimism bias as a
// category or the line's own share). A line's forecast is part of the business case: changing it
// makes a new business-case version, not in force until an admin decides.
import type { EditableFramework, ProgrammeDetail } from '@outcomes/contract';
import { COST_OPTIMISM_BIAS_CATEGORIES } from '@outcomes/core';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/form-fields';
import { InputField } from '../../../components/input-field';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, setupFormErrors } from '../../installation/components/field-errors';
import { useSaveCostLine } from '../api/business-case-api';
import { numberAnswer, numberError } from '../lib/number-answer';

type CostLine = EditableFramework['costLines'][number];

const KINDS = [
  { value: 'running', text: 'Running' },
  { value: 'transition', text: 'Transition' },
];
const CATEGORIES = [
  { value: '', text: 'None' },
  ...COST_OPTIMISM_BIAS_CATEGORIES.map((c) => ({ value: c, text: c.replaceAll('-', ' ') })),
];

/** Pounds as typed, to the penny ("1250.50"); blank stays blank. */
const pounds = (value: number | null) => (value === null ? '' : value.toFixed(2));

export function CostLineForm({
  programme,
  line,
  csrfToken,
  onSaved,
}: {
  programme: ProgrammeDetail;
  /** The line to change; absent to add one. */
  line?: CostLine;
  csrfToken: string | null;
  onSaved: (what: string, businessCaseVersion: number | null) => void;
}) {
  const prefix = line ? `cost-line-${line.id.replaceAll('.', '-')}` : 'new-cost-line';
  const fields = {
    strandId: { id: `${prefix}-strand`, label: 'Strand' },
    partnerId: { id: `${prefix}-partner`, label: 'Partner' },
    financialYear: { id: `${prefix}-year`, label: 'Financial year' },
    kind: { id: `${prefix}-kind`, label: 'Kind' },
    forecastGbp: { id: `${prefix}-forecast`, label: 'Forecast' },
    actualGbp: { id: `${prefix}-actual`, label: 'Actual' },
    priceYear: { id: `${prefix}-price-year`, label: 'Price year' },
    optimismBiasCategory: { id: `${prefix}-ob-category`, label: 'Optimism bias category' },
    optimismBias: { id: `${prefix}-ob-share`, label: 'Optimism bias' },
  };
  const save = useSaveCostLine(programme.id, csrfToken);
  const [strand, setStrand] = useState(line?.strandId ?? programme.strands[0]?.id ?? '');
  const [partner, setPartner] = useState(line?.partnerId ?? programme.partners[0]?.id ?? '');
  const [year, setYear] = useState(line?.financialYear ?? '');
  const [kind, setKind] = useState<string>(line?.kind ?? 'running');
  const [forecast, setForecast] = useState(pounds(line?.forecastGbp ?? null));
  const [actual, setActual] = useState(pounds(line?.actualGbp ?? null));
  const [priceYear, setPriceYear] = useState(line?.priceYear ?? '');
  const [category, setCategory] = useState(line?.optimismBiasCategory ?? '');
  const [share, setShare] = useState(
    line?.optimismBias === null || line === undefined ? '' : String(line.optimismBias),
  );
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const forecastGbp = numberAnswer(forecast, true);
    const actualGbp = actual.trim() === '' ? null : numberAnswer(actual, true);
    const optimismBias = share.trim() === '' ? null : numberAnswer(share);
    const unreadable = [
      ...(forecastGbp === null ? [numberError(fields.forecastGbp, forecast, '5000.00')] : []),
      ...(actual.trim() !== '' && actualGbp === null
        ? [numberError(fields.actualGbp, actual, '4800.00')]
        : []),
      ...(share.trim() !== '' && optimismBias === null
        ? [numberError(fields.optimismBias, share, '0.24')]
        : []),
    ];
    setErrors(unreadable);
    if (forecastGbp === null || unreadable.length > 0) return;
    const body = {
      strandId: strand,
      partnerId: partner,
      financialYear: year,
      kind,
      forecastGbp,
      actualGbp,
      priceYear: priceYear.trim() || null,
      optimismBiasCategory: category || null,
      optimismBias,
    };
    const strandName = programme.strands.find((s) => s.id === strand)?.name ?? strand;
    const partnerName = programme.partners.find((p) => p.id === partner)?.name ?? partner;
    save.mutate(
      { lineId: line?.id ?? null, body },
      {
        onSuccess: (result) => {
          onSaved(
            `the ${kind} cost of ${partnerName} to “${strandName}” in ${year.trim()}`,
            result.businessCaseVersion,
          );
          if (!line) {
            setYear('');
            setForecast('');
            setActual('');
          }
        },
        onError: (error) =>
          setErrors(setupFormErrors(error, fields, 'The cost line was not saved.')),
      },
    );
  }

  const money = (key: 'forecastGbp' | 'actualGbp', value: string, set: (v: string) => void) => (
    <InputField
      id={fields[key].id}
      name={key}
      label={`${fields[key].label} in pounds${key === 'actualGbp' ? ' (optional)' : ''}`}
      hint={
        key === 'forecastGbp'
          ? 'To the penny, such as 5000.00.'
          : 'Blank until the cost is known; to the penny.'
      }
      value={value}
      onChange={set}
      error={errorFor(errors, fields[key].id)}
      widthClass="govuk-input--width-10"
      autoComplete="off"
      spellCheck={false}
    />
  );

  return (
    <div data-testid={`${prefix}-section`}>
      <FormErrorSummary errors={errors} testId={`${prefix}-errors`} />
      <form noValidate onSubmit={handleSubmit} data-testid={`${prefix}-form`}>
        <SelectField
          id={fields.strandId.id}
          name="strandId"
          label={fields.strandId.label}
          value={strand}
          onChange={setStrand}
          options={programme.strands.map((s) => ({ value: s.id, text: s.name }))}
          error={errorFor(errors, fields.strandId.id)}
        />
        <SelectField
          id={fields.partnerId.id}
          name="partnerId"
          label={fields.partnerId.label}
          hint="The partner that bears the cost."
          value={partner}
          onChange={setPartner}
          options={programme.partners.map((p) => ({ value: p.id, text: p.name }))}
          error={errorFor(errors, fields.partnerId.id)}
        />
        <InputField
          id={fields.financialYear.id}
          name="financialYear"
          label={fields.financialYear.label}
          hint='Written "YYYY-YY", such as 2014-15.'
          value={year}
          onChange={setYear}
          error={errorFor(errors, fields.financialYear.id)}
          widthClass="govuk-input--width-5"
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          id={fields.kind.id}
          name="kind"
          label={fields.kind.label}
          hint="Transition: setting the change up; running: keeping it going."
          value={kind}
          onChange={setKind}
          options={KINDS}
          error={errorFor(errors, fields.kind.id)}
        />
        {money('forecastGbp', forecast, setForecast)}
        {money('actualGbp', actual, setActual)}
        <InputField
          id={fields.priceYear.id}
          name="priceYear"
          label={`${fields.priceYear.label} (optional)`}
          hint="The financial year whose prices the amounts are in; blank for the programme’s price base year."
          value={priceYear}
          onChange={setPriceYear}
          error={errorFor(errors, fields.priceYear.id)}
          widthClass="govuk-input--width-5"
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          id={fields.optimismBiasCategory.id}
          name="optimismBiasCategory"
          label={fields.optimismBiasCategory.label}
          hint="The Green Book category whose upper bound uplifts the forecast."
          value={category}
          onChange={setCategory}
          options={CATEGORIES}
          error={errorFor(errors, fields.optimismBiasCategory.id)}
        />
        <InputField
          id={fields.optimismBias.id}
          name="optimismBias"
          label={`${fields.optimismBias.label} (optional)`}
          hint="The line’s own uplift on the forecast, such as 0.24 for 24%; it overrides the category’s."
          value={share}
          onChange={setShare}
          error={errorFor(errors, fields.optimismBias.id)}
          widthClass="govuk-input--width-5"
          autoComplete="off"
          spellCheck={false}
        />
        <SubmitButton pending={save.isPending} secondary>
          {line ? 'Save cost line' : 'Add cost line'}
        </SubmitButton>
      </form>
    </div>
  );
}
