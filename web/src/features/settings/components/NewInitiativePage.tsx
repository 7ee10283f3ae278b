// A new initiative from scratch: a name, a place, a language and perhaps the vision. The person who
// creates it becomes its admin and goes straight on to the common agenda's goals.
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { initiativeInput, LOCALES, type Locale } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { TextAreaInput, TextInput } from '../../../components/form/fields';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { Button, LinkButton } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { PageHeader } from '../../../components/ui/Layout';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { initiativeRoute } from '../../../lib/initiative';
import { writePreference } from '../../../lib/storage';
import { useCreateInitiative } from '../api/settings-api';
import '../settings.css';

export default function NewInitiativePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateInitiative();
  const [name, setName] = useState('');
  const [area, setArea] = useState('');
  const [vision, setVision] = useState('');
  const [locale, setLocale] = useState<Locale>(useLocale());
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = () => {
    const parsed = initiativeInput.safeParse({ name, area: area.trim(), vision: vision.trim(), locale });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error, t));
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (created) => {
        writePreference('lastInitiative', created.id);
        navigate(`${initiativeRoute(created.id, 'agenda')}?tab=goals`);
      },
      onError: (err) => setErrors(serverFieldErrors(err, t)),
    });
  };
  const alert = create.isError ? t(errorMessageKey(create.error)) : null;

  return (
    <div className="page page--narrow">
      <title>{t('newInitiative.title')}</title>
      <PageHeader title={t('newInitiative.title')}>
        <p>{t('newInitiative.lead')}</p>
      </PageHeader>
      <div className="section">
        <Form
          className="form new-initiative-form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <TextInput label={t('newInitiative.name')} hint={t('newInitiative.nameHint')} value={name} onChange={setName} error={errors.name} isRequired />
          <TextInput label={t('newInitiative.area')} hint={t('newInitiative.areaHint')} value={area} onChange={setArea} error={errors.area} />
          <ChoiceInput
            label={t('newInitiative.locale')}
            hint={t('newInitiative.localeHint')}
            value={locale}
            options={LOCALES.map((l) => ({ id: l, label: t(`settings.language.names.${l}`) }))}
            onChange={(l) => l && setLocale(l)}
            error={errors.locale}
          />
          <TextAreaInput label={t('newInitiative.vision')} hint={t('newInitiative.visionHint')} value={vision} onChange={setVision} error={errors.vision} />
          {alert ? (
            <p className="form__alert" role="alert">
              <Icon name="alert" size={18} />
              {alert}
            </p>
          ) : null}
          <div className="new-initiative-form__actions">
            <LinkButton to="/" variant="quiet">
              {t('newInitiative.back')}
            </LinkButton>
            <Button type="submit" variant="primary" isPending={create.isPending}>
              {t('newInitiative.create')}
            </Button>
          </div>
        </Form>
      </div>
    </div>
  );
}
