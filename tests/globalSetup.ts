import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  createPgliteTemplate,
  createServerTemplate,
  dropServerDatabase,
  type TemplateKind,
} from './helpers/templates.js';

export interface TestTemplates {
  pglite: Record<TemplateKind, string>;
  /** Server template database names, when TEST_DATABASE_URL is set. */
  postgres: Record<TemplateKind, string> | null;
  adminUrl: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    templates: TestTemplates;
  }
}

/** Builds each database template once per run (opening PGlite + PostGIS costs ~10 s; copying a template ~1 s). */
export default async function setup(project: TestProject) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'solar-cadastre-test-'));
  const adminUrl = process.env.TEST_DATABASE_URL || null;
  const kinds: TemplateKind[] = ['empty', 'demo'];
  const tag = `${process.pid}_${Date.now().toString(36)}`;
  const templates: TestTemplates = {
    pglite: { empty: path.join(root, 'empty'), demo: path.join(root, 'demo') },
    postgres: adminUrl ? { empty: `sc_tpl_empty_${tag}`, demo: `sc_tpl_demo_${tag}` } : null,
    adminUrl,
  };
  const work: Promise<void>[] = kinds.map((k) => createPgliteTemplate(templates.pglite[k], k));
  if (adminUrl && templates.postgres) {
    for (const k of kinds) work.push(createServerTemplate(adminUrl, templates.postgres[k], k));
  }
  await Promise.all(work);
  project.provide('templates', templates);
  return async () => {
    fs.rmSync(root, { recursive: true, force: true });
    if (adminUrl && templates.postgres) {
      for (const k of kinds) await dropServerDatabase(adminUrl, templates.postgres[k]).catch(() => undefined);
    }
  };
}
