/**
 * The benchmark: `npm run bench` (all sizes) or `npm run bench -- --smoke`
 * (small sizes, few runs: for CI, so the benchmark cannot rot).
 *
 * Builds the bundles, generates applications of 10, 100, 1 000 and 5 000
 * activities (generate.ts), starts the built language server
 * (`node dist/server/main.js --stdio`) as a separate process and measures over
 * JSON-RPC, median of several runs:
 *
 *   start       spawn → `initialize` result
 *   open        `didOpen` → first diagnostics (a fresh server: its first parse)
 *   open warm   `didOpen` of a second document with the same text, same server
 *   keystroke   a one-character incremental `didChange` in the middle → the
 *               diagnostics for that version (sent after a pause, as typing)
 *   burst       20 one-character changes sent at once → the diagnostics of the
 *               last one, and how many publishes the burst caused
 *   completion, hover   requests at a position in the middle, each right after an edit
 *               (the first request on a new version, as while typing)
 *   overview    a keystroke → the `partnership/overview` answer (the webview page, as VS Code
 *               asks for it) for that version: what the overview waits for after its debounce
 *   memory      the server's RSS with the document open after the edits above, its peak so
 *               far (/proc/<pid>/status), and (last run) its RSS after idling --settle seconds
 *               more (V8 gives back unused memory after some seconds of idleness)
 *   CLI         `partnership-lint` on a folder of 200 typical files, files/s
 *
 * and the bare `yaml` parseDocument of the same text in the same run: "cold",
 * the first parse in a fresh Node process (as the server's first open is), and
 * "warm", the median of repeated parses in this process. Every figure is also
 * printed as a ratio to the bare parse (cold for start and open, warm for the
 * rest). Writes the figures as JSON to bench-results/.
 *
 * Options: --smoke, --sizes 10,100, --runs N, --keystrokes N, --settle SECONDS, --out FILE, --no-build,
 * --server FILE and --cli FILE (measure another build, such as an older commit's).
 */
import { execFileSync, spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { parseDocument } from 'yaml';
import { generateApplication } from './generate';

const ROOT = join(__dirname, '..', '..');
let SERVER = join(ROOT, 'dist', 'server', 'main.js');
let CLI = join(ROOT, 'bin', 'partnership-lint.js');

interface Options {
  readonly smoke: boolean;
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly keystrokes: number;
  readonly cliFiles: number;
  readonly settleSeconds: number;
  readonly out?: string;
  readonly build: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const smoke = argv.includes('--smoke');
  const sizes = value('--sizes')?.split(',').map(Number) ?? (smoke ? [10, 100] : [10, 100, 1000, 5000]);
  return {
    smoke,
    sizes,
    runs: Number(value('--runs') ?? (smoke ? 2 : 5)),
    keystrokes: Number(value('--keystrokes') ?? (smoke ? 4 : 15)),
    cliFiles: smoke ? 20 : 200,
    settleSeconds: Number(value('--settle') ?? (smoke ? 0 : 12)),
    out: value('--out'),
    build: !argv.includes('--no-build'),
  };
}

const median = (values: readonly number[]): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// --- positions ----------------------------------------------------------------

interface Position {
  readonly line: number;
  readonly character: number;
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** Where the measurements happen: the activity in the middle of the file. */
interface Spots {
  /** The end of its title's value: a character is typed there. */
  readonly keystroke: number;
  /** The end of its `type` value: completion. */
  readonly completion: number;
  /** Its `host` key: hover. */
  readonly hover: number;
}

function spotsOf(text: string, activities: number): Spots {
  const id = `  - id: A${Math.max(1, Math.floor(activities / 2))}\n`;
  const start = text.indexOf(id);
  if (start < 0) throw new Error(`no ${id.trim()} in the generated text`);
  const find = (needle: string) => {
    const at = text.indexOf(needle, start);
    if (at < 0) throw new Error(`no ${needle} after ${id.trim()}`);
    return at;
  };
  const titleKey = text.indexOf('\n    title', start);
  const titleLineEnd = text.indexOf('\n', titleKey + 1);
  const typeValue = find('    type: ') + '    type: '.length;
  return {
    keystroke: text.charCodeAt(titleLineEnd - 1) === 13 ? titleLineEnd - 1 : titleLineEnd,
    completion: text.indexOf('\n', typeValue),
    hover: find('    host: ') + 6,
  };
}

// --- the server over JSON-RPC -----------------------------------------------------

interface Published {
  readonly uri: string;
  readonly version?: number;
  readonly at: number;
  readonly count: number;
}

class Server {
  readonly published: Published[] = [];
  private readonly waiters: { match: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  capabilities: Record<string, unknown> = {};

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
      const published = { uri: params.uri, version: params.version, at: performance.now(), count: params.diagnostics.length };
      this.published.push(published);
      for (const waiter of [...this.waiters]) {
        if (waiter.match(published)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(published);
        }
      }
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
  }

  /** Spawns the server and initializes it; resolves with the server and the time from spawn to the `initialize` result. */
  static async start(): Promise<{ server: Server; ms: number }> {
    const t0 = performance.now();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    child.stdin.on('error', () => undefined);
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const server = new Server(child, connection);
    const result = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        workspace: { configuration: false },
      },
    })) as { capabilities: Record<string, unknown> };
    const ms = performance.now() - t0;
    server.capabilities = result.capabilities;
    await connection.sendNotification('initialized', {});
    return { server, ms };
  }

  diagnostics(uri: string, version: number, timeoutMs = 120_000): Promise<Published> {
    const match = (p: Published) => p.uri === uri && p.version === version;
    const known = this.published.find(match);
    if (known) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  open(uri: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'partnership-application', version: 1, text } });
  }

  change(uri: string, version: number, at: Position, remove: number, insert: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + remove } }, text: insert }],
    });
  }

  async timed(method: string, params: unknown): Promise<{ ms: number; result: unknown }> {
    const t0 = performance.now();
    const result = await this.connection.sendRequest(method, params);
    return { ms: performance.now() - t0, result };
  }

  /** The server's resident memory and its peak, in MB (Linux /proc). */
  memory(): { rss?: number; peak?: number } {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
      return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
    } catch {
      return {};
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.on('exit', () => resolve()));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const timer = setTimeout(() => this.child.kill(), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// --- one size ---------------------------------------------------------------------

interface SizeResult {
  activities: number;
  lines: number;
  kilobytes: number;
  diagnostics: number;
  bareParseColdMs: number;
  bareParseWarmMs: number;
  startMs: number;
  openMs: number;
  openWarmMs: number;
  keystrokeMs: number;
  keystrokeP90Ms: number;
  burstMs: number;
  burstPublishes: number;
  completionMs: number | null;
  hoverMs: number | null;
  /** Keystroke → `partnership/overview` answer, when the server has the request. */
  overviewMs: number | null;
  overviewP90Ms: number | null;
  rssMb: number | null;
  peakRssMb: number | null;
  /** The resident size after the server was left idle for a while (the last run), when measured. */
  settledRssMb: number | null;
  /** Every measurement, in milliseconds, for a closer look. */
  samples: Record<string, number[]>;
}

/** The custom requests a server names in `experimental.partnership.requests` (docs/language-server.md). */
function experimentalRequests(capabilities: { experimental?: unknown }): string[] {
  const requests = (capabilities.experimental as { partnership?: { requests?: unknown } } | undefined)?.partnership?.requests;
  return Array.isArray(requests) ? requests.filter((name): name is string => typeof name === 'string') : [];
}

/** The first parseDocument of the text in a fresh Node process, as the server's first open pays it. */
function coldParse(file: string): number {
  const script = `const { parseDocument } = require(${JSON.stringify(require.resolve('yaml'))});
const text = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
const t0 = performance.now(); parseDocument(text); process.stdout.write(String(performance.now() - t0));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return Number(result.stdout);
}

function warmParse(text: string, budgetMs: number): number {
  parseDocument(text);
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  while (times.length < 5 || (performance.now() < until && times.length < 31)) {
    const t0 = performance.now();
    parseDocument(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function measureSize(activities: number, options: Options, scratch: string): Promise<SizeResult> {
  const text = generateApplication({ activities, seed: 1 });
  const file = join(scratch, `bench-${activities}.partnership.yaml`);
  writeFileSync(file, text);
  const spots = spotsOf(text, activities);
  const cold: number[] = [];
  for (let i = 0; i < options.runs; i++) cold.push(coldParse(file));
  const warm = warmParse(text, options.smoke ? 500 : 4000);

  const starts: number[] = [];
  const opens: number[] = [];
  const warmOpens: number[] = [];
  const keystrokes: number[] = [];
  const bursts: number[] = [];
  const burstPublishes: number[] = [];
  const completions: number[] = [];
  const hovers: number[] = [];
  const overviews: number[] = [];
  let hasOverview = false;
  let memory: { rss?: number; peak?: number } = {};
  let settled: number | undefined;
  let diagnostics = 0;
  let announced = { completion: false, hover: false };
  for (let run = 0; run < options.runs; run++) {
    const { server, ms } = await Server.start();
    starts.push(ms);
    announced = { completion: server.capabilities.completionProvider !== undefined, hover: server.capabilities.hoverProvider !== undefined };
    const uri = `file:///bench/run${run}-${activities}.partnership.yaml`;
    let t0 = performance.now();
    await server.open(uri, text);
    const first = await server.diagnostics(uri, 1);
    opens.push(first.at - t0);
    diagnostics = first.count;

    // Keystrokes: type a character at the end of the middle activity's title, then delete it.
    const at = positionAt(text, spots.keystroke);
    let version = 1;
    for (let k = 0; k < options.keystrokes; k++) {
      await pause(60);
      version++;
      const typing = k % 2 === 0;
      t0 = performance.now();
      await server.change(uri, version, at, typing ? 0 : 1, typing ? 'x' : '');
      const published = await server.diagnostics(uri, version);
      keystrokes.push(published.at - t0);
    }
    if (version % 2 === 0) {
      await pause(60);
      version++;
      await server.change(uri, version, at, 1, '');
      await server.diagnostics(uri, version);
    }

    // A burst: 20 characters sent without pause; only the last version's diagnostics matter.
    await pause(100);
    const before = server.published.length;
    t0 = performance.now();
    for (let k = 0; k < 20; k++) {
      version++;
      void server.change(uri, version, { line: at.line, character: at.character + k }, 0, 'y');
    }
    const last = await server.diagnostics(uri, version);
    bursts.push(last.at - t0);
    await pause(300);
    burstPublishes.push(server.published.slice(before).filter((p) => p.uri === uri).length);
    await pause(60);
    version++;
    await server.change(uri, version, at, 20, '');
    await server.diagnostics(uri, version);

    // Completion and hover in the middle, when the server offers them: each right after an edit
    // (the first request on a new version, as when typing), the edit undone by the next one. The
    // edit stays within the title's line; the requested positions are on other lines.
    let typed = false;
    for (let k = 0; k < options.keystrokes && (announced.completion || announced.hover); k++) {
      for (const [method, spot, samples] of [
        ['textDocument/completion', spots.completion, completions],
        ['textDocument/hover', spots.hover, hovers],
      ] as const) {
        if (method === 'textDocument/completion' ? !announced.completion : !announced.hover) continue;
        await pause(30);
        version++;
        await server.change(uri, version, at, typed ? 1 : 0, typed ? '' : 'x');
        typed = !typed;
        await server.diagnostics(uri, version);
        samples.push((await server.timed(method, { textDocument: { uri }, position: positionAt(text, spot) })).ms);
      }
    }
    if (typed) {
      version++;
      await server.change(uri, version, at, 1, '');
      await server.diagnostics(uri, version);
    }

    // The overview: a keystroke, then at once the request the VS Code overview sends (its
    // debounce aside): the answer includes checking the new version and rendering the page.
    hasOverview = experimentalRequests(server.capabilities).includes('partnership/overview');
    for (let k = 0; k < options.keystrokes && hasOverview; k++) {
      await pause(30);
      version++;
      const typing = k % 2 === 0;
      t0 = performance.now();
      await server.change(uri, version, at, typing ? 0 : 1, typing ? 'x' : '');
      // What the VS Code overview asks for: the page only (no model).
      const answer = (await server.connection.sendRequest('partnership/overview', { textDocument: { uri }, overview: false })) as { version: number; html?: string };
      overviews.push(performance.now() - t0);
      if (answer.version !== version || !answer.html) throw new Error(`partnership/overview answered version ${answer.version}, not ${version}`);
    }
    if (overviews.length % 2 === 1) {
      version++;
      await server.change(uri, version, at, 1, '');
    }
    if (overviews.length > 0) await server.diagnostics(uri, version);

    // Memory with this one document open, after the editing above; and (last run) once V8 has
    // had time to give back what it no longer needs.
    await pause(200);
    memory = server.memory();
    if (run === options.runs - 1 && options.settleSeconds > 0) {
      await pause(options.settleSeconds * 1000);
      settled = server.memory().rss;
    }

    // A second document with the same text, in the now warm server.
    const second = `file:///bench/second${run}-${activities}.partnership.yaml`;
    await pause(50);
    t0 = performance.now();
    await server.open(second, text);
    warmOpens.push((await server.diagnostics(second, 1)).at - t0);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: second } });

    await server.stop();
  }
  const lines = text.split('\n').length - 1;
  return {
    activities,
    lines,
    kilobytes: Buffer.byteLength(text) / 1024,
    diagnostics,
    bareParseColdMs: median(cold),
    bareParseWarmMs: warm,
    startMs: median(starts),
    openMs: median(opens),
    openWarmMs: median(warmOpens),
    keystrokeMs: median(keystrokes),
    keystrokeP90Ms: [...keystrokes].sort((a, b) => a - b)[Math.floor(keystrokes.length * 0.9)] ?? NaN,
    burstMs: median(bursts),
    burstPublishes: median(burstPublishes),
    completionMs: announced.completion ? median(completions) : null,
    hoverMs: announced.hover ? median(hovers) : null,
    overviewMs: hasOverview ? median(overviews) : null,
    overviewP90Ms: hasOverview ? ([...overviews].sort((a, b) => a - b)[Math.floor(overviews.length * 0.9)] ?? NaN) : null,
    rssMb: memory.rss ?? null,
    peakRssMb: memory.peak ?? null,
    settledRssMb: settled ?? null,
    samples: { cold, starts, opens, warmOpens, keystrokes, bursts, burstPublishes, completions, hovers, overviews },
  };
}

// --- the CLI on a folder ----------------------------------------------------------

interface CliResult {
  files: number;
  seconds: number;
  filesPerSecond: number;
  bareParseWarmSeconds: number;
}

function measureCli(options: Options, scratch: string): CliResult {
  const folder = join(scratch, 'cli');
  mkdirSync(folder, { recursive: true });
  const texts: string[] = [];
  for (let i = 0; i < options.cliFiles; i++) {
    // Typical applications: 5 to 40 activities.
    const text = generateApplication({ activities: 5 + ((i * 7) % 36), seed: 100 + i });
    texts.push(text);
    writeFileSync(join(folder, `app-${i}.partnership.yaml`), text);
  }
  const times: number[] = [];
  for (let run = 0; run < Math.max(1, options.runs); run++) {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, [CLI, '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(performance.now() - t0);
    if (result.status !== 0 && result.status !== 1) throw new Error(`partnership-lint failed (${result.status}): ${result.stderr}`);
    const reports = JSON.parse(result.stdout) as unknown[];
    if (reports.length !== options.cliFiles) throw new Error(`partnership-lint reported ${reports.length} files, not ${options.cliFiles}`);
  }
  const parseTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    for (const text of texts) parseDocument(text);
    parseTimes.push(performance.now() - t0);
  }
  const seconds = median(times) / 1000;
  return { files: options.cliFiles, seconds, filesPerSecond: options.cliFiles / seconds, bareParseWarmSeconds: median(parseTimes) / 1000 };
}

// --- output -----------------------------------------------------------------------

function ms(value: number | null): string {
  if (value === null) return 'n/a (not announced)';
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

function ratio(value: number | null, base: number): string {
  return value === null || !Number.isFinite(value) || !(base > 0) ? '' : ` (${(value / base).toFixed(2)}×)`;
}

function table(results: readonly SizeResult[], cli: CliResult, settleSeconds: number): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ['lines / size', (r) => `${r.lines} / ${r.kilobytes.toFixed(0)} KB`],
    ['diagnostics in the file', (r) => String(r.diagnostics)],
    ['bare yaml parse, cold', (r) => ms(r.bareParseColdMs)],
    ['bare yaml parse, warm', (r) => ms(r.bareParseWarmMs)],
    ['start (spawn → initialize)', (r) => ms(r.startMs) + ratio(r.startMs, r.bareParseColdMs)],
    ['open → diagnostics (cold)', (r) => ms(r.openMs) + ratio(r.openMs, r.bareParseColdMs)],
    ['open → diagnostics (warm)', (r) => ms(r.openWarmMs) + ratio(r.openWarmMs, r.bareParseWarmMs)],
    ['keystroke → diagnostics', (r) => ms(r.keystrokeMs) + ratio(r.keystrokeMs, r.bareParseWarmMs)],
    ['keystroke, 90th percentile', (r) => ms(r.keystrokeP90Ms) + ratio(r.keystrokeP90Ms, r.bareParseWarmMs)],
    ['burst of 20 → last diagnostics', (r) => `${ms(r.burstMs)}${ratio(r.burstMs, r.bareParseWarmMs)}, ${r.burstPublishes} publishes`],
    ['completion', (r) => ms(r.completionMs) + ratio(r.completionMs, r.bareParseWarmMs)],
    ['hover', (r) => ms(r.hoverMs) + ratio(r.hoverMs, r.bareParseWarmMs)],
    ['keystroke → overview (median / p90)', (r) => `${ms(r.overviewMs)} / ${ms(r.overviewP90Ms)}`],
    ['memory, one document (RSS / peak)', (r) => (r.rssMb === null ? 'n/a' : `${r.rssMb.toFixed(0)} / ${(r.peakRssMb ?? NaN).toFixed(0)} MB`)],
  ];
  if (settleSeconds > 0) {
    rows.push([`memory, one document, ${settleSeconds} s idle (RSS)`, (r) => (r.settledRssMb === null ? 'n/a' : `${r.settledRssMb.toFixed(0)} MB`)]);
  }
  const header = ['activities', ...results.map((r) => String(r.activities))];
  const body = rows.map(([label, cell]) => [label, ...results.map(cell)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    `CLI, ${cli.files} typical files (5-40 activities): ${cli.seconds.toFixed(2)} s, ${cli.filesPerSecond.toFixed(0)} files/s ` +
      `(bare yaml parse of the same files, warm: ${cli.bareParseWarmSeconds.toFixed(2)} s; ratio ${(cli.seconds / cli.bareParseWarmSeconds).toFixed(2)}×, process start included)`,
    'Ratios: start and the cold open to the cold bare parse (a fresh process), everything else to the warm bare parse.',
  ].join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  const at = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  SERVER = at('--server') ?? SERVER;
  CLI = at('--cli') ?? CLI;
  if (options.build) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const scratch = mkdtempSync(join(tmpdir(), 'partnership-bench-'));
  try {
    const results: SizeResult[] = [];
    for (const size of options.sizes) {
      process.stderr.write(`measuring ${size} activities...\n`);
      results.push(await measureSize(size, options, scratch));
    }
    process.stderr.write('measuring the CLI...\n');
    const cli = measureCli(options, scratch);
    console.log(table(results, cli, options.settleSeconds));
    const out = options.out ?? join(ROOT, 'bench-results', `${options.smoke ? 'smoke' : 'bench'}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(join(out, '..'), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      options,
      sizes: results,
      cli,
    };
    writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
    console.log(`\nwritten: ${out}`);
    // The smoke run checks that everything works, not how fast: every figure must exist.
    const broken = results.filter((r) => ![r.startMs, r.openMs, r.openWarmMs, r.keystrokeMs, r.burstMs].every(Number.isFinite));
    if (broken.length > 0) throw new Error(`missing figures for ${broken.map((r) => r.activities).join(', ')} activities`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
