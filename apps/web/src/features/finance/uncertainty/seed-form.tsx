// Choosing the Monte Carlo seed: the same seed always gives the same draws, so a figure in a
// paper can be reproduced. The seed lives in the URL (?seed=), beside the as-of date.
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { InputField } from '../../../components/input-field';
import { SubmitButton } from '../../../components/submit-button';

const MAX_SEED = 4294967295;
const FIELD_ID = 'uncertainty-seed';

export function SeedForm({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  const [text, setText] = useState(String(seed));
  const [errors, setErrors] = useState<FormError[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!/^\d+$/.test(trimmed) || Number(trimmed) > MAX_SEED) {
      setErrors([
        { fieldId: FIELD_ID, message: `Enter the seed as a whole number from 0 to ${MAX_SEED}` },
      ]);
      return;
    }
    setErrors([]);
    onSeed(Number(trimmed));
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Monte Carlo seed" data-testid="seed-form">
      <FormErrorSummary errors={errors} testId="seed-errors" />
      <InputField
        id={FIELD_ID}
        name="seed"
        label="Seed"
        hint="A whole number. The same seed gives the same draws and the same percentiles."
        value={text}
        error={errors[0]?.message}
        onChange={setText}
        widthClass="govuk-input--width-10"
        spellCheck={false}
      />
      <SubmitButton testId="seed-submit">Run with this seed</SubmitButton>
    </form>
  );
}
