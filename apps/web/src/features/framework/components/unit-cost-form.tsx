// Change a unit cost: its name, value in pounds (to the penny), price year, source, confidence
// grade and cashable share; who bears it is kept. A unit cost is part of the business case, so a
// change to its figures makes a new business-case version, which changes no judgement until an
// admin puts it in force: the API's answer names the version, and the page's banner says so.
import type { EditableFramework } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { SelectField, TextareaField } from '../../../components/form-fields';
import { InputField } from '../../../components/input-field';
import { errorFor, setupFormErrors } from '../../installation/components/field-errors';
import { useEditUnitCost } from '../api/framework-api';
import { numberAnswer, numberError } from '../lib/number-answer';
import { SubmitButton } from '../../../components/submit-button';

type UnitCost = EditableFramework['unitCosts'][number];

// The grades the pack format allows; the programme's optimism-bias correction is set by grade.
const GRADES = ['1', '2', '3', '4', '5', '6'].map((g) => ({ value: g, text: g }));

export function UnitCostForm({
  programmeId,
  unitCost,
  csrfToken,
  onSaved,
}: {
  programmeId: string;
  unitCost: UnitCost;
  csrfToken: string | null;
  onSaved: (what: string, businessCaseVersion: number | null) => void;
}) {
  const prefix = `unit-cost-${unitCost.id}`;
  const fields = {
    name: { id: `${prefix}-name`, label: 'Name' },
    valueGbp: { id: `${prefix}-value`, label: 'Value' },
    priceYear: { id: `${prefix}-price-year`, label: 'Price year' },
    source: { id: `${prefix}-source`, label: 'Source' },
    confidenceGrade: { id: `${prefix}-grade`, label: 'Confidence grade' },
    cashableShare: { id: `${prefix}-cashable-share`, label: 'Cashable share' },
  };
  const edit = useEditUnitCost(programmeId, csrfToken);
  const [name, setName] = useState(unitCost.name);
  // The stored pence as pounds, shown to the penny as typed (formatting only).
  const [value, setValue] = useState(unitCost.valueGbp.toFixed(2));
  const [priceYear, setPriceYear] = useState(unitCost.priceYear);
  const [source, setSource] = useState(unitCost.source);
  const [grade, setGrade] = useState(String(unitCost.confidenceGrade));
  const [cashable, setCashable] = useState(String(unitCost.cashableShare));
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const valueGbp = numberAnswer(value, true);
    const cashableShare = numberAnswer(cashable);
    const unreadable = [
      ...(valueGbp === null ? [numberError(fields.valueGbp, value, '1250.50')] : []),
      ...(cashableShare === null ? [numberError(fields.cashableShare, cashable, '0.5')] : []),
    ];
    setErrors(unreadable);
    if (valueGbp === null || cashableShare === null) return;
    const body = {
      name,
      valueGbp,
      priceYear,
      source,
      confidenceGrade: Number(grade),
      cashableShare,
    };
    edit.mutate(
      { unitCostId: unitCost.id, body },
      {
        onSuccess: (result) =>
          onSaved(`the unit cost “${name.trim()}”`, result.businessCaseVersion),
        onError: (error) =>
          setErrors(setupFormErrors(error, fields, 'The unit cost was not saved.')),
      },
    );
  }

  return (
    <div data-testid={`${prefix}-section`}>
      <FormErrorSummary errors={errors} testId={`${prefix}-errors`} />
      <form noValidate onSubmit={handleSubmit} data-testid={`${prefix}-form`}>
        <InputField
          id={fields.name.id}
          name="name"
          label={fields.name.label}
          value={name}
          onChange={setName}
          error={errorFor(errors, fields.name.id)}
          widthClass="govuk-!-width-two-thirds"
          autoComplete="off"
        />
        <InputField
          id={fields.valueGbp.id}
          name="valueGbp"
          label={`${fields.valueGbp.label} in pounds (per ${unitCost.per})`}
          hint="To the penny, in the prices of the price year, such as 1250.50."
          value={value}
          onChange={setValue}
          error={errorFor(errors, fields.valueGbp.id)}
          widthClass="govuk-input--width-10"
          autoComplete="off"
          spellCheck={false}
        />
        <InputField
          id={fields.priceYear.id}
          name="priceYear"
          label={fields.priceYear.label}
          hint='The financial year of its prices, written "YYYY-YY", such as 2013-14.'
          value={priceYear}
          onChange={setPriceYear}
          error={errorFor(errors, fields.priceYear.id)}
          widthClass="govuk-input--width-5"
          autoComplete="off"
          spellCheck={false}
        />
        <TextareaField
          id={fields.source.id}
          name="source"
          label={fields.source.label}
          hint="Where the figure comes from."
          value={source}
          onChange={setSource}
          error={errorFor(errors, fields.source.id)}
          rows={3}
        />
        <SelectField
          id={fields.confidenceGrade.id}
          name="confidenceGrade"
          label={fields.confidenceGrade.label}
          hint="From 1 (the most robust evidence) to 6 (the least); the optimism-bias correction is set by grade."
          value={grade}
          onChange={setGrade}
          options={GRADES}
          error={errorFor(errors, fields.confidenceGrade.id)}
        />
        <InputField
          id={fields.cashableShare.id}
          name="cashableShare"
          label={fields.cashableShare.label}
          hint="The share of the saving that is cashable, from 0 to 1."
          value={cashable}
          onChange={setCashable}
          error={errorFor(errors, fields.cashableShare.id)}
          widthClass="govuk-input--width-5"
          autoComplete="off"
          spellCheck={false}
        />
        <SubmitButton pending={edit.isPending} secondary>
          Save unit cost
        </SubmitButton>
      </form>
    </div>
  );
}
