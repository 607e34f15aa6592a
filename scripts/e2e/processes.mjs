// The processes the end-to-end test starts, and how it stops every one of
// them, on success, failure, timeout or Ctrl+C.
//
// Each process is started in its own process group (detached), and with an
// environment variable naming this run (PARTNERSHIP_E2E_RUN=<id>). Stopping
// sends SIGTERM to each group, then SIGKILL to what is left; then it looks in
// /proc for any process that still carries this run's id in its environment
// (an extension host or file watcher that left the group) and kills it by pid.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const RUN_ENV = 'PARTNERSHIP_E2E_RUN';

export class ProcessGroup {
  constructor(runId, log) {
    this.runId = runId;
    this.log = log;
    this.children = [];
  }

  /** The environment for a process of this run. */
  env(extra = {}) {
    return { ...process.env, ...extra, [RUN_ENV]: this.runId };
  }

  /** Starts `command` in a new process group; its output goes to `onOutput`. */
  start(name, command, args, { env = {}, cwd, onOutput } = {}) {
    const child = spawn(command, args, { cwd, env: this.env(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (data) => onOutput?.(name, String(data)));
    child.stderr.on('data', (data) => onOutput?.(name, String(data)));
    child.on('error', (error) => onOutput?.(name, `could not start: ${error.message}\n`));
    this.children.push({ name, child });
    return child;
  }

  /** The pids of live processes whose environment names this run. */
  leftovers() {
    const marker = `${RUN_ENV}=${this.runId}`;
    const pids = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
      try {
        const environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
        if (environ.split('\0').includes(marker)) pids.push(Number(entry));
      } catch {
        // gone already, or not ours to read
      }
    }
    return pids;
  }

  /**
   * The last resort, for process.on('exit'), where nothing asynchronous runs:
   * SIGKILL to every group and to every process that carries this run's id.
   */
  killAllSync() {
    for (const { child } of this.children) signalGroup(child.pid, 'SIGKILL');
    for (const pid of this.leftovers()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // exited meanwhile
      }
    }
  }

  /** Stops every process of this run. Resolves with the pids that had to be killed individually. */
  async stopAll(graceMs = 5000) {
    for (const { child } of this.children) signalGroup(child.pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && (this.children.some(({ child }) => groupAlive(child.pid)) || this.leftovers().length > 0)) {
      await sleep(100);
    }
    for (const { child } of this.children) signalGroup(child.pid, 'SIGKILL');
    const stragglers = this.leftovers();
    for (const pid of stragglers) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // exited meanwhile
      }
    }
    if (stragglers.length > 0) this.log(`killed ${stragglers.length} leftover process(es) of this run: ${stragglers.join(' ')}`);
    for (let i = 0; i < 50 && this.leftovers().length > 0; i++) await sleep(100);
    const still = this.leftovers();
    if (still.length > 0) throw new Error(`processes of this run still alive: ${still.join(' ')}`);
    return stragglers;
  }
}

function signalGroup(pid, signal) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

function groupAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
