import { Select } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { MyClientsQuery } from './graphql/clients';
import { rememberClient } from './last-client';

const CREATE = '__create__';

/** Switches between the organisations the user belongs to (and offers to create one). */
export function ClientSwitcher({ currentSlug }: { currentSlug: string | undefined }) {
  const [{ data }] = useQuery({ query: MyClientsQuery });
  const navigate = useNavigate();
  const clients = data?.myClients ?? [];
  const options = [
    ...clients.map((c) => ({ value: c.slug, label: c.name })),
    { value: CREATE, label: '+ New organisation' },
  ];
  return (
    <Select
      aria-label="Organisation"
      placeholder="Choose an organisation"
      data={options}
      value={currentSlug ?? null}
      allowDeselect={false}
      w={{ base: 170, sm: 240 }}
      comboboxProps={{ withinPortal: true }}
      onChange={(slug) => {
        if (!slug) return;
        if (slug === CREATE) return navigate('/organisations/new');
        rememberClient(slug);
        navigate(`/c/${slug}`);
      }}
    />
  );
}
