import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { meResponse, overviewResponse, type Role } from '@ci/shared';
import { stubFetch } from '../test/fetch';
import { INITIATIVE_ID, meFor, overviewPayload } from '../test/fixtures';
import { renderApp } from '../test/render';
import { navItemsFor } from './nav';

async function openOverviewAs(role: Role) {
  const me = meFor(role);
  meResponse.parse(me);
  overviewResponse.parse(overviewPayload);
  stubFetch({ 'GET /me': { body: me }, 'GET /initiatives/*/overview': { body: overviewPayload } });
  renderApp(`/i/${INITIATIVE_ID}`);
  const nav = await screen.findByRole('navigation', { name: 'Sections' });
  await screen.findByRole('heading', { level: 1, name: overviewPayload.initiative.name });
  return within(nav);
}

describe('top navigation per role', () => {
  it('shows a partner the sections for reading and reporting, without Members', async () => {
    const nav = await openOverviewAs('partner');
    expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Enter data' })).toBeInTheDocument();
    expect(nav.getByRole('link', { name: 'Actors' })).toBeInTheDocument();
    expect(nav.queryByRole('link', { name: 'Members' })).not.toBeInTheDocument();
    expect(nav.queryByRole('link', { name: 'Common agenda' })).not.toBeInTheDocument();
    expect(screen.getByText('Partner', { selector: '.role-badge' })).toBeInTheDocument();
  });

  it('shows the steering group everything to read and no edit buttons', async () => {
    const nav = await openOverviewAs('steering');
    expect(nav.getByRole('link', { name: 'Reporting status' })).toBeInTheDocument();
    expect(nav.queryByRole('link', { name: 'Enter data' })).not.toBeInTheDocument();
    expect(nav.queryByRole('link', { name: 'Members' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Enter figures' })).not.toBeInTheDocument();
    expect(screen.getByText('Steering group', { selector: '.role-badge' })).toBeInTheDocument();
  });

  it('gives the admin Members and the agenda, and an "Enter figures" button on the overview', async () => {
    const nav = await openOverviewAs('admin');
    expect(nav.getByRole('link', { name: 'Members' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/members`);
    expect(nav.getByRole('link', { name: 'Common agenda' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter figures' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/entry`);
  });

  it('matches the rules in one table', () => {
    const sections = (role: Role) => navItemsFor(role).map((i) => i.section);
    expect(sections('admin')).toContain('members');
    expect(sections('backbone')).not.toContain('members');
    expect(sections('backbone')).toContain('agenda');
    expect(sections('partner')).toEqual(['overview', 'entry', 'activities', 'ideas', 'meetings', 'directory', 'reports']);
    expect(sections('steering')).toEqual(['overview', 'completeness', 'review', 'activities', 'ideas', 'meetings', 'directory', 'reports']);
  });
});

describe('access to an initiative', () => {
  it('shows "not found" for an initiative the person is not a member of', async () => {
    stubFetch({ 'GET /me': { body: meFor('admin') } });
    renderApp('/i/9d9d9d9d-9d9d-4d9d-8d9d-9d9d9d9d9d9d');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('sends someone who is not signed in to the sign-in page', async () => {
    stubFetch({ 'GET /me': { status: 401, body: { error: { code: 'unauthorized', message: 'Sign in' } } } });
    const { router } = renderApp(`/i/${INITIATIVE_ID}`);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(`/i/${INITIATIVE_ID}`)}`);
  });

  it('lets a member of several initiatives choose, then remembers the choice', async () => {
    stubFetch({ 'GET /me': { body: meFor('backbone', { initiatives: 2 }) }, 'GET /initiatives/*/overview': { body: overviewPayload } });
    const { router } = renderApp('/');
    const link = await screen.findByRole('link', { name: /Tillsammans för Norra Hagby/ });
    expect(screen.getByRole('link', { name: /Sammen i Søndermarken/ })).toBeInTheDocument();
    link.click();
    await screen.findByRole('heading', { level: 1, name: overviewPayload.initiative.name });
    expect(window.localStorage.getItem('ci.lastInitiative')).toBe(INITIATIVE_ID);
    expect(router.state.location.pathname).toBe(`/i/${INITIATIVE_ID}`);
  });
});
