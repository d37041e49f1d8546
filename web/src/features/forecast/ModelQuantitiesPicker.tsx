// "Take quantities from a site's building model": one of the indexed models of the sharing companies' sites fills
// window replacement (IfcWindow count) and, when every external wall has a side area, external wall insulation (m²).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

export interface BuildingModelQuantities {
  modelId: string;
  siteName: string;
  companyName: string;
  fileName: string;
  version: number;
  windows: number;
  externalWalls: number;
  externalWallArea?: number | null;
  externalWallAreaEstimated?: boolean;
}

/** What a model gives the form: quantities to fill, and what the form says of the wall area (none, or estimated). */
export function quantitiesFromModel(model: BuildingModelQuantities): { quantities: Record<string, string>; areaNote: 'missing' | 'estimated' | null } {
  const quantities: Record<string, string> = { windowReplacement: String(model.windows) };
  const area = model.externalWallArea;
  if (area != null) quantities.externalWallInsulation = String(area);
  return { quantities, areaNote: area == null ? 'missing' : model.externalWallAreaEstimated ? 'estimated' : null };
}

export function ModelQuantitiesPicker({ models, onTake }: { models: BuildingModelQuantities[]; onTake: (model: BuildingModelQuantities) => void }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [modelId, setModelId] = useState(models[0]?.modelId ?? '');
  const chosen = models.find((m) => m.modelId === modelId);
  if (models.length === 0) return <p className="forecast-model__empty">{t('forecast.models.empty')}</p>;
  return (
    <div className="forecast-model">
      <div className="text-field">
        <label className="text-field__label" htmlFor={selectId}>
          {t('forecast.models.model')}
        </label>
        <select id={selectId} className="text-field__input forecast-select" value={modelId} onChange={(e) => setModelId(e.target.value)}>
          {models.map((m) => (
            <option key={m.modelId} value={m.modelId}>
              {t('forecast.models.option', { company: m.companyName, site: m.siteName, file: m.fileName, version: m.version })}
            </option>
          ))}
        </select>
      </div>
      <Button type="button" variant="secondary" disabled={!chosen} onClick={() => chosen && onTake(chosen)}>
        {t('forecast.models.take')}
      </Button>
    </div>
  );
}
