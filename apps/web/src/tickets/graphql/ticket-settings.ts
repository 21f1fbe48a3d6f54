import { graphql } from '../../gql';

export const TicketSettingsQuery = graphql(`
  query TicketSettings {
    ticketSettings {
      workingGroups {
        id
        slug
        name
      }
      sla {
        priority
        firstResponseMinutes
        resolutionMinutes
      }
      autoCloseDays
    }
  }
`);
