// Loads a module for editing and saves or publishes its draft; a new module is created on its first save.
import type { ModuleContent } from '@fit/shared';
import { useEffect, useState } from 'react';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import type { EditorModuleFragment } from '../../../graphql/generated/graphql';
import { CreateModuleMutation, EditorModuleQuery, PublishModuleMutation, UpdateModuleDraftMutation } from '../api/editor.queries';
import { emptyContent } from '../editorModel';

export type DraftStatus = 'loading' | 'ready' | 'load-failed';

export function useModuleDraft(moduleId: string | undefined) {
  const client = useGraphQLClient();
  const [module, setModule] = useState<EditorModuleFragment>();
  const [content, setContent] = useState<ModuleContent>(emptyContent);
  const [status, setStatus] = useState<DraftStatus>(moduleId ? 'loading' : 'ready');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!moduleId || module?.id === moduleId) return;
    const controller = new AbortController();
    client.request(EditorModuleQuery, { id: moduleId }, controller.signal).then(
      (data) => {
        setModule(data.module);
        // After a publish there is no draft: editing starts from the newest published version.
        setContent((data.module.draft?.content ?? data.module.latestPublished?.content ?? emptyContent()) as ModuleContent);
        setStatus('ready');
      },
      () => !controller.signal.aborted && setStatus('load-failed'),
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only when the module or the attempt changes
  }, [client, moduleId, attempt]);

  // `edited` is the content to store when the caller just changed it (React state is only read at the next render).
  const save = async (edited: ModuleContent = content): Promise<EditorModuleFragment> => {
    const saved = module
      ? (await client.request(UpdateModuleDraftMutation, { input: { moduleId: module.id, content: edited } })).updateModuleDraft
      : (await client.request(CreateModuleMutation, { input: { content: edited } })).createModule;
    setModule(saved);
    return saved;
  };

  const publish = async (edited: ModuleContent = content): Promise<EditorModuleFragment> => {
    const saved = await save(edited);
    const published = (await client.request(PublishModuleMutation, { id: saved.id })).publishModule;
    setModule(published);
    return published;
  };

  return { module, content, setContent, status, save, publish, retry: () => setAttempt((n) => n + 1) };
}
