import { useTranslation } from 'react-i18next';
import type { Idea } from '@ci/shared';
import { Section } from '../../../components/ui/Layout';

/** The idea in its proposers' words: description, how / when / who, and the goals it serves. */
export function AboutIdea({ idea, goal }: { idea: Idea; goal: (id: string) => string | null }) {
  const { t } = useTranslation();
  const goals = idea.goalIds.map(goal).filter((g): g is string => g !== null);
  const planning: [string, string][] = [
    [t('ideas.how'), idea.how],
    [t('ideas.when'), idea.when],
    [t('ideas.who'), idea.who],
  ];
  return (
    <Section id="about-idea" title={t('ideas.about.title')}>
      {idea.description.trim() ? <p className="idea-text">{idea.description}</p> : <p className="muted">{t('ideas.about.noDescription')}</p>}
      <dl className="idea-facts">
        {planning
          .filter(([, value]) => value.trim() !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="idea-text">{value}</dd>
            </div>
          ))}
        {goals.length > 0 ? (
          <div>
            <dt>{t('ideas.goals')}</dt>
            <dd>
              <ul className="chips chips--static">
                {goals.map((g) => (
                  <li key={g} className="chip">
                    {g}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </Section>
  );
}
