// The link back to where a page was opened from, above its title.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './BackLink.css';

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="back-link">
      <Link to={to}>{children}</Link>
    </p>
  );
}
