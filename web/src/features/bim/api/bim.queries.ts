// Documents of the building-model screens: a site's model versions, what changed, recommendations, elements.
import { graphql } from '../../../graphql/generated';

export const SiteModelsQuery = graphql(`
  query SiteModels($siteId: ID!) {
    siteModels(siteId: $siteId) {
      id
      version
      fileName
      sizeBytes
      schema
      status
      progress
      errorMessage
      createdAt
      geometry {
        url
      }
      summary {
        elements
        byClass {
          ifcClass
          count
        }
        storeys {
          name
          elevation
          elements
        }
      }
    }
  }
`);

export const ModelChangesQuery = graphql(`
  query ModelChanges($modelId: ID!) {
    modelChanges(modelId: $modelId) {
      addedCount
      removedCount
      previousVersion
    }
  }
`);

export const SiteRecommendationsQuery = graphql(`
  query SiteRecommendations($siteId: ID!, $lang: String) {
    siteRecommendations(siteId: $siteId, lang: $lang) {
      moduleRef
      topic
      modelId
      title
      summary
      elementCount
      globalIds
      storeys {
        name
        count
      }
    }
  }
`);

export const RecommendedElementsQuery = graphql(`
  query RecommendedElements($modelId: ID!, $filter: ElementFilterInput) {
    modelElements(modelId: $modelId, filter: $filter) {
      total
      items {
        globalId
        ifcClass
        predefinedType
        name
        storey
        materials
        properties {
          name
          value
        }
      }
    }
  }
`);

export const RetryModelParseMutation = graphql(`
  mutation RetryModelParse($modelId: ID!) {
    retryModelParse(modelId: $modelId) {
      id
      status
      progress
    }
  }
`);

export const CurrentSiteModelQuery = graphql(`
  query CurrentSiteModel($siteId: ID) {
    currentSiteModel(siteId: $siteId) {
      id
      siteId
      version
      fileName
      geometry {
        url
        bytes
      }
    }
  }
`);

export const BimSitesQuery = graphql(`
  query BimSites {
    sites {
      id
      name
    }
  }
`);
