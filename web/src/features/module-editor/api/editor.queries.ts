// GraphQL documents of the module editor: load a module, save its draft, publish it.
import { graphql } from '../../../graphql/generated';

export const EditorModuleFields = graphql(`
  fragment EditorModule on LearningModule {
    id
    slug
    draft {
      id
      version
      content
      updatedAt
    }
    latestPublished {
      id
      version
      content
    }
    publishedVersions {
      id
      version
      publishedAt
    }
  }
`);

export const EditorModuleQuery = graphql(`
  query EditorModule($id: ID!) {
    module(id: $id) {
      ...EditorModule
    }
  }
`);

export const CreateModuleMutation = graphql(`
  mutation CreateModule($input: CreateModuleInput!) {
    createModule(input: $input) {
      ...EditorModule
    }
  }
`);

export const UpdateModuleDraftMutation = graphql(`
  mutation UpdateModuleDraft($input: UpdateModuleDraftInput!) {
    updateModuleDraft(input: $input) {
      ...EditorModule
    }
  }
`);

export const PublishModuleMutation = graphql(`
  mutation PublishModule($id: ID!) {
    publishModule(id: $id) {
      ...EditorModule
    }
  }
`);
