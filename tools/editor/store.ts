/**
 * The local backend of the editor: the actions of Decap CMS's proxy backend (the protocol of
 * `decap-server`), on the files of one folder, with our checks before every save.
 *
 * Saving writes the file, runs the content check (tools/content-check) and the easy-read linter
 * (tools/lint) on it, and puts the old file back when either finds an error: the editor then shows
 * the same German summary the build ends with (tools/content-check/summary.ts), and nothing invalid
 * stays on disk.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { checkContent, splitFrontMatter } from '../content-check/check.ts';
import { formatSummary } from '../content-check/summary.ts';
import { createContext, lintSource, type LintContext } from '../lint/lint.ts';
import { summaryItem } from '../lint/report.ts';

interface DataFile {
  path: string;
  raw: string;
}

/** What a save that the checks refused says; the editor shows `error` to the editor. */
export class RefusedSave extends Error {}

/** The file as the site reads it: empty optional fields left out, YAML written one way. */
export function normalise(filePath: string, raw: string): string {
  if (/\.ya?ml$/.test(filePath)) return stringifyYaml(withoutEmpty(parseYaml(raw)));
  const parts = splitFrontMatter(raw);
  if (!parts) return raw;
  const data = withoutEmpty(parseYaml(parts.frontMatter) as unknown);
  const body = parts.body.replace(/^\n+/, '');
  return `---\n${stringifyYaml(data)}---\n${body.endsWith('\n') || body === '' ? body : `${body}\n`}`;
}

/** Removes what a form leaves in an empty field: '', null and objects with nothing in them. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((item) => item !== undefined);
  if (value instanceof Date) return value;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  if (value === '' || value === null) return undefined;
  return value;
}

export class ContentStore {
  private lintContext: Promise<LintContext> | undefined;

  /** The folder that holds `content/` (a copy of the repository, or the repository itself). */
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  private resolve(relative: string): string {
    const full = path.resolve(this.root, relative);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new RefusedSave(`Dieser Pfad liegt nicht im Projekt: ${relative}`);
    return full;
  }

  private async entry(relative: string) {
    try {
      const content = await readFile(this.resolve(relative));
      return { data: content.toString('utf8'), file: { path: relative, id: createHash('sha256').update(content).digest('hex') } };
    } catch {
      return { data: null, file: { path: relative, id: null } };
    }
  }

  async entriesByFolder(folder: string, extension: string, depth: number) {
    let names: string[];
    try {
      names = await readdir(this.resolve(folder), { recursive: true });
    } catch {
      return [];
    }
    const files = names
      .filter((name) => name.endsWith(`.${extension}`) && name.split(path.sep).length <= depth)
      .sort()
      .map((name) => `${folder}/${name.split(path.sep).join('/')}`);
    return Promise.all(files.map((file) => this.entry(file)));
  }

  /** The easy-read findings for one file's text, as the linter gives them. */
  async lint(relative: string, raw: string) {
    this.lintContext ??= createContext(this.root);
    return lintSource(relative, raw, await this.lintContext).findings;
  }

  /** Writes the files, checks them, and puts the old ones back when a check finds an error. */
  async persist(dataFiles: DataFile[]) {
    const before = await Promise.all(dataFiles.map(async (file) => ({ file, old: (await this.entry(file.path)).data })));
    for (const { file } of before) {
      const full = this.resolve(file.path);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, normalise(file.path, file.raw));
    }
    const problems = await this.problems(dataFiles.map((file) => file.path));
    if (problems) {
      for (const { file, old } of before) {
        if (old === null) await rm(this.resolve(file.path));
        else await writeFile(this.resolve(file.path), old);
      }
      throw new RefusedSave(problems);
    }
    return { message: 'entry persisted' };
  }

  /**
   * The summary of the content check's and the linter's errors in these files, as the build gives it, or ''
   * when there is none. Easy-read warnings never stop a save, as they never stop a build.
   */
  async problems(files: string[]): Promise<string> {
    const content = (await checkContent(this.root, path.join(this.root, 'content'))).filter((finding) => files.includes(finding.file));
    // A file the content check cannot read, the linter cannot read either: its English parser message adds nothing.
    const unreadable = new Set(content.map((finding) => finding.file));
    const lintErrors = [];
    for (const file of files) {
      const source = await readFile(this.resolve(file), 'utf8');
      for (const finding of await this.lint(file, source)) {
        if (finding.severity === 'error' && !(finding.ruleId === 'datei' && unreadable.has(file))) lintErrors.push(summaryItem(finding));
      }
    }
    return formatSummary('Nicht gespeichert', [...content, ...lintErrors]);
  }

  /** One request of Decap CMS's proxy backend. */
  async handle(action: string, params: Record<string, unknown>): Promise<unknown> {
    switch (action) {
      case 'info':
        return { repo: path.basename(this.root), publish_modes: ['simple'], type: 'local_fs' };
      case 'entriesByFolder':
        return this.entriesByFolder(String(params['folder']), String(params['extension']), Number(params['depth']));
      case 'entriesByFiles':
        return Promise.all((params['files'] as { path: string }[]).map((file) => this.entry(file.path)));
      case 'getEntry':
        return this.entry(String(params['path']));
      case 'persistEntry':
        return this.persist(params['dataFiles'] as DataFile[]);
      case 'getMedia':
        return [];
      case 'getDeployPreview':
        return null;
      default:
        throw new RefusedSave(`Das kann der Editor nicht: ${action}`);
    }
  }
}
