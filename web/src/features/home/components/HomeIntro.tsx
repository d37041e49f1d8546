// The top of each home: a greeting, the page's one h1 and a sentence saying what the page is for.
import { useTranslation } from 'react-i18next';
import { firstName } from '../homeProps';
import './home.css';

export interface HomeIntroProps {
  displayName: string;
  title: string;
  intro: string;
}

export function HomeIntro({ displayName, title, intro }: HomeIntroProps) {
  const { t } = useTranslation();
  return (
    <div className="home-intro">
      <p className="home-intro__greeting">{t('home.greeting', { name: firstName(displayName) })}</p>
      <h1>{title}</h1>
      <p className="home-intro__text">{intro}</p>
    </div>
  );
}
