// Documents of the planner's forecast screens: projects, ratios, headcounts, scenario sets and the forecast itself.
import { graphql } from '../../graphql/generated';

export const ForecastInputsQuery = graphql(`
  query ForecastInputs($territoryId: ID!) {
    forecastProjects(territoryId: $territoryId) {
      id
      name
      years
      buildingType
      dwellings
      floorArea
      packages {
        workPackage
        quantity
      }
      source
    }
    forecastHeadcounts(territoryId: $territoryId) {
      id
      label
      ulo
      workers
    }
    forecastScenarios(territoryId: $territoryId) {
      id
      name
      low
      central
      high
      productiveHours
    }
  }
`);

export const ForecastRatiosQuery = graphql(`
  query ForecastRatios {
    forecastRatios {
      workPackage
      unit
      hoursPerUnit {
        trade
        hours
      }
      ulos
      demoValue
      source
    }
    forecastUlos {
      code
      title
    }
  }
`);

export const ForecastQuery = graphql(`
  query Forecast($territoryId: ID!, $low: Float!, $central: Float!, $high: Float!, $productiveHours: Int!) {
    forecast(territoryId: $territoryId, low: $low, central: $central, high: $high, productiveHours: $productiveHours) {
      territoryName
      sharingCompanies
      scenarios {
        kind
        multiplier
        totalHours
        peakWorkers
        peopleToTrain
      }
      years {
        scenario
        year
        hours
        workers
        hoursByTrade {
          trade
          hours
        }
        ulos {
          ulo
          title
          needed
          held
          expiring
          gap
        }
        qualifications {
          code
          title
          gap
        }
      }
      plan {
        modules {
          moduleId
          title
          ulos
          learners
          hours
        }
        hours
        uncovered
      }
    }
  }
`);

export const CreateForecastProjectMutation = graphql(`
  mutation CreateForecastProject($input: ForecastProjectInput!) {
    createForecastProject(input: $input) {
      id
    }
  }
`);

export const DeleteForecastProjectMutation = graphql(`
  mutation DeleteForecastProject($id: ID!) {
    deleteForecastProject(id: $id)
  }
`);

export const ImportForecastProjectsMutation = graphql(`
  mutation ImportForecastProjects($territoryId: ID!, $csv: String!) {
    importForecastProjects(territoryId: $territoryId, csv: $csv) {
      created
      errors {
        line
        field
        problem
      }
    }
  }
`);

export const SaveForecastRatioMutation = graphql(`
  mutation SaveForecastRatio($input: ForecastRatioInput!) {
    saveForecastRatio(input: $input) {
      workPackage
    }
  }
`);

export const AddForecastHeadcountMutation = graphql(`
  mutation AddForecastHeadcount($input: ForecastHeadcountInput!) {
    addForecastHeadcount(input: $input) {
      id
    }
  }
`);

export const DeleteForecastHeadcountMutation = graphql(`
  mutation DeleteForecastHeadcount($id: ID!) {
    deleteForecastHeadcount(id: $id)
  }
`);

export const SaveForecastScenarioMutation = graphql(`
  mutation SaveForecastScenario($input: ScenarioSetInput!) {
    saveForecastScenario(input: $input) {
      id
    }
  }
`);

export const ForecastBuildingModelsQuery = graphql(`
  query ForecastBuildingModels {
    forecastBuildingModels {
      modelId
      siteName
      companyName
      fileName
      version
      windows
      externalWalls
      externalWallArea
      externalWallAreaEstimated
    }
  }
`);
