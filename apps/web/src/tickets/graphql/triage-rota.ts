import { graphql } from '../../gql';

export const TriageRotaQuery = graphql(`
  query TriageRota($weeks: Int!) {
    triageDuty {
      weekStart
      user {
        id
        name
      }
    }
    triageRota(weeks: $weeks) {
      weekStart
      user {
        id
        name
      }
    }
  }
`);

export const SetTriageRotaMutation = graphql(`
  mutation SetTriageRota($input: SetTriageRotaInput!) {
    setTriageRota(input: $input) {
      weekStart
      user {
        id
        name
      }
    }
  }
`);

export const ClearTriageRotaMutation = graphql(`
  mutation ClearTriageRota($weekStart: String!) {
    clearTriageRota(weekStart: $weekStart)
  }
`);
