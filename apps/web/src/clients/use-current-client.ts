import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ClientQuery } from './graphql/clients';

/** The organisation named by the `:slug` in the URL. */
export function useCurrentClient() {
  const { slug } = useParams();
  const [result, refetch] = useQuery({ query: ClientQuery, variables: { slug: slug ?? '' }, pause: !slug });
  return { ...result, client: result.data?.client ?? null, refetch: () => refetch({ requestPolicy: 'network-only' }) };
}
