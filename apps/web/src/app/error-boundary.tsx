import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PageError } from '../components/page-error';

interface State {
  error: unknown;
}

/** Last line of defence: a rendering error shows a message instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) {
      this.setState({ error: null });
    }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <PageError error={this.state.error} backTo={{ text: 'Go to the start page', to: '/' }} />
        </main>
      );
    }
    return this.props.children;
  }
}
