// The top band of every screen: the FIT mark, who is signed in and for which organisation, and the actions.
import type { ReactNode } from 'react';
import './AppHeader.css';

export interface AppHeaderProps {
  brandLabel: string;
  /** Who is signed in; omitted on the login screen. */
  identity?: { name: string; organisation: string; role: string; label: string };
  actions?: ReactNode;
}

export function AppHeader({ brandLabel, identity, actions }: AppHeaderProps) {
  return (
    <header className={identity ? 'app-header app-header--signed-in' : 'app-header'}>
      <div className="app-header__inner">
        <div className="app-header__brand">
          <span className="app-header__mark" aria-hidden="true">
            FIT
          </span>
          <span className="app-header__brand-name">{brandLabel}</span>
        </div>
        {identity && (
          <div className="app-header__identity" aria-label={identity.label} role="group">
            <span className="app-header__name">{identity.name}</span>
            <span className="app-header__context">
              {identity.organisation} · {identity.role}
            </span>
          </div>
        )}
        {actions && <div className="app-header__actions">{actions}</div>}
      </div>
    </header>
  );
}
