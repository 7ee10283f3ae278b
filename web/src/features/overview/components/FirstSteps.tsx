// What to do first in a new initiative, for those who set it up: the common agenda in the order
// the rest depends on (goals before indicators, organisations before reporting), then the people.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '@ci/shared';
import { Icon } from '../../../components/ui/Icon';
import { initiativeRoute } from '../../../lib/initiative';
import { canManageMembers } from '../../../lib/permissions';
import '../first-steps.css';

type StepKey = 'vision' | 'goals' | 'actors' | 'indicators' | 'members' | 'settings';

export function FirstSteps({ initiativeId, role, hasVision }: { initiativeId: string; role: Role; hasVision: boolean }) {
  const { t } = useTranslation();
  const steps: { key: StepKey; path: string; done: boolean }[] = [
    { key: 'vision', path: 'agenda?tab=vision', done: hasVision },
    { key: 'goals', path: 'agenda?tab=goals', done: false },
    { key: 'actors', path: 'agenda?tab=actors', done: false },
    { key: 'indicators', path: 'agenda?tab=indicators', done: false },
    ...(canManageMembers(role) ? [{ key: 'members' as const, path: 'members', done: false }] : []),
    { key: 'settings', path: 'settings', done: false },
  ];
  return (
    <section className="section first-steps" aria-labelledby="first-steps-title">
      <h2 className="section__title" id="first-steps-title">
        {t('newInitiative.firstSteps.title')}
      </h2>
      <p className="section__description">{t('newInitiative.firstSteps.lead')}</p>
      <ol className="first-steps__list">
        {steps.map((step) => (
          <li key={step.key} className={step.done ? 'first-steps__step first-steps__step--done' : 'first-steps__step'}>
            <span className="first-steps__mark" aria-hidden="true">
              {step.done ? <Icon name="check" size={16} /> : null}
            </span>
            <span>
              <Link to={initiativeRoute(initiativeId, step.path)}>{t(`newInitiative.firstSteps.${step.key}`)}</Link>
              {step.done ? <span className="visually-hidden"> {t('newInitiative.firstSteps.done')}</span> : null}
              <span className="first-steps__hint"> {t(`newInitiative.firstSteps.${step.key}Hint`)}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
