// The signed-in user's menu in the top bar: who is signed in, whether notifications also come by
// e-mail (a daily summary), changing the password, and signing out.
import { useState } from 'react';
import { Button as AriaButton, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { CheckboxInput } from '../../../components/form/fields';
import { authKeys } from '../../../lib/query-keys';
import { updateMe } from '../api/update-me';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import './account-menu.css';

function PersonIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="8.5" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M4 20.5c1-4 4.2-6 8-6s7 2 8 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * `portalContainer`: where the open menu is placed in the page, e.g. the top bar's banner
 * landmark, so everything in it (the popover's hidden dismiss buttons too) belongs to a landmark.
 */
export function AccountMenu({ me, onSignOut, portalContainer }: { me: Me; onSignOut: () => void; portalContainer?: Element }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const preference = useMutation({
    mutationFn: (digest: boolean) => updateMe({ emailPreference: digest ? 'digest' : 'off' }),
    onSuccess: (next) => queryClient.setQueryData(authKeys.me(), next),
  });
  const digest = preference.isPending ? preference.variables : me.user.emailPreference === 'digest';
  const [menuOpen, setMenuOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);

  return (
    <>
      <DialogTrigger isOpen={menuOpen} onOpenChange={setMenuOpen}>
        <AriaButton className="account__button" aria-label={t('account.menuFor', { name: me.user.name })}>
          <PersonIcon />
          <span className="account__name">{me.user.name}</span>
        </AriaButton>
        <Popover placement="bottom end" className="account__popover" UNSTABLE_portalContainer={portalContainer}>
          <Dialog className="account__dialog" aria-labelledby="account-title">
            <Heading slot="title" id="account-title" className="account__title">
              {me.user.name}
            </Heading>
            <p className="account__email">{me.user.email}</p>
            <CheckboxInput
              label={t('account.emailDigest')}
              hint={preference.isError ? t('account.saveFailed') : t('account.emailDigestHint')}
              isSelected={digest}
              onChange={(on) => preference.mutate(on)}
            />
            <div className="account__actions">
              <Button
                variant="quiet"
                onPress={() => {
                  setMenuOpen(false);
                  setChangingPassword(true);
                }}
              >
                {t('account.changePassword')}
              </Button>
              <Button variant="secondary" onPress={onSignOut}>
                {t('nav.signOut')}
              </Button>
            </div>
          </Dialog>
        </Popover>
      </DialogTrigger>
      {changingPassword ? <ChangePasswordDialog onClose={() => setChangingPassword(false)} /> : null}
    </>
  );
}
