// The territory's planned works: each project with its years and quantities, deleted one by one; added with the form
// or imported from a CSV file.
import type { WorkPackage, BuildingType } from '@fit/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../graphql/useMutation';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ProjectForm } from './ProjectForm';
import { ProjectImport } from './ProjectImport';
import { DeleteForecastProjectMutation } from './forecast.queries';

interface Project {
  id: string;
  name: string;
  years: number[];
  buildingType: string;
  dwellings?: number | null;
  packages: { workPackage: string; quantity: number }[];
}

export function ProjectsSection({ territoryId, projects, onChanged }: { territoryId: string; projects: Project[]; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const remove = useMutation(DeleteForecastProjectMutation);
  const number = (x: number) => x.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  const years = (list: number[]) => (list.length > 1 && list.at(-1)! - list[0]! === list.length - 1 ? `${list[0]}–${list.at(-1)}` : list.join(', '));
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('forecast.projects.title')}</h2>
      {projects.length === 0 ? (
        <EmptyState title={t('forecast.projects.empty')} />
      ) : (
        <ul className="network-list">
          {projects.map((p) => (
            <li key={p.id} className="network-card forecast-project">
              <div>
                <h3>{p.name}</h3>
                <p>
                  {years(p.years)} · {t(`forecast.buildingTypes.${p.buildingType as BuildingType}`)}
                  {p.dwellings ? ` · ${t('forecast.projects.dwellingCount', { count: p.dwellings })}` : ''}
                </p>
                <p className="forecast-muted">
                  {p.packages.map((w) => `${t(`forecast.workPackages.${w.workPackage as WorkPackage}`)} ${number(w.quantity)} ${t(`forecast.units.${w.workPackage as WorkPackage}`)}`).join(' · ')}
                </p>
              </div>
              <Button variant="secondary" pending={remove.pending} aria-label={t('forecast.projects.deleteNamed', { name: p.name })} onClick={async () => (await remove.run({ id: p.id })) && onChanged()}>
                {t('forecast.projects.delete')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <ProjectForm
          territoryId={territoryId}
          onSaved={() => {
            setAdding(false);
            onChanged();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          {t('forecast.projects.add')}
        </Button>
      )}
      <ProjectImport territoryId={territoryId} onImported={onChanged} />
    </section>
  );
}
