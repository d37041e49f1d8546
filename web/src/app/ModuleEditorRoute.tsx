// Puts the worker's player inside the editor's preview: the app composes the two features, which never import each other.
import type { ModuleContent } from '@fit/shared';
import { ModuleEditorPage } from '../features/module-editor/ModuleEditorPage';
import { ModulePlayer } from '../features/module-player/ModulePlayer';

export function ModuleEditorRoute() {
  // A fresh key per language restarts the preview, as a worker with that profile language would see it.
  return (
    <ModuleEditorPage
      renderPreview={(content: ModuleContent, lang: string) => <ModulePlayer key={lang} content={content} lang={lang} titleLevel="h2" />}
    />
  );
}
