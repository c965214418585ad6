import { Page } from '../../components/page';

/** The accessibility statement UK public bodies must publish (WCAG 2.2 AA). */
export function AccessibilityPage() {
  return (
    <Page title={['Accessibility statement']}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Accessibility statement for Outcomes</h1>
          <p className="govuk-body">
            This statement applies to Outcomes, the benefits-realisation dashboard used by
            public-service partnerships (councils, police, NHS bodies, Jobcentre Plus and their
            partners) to follow whether their programmes are delivering the benefits their business
            cases forecast.
          </p>
          <p className="govuk-body">
            The partnership that runs this service wants as many people as possible to be able to
            use it. You should be able to:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>change colours, contrast levels and fonts using browser or device settings</li>
            <li>zoom in up to 400% without the text spilling off the screen</li>
            <li>navigate the whole service using just a keyboard</li>
            <li>navigate the whole service using speech recognition software</li>
            <li>
              listen to the whole service using a screen reader (including recent versions of JAWS,
              NVDA and VoiceOver)
            </li>
            <li>use it on a phone or tablet as well as a computer</li>
          </ul>

          <h2 className="govuk-heading-m">How we make charts and figures accessible</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              Every chart is a figure with a caption, and the same numbers are in a table directly
              beneath it, with a caption and row and column headers.
            </li>
            <li>
              Every chart&rsquo;s numbers can be downloaded as a CSV file to open in a spreadsheet
              or other software.
            </li>
            <li>
              Lines are told apart by their dash pattern and marker shape as well as colour, and
              each chart has a written key. Nothing is shown by colour alone.
            </li>
            <li>
              RAG (red, amber, green) statuses are always written as words, such as
              &ldquo;Green&rdquo; or &ldquo;No data&rdquo;, as well as coloured.
            </li>
            <li>
              Screen readers announce a chart as one image with a short description, and then read
              the table that holds its numbers. Small trend lines in tables are decorative and
              hidden from screen readers; their figures are on each metric&rsquo;s page.
            </li>
            <li>
              Wide tables scroll sideways on small screens and can be scrolled with a keyboard.
            </li>
          </ul>

          <h2 className="govuk-heading-m">How accessible this service is</h2>
          <p className="govuk-body">
            We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.
            We test each page with automated checks (axe) and by hand with a keyboard.
          </p>

          <h3 className="govuk-heading-s">Known limitations</h3>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              Chart tooltips appear only when you point at a chart with a mouse or touch it. The
              same numbers are always in the table below the chart.
            </li>
            <li>
              The date picker for &ldquo;Show figures as of&rdquo; is your browser&rsquo;s own
              control, so how it looks and is announced depends on your browser. You can always type
              the date instead.
            </li>
            <li>
              Downloaded CSV files contain the figures exactly as the service holds them, without
              formatting such as pound signs.
            </li>
            <li>
              We have not yet tested the service with disabled users or with every combination of
              screen reader and browser.
            </li>
          </ul>

          <h2 className="govuk-heading-m">Reporting accessibility problems</h2>
          <p className="govuk-body">
            If you find a problem not listed on this page, or think we are not meeting accessibility
            requirements, contact your partnership&rsquo;s programme office (the team that runs
            Outcomes for your partnership). Tell us the web address of the page, what you were
            trying to do, and the device and assistive technology you use. We will reply within 5
            working days.
          </p>
          <p className="govuk-body">
            If you need information from this service in a different format, such as a spreadsheet,
            large print or an audio description, ask the programme office too.
          </p>

          <h2 className="govuk-heading-m">Enforcement procedure</h2>
          <p className="govuk-body">
            The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
            Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
            (the &lsquo;accessibility regulations&rsquo;). If you are not happy with how we respond
            to your complaint, contact the Equality Advisory and Support Service (EASS).
          </p>

          <h2 className="govuk-heading-m">Compliance status</h2>
          <p className="govuk-body">
            This service is partially compliant with the Web Content Accessibility Guidelines
            version 2.2 AA standard, because of the limitations listed above.
          </p>

          <h2 className="govuk-heading-m">Preparation of this accessibility statement</h2>
          <p className="govuk-body" data-testid="statement-date">
            This statement was prepared on 22 November 2026. It will be reviewed whenever the
            service changes significantly, and at least once a year.
          </p>
        </div>
      </div>
    </Page>
  );
}
