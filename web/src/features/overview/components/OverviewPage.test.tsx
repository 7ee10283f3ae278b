import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { overviewResponse } from '@ci/shared';
import { stubFetch } from '../../../test/fetch';
import { IDS, INITIATIVE_ID, meFor, overviewPayload } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { initI18n } from '../../../i18n';

describe('overview', () => {
  it('draws one card per indicator with its latest value, target and status in words', async () => {
    overviewResponse.parse(overviewPayload);
    const { requests } = stubFetch({ 'GET /me': { body: meFor('backbone') }, 'GET /initiatives/*/overview': { body: overviewPayload } });
    renderApp(`/i/${INITIATIVE_ID}`);

    expect(await screen.findByText(overviewPayload.initiative.vision)).toBeInTheDocument();
    expect(requests.some((r) => r.path === `/initiatives/${INITIATIVE_ID}/overview`)).toBe(true);

    const school = screen.getByRole('region', { name: /Alla barn klarar skolan/ });
    const cards = within(school).getAllByRole('article');
    expect(cards).toHaveLength(2);

    const grades = cards[0];
    expect(within(grades).getByRole('link', { name: 'Elever i årskurs 9 med godkända betyg' })).toHaveAttribute(
      'href',
      `/i/${INITIATIVE_ID}/indicators/${IDS.indicatorGrades}`,
    );
    expect(within(grades).getByText('78.4%')).toBeInTheDocument();
    expect(within(grades).getByText('Q2 2025')).toBeInTheDocument();
    expect(within(grades).getByText('Target 90.0% by Q4 2027')).toBeInTheDocument();
    expect(within(grades).getByText('At risk')).toBeInTheDocument();
    // The change is measured from the quarter just before the headline: 78.4 − 77.1.
    expect(within(grades).getByText('+1.3 percentage points since Q1 2025', { exact: false })).toBeInTheDocument();
    expect(within(grades).queryByText(/Preliminary/)).not.toBeInTheDocument();

    const homework = cards[1];
    expect(within(homework).getByText('1,234 deltagare')).toBeInTheDocument();
    expect(within(homework).getByText('Jun 2025')).toBeInTheDocument();
    expect(within(homework).getByText('On track')).toBeInTheDocument();
    // The headline stays June, the latest complete month; July is only mentioned, as preliminary.
    expect(within(homework).getByText('+54 deltagare since May 2025', { exact: false })).toBeInTheDocument();
    expect(within(homework).getByText('Preliminary Jul 2025: 640 deltagare (3 of 5 reported)')).toBeInTheDocument();
    expect(within(homework).queryByText('640 deltagare', { selector: '.indicator-card__value' })).not.toBeInTheDocument();
    // The sparkline ends in July's hollow point.
    expect(homework.querySelector('circle.sparkline__end--preliminary')).not.toBeNull();
    expect(grades.querySelector('circle.sparkline__end--preliminary')).toBeNull();

    const work = screen.getByRole('region', { name: /Fler unga i arbete/ });
    expect(within(work).getByText('Off track')).toBeInTheDocument();
    expect(within(work).getByText('No value yet')).toBeInTheDocument();
    expect(within(work).getByText('No target set')).toBeInTheDocument();
  });

  it('summarises reporting, the next meetings and activities', async () => {
    stubFetch({ 'GET /me': { body: meFor('steering') }, 'GET /initiatives/*/overview': { body: overviewPayload } });
    renderApp(`/i/${INITIATIVE_ID}`);
    const side = await screen.findByRole('complementary', { name: 'Reporting, meetings and activities' });
    expect(within(side).getByText('Reporting for Q2 2025')).toBeInTheDocument();
    expect(within(side).getByText('75.0%')).toBeInTheDocument();
    expect(within(side).getByText('18 of 24 reports are in')).toBeInTheDocument();
    expect(within(side).getByText('Partnermöte hösten 2025')).toBeInTheDocument();
    expect(within(side).getByText('Partner meeting')).toBeInTheDocument();
    expect(within(side).getByText('Ongoing').nextSibling?.nextSibling).toHaveTextContent('8');
  });

  it('counts the ideas waiting for a decision and leads to them', async () => {
    stubFetch({ 'GET /me': { body: meFor('partner') }, 'GET /initiatives/*/overview': { body: overviewPayload } });
    renderApp(`/i/${INITIATIVE_ID}`);
    const side = await screen.findByRole('complementary', { name: 'Reporting, meetings and activities' });
    const heading = within(side).getByRole('heading', { name: 'Ideas and proposals' });
    const card = heading.parentElement!;
    expect(card).toHaveTextContent('4 ideas wait for a decision');
    expect(within(card).getByRole('link', { name: 'See the open ideas' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/ideas?show=open`);
  });

  it('says so when no idea waits for a decision', async () => {
    stubFetch({ 'GET /me': { body: meFor('partner') }, 'GET /initiatives/*/overview': { body: { ...overviewPayload, openIdeas: 0 } } });
    renderApp(`/i/${INITIATIVE_ID}`);
    const side = await screen.findByRole('complementary', { name: 'Reporting, meetings and activities' });
    expect(within(side).getByText('No ideas wait for a decision.')).toBeInTheDocument();
    expect(within(side).getByRole('link', { name: 'All ideas' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/ideas`);
  });

  it('formats figures for the chosen language', async () => {
    await initI18n('sv');
    stubFetch({ 'GET /me': { body: meFor('partner') }, 'GET /initiatives/*/overview': { body: overviewPayload } });
    renderApp(`/i/${INITIATIVE_ID}`);
    // Testing Library folds the non-breaking spaces into plain ones before comparing.
    expect(await screen.findByText('1 234 deltagare')).toBeInTheDocument();
    expect(screen.getAllByText('kv. 2 2025').length).toBeGreaterThan(0);
    // Once in the summary line, once on the card.
    expect(screen.getAllByText('Risk att halka efter')).toHaveLength(2);
    expect(screen.getByText('+1,3 procentenheter sedan kv. 1 2025', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Preliminärt juli 2025: 640 deltagare (3 av 5 har rapporterat)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Idéer och förslag' }).parentElement).toHaveTextContent('4 idéer väntar på beslut');
  });

  it('explains a failure and offers to try again', async () => {
    stubFetch({
      'GET /me': { body: meFor('partner') },
      'GET /initiatives/*/overview': { status: 500, body: { error: { code: 'internal_error', message: 'Something went wrong on our side' } } },
    });
    renderApp(`/i/${INITIATIVE_ID}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side. Please try again in a moment.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
