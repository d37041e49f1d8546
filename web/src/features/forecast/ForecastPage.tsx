// Route /forecast (planners and the network's admin): a territory's planned works, the ratios, the declared headcount,
// and the forecast under low / central / high uptake with its charts, tables, downloads and training plan.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TerritoriesQuery } from '../network';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { BackLink } from '../../ui/BackLink';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import { HeadcountSection } from './HeadcountSection';
import { ProjectsSection } from './ProjectsSection';
import { RatiosSection } from './RatiosSection';
import { ScenarioSection } from './ScenarioSection';
import { ForecastInputsQuery } from './forecast.queries';
import './forecast.css';

export function ForecastPage() {
  const { t } = useTranslation();
  const territories = useGraphQLQuery(TerritoriesQuery, {});
  const [chosen, setChosen] = useState<string | null>(null);
  const selectId = useId();
  return (
    <div className="forecast-page">
      <BackLink to="/">{t('forecast.back')}</BackLink>
      <h1>{t('forecast.title')}</h1>
      <p>{t('forecast.lead')}</p>
      <QueryStates query={territories}>
        {({ territories: list }) => {
          const territoryId = chosen ?? list[0]?.id;
          if (!territoryId) return <EmptyState title={t('forecast.noTerritory')} />;
          return (
            <>
              {list.length > 1 && (
                <div className="text-field">
                  <label className="text-field__label" htmlFor={selectId}>
                    {t('forecast.territory')}
                  </label>
                  <select id={selectId} className="text-field__input forecast-select" value={territoryId} onChange={(e) => setChosen(e.target.value)}>
                    {list.map((territory) => (
                      <option key={territory.id} value={territory.id}>
                        {territory.name}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <TerritoryForecast key={territoryId} territoryId={territoryId} />
            </>
          );
        }}
      </QueryStates>
    </div>
  );
}

function TerritoryForecast({ territoryId }: { territoryId: string }) {
  const inputs = useGraphQLQuery(ForecastInputsQuery, { territoryId });
  // Each change of the inputs asks the forecast again.
  const [version, setVersion] = useState(0);
  const changed = () => {
    inputs.retry();
    setVersion((v) => v + 1);
  };
  return (
    <QueryStates query={inputs}>
      {(data) => (
        <>
          <ScenarioSection territoryId={territoryId} saved={data.forecastScenarios} version={version} onSaved={changed} />
          <ProjectsSection territoryId={territoryId} projects={data.forecastProjects} onChanged={changed} />
          <RatiosSection onChanged={changed} />
          <HeadcountSection territoryId={territoryId} headcounts={data.forecastHeadcounts} onChanged={changed} />
        </>
      )}
    </QueryStates>
  );
}
