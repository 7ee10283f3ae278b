import { useState, type FormEvent } from 'react';
import { Dialog, FieldError, Form, Heading, Input, Label, Modal, ModalOverlay, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { actorProfilePatch, type Actor } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { useUpdateActorProfile } from '../api/update-actor-profile';
import { TagInput } from '../../../components/form/TagInput';

type TextFieldName = 'description' | 'contactName' | 'contactEmail' | 'contactPhone' | 'website';

/** The actor's own profile: what it offers, what it needs, how to reach it. */
export function ProfileDialog({ initiativeId, actor, onClose }: { initiativeId: string; actor: Actor; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateActorProfile(initiativeId, actor.id);
  const [form, setForm] = useState({
    description: actor.description,
    contactName: actor.contactName,
    contactEmail: actor.contactEmail,
    contactPhone: actor.contactPhone,
    website: actor.website,
    competences: actor.competences,
    needs: actor.needs,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const invalidMessage = (field: string) => (field === 'contactEmail' ? t('profile.invalid.contactEmail') : t('profile.invalid.generic'));
  const set = (name: TextFieldName) => (value: string) => setForm((f) => ({ ...f, [name]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = actorProfilePatch.safeParse(form);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), invalidMessage(String(i.path[0]))])));
      return;
    }
    setErrors({});
    update.mutate(parsed.data, {
      onSuccess: onClose,
      onError: (err) => {
        if (isApiError(err, 400)) setErrors(Object.fromEntries(Object.keys(err.fieldErrors()).map((k) => [k, invalidMessage(k)])));
      },
    });
  };

  const text = (name: TextFieldName, type: 'text' | 'email' | 'tel' | 'url' = 'text') => (
    <TextField className="field" value={form[name]} onChange={set(name)} type={type} isInvalid={Boolean(errors[name])}>
      <Label className="field__label">{t(`profile.${name}`)}</Label>
      <Input className="field__input" />
      <FieldError className="field__error">{errors[name]}</FieldError>
    </TextField>
  );

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => (open ? undefined : onClose())} isDismissable>
      <Modal className="modal modal--wide">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog__title">
            {t('profile.title', { name: actor.name })}
          </Heading>
          <Form className="form" onSubmit={submit} validationBehavior="aria">
            <TextField className="field" value={form.description} onChange={set('description')}>
              <Label className="field__label">{t('profile.description')}</Label>
              <TextArea className="field__input field__input--area" rows={4} />
            </TextField>
            <TagInput
              label={t('profile.competences')}
              addLabel={t('profile.addCompetence')}
              value={form.competences}
              onChange={(competences) => setForm((f) => ({ ...f, competences }))}
            />
            <TagInput
              label={t('profile.needs')}
              addLabel={t('profile.addNeed')}
              value={form.needs}
              onChange={(needs) => setForm((f) => ({ ...f, needs }))}
            />
            <div className="form__grid">
              {text('contactName')}
              {text('contactEmail', 'email')}
              {text('contactPhone', 'tel')}
              {text('website', 'url')}
            </div>
            {update.isError && !isApiError(update.error, 400) ? (
              <p className="form__alert" role="alert">
                {t(errorMessageKey(update.error))}
              </p>
            ) : null}
            <div className="dialog__actions">
              <Button variant="quiet" onPress={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" variant="primary" isPending={update.isPending}>
                {t('common.save')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
