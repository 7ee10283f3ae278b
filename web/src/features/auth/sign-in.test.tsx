import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, stubApi } from '../../test/app-harness';
import { meWire } from '../../test/api-fixtures';

afterEach(() => vi.unstubAllGlobals());

const signedOut = { path: '/me', answer: { status: 401, body: { error: { code: 'unauthorized', message: 'Sign in to continue' } } } };

describe('the sign-in page', () => {
  it('says what is missing, next to the field, and moves to the first field to correct', async () => {
    const { calls } = stubApi([signedOut]);
    await renderApp('/login');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    const email = screen.getByRole('textbox', { name: 'E-mail address' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter your e-mail address.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(email).toHaveFocus();

    await userEvent.type(email, 'not an address');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(email).toHaveAccessibleDescription('This does not look like an e-mail address.');
    expect(calls.filter((c) => c.path === '/auth/login')).toEqual([]);
  });

  it('says so when the e-mail address or password is wrong, and signs in with the right ones', async () => {
    let wrong = true;
    const { calls } = stubApi([
      {
        method: 'POST',
        path: '/auth/login',
        answer: () =>
          wrong
            ? { status: 401, body: { error: { code: 'invalid_credentials', message: 'Wrong e-mail address or password' } } }
            : { body: { token: 'x'.repeat(40), user: meWire('steering').user } },
      },
      { path: '/me', answer: () => (wrong ? signedOut.answer : { body: meWire('steering') }) },
      { path: '/me/notifications', answer: { body: { items: [], unread: 0, total: 0, limit: 50, offset: 0 } } },
    ]);
    await renderApp('/login');
    await userEvent.type(await screen.findByRole('textbox', { name: 'E-mail address' }), 'steering@demo.test');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail address or password is not right.');

    wrong = false;
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument());
    expect(calls.filter((c) => c.path === '/auth/login').map((c) => c.body)).toEqual([
      { email: 'steering@demo.test', password: 'wrong' },
      { email: 'steering@demo.test', password: 'wrong' },
    ]);
  });

  it('offers the three languages, each named in itself, and switches at once', async () => {
    stubApi([signedOut]);
    await renderApp('/login');
    const language = await screen.findByRole('combobox', { name: 'Language' });
    expect([...(language as HTMLSelectElement).options].map((o) => [o.value, o.text, o.lang])).toEqual([
      ['sv', 'Svenska', 'sv'],
      ['da', 'Dansk', 'da'],
      ['en', 'English', 'en'],
    ]);
    await userEvent.selectOptions(language, 'da');
    expect(await screen.findByRole('heading', { name: 'Log ind' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('da');
  });
});
