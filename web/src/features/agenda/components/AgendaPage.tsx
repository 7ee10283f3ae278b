import { useSearchParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/Layout';
import { LinkButton } from '../../../components/ui/Button';
import { EmptyState } from '../../../components/ui/States';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { canEditAll } from '../../../lib/permissions';
import { ActorsSection } from './ActorsSection';
import { GoalsSection } from './GoalsSection';
import { IndicatorsSection } from './IndicatorsSection';
import { VisionSection } from './VisionSection';
import { WorkingGroupsSection } from './WorkingGroupsSection';
import '../agenda.css';

const TABS = ['vision', 'goals', 'indicators', 'actors', 'groups'] as const;
type AgendaTab = (typeof TABS)[number];

export default function AgendaPage() {
  const { t } = useTranslation();
  const { initiativeId, role } = useInitiative();
  const [params, setParams] = useSearchParams();
  const param = params.get('tab');
  const tab: AgendaTab = TABS.includes(param as AgendaTab) ? (param as AgendaTab) : 'vision';

  return (
    <div className="page agenda-page">
      <title>{`${t('agenda.title')} – ${t(`agenda.tabs.${tab}`)}`}</title>
      <PageHeader title={t('agenda.title')}>
        <p>{t('agenda.lead')}</p>
      </PageHeader>
      {!canEditAll(role) ? (
        <EmptyState title={t('agenda.editorsOnly')} />
      ) : (
        <Tabs selectedKey={tab} onSelectionChange={(key) => setParams({ tab: String(key) }, { replace: true })}>
          <TabList className="tabs__list agenda-tabs" aria-label={t('agenda.tabsLabel')}>
            {TABS.map((id) => (
              <Tab key={id} id={id} className="tabs__tab">
                {t(`agenda.tabs.${id}`)}
              </Tab>
            ))}
          </TabList>
          <TabPanel id="vision" className="tabs__panel">
            <VisionSection initiativeId={initiativeId} />
            <p className="agenda-settings-pointer">
              {t('settings.agendaPointer')}
              <LinkButton to={initiativeRoute(initiativeId, 'settings')} variant="secondary">
                {t('settings.title')}
              </LinkButton>
            </p>
          </TabPanel>
          <TabPanel id="goals" className="tabs__panel">
            <GoalsSection initiativeId={initiativeId} />
          </TabPanel>
          <TabPanel id="indicators" className="tabs__panel">
            <IndicatorsSection initiativeId={initiativeId} />
          </TabPanel>
          <TabPanel id="actors" className="tabs__panel">
            <ActorsSection initiativeId={initiativeId} />
          </TabPanel>
          <TabPanel id="groups" className="tabs__panel">
            <WorkingGroupsSection initiativeId={initiativeId} />
          </TabPanel>
        </Tabs>
      )}
    </div>
  );
}
