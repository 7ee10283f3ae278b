import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Actor } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { ErrorBoundary } from '../../../components/ui/ErrorBoundary';
import { PageHeader, Section } from '../../../components/ui/Layout';
import { ErrorState, QueryState } from '../../../components/ui/States';
import { formatDate } from '../../../lib/format';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { canEditActor } from '../../../lib/permissions';
import { useLocale } from '../../../i18n';
import { useActor } from '../api/get-actor';
import { ActorActivities } from './ActorActivities';
import { AttendanceSection } from './AttendanceSection';
import { ContributionsSection } from './ContributionsSection';
import { MatchesSection } from './MatchesSection';
import { ProfileDialog } from './ProfileDialog';
import { TagLinks } from './TagLinks';

export default function ActorPage() {
  const { t } = useTranslation();
  const { actorId = '' } = useParams();
  const { initiativeId } = useInitiative();
  const actor = useActor(initiativeId, actorId);
  return (
    <div className="page">
      <QueryState query={actor} loadingLabel={t('actor.loading')}>
        {(data) => <ActorView initiativeId={initiativeId} actor={data} />}
      </QueryState>
    </div>
  );
}

function takesPartToday(actor: Actor): boolean {
  const today = new Date().toISOString().slice(0, 10);
  return (actor.joinedOn === null || actor.joinedOn <= today) && (actor.leftOn === null || actor.leftOn > today);
}

function ActorView({ initiativeId, actor }: { initiativeId: string; actor: Actor }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const access = useInitiative();
  const [editing, setEditing] = useState(false);
  const sectionError = (error: unknown, reset: () => void) => <ErrorState error={error} onRetry={reset} />;
  const contact = [
    actor.contactName ? <span key="name">{actor.contactName}</span> : null,
    actor.contactEmail ? (
      <a key="email" href={`mailto:${actor.contactEmail}`}>
        {actor.contactEmail}
      </a>
    ) : null,
    actor.contactPhone ? (
      <a key="phone" href={`tel:${actor.contactPhone.replace(/\s+/g, '')}`}>
        {actor.contactPhone}
      </a>
    ) : null,
    actor.website ? (
      <a key="web" href={/^https?:\/\//i.test(actor.website) ? actor.website : `https://${actor.website}`} rel="noopener noreferrer" target="_blank">
        {actor.website.replace(/^https?:\/\//i, '')}
      </a>
    ) : null,
  ].filter(Boolean);

  return (
    <>
      <title>{actor.name}</title>
      <p className="breadcrumb">
        <Link to={initiativeRoute(initiativeId, 'directory')}>{t('nav.directory')}</Link>
      </p>
      <PageHeader
        eyebrow={
          <>
            <span className="pill">{t(`sectors.${actor.sector}`)}</span>
            <span className="pill pill--outline">{t(`actorRoles.${actor.role}`)}</span>
          </>
        }
        title={actor.name}
        actions={
          canEditActor(access, actor.id) ? (
            <Button variant="secondary" onPress={() => setEditing(true)}>
              {t('actor.editProfile')}
            </Button>
          ) : null
        }
      >
        {actor.description ? <p>{actor.description}</p> : null}
        <p className="muted small">
          {actor.joinedOn ? t('actor.joined', { date: formatDate(actor.joinedOn, locale) }) : null}
          {actor.leftOn ? ` · ${t('actor.left', { date: formatDate(actor.leftOn, locale) })}` : null}
        </p>
        {contact.length > 0 ? <p className="contact-line">{contact.flatMap((c, i) => (i === 0 ? [c] : [' · ', c]))}</p> : null}
      </PageHeader>

      <div className="two-columns">
        <Section id="competences" title={t('actor.competences')} description={t('actor.competencesHelp')}>
          {actor.competences.length > 0 ? (
            <TagLinks initiativeId={initiativeId} kind="competence" tags={actor.competences} label={t('actor.competences')} />
          ) : (
            <p className="muted">{t('actor.noCompetences')}</p>
          )}
        </Section>
        <Section id="needs" title={t('actor.needs')} description={t('actor.needsHelp')}>
          {actor.needs.length > 0 ? (
            <TagLinks initiativeId={initiativeId} kind="need" tags={actor.needs} label={t('actor.needs')} />
          ) : (
            <p className="muted">{t('actor.noNeeds')}</p>
          )}
        </Section>
      </div>

      {/* Suggestions are made among the organisations taking part today (as the server does). */}
      {takesPartToday(actor) ? (
        <ErrorBoundary fallback={sectionError}>
          <MatchesSection initiativeId={initiativeId} actor={actor} own={access.actorIds.includes(actor.id)} />
        </ErrorBoundary>
      ) : null}

      <Section id="contributions" title={t('actor.contributions')} description={t('actor.contributionsHelp')}>
        <ErrorBoundary fallback={sectionError}>
          <ContributionsSection initiativeId={initiativeId} actorId={actor.id} />
        </ErrorBoundary>
      </Section>

      <div className="two-columns">
        <Section id="activities" title={t('actor.activities')}>
          <ErrorBoundary fallback={sectionError}>
            <ActorActivities initiativeId={initiativeId} actorId={actor.id} />
          </ErrorBoundary>
        </Section>
        <Section id="attendance" title={t('actor.attendanceTitle')}>
          <ErrorBoundary fallback={sectionError}>
            <AttendanceSection initiativeId={initiativeId} actorId={actor.id} />
          </ErrorBoundary>
        </Section>
      </div>

      {editing ? <ProfileDialog initiativeId={initiativeId} actor={actor} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
