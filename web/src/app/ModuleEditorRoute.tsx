// Puts the worker's player inside the editor's preview, and the site's model in the BIM step's form: the app composes
// the features, which never import each other.
import type { BimBinding, BimStep, ModuleContent } from '@fit/shared';
import { useCallback } from 'react';
import { BimStepModel } from '../features/bim/components/BimStepModel';
import { BimPreviewContext } from '../features/module-editor/bimPreview';
import { ModuleEditorPage } from '../features/module-editor/components/ModuleEditorPage';
import { ModulePlayer } from '../features/module-player/components/ModulePlayer';

export function ModuleEditorRoute() {
  const renderBimStep = useCallback(
    (step: BimStep, title: string | undefined) => <BimStepModel bindings={step.bindings} siteMode="choose" title={title} />,
    [],
  );
  const renderMatches = useCallback((bindings: readonly BimBinding[]) => <BimStepModel bindings={bindings} siteMode="choose" />, []);
  // A fresh key per language restarts the preview, as a worker with that profile language would see it.
  return (
    <BimPreviewContext.Provider value={renderMatches}>
      <ModuleEditorPage
        renderPreview={(content: ModuleContent, lang: string) => (
          <ModulePlayer key={lang} content={content} lang={lang} titleLevel="h2" renderBimStep={renderBimStep} />
        )}
      />
    </BimPreviewContext.Provider>
  );
}
