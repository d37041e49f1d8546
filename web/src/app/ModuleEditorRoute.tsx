// Puts the worker's player inside the editor's preview, and the site's model in the BIM step's form: the app composes
// the features, which never import each other.
import type { BimBinding, BimStep, ModuleContent } from '@fit/shared';
import { useCallback } from 'react';
import { BimStepModel } from '../features/bim/BimStepModel';
import { BimPreviewContext } from '../features/module-editor/bimPreview';
import { ModuleEditorPage } from '../features/module-editor/ModuleEditorPage';
import { ModulePlayer } from '../features/module-player/ModulePlayer';
import { useSessionState } from './session';

export function ModuleEditorRoute() {
  const userId = useSessionState().session?.user.id ?? 'anonymous';
  const renderBimStep = useCallback(
    (step: BimStep, title: string | undefined) => <BimStepModel bindings={step.bindings} userId={userId} siteMode="choose" title={title} />,
    [userId],
  );
  const renderMatches = useCallback(
    (bindings: readonly BimBinding[]) => <BimStepModel bindings={bindings} userId={userId} siteMode="choose" />,
    [userId],
  );
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
