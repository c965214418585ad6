// The pack's opening page (the narrative, the gap and the bridge) and the programme's figures
// by strand that follow it. Every figure is the API's.
import { Achievement, Money } from '../../../components/figures';
import { AchievementCard, MoneyCard, RagCard } from '../../../components/headline-cards';
import { RagTag } from '../../../components/rag-tag';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatInteger, formatRate } from '../../../lib/format';
import { gapWords, signedMoneyText } from '../../variance/components/signed-money';
import type { BoardPackData } from '../api/use-board-pack-data';
import { PackBridge } from './pack-bridge';
import { Section } from './section';

export function SummarySection({ data }: { data: BoardPackData }) {
  const { totals } = data.summary;
  const { money } = data.variance;
  return (
    <Section id="summary" caption="The programme at a glance" title="Summary">
      <ul
        className="govuk-list govuk-list--bullet app-board-pack__narrative"
        data-testid="pack-narrative"
      >
        {data.narrative.sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <KeyFigures>
        <MoneyCard field="realisedBenefitToDate" value={totals.realisedBenefitToDate} />
        <MoneyCard field="forecastBenefitToDate" value={totals.forecastBenefitToDate} />
        <SummaryCard
          label="Gap to forecast"
          value={money.gap}
          testId="headline-gap"
          hint={gapWords(money.gap)}
        >
          {signedMoneyText(money.gap)}
        </SummaryCard>
        <RagCard rag={totals.rag} thresholds={data.programme.ragThresholds} />
      </KeyFigures>
      <PackBridge variance={data.variance} />
    </Section>
  );
}

/** The rest of the headline figures and every strand's, on the page after the summary. */
export function StrandsAtAGlance({ data }: { data: BoardPackData }) {
  const { totals, strands } = data.summary;
  return (
    <Section id="strands-at-a-glance" caption="The programme at a glance" title="Strands and money">
      <KeyFigures>
        <AchievementCard
          value={totals.achievement}
          hint="Realised as a share of forecast benefit, over the periods ended with a return"
        />
        <MoneyCard field="costToDate" value={totals.costToDate} />
        <MoneyCard
          field="netBenefitToDate"
          value={totals.netBenefitToDate}
          hint="Realised benefit less cost to date, over the same periods"
        />
        <SummaryCard
          label="Reinvestment pot"
          value={data.reinvestment.totalPot}
          testId="headline-reinvestmentPot"
          hint={`${formatRate(data.reinvestment.reinvestmentShare)} of realised cashable benefit`}
        >
          <Money value={data.reinvestment.totalPot} />
        </SummaryCard>
        <SummaryCard
          label="Missing returns"
          value={totals.missingReturns}
          testId="headline-missingReturns"
          hint="Periods ended with a forecast and no figure"
        >
          {formatInteger(totals.missingReturns)}
        </SummaryCard>
        <SummaryCard
          label="Overdue returns"
          value={data.narrative.overdueReturns}
          testId="headline-overdueReturns"
          hint="Figures owed, listed in Annex C"
        >
          {formatInteger(data.narrative.overdueReturns)}
        </SummaryCard>
      </KeyFigures>
      <table className="govuk-table app-board-pack__table" data-testid="pack-strands">
        <caption className="govuk-table__caption govuk-table__caption--s">Strands by RAG</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Strand
            </th>
            <th scope="col" className="govuk-table__header">
              RAG
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Achievement
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Realised benefit
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Forecast benefit
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Cost to date
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {strands.map((s) => (
            <tr className="govuk-table__row" key={s.id} data-testid={`pack-strand-row-${s.id}`}>
              <th scope="row" className="govuk-table__header">
                {s.name}
              </th>
              <td className="govuk-table__cell" data-column="rag" data-value={s.rag}>
                <RagTag rag={s.rag} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <Achievement value={s.achievement} />
              </td>
              <td
                className="govuk-table__cell govuk-table__cell--numeric"
                data-column="realisedBenefitToDate"
                data-value={s.realisedBenefitToDate}
              >
                <Money value={s.realisedBenefitToDate} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <Money value={s.forecastBenefitToDate} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <Money value={s.costToDate} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
