// Documents of element labels: the modules bound to elements of a site's current model.
import { graphql } from '../../graphql/generated';

export const LabelModulesQuery = graphql(`
  query LabelModules($siteId: ID!) {
    labelModules(siteId: $siteId) {
      moduleId
      title
      elementCount
      ifcClasses
      storeys
    }
  }
`);
