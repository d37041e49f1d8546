// Documents of the BCF screens: a site's items to review on site, and closing one.
import { graphql } from '../../graphql/generated';

export const SiteReviewItemsQuery = graphql(`
  query SiteReviewItems($siteId: ID!) {
    siteReviewItems(siteId: $siteId) {
      id
      title
      description
      topicAuthor
      labels
      status
      elements {
        globalId
        ifcClass
        name
        storey
      }
    }
  }
`);

export const ResolveSiteReviewItemMutation = graphql(`
  mutation ResolveSiteReviewItem($id: ID!, $note: String) {
    resolveSiteReviewItem(id: $id, note: $note) {
      id
      status
    }
  }
`);
