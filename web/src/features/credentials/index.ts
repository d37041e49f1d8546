// Credentials' public surface: the passport's section to download, share and revoke a worker's Open Badges.
export { CredentialsSection } from './CredentialsSection';
