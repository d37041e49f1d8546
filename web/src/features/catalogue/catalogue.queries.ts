// GraphQL documents of the module catalogue: the filtered list with each module's versions.
import { graphql } from '../../graphql/generated';

export const CatalogueQuery = graphql(`
  query Catalogue($filter: ModuleFilterInput, $lang: String) {
    modules(filter: $filter) {
      id
      slug
      draft {
        id
        version
        title(lang: $lang) {
          text
          lang
          fellBack
        }
      }
      latestPublished {
        id
        version
        content
        title(lang: $lang) {
          text
          lang
          fellBack
        }
      }
      publishedVersions {
        id
        version
        publishedAt
      }
    }
  }
`);
