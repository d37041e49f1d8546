// GraphQL documents of qualifications: passport inputs (computed on the device), the team matrix, the framework admin.
// The matrix asks for the compact `rows` (one per worker, cells in the order of `qualifications`): bench/benchmarks/
// matrix.mjs times this very document, so keep its fields to what the screen shows. The ULO view's cells (one per
// worker and ULO, the heaviest part) come only when that view is on.
import { graphql } from '../../../graphql/generated';

export const PassportInputsQuery = graphql(`
  query PassportInputs($workerId: ID) {
    passportInputs(workerId: $workerId) {
      workerId
      displayName
      today
      catalogue
      evidence {
        ulo
        moduleId
        completedAt
        passedAt
        validatedAt
        validationRequired
        freshUntil
      }
      modules {
        moduleId
        versionId
        title
        outcomes
        startable
      }
      awards {
        id
        scheme
        qualification
        awardedAt
        expiresAt
        expired
        revoked
        onHoldReason
        evidenceChain {
          moduleId
          moduleTitle
          moduleVersion
          attempts
          passedAt
          completedAt
          validatedAt
          validatedBy
          where
        }
      }
    }
  }
`);

export const TeamMatrixQuery = graphql(`
  query TeamMatrix($siteId: ID, $teamId: ID, $schemeCode: String, $withUlos: Boolean!) {
    teamMatrix(siteId: $siteId, teamId: $teamId, schemeCode: $schemeCode) {
      workers {
        id
        displayName
      }
      qualifications {
        code
        scheme
        title
        titleFr
      }
      rows {
        workerId
        statuses
        percents
        expiresAt
      }
      ulos @include(if: $withUlos) {
        code
        title
        titleFr
      }
      uloEntries @include(if: $withUlos) {
        workerId
        ulo
        state
        expiresAt
      }
    }
  }
`);

export const MatrixFiltersQuery = graphql(`
  query MatrixFilters {
    sites {
      id
      name
    }
    teams {
      id
      name
    }
  }
`);

export const TeamMatrixCsvQuery = graphql(`
  query TeamMatrixCsv($siteId: ID, $teamId: ID, $schemeCode: String) {
    teamMatrixCsv(siteId: $siteId, teamId: $teamId, schemeCode: $schemeCode)
  }
`);

export const UloMappingsQuery = graphql(`
  query UloMappings {
    uloMappings {
      id
      scheme
      schemeUnit
      ulo
      coverage
      note
      noteFr
      approved
    }
  }
`);

export const ApproveMappingMutation = graphql(`
  mutation ApproveUloMapping($id: ID!) {
    approveUloMapping(id: $id) {
      id
      approved
    }
  }
`);

export const FrameworkImportFieldsFragment = graphql(`
  fragment FrameworkImportFields on FrameworkImport {
    id
    code
    version
    ulos
    schemes
    qualifications
    mappings
    tasks
  }
`);

export const ImportFrameworkMutation = graphql(`
  mutation ImportFramework($json: String!) {
    importFramework(json: $json) {
      ...FrameworkImportFields
    }
  }
`);

export const ImportFrameworkCsvMutation = graphql(`
  mutation ImportFrameworkCsv($csv: String!) {
    importFrameworkCsv(csv: $csv) {
      ...FrameworkImportFields
    }
  }
`);

export const ExportFrameworkCsvQuery = graphql(`
  query ExportFrameworkCsv {
    exportFrameworkCsv
  }
`);

export const BilateralAgreementsQuery = graphql(`
  query BilateralAgreements {
    bilateralAgreements {
      id
      fromScheme
      held
      toScheme
      recognised
      note
      noteFr
      approved
    }
  }
`);

export const ApproveAgreementMutation = graphql(`
  mutation ApproveBilateralAgreement($id: ID!) {
    approveBilateralAgreement(id: $id) {
      id
      approved
    }
  }
`);

export const ExportFrameworkQuery = graphql(`
  query ExportFramework {
    exportFramework
  }
`);

export const FrameworkTasksQuery = graphql(`
  query FrameworkTasks {
    frameworkTasks {
      code
      title
      titleFr
      phase
      professions {
        name
        nameFr
      }
      ulos
    }
  }
`);
