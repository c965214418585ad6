import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useProgramme } from '../../../api/get-programme';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { PageError } from '../../../components/page-error';
import { ProgrammePageHeading } from '../../../components/programme-page-heading';
import { paths } from '../../../lib/paths';
import { useAsOf, withAsOf } from '../../../lib/use-as-of';
import type { FinanceSection } from '../lib/finance-paths';
import { FinanceNav } from './finance-nav';

interface FinancePageProps {
  title: string;
  section: FinanceSection | null;
  /** The date the API worked the figures out at; undefined for date-free pages. */
  asOfShown: string | undefined;
  query: { isError: boolean; error: unknown; data: unknown };
  loadingWhat: string;
  intro?: ReactNode;
  /** Rendered once the programme and the query's data are in. */
  children: () => ReactNode;
  /** Extra breadcrumbs after "Finance" (the lines pages). */
  within?: { text: string; to: string };
}

/** Every finance page: breadcrumbs, heading with the as-of control, the finance navigation. */
export function FinancePage({
  title,
  section,
  asOfShown,
  query,
  loadingWhat,
  intro,
  children,
  within,
}: FinancePageProps) {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const programme = useProgramme(programmeId);
  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data
      ? [{ text: programme.data.name, to: withAsOf(paths.programme(programmeId), asOf) }]
      : []),
    ...(section !== 'ledger' || within
      ? [{ text: 'Finance', to: withAsOf(`${paths.programme(programmeId)}/finance`, asOf) }]
      : []),
    ...(within ? [within] : []),
  ];
  const pageTitle = [title, 'Finance', programme.data?.name];

  if (query.isError) {
    return (
      <Page title={pageTitle} breadcrumbs={breadcrumbs}>
        <PageError error={query.error} offerAsOf notFoundTitle="Not found" />
      </Page>
    );
  }
  if (!programme.data || !query.data) {
    return (
      <Page title={pageTitle} breadcrumbs={breadcrumbs}>
        <Loading what={loadingWhat} />
      </Page>
    );
  }
  return (
    <Page title={pageTitle} breadcrumbs={breadcrumbs}>
      <ProgrammePageHeading
        caption={`Finance · ${programme.data.name}`}
        title={title}
        asOf={asOfShown}
      >
        {intro}
      </ProgrammePageHeading>
      <FinanceNav programmeId={programmeId} current={section} asOf={asOf} />
      {children()}
    </Page>
  );
}
