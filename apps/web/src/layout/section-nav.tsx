import { NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';

export type Section = { to: string; label: string; exact?: boolean };

/** Side navigation links; the current one is highlighted and marked `aria-current="page"`. */
export function SectionNav({ sections, onNavigate }: { sections: Section[]; onNavigate?: () => void }) {
  const { pathname } = useLocation();
  return (
    <>
      {sections.map((s) => {
        const active = s.exact ? pathname === s.to : pathname === s.to || pathname.startsWith(`${s.to}/`);
        return (
          <NavLink key={s.to} component={Link} to={s.to} label={s.label} active={active} aria-current={active ? 'page' : undefined} onClick={onNavigate} />
        );
      })}
    </>
  );
}
