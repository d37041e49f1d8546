// Add a planned project: name, years, building type, dwellings or floor area, and a quantity per work package, checked
// here with the API's rules (@fit/shared projectProblems), each error next to its field.
import { BUILDING_TYPES, parseYears, projectProblems, WORK_PACKAGES, type BuildingType, type ProjectField, type WorkPackage } from '@fit/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { BuildingModelQuantities } from './BuildingModelQuantities';
import { CreateForecastProjectMutation } from './forecast.queries';
import { quantitiesFromModel, type BuildingModelQuantities as ModelQuantities } from './ModelQuantitiesPicker';

const number = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim().replace(/\s/g, '').replace(',', '.')));

export function ProjectForm({ territoryId, onSaved, onCancel }: { territoryId: string; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const typeId = useId();
  const [name, setName] = useState('');
  const [years, setYears] = useState('');
  const [buildingType, setBuildingType] = useState<BuildingType>('apartmentBlock');
  const [dwellings, setDwellings] = useState('');
  const [floorArea, setFloorArea] = useState('');
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [areaNote, setAreaNote] = useState<'missing' | 'estimated' | null>(null);
  const [errors, setErrors] = useState<Partial<Record<ProjectField, string>>>({});
  const create = useMutation(CreateForecastProjectMutation);

  const takeFromModel = (model: ModelQuantities) => {
    const taken = quantitiesFromModel(model);
    setQuantities({ ...quantities, ...taken.quantities });
    setAreaNote(taken.areaNote);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = {
      name: name.trim(),
      years: parseYears(years),
      buildingType,
      dwellings: number(dwellings),
      floorArea: number(floorArea),
      packages: WORK_PACKAGES.map((workPackage) => ({ workPackage, quantity: number(quantities[workPackage] ?? '') ?? 0 })),
    };
    const found: typeof errors = {};
    for (const p of projectProblems(draft)) found[p.field] ??= t(`forecast.projects.errors.${p.problem}`);
    setErrors(found);
    if (Object.keys(found).length) return;
    const input = { ...draft, territoryId, packages: draft.packages.filter((p) => p.quantity > 0) };
    if (await create.run({ input })) onSaved();
  };

  return (
    <form className="forecast-form" onSubmit={submit} noValidate aria-label={t('forecast.projects.add')}>
      <TextField label={t('forecast.projects.name')} value={name} error={errors.name} onChange={(e) => setName(e.target.value)} />
      <TextField label={t('forecast.projects.years')} hint={t('forecast.projects.yearsHint')} value={years} error={errors.years} onChange={(e) => setYears(e.target.value)} />
      <div className="text-field">
        <label className="text-field__label" htmlFor={typeId}>
          {t('forecast.projects.buildingType')}
        </label>
        <select id={typeId} className="text-field__input forecast-select" value={buildingType} onChange={(e) => setBuildingType(e.target.value as BuildingType)}>
          {BUILDING_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`forecast.buildingTypes.${type as BuildingType}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="forecast-form--row">
        <TextField label={t('forecast.projects.dwellings')} inputMode="numeric" value={dwellings} error={errors.dwellings} onChange={(e) => setDwellings(e.target.value)} />
        <TextField label={t('forecast.projects.floorArea')} inputMode="decimal" value={floorArea} error={errors.floorArea} onChange={(e) => setFloorArea(e.target.value)} />
      </div>
      <BuildingModelQuantities onTake={takeFromModel} />
      <fieldset className="forecast-fieldset">
        <legend>{t('forecast.projects.quantities')}</legend>
        <div className="forecast-form--row">
          {WORK_PACKAGES.map((wp) => (
            <TextField
              key={wp}
              label={`${t(`forecast.workPackages.${wp as WorkPackage}`)} (${t(`forecast.units.${wp as WorkPackage}`)})`}
              inputMode="decimal"
              value={quantities[wp] ?? ''}
              error={errors[wp]}
              hint={wp === 'externalWallInsulation' && areaNote ? t(areaNote === 'missing' ? 'forecast.models.areaMissing' : 'forecast.models.areaEstimated') : undefined}
              onChange={(e) => setQuantities({ ...quantities, [wp]: e.target.value })}
            />
          ))}
        </div>
      </fieldset>
      {create.error && <p role="alert">{t('forecast.saveFailed')}</p>}
      <div className="forecast-form__actions">
        <Button type="submit" pending={create.pending}>
          {t('forecast.projects.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('forecast.cancel')}
        </Button>
      </div>
    </form>
  );
}
