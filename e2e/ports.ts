/** Ports of the two preview servers the e2e tests use (FD_E2E_PORT moves both). */
export const PORT = Number(process.env['FD_E2E_PORT'] ?? 4322);
/** The fixture build (dist-fixtures/, with e2e-only banks) is served on the next port. */
export const FIXTURES_PORT = PORT + 1;
export const FIXTURES_URL = `http://localhost:${FIXTURES_PORT}`;
