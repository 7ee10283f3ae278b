// Columns, organisations and indicators the file names in its own words: the user says which of
// ours each one is; the server remembers it for the initiative and reads the file again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportMapping, type ImportResource, type Locale } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Select } from '../../../components/ui/Select';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useQuery } from '@tanstack/react-query';
import { actorsQueryOptions } from '../../../resources/actors';
import { indicatorsQueryOptions } from '../../../resources/indicators';
import { useMapImport } from '../api/imports';

const UNSET = '-';
const IGNORE = 'ignore';

export function MappingSection({ initiativeId, resource, locale }: { initiativeId: string; resource: ImportResource; locale: Locale }) {
  const { t } = useTranslation();
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const indicators = useQuery(indicatorsQueryOptions(initiativeId));
  const mapImport = useMapImport(initiativeId, resource.id, locale);
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(resource.unmatched.map((u) => [`${u.kind}|${u.source}`, u.suggestions[0]?.id ?? UNSET])),
  );

  const optionsFor = (kind: ImportResource['unmatched'][number]['kind']) => {
    const unset = { id: UNSET, label: t('imports.mapping.unset') };
    if (kind === 'column') {
      return [unset, ...IMPORT_FIELDS.map((f) => ({ id: f, label: t(`imports.fields.${f}`) })), { id: IGNORE, label: t('imports.mapping.ignore') }];
    }
    const list = kind === 'actor' ? (actors.data ?? []).map((a) => ({ id: a.id, label: a.name })) : (indicators.data ?? []).map((i) => ({ id: i.id, label: `${i.code} ${i.name}` }));
    return [unset, ...list];
  };

  const apply = () => {
    const mapping: ImportMapping = { columns: {}, actors: {}, indicators: {} };
    for (const u of resource.unmatched) {
      const choice = choices[`${u.kind}|${u.source}`];
      if (!choice || choice === UNSET) continue;
      if (u.kind === 'column') mapping.columns[u.source] = choice === IGNORE ? null : (choice as ImportMapping['columns'][string] & string);
      else if (u.kind === 'actor') mapping.actors[u.source] = choice;
      else mapping.indicators[u.source] = choice;
    }
    mapImport.mutate(mapping);
  };

  return (
    <section className="import-card" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title">{t('imports.mapping.title')}</h2>
      <p>{t('imports.mapping.lead')}</p>
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col">{t('imports.mapping.inFile')}</th>
            <th scope="col">{t('imports.mapping.uses')}</th>
            <th scope="col">{t('imports.mapping.ours')}</th>
          </tr>
        </thead>
        <tbody>
          {resource.unmatched.map((u) => {
            const key = `${u.kind}|${u.source}`;
            return (
              <tr key={key}>
                <th scope="row">
                  <span className="import-kind">{t(`imports.mapping.kind.${u.kind}`)}</span> {u.source}
                </th>
                <td>{u.kind === 'column' ? '' : t('imports.mapping.count', { count: u.count })}</td>
                <td>
                  <Select
                    label={t('imports.mapping.choose', { name: u.source })}
                    hideLabel
                    value={choices[key] ?? UNSET}
                    options={optionsFor(u.kind)}
                    onChange={(next) => setChoices((c) => ({ ...c, [key]: next }))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="import-actions">
        <Button variant="primary" onPress={apply} isDisabled={mapImport.isPending}>
          {t('imports.mapping.apply')}
        </Button>
        <span className="import-hint">{t('imports.mapping.remembered')}</span>
      </div>
      {mapImport.isError ? (
        <p className="import-problem" role="alert">
          {t(errorMessageKey(mapImport.error))}
        </p>
      ) : null}
    </section>
  );
}
