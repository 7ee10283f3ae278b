import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth/api/get-me';
import { logout } from '../../features/auth/api/logout';
import { AccountMenu } from '../../features/auth/components/AccountMenu';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { initiativeRoute } from '../../lib/initiative';
import { navItemsFor } from '../nav';
import { InitiativeSwitcher } from './InitiativeSwitcher';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { updateMe } from '../../features/auth/api/update-me';
import { RoleBadge } from './RoleBadge';

/** The frame around every signed-in screen: who and where you are, the sections, the page. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe().data;
  const match = useMatch('/i/:initiativeId/*');
  const membership = me?.memberships.find((m) => m.initiativeId === match?.params.initiativeId);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  const [banner, setBanner] = useState<HTMLElement | null>(null);

  // After navigating (not on the first load), move focus to the page so keyboard and screen
  // reader users start at the new content.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  const signOut = async () => {
    await logout().catch(() => undefined);
    navigate('/login', { replace: true });
    queryClient.clear();
  };

  if (!me) return null;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="topbar" ref={setBanner}>
        <div className="topbar__row">
          <Link className="brand" to={membership ? initiativeRoute(membership.initiativeId) : '/'}>
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          {membership ? <InitiativeSwitcher memberships={me.memberships} current={membership} /> : null}
          <div className="topbar__end">
            {membership ? <RoleBadge role={membership.role} /> : null}
            {/* Saved on the account too, so exports can follow it; the screen does not depend on it. */}
            <LanguageSwitch onChange={(locale) => void updateMe({ locale }).catch(() => undefined)} />
            <NotificationBell />
            <AccountMenu me={me} onSignOut={() => void signOut()} portalContainer={banner ?? undefined} />
          </div>
        </div>
        {membership ? (
          <nav className="sections" aria-label={t('nav.sectionsLabel')}>
            <ul className="sections__list">
              {navItemsFor(membership.role).map((item) => (
                <li key={item.section}>
                  <NavLink
                    to={initiativeRoute(membership.initiativeId, item.path)}
                    end={item.path === ''}
                    className={({ isActive }) => (isActive ? 'sections__link sections__link--active' : 'sections__link')}
                  >
                    {t(`nav.${item.section}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className="main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
