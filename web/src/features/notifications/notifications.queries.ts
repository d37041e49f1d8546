// Documents of the notifications inbox and the header bell.
import { graphql } from '../../graphql/generated';

export const MyNotificationsQuery = graphql(`
  query MyNotifications {
    myNotifications {
      id
      kind
      message
      createdAt
      readAt
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);
