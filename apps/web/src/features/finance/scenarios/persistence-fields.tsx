// The scenario form's persistence moves (issue 18): points added to every persistence profile's
// drop-off, and whole years added to how long each lasts. Only metrics with a profile move; the
// figures they change are the NPV and ROI with persistence.
import { describedBy, FieldParts } from '../../../components/form-fields';
import { PercentField } from '../components/percent-field';
import { ids } from './scenario-request';

export function PersistenceFields({
  dropOff,
  persistenceYears,
  errorFor,
  onChange,
}: {
  dropOff: string;
  persistenceYears: string;
  errorFor: (fieldId: string) => string | undefined;
  onChange: (change: { dropOff?: string; persistenceYears?: string }) => void;
}) {
  const yearsError = errorFor(ids.persistenceYears);
  const yearsHint =
    'Whole years added to how long each profiled value lasts, for example 2 or -1 (never below one year). Leave blank for no change.';
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Persistence</legend>
      <div className="govuk-hint">
        Moves only metrics with a persistence profile (a value that lasts beyond the year it is
        achieved); the results show the net present value with persistence.
      </div>
      <PercentField
        id={ids.dropOff}
        label="Add to every profile’s drop-off (percentage points)"
        hint="For example 10 for a value fading ten points a year faster. Kept between 0 and 100. Leave blank for no change."
        value={dropOff}
        error={errorFor(ids.dropOff)}
        onChange={(value) => onChange({ dropOff: value })}
        testId="scenario-drop-off"
      />
      <div className={`govuk-form-group${yearsError ? ' govuk-form-group--error' : ''}`}>
        <FieldParts
          id={ids.persistenceYears}
          label="Add to every profile’s persistence (years)"
          hint={yearsHint}
          error={yearsError}
        />
        <input
          className={`govuk-input govuk-input--width-3${yearsError ? ' govuk-input--error' : ''}`}
          id={ids.persistenceYears}
          name={ids.persistenceYears}
          type="text"
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          value={persistenceYears}
          onChange={(event) => onChange({ persistenceYears: event.target.value })}
          aria-describedby={describedBy(ids.persistenceYears, yearsHint, yearsError)}
          data-testid="scenario-persistence-years"
        />
      </div>
    </fieldset>
  );
}
