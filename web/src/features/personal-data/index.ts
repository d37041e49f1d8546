// Personal data's public surface: the passport's section (download, ask for erasure) and the staff page.
export { PersonalDataSection } from './PersonalDataSection';
export { PersonalDataPage } from './PersonalDataPage';
