import type { MetricRebases, SeriesPeriod } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../../../components/data-table';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { SelectField, TextareaField } from '../../../components/form-fields';
import { friendlyApiMessage } from '../../../lib/friendly-error';
import { ApiFieldError } from '../../../lib/api-send';
import { formatDate } from '../../../lib/format';
import { useRecordRebase } from '../api/record-rebase';
import { SubmitButton } from '../../../components/submit-button';

// The API's limit (contract REBASE_REASON_MAX_LENGTH).
const MAX_REASON = 500;

interface RebaseFormProps {
  programmeId: string;
  metricId: string;
  periods: readonly SeriesPeriod[];
  rebases: MetricRebases;
  csrfToken: string | null;
}

function RebaseForm({ programmeId, metricId, periods, rebases, csrfToken }: RebaseFormProps) {
  const [action, setAction] = useState<'rebase' | 'withdraw'>('rebase');
  const standing = rebases.standing;
  // A rebase needs points on both sides, so the first period cannot start a group.
  const choices =
    action === 'rebase'
      ? periods
          .slice(1)
          .filter((p) => !standing.some((r) => r.periodStart === p.periodStart))
          .reverse()
          .map((p) => ({ value: p.periodStart, text: p.label }))
      : standing.map((r) => ({ value: r.periodStart, text: `${r.label}: ${r.reason}` }));
  const [periodStart, setPeriodStart] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useRecordRebase(programmeId, metricId, csrfToken);
  const chosen = choices.some((c) => c.value === periodStart)
    ? periodStart
    : (choices[0]?.value ?? '');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const problems: FormError[] = [];
    if (chosen === '') problems.push({ fieldId: 'rebase-period', message: 'Choose a period' });
    if (reason.trim() === '')
      problems.push({ fieldId: 'rebase-reason', message: 'Enter the reason' });
    if (reason.trim().length > MAX_REASON) {
      problems.push({
        fieldId: 'rebase-reason',
        message: `The reason must be ${MAX_REASON} characters or fewer`,
      });
    }
    setErrors(problems);
    if (problems.length > 0) return;
    mutation.mutate(
      { periodStart: chosen, reason, action },
      {
        onSuccess: (r) => {
          setReason('');
          setSaved(
            r.action === 'rebase'
              ? `Rebase recorded at ${r.label}: the limits start again there.`
              : `The rebase at ${r.label} is withdrawn.`,
          );
        },
        onError: (error) =>
          setErrors(
            error instanceof ApiFieldError && error.fields.length > 0
              ? error.fields.map((f) => ({
                  fieldId: f.field === 'reason' ? 'rebase-reason' : 'rebase-period',
                  message: error.message,
                }))
              : [
                  {
                    message: friendlyApiMessage(error, 'The rebase could not be saved.'),
                  },
                ],
          ),
      },
    );
  }

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <form onSubmit={handleSubmit} noValidate data-testid="rebase-form" aria-label="Rebase">
      {saved ? (
        <div className="govuk-inset-text" role="status" data-testid="rebase-saved">
          {saved}
        </div>
      ) : null}
      <FormErrorSummary errors={errors} testId="rebase-errors" />
      <SelectField
        id="rebase-action"
        name="action"
        label="What to do"
        value={action}
        onChange={(v) => {
          setAction(v === 'withdraw' ? 'withdraw' : 'rebase');
          setErrors([]);
        }}
        options={[
          { value: 'rebase', text: 'Record a rebase' },
          ...(standing.length > 0 ? [{ value: 'withdraw', text: 'Withdraw a rebase' }] : []),
        ]}
      />
      <SelectField
        id="rebase-period"
        name="periodStart"
        label={action === 'rebase' ? 'First period of the new process' : 'Rebase to withdraw'}
        error={errorFor('rebase-period')}
        value={chosen}
        onChange={setPeriodStart}
        options={choices}
      />
      <TextareaField
        id="rebase-reason"
        name="reason"
        label="Reason"
        hint={
          action === 'rebase'
            ? 'What changed in the process at this period: a new service, a new definition, a new data source. New limits are drawn once the new process has two points.'
            : 'Why the rebase is withdrawn.'
        }
        error={errorFor('rebase-reason')}
        value={reason}
        onChange={setReason}
        rows={3}
      />
      <SubmitButton pending={mutation.isPending} secondary testId="rebase-submit">
        {action === 'rebase' ? 'Record rebase' : 'Withdraw rebase'}
      </SubmitButton>
    </form>
  );
}

interface RebaseSectionProps extends RebaseFormProps {
  canWrite: boolean;
}

/** The rebases that stand, and (for the strand's sponsor or an admin) the form to add one. */
export function RebaseSection({ canWrite, ...form }: RebaseSectionProps) {
  const { standing } = form.rebases;
  return (
    <div data-testid="rebase-section">
      <p className="govuk-body">
        When the process itself changes (a new service starts, a definition changes), the old limits
        no longer describe it. A rebase starts new limits from that period, fixed on its first 12
        points (trial limits until there are 12). A sustained shift is such a change: where one has
        run its course the page says the limits should be recalculated, and offers the rebase.
      </p>
      <DataTable
        caption="Rebases that stand"
        captionSize="s"
        columns={[
          { key: 'period', header: 'From', rowHeader: true, nowrap: true, render: (r) => r.label },
          { key: 'reason', header: 'Reason', render: (r) => r.reason },
          {
            key: 'by',
            header: 'Recorded by',
            render: (r) => `${r.author.name}, ${formatDate(r.createdAt.slice(0, 10))}`,
          },
        ]}
        rows={standing}
        rowKey={(r) => String(r.id)}
        rowTestId={(r) => `rebase-row-${r.periodStart}`}
        empty="No rebase has been recorded: one set of limits covers every point."
      />
      {canWrite ? <RebaseForm {...form} /> : null}
    </div>
  );
}
