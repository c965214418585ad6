import type { AuditEntry } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useProgramme } from '../../api/get-programme';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form-fields';
import { InputField } from '../../components/input-field';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { paths } from '../../lib/paths';
import { AUDIT_PAGE_SIZE, auditCsvUrl, useAudit, type AuditFilters } from './api/get-audit';
import { SubmitButton } from '../../components/submit-button';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/London',
});

const FILTER_KEYS = ['action', 'actor', 'from', 'to'] as const;

function Change({ entry }: { entry: AuditEntry }) {
  const parts: [string, unknown][] = [
    ['Before', entry.before],
    ['After', entry.after],
    ['Detail', entry.detail],
  ];
  const shown = parts.filter(
    ([, v]) =>
      v !== null && v !== undefined && !(typeof v === 'object' && Object.keys(v).length === 0),
  );
  if (shown.length === 0) return <>—</>;
  return (
    <details className="govuk-details govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Show<span className="govuk-visually-hidden"> the change in entry {entry.id}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        {shown.map(([label, value]) => (
          <div key={label}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{label}</h3>
            <pre className="app-audit-json">{JSON.stringify(value, null, 2)}</pre>
          </div>
        ))}
      </div>
    </details>
  );
}

/** Every change to the programme, newest first: who, when, what, before and after. */
export function AuditPage() {
  const { programmeId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const programme = useProgramme(programmeId);
  const filters: AuditFilters = {};
  for (const key of FILTER_KEYS) filters[key] = search.get(key) ?? undefined;
  filters.offset = search.get('offset') ?? undefined;
  const audit = useAudit(programmeId, filters);
  const [draft, setDraft] = useState(() =>
    Object.fromEntries(FILTER_KEYS.map((k) => [k, search.get(k) ?? ''])),
  );

  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
  ];
  const title = ['Audit log', programme.data?.name];

  function applyFilters(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) if (draft[key]) next.set(key, draft[key]!.trim());
    setSearch(next);
  }

  const pageLink = (offset: number) => {
    const next = new URLSearchParams(search);
    if (offset > 0) next.set('offset', String(offset));
    else next.delete('offset');
    return `?${next.toString()}`;
  };

  if (audit.isError) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <PageError
          error={audit.error}
          backTo={{ text: 'Back to the programme', to: paths.programme(programmeId) }}
        />
      </Page>
    );
  }
  if (audit.isPending) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the audit log" />
      </Page>
    );
  }
  const { entries, total, offset, actions } = audit.data;
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      {programme.data ? <span className="app-caption">{programme.data.name}</span> : null}
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">
        Every change to this programme’s figures, settings and users: who made it, when, and what it
        was before and after. Entries can never be changed or removed.
      </p>
      <form noValidate onSubmit={applyFilters} className="app-as-of" data-testid="audit-filters">
        <h2 className="govuk-heading-s">Filter the log</h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <SelectField
              id="filter-action"
              name="action"
              label="Change"
              value={draft['action'] ?? ''}
              onChange={(v) => setDraft({ ...draft, action: v })}
              options={[{ value: '', text: 'Any' }, ...actions.map((a) => ({ value: a, text: a }))]}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <InputField
              id="filter-actor"
              name="actor"
              type="email"
              label="By (email)"
              spellCheck={false}
              value={draft['actor'] ?? ''}
              onChange={(v) => setDraft({ ...draft, actor: v })}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <InputField
              id="filter-from"
              name="from"
              type="date"
              label="From"
              value={draft['from'] ?? ''}
              onChange={(v) => setDraft({ ...draft, from: v })}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <InputField
              id="filter-to"
              name="to"
              type="date"
              label="To"
              value={draft['to'] ?? ''}
              onChange={(v) => setDraft({ ...draft, to: v })}
            />
          </div>
        </div>
        <div className="govuk-button-group govuk-!-margin-bottom-0">
          <SubmitButton className="govuk-!-margin-bottom-0">Apply filters</SubmitButton>
          <Link className="govuk-link" to="?">
            Clear filters
          </Link>
        </div>
      </form>
      <p className="govuk-body" data-testid="audit-count" role="status">
        {total === 0
          ? 'No entries match.'
          : `Showing ${offset + 1} to ${offset + entries.length} of ${total} ${total === 1 ? 'entry' : 'entries'}.`}{' '}
        <a
          className="govuk-link"
          href={auditCsvUrl(programmeId, filters)}
          download
          data-testid="audit-csv"
        >
          Download these entries as CSV
        </a>
      </p>
      <DataTable
        caption="Audit entries, newest first"
        captionHidden
        rows={entries}
        rowKey={(e) => String(e.id)}
        rowTestId={(e) => `audit-${e.id}`}
        columns={[
          {
            key: 'at',
            header: 'When',
            rowHeader: true,
            value: (e) => e.at,
            render: (e) => <time dateTime={e.at}>{dateTime.format(new Date(e.at))}</time>,
          },
          { key: 'actor', header: 'Who', value: (e) => e.actor, render: (e) => e.actor },
          { key: 'action', header: 'Change', value: (e) => e.action, render: (e) => e.action },
          {
            key: 'entity',
            header: 'What',
            render: (e) => (e.entity ? `${e.entity}${e.entityId ? ` ${e.entityId}` : ''}` : '—'),
          },
          { key: 'change', header: 'Before and after', render: (e) => <Change entry={e} /> },
        ]}
      />
      {total > AUDIT_PAGE_SIZE ? (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Audit log pages">
          {offset > 0 ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={pageLink(Math.max(0, offset - AUDIT_PAGE_SIZE))}>
                Newer entries
              </Link>
            </p>
          ) : null}
          {offset + entries.length < total ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={pageLink(offset + AUDIT_PAGE_SIZE)}>
                Older entries
              </Link>
            </p>
          ) : null}
        </nav>
      ) : null}
    </Page>
  );
}
