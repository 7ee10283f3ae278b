import { useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { initiativePatch, type Initiative } from '@ci/shared';
import { TextAreaInput, TextInput } from '../../../components/form/fields';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { Section } from '../../../components/ui/Layout';
import { QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { initiativeQueryOptions } from '../../../resources/initiative';
import { useUpdateInitiative } from '../api/agenda-api';

export function VisionSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const query = useQuery(initiativeQueryOptions(initiativeId));
  return (
    <Section id="vision" title={t('agenda.vision.title')} description={t('agenda.vision.lead')}>
      <QueryState query={query}>{(initiative) => <VisionForm initiative={initiative} />}</QueryState>
    </Section>
  );
}

function VisionForm({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const update = useUpdateInitiative(initiative.id);
  const [form, setForm] = useState({ name: initiative.name, area: initiative.area, vision: initiative.vision, description: initiative.description });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(false), [form]);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  return (
    <Form
      className="form agenda-form"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = initiativePatch.safeParse(form);
        if (!parsed.success) return setErrors(zodFieldErrors(parsed.error, t));
        setErrors({});
        update.mutate(parsed.data, { onSuccess: () => setSaved(true), onError: (err) => setErrors(serverFieldErrors(err, t)) });
      }}
    >
      <div className="form__grid">
        <TextInput label={t('agenda.vision.name')} value={form.name} onChange={set('name')} error={errors.name} isRequired />
        <TextInput label={t('agenda.vision.area')} hint={t('agenda.vision.areaHint')} value={form.area} onChange={set('area')} error={errors.area} />
      </div>
      <TextAreaInput label={t('agenda.vision.vision')} hint={t('agenda.vision.visionHint')} value={form.vision} onChange={set('vision')} error={errors.vision} rows={3} />
      <TextAreaInput
        label={t('agenda.vision.description')}
        hint={t('agenda.vision.descriptionHint')}
        value={form.description}
        onChange={set('description')}
        error={errors.description}
        rows={6}
      />
      {update.isError && Object.keys(errors).length === 0 ? (
        <p className="form__alert" role="alert">
          <Icon name="alert" size={18} />
          {t(errorMessageKey(update.error))}
        </p>
      ) : null}
      <div className="agenda-form__actions">
        <span role="status" className="agenda-saved">
          {saved ? (
            <>
              <Icon name="check" size={18} /> {t('agenda.saved')}
            </>
          ) : null}
        </span>
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}
