// The initiative's name in the top bar is also its menu: switch to another initiative, open this
// one's settings (admin and backbone), or start a new one. The sections bar stays short this way.
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover, Separator } from 'react-aria-components';
import type { MembershipSummary } from '@ci/shared';
import { Icon } from '../../components/ui/Icon';
import { initiativeRoute } from '../../lib/initiative';
import { canEditAll } from '../../lib/permissions';

const SETTINGS = '\u0000settings';
const NEW = '\u0000new';

export function InitiativeSwitcher({ memberships, current }: { memberships: MembershipSummary[]; current: MembershipSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editor = canEditAll(current.role);
  // Starting an initiative is offered to people who already run one; the server lets anyone signed in.
  const mayStart = memberships.some((m) => canEditAll(m.role));
  if (memberships.length < 2 && !editor && !mayStart) {
    return <span className="topbar__initiative">{current.initiativeName}</span>;
  }
  const choose = (key: string) => {
    if (key === SETTINGS) navigate(initiativeRoute(current.initiativeId, 'settings'));
    else if (key === NEW) navigate('/new-initiative');
    else if (key !== current.initiativeId) navigate(initiativeRoute(key));
  };
  return (
    <MenuTrigger>
      <Button className="select__button topbar__menu-button" aria-label={t('settings.menu.label', { name: current.initiativeName })}>
        <span className="select__value">{current.initiativeName}</span>
        <Icon name="chevronDown" size={18} />
      </Button>
      <Popover className="select__popover topbar__menu" placement="bottom start">
        <Menu className="select__list" onAction={(key) => choose(String(key))}>
          {memberships.length > 1 ? (
            <MenuSection selectionMode="single" selectedKeys={[current.initiativeId]} className="topbar__menu-section">
              <Header className="topbar__menu-header">{t('settings.menu.initiatives')}</Header>
              {memberships.map((m) => (
                <MenuItem key={m.initiativeId} id={m.initiativeId} className="select__option topbar__menu-item" textValue={m.initiativeName}>
                  {({ isSelected }) => (
                    <>
                      <span className="topbar__menu-check">{isSelected ? <Icon name="check" size={16} /> : null}</span>
                      {m.initiativeName}
                    </>
                  )}
                </MenuItem>
              ))}
            </MenuSection>
          ) : null}
          {memberships.length > 1 && editor ? <Separator className="topbar__menu-separator" /> : null}
          {editor ? (
            <MenuSection className="topbar__menu-section">
              <Header className="topbar__menu-header">{t('settings.menu.actions')}</Header>
              <MenuItem id={SETTINGS} className="select__option topbar__menu-item">
                <span className="topbar__menu-check" />
                {t('settings.menu.settings')}
              </MenuItem>
            </MenuSection>
          ) : null}
          {mayStart ? <Separator className="topbar__menu-separator" /> : null}
          {mayStart ? (
            <MenuItem id={NEW} className="select__option topbar__menu-item">
              <span className="topbar__menu-check" />
              {t('settings.menu.newInitiative')}
            </MenuItem>
          ) : null}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
