import { formatDate } from '../../../lib/format';
import type { BoardPackData } from '../api/use-board-pack-data';

export function Cover({ data }: { data: BoardPackData }) {
  const { programme } = data;
  return (
    <section className="app-board-pack__cover" aria-labelledby="cover-heading" data-testid="cover">
      <p className="app-caption">
        {programme.name} · {programme.place}
      </p>
      <h1 className="govuk-heading-xl" id="cover-heading">
        Board pack: {programme.name}
      </h1>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Programme</dt>
          <dd className="govuk-summary-list__value">{programme.name}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Place</dt>
          <dd className="govuk-summary-list__value">{programme.place}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Meeting date (figures as of)</dt>
          <dd
            className="govuk-summary-list__value"
            data-testid="pack-meeting-date"
            data-value={data.asOf}
          >
            {formatDate(data.asOf)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Changes since (previous meeting)</dt>
          <dd
            className="govuk-summary-list__value"
            data-testid="pack-since"
            data-value={data.since}
          >
            {formatDate(data.since)}
          </dd>
        </div>
        {data.summary.businessCase ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Judged against (business case in force)</dt>
            <dd
              className="govuk-summary-list__value"
              data-testid="pack-business-case"
              data-value={data.summary.businessCase.version}
            >
              v{data.summary.businessCase.version} {data.summary.businessCase.name}
              {data.previous.businessCase &&
              data.previous.businessCase.version !== data.summary.businessCase.version
                ? ` (at the previous meeting: v${data.previous.businessCase.version} ${data.previous.businessCase.name})`
                : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {programme.illustrative ? (
        <div className="govuk-warning-text" data-testid="pack-illustrative">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Illustrative: the figures in this pack are invented for demonstration and do not
            describe any real service, place or person.
          </strong>
        </div>
      ) : null}
      <nav aria-label="Contents of the board pack" className="app-board-pack__contents">
        <p className="govuk-body govuk-!-font-weight-bold">Contents</p>
        <ol className="govuk-list govuk-list--number">
          <li>
            <a className="govuk-link" href="#summary-heading">
              Summary
            </a>
          </li>
          <li>
            <a className="govuk-link" href="#strands-at-a-glance-heading">
              Strands and money
            </a>
          </li>
          {data.strands.map((s) => (
            <li key={s.strand.id}>
              <a className="govuk-link" href={`#strand-${s.strand.id}-heading`}>
                {s.strand.name}
              </a>
            </li>
          ))}
          <li>
            <a className="govuk-link" href="#exceptions-heading">
              Exceptions
            </a>
          </li>
          <li>
            <a className="govuk-link" href="#finance-annex-heading">
              Finance annex
            </a>
          </li>
          <li>
            <a className="govuk-link" href="#data-annex-heading">
              Data annex
            </a>
          </li>
          <li>
            <a className="govuk-link" href="#missing-returns-annex-heading">
              Missing returns
            </a>
          </li>
        </ol>
      </nav>
    </section>
  );
}
