// GraphQL documents of the framework editor (admins): the active framework in full, the edits, the record of edits.
import { graphql } from '../../../graphql/generated';

export const FrameworkCatalogueQuery = graphql(`
  query FrameworkCatalogue {
    frameworkCatalogue {
      id
      code
      version
      ulos {
        code
        title
        titleFr
        topic
        eqfLevel
        credits
        esco
        knowledge
        skills
        autonomy
      }
      schemes {
        code
        title
        titleFr
        units {
          code
          title
          titleFr
        }
        qualifications {
          scheme
          code
          title
          titleFr
          units
          nOf
          practicalValidation
          validityMonths
        }
      }
    }
  }
`);

export const SaveReferenceUloMutation = graphql(`
  mutation SaveReferenceUlo($input: ReferenceUloInput!, $create: Boolean!) {
    saveReferenceUlo(input: $input, create: $create) {
      code
    }
  }
`);

export const UpdateSchemeQualificationMutation = graphql(`
  mutation UpdateSchemeQualification($schemeCode: String!, $code: String!, $input: SchemeQualificationInput!) {
    updateSchemeQualification(schemeCode: $schemeCode, code: $code, input: $input) {
      scheme
      code
    }
  }
`);

export const SaveUloMappingMutation = graphql(`
  mutation SaveUloMapping($schemeCode: String!, $schemeUnit: String!, $ulo: String!, $coverage: String!, $note: String!, $noteFr: String) {
    saveUloMapping(schemeCode: $schemeCode, schemeUnit: $schemeUnit, ulo: $ulo, coverage: $coverage, note: $note, noteFr: $noteFr) {
      id
      approved
    }
  }
`);

export const RemoveUloMappingMutation = graphql(`
  mutation RemoveUloMapping($id: ID!) {
    removeUloMapping(id: $id)
  }
`);

export const FrameworkChangesQuery = graphql(`
  query FrameworkChanges($limit: Int!) {
    frameworkChanges(limit: $limit) {
      id
      kind
      code
      action
      fields
      changedAt
      changedBy
    }
  }
`);
