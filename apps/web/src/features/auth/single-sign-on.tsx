// "Sign in with <organisation>": single sign-on with the installation's identity provider, shown
// on the sign-in page only when the API offers it. A plain link, not a fetch: the browser itself
// goes to the provider's page and comes back.
import { isOidcRefusalCode, oidcRefusalMessages } from '@outcomes/contract';
import { useSignInMethods } from './api/sign-in-methods';

const ERROR_PARAM = 'sign-in-error';

/**
 * Why the last single sign-on was refused, from the address the API sent the browser back to
 * (`?sign-in-error=<code>`); undefined when it says nothing.
 */
export function singleSignOnError(): string | undefined {
  const code = new URLSearchParams(window.location.search).get(ERROR_PARAM);
  if (code === null) return undefined;
  return isOidcRefusalCode(code)
    ? oidcRefusalMessages[code]
    : 'Single sign-on did not finish. Try again.';
}

/** Takes the refusal's code off the address, so a reload or the next sign-in does not repeat it. */
export function forgetSingleSignOnError(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(ERROR_PARAM)) return;
  url.searchParams.delete(ERROR_PARAM);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

export function SingleSignOn() {
  const methods = useSignInMethods();
  const oidc = methods.data?.oidc;
  if (!oidc) return null;
  // Come back to the page that was asked for.
  const returnTo = `${window.location.pathname}${window.location.search}`;
  const href = `${oidc.startPath}?${new URLSearchParams({ returnTo }).toString()}`;
  return (
    <section aria-labelledby="sso-heading" data-testid="single-sign-on">
      <h2 className="govuk-heading-m" id="sso-heading">
        With your organisation’s account
      </h2>
      <a
        href={href}
        role="button"
        draggable="false"
        className="govuk-button"
        data-module="govuk-button"
      >
        Sign in with {oidc.displayName}
      </a>
      <h2 className="govuk-heading-m">With a password</h2>
    </section>
  );
}
