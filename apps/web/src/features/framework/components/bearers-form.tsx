// Change who bears a unit cost: a share for each partner (blank: that partner bears none), the
// shares summing to 1 as the pack loader requires. Who bears a cost is part of the business case,
// so a save makes a new business-case version, not in force until an admin decides.
import type { EditableFramework, ProgrammeDetail } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, setupFormErrors } from '../../installation/components/field-errors';
import { useEditBearers } from '../api/business-case-api';
import { numberAnswer, numberError } from '../lib/number-answer';
import { InputTable } from './input-table';

type UnitCost = EditableFramework['unitCosts'][number];
type Bearers = EditableFramework['bearers'][number]['bearers'];

export function BearersForm({
  programme,
  unitCost,
  bearers,
  csrfToken,
  onSaved,
}: {
  programme: ProgrammeDetail;
  unitCost: UnitCost;
  bearers: Bearers;
  csrfToken: string | null;
  onSaved: (what: string, businessCaseVersion: number | null) => void;
}) {
  const prefix = `bearers-${unitCost.id}`;
  // The present bearers first, in their order (the split's order is kept), then the others.
  const partners = [
    ...bearers.map((b) => ({
      id: b.partnerId,
      name: programme.partners.find((p) => p.id === b.partnerId)?.name ?? b.partnerId,
    })),
    ...programme.partners.filter((p) => !bearers.some((b) => b.partnerId === p.id)),
  ].map((p, index) => ({
    partnerId: p.id,
    name: p.name,
    field: { id: `${prefix}-share-${index}`, label: `Share borne by ${p.name}` },
  }));
  const fields = {
    // The API names the whole split; the first share takes the message.
    bearers: { id: partners[0]?.field.id ?? `${prefix}-share-0`, label: 'Shares' },
  };
  const edit = useEditBearers(programme.id, csrfToken);
  const [shares, setShares] = useState(() =>
    partners.map((p) => {
      const share = bearers.find((b) => b.partnerId === p.partnerId)?.share;
      return share === undefined ? '' : String(share);
    }),
  );
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const read = shares.map((text) => (text.trim() === '' ? null : numberAnswer(text)));
    const unreadable = partners.flatMap((p, i) =>
      shares[i]?.trim() !== '' && read[i] === null
        ? [numberError(p.field, shares[i] ?? '', '0.5')]
        : [],
    );
    setErrors(unreadable);
    if (unreadable.length > 0) return;
    const body = {
      bearers: partners.flatMap((p, i) => {
        const share = read[i];
        return share === null || share === undefined ? [] : [{ partnerId: p.partnerId, share }];
      }),
    };
    edit.mutate(
      { unitCostId: unitCost.id, body },
      {
        onSuccess: (result) => onSaved(`who bears “${unitCost.name}”`, result.businessCaseVersion),
        onError: (error) =>
          setErrors(setupFormErrors(error, fields, 'Who bears the cost was not saved.')),
      },
    );
  }

  return (
    <div data-testid={`${prefix}-section`}>
      <FormErrorSummary errors={errors} testId={`${prefix}-errors`} />
      <form noValidate onSubmit={handleSubmit} data-testid={`${prefix}-form`}>
        <InputTable
          caption={`Who bears “${unitCost.name}”`}
          rowHeader="Partner"
          inputHeader="Share of the cost"
          hint="Each partner’s share, from 0 to 1, the shares summing to 1; leave a partner blank if it bears none."
          hintId={`${prefix}-hint`}
          rows={partners.map((p, i) => ({
            id: p.field.id,
            label: p.name,
            value: shares[i] ?? '',
            error: errorFor(errors, p.field.id),
          }))}
          onChange={(index, value) =>
            setShares((current) => current.map((v, i) => (i === index ? value : v)))
          }
          testId={`${prefix}-table`}
        />
        <SubmitButton pending={edit.isPending} secondary>
          Save who bears the cost
        </SubmitButton>
      </form>
    </div>
  );
}
