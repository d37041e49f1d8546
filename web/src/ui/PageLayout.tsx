// Page skeleton shared by every screen: skip link, header, optional banner, and the one main landmark.
import type { ReactNode } from 'react';
import './PageLayout.css';

export interface PageLayoutProps {
  header: ReactNode;
  banner?: ReactNode;
  skipLabel: string;
  children: ReactNode;
}

export function PageLayout({ header, banner, skipLabel, children }: PageLayoutProps) {
  return (
    <div className="page">
      <a className="page__skip" href="#main">
        {skipLabel}
      </a>
      {header}
      {banner}
      <main id="main" className="page__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
