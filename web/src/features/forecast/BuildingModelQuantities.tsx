// The form's section that reads the building models a planner may take quantities from, with loading and error states.
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { QueryStates } from '../../ui/QueryStates';
import { ForecastBuildingModelsQuery } from './forecast.queries';
import { ModelQuantitiesPicker, type BuildingModelQuantities } from './ModelQuantitiesPicker';

export function BuildingModelQuantities({ onTake }: { onTake: (model: BuildingModelQuantities) => void }) {
  const { t } = useTranslation();
  const models = useGraphQLQuery(ForecastBuildingModelsQuery, {});
  return (
    <fieldset className="forecast-fieldset">
      <legend>{t('forecast.models.title')}</legend>
      <QueryStates query={models}>{(data) => <ModelQuantitiesPicker models={data.forecastBuildingModels} onTake={onTake} />}</QueryStates>
    </fieldset>
  );
}
