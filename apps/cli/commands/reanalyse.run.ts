import { Presets, SingleBar } from 'cli-progress';
import { ReanalysisService } from '@chc/assessments/reanalysis.service';
import { loadConfig } from '@chc/config';
import { openDatabase } from '@chc/db';

export async function runReanalyse(): Promise<void> {
  const database = await openDatabase(loadConfig());
  const bar = new SingleBar(
    { format: 'reanalyse [{bar}] {value}/{total} assessments', stream: process.stderr },
    Presets.shades_classic,
  );
  let started = false;
  try {
    const summary = await new ReanalysisService(database.dataSource).reanalyseCurrent(
      (done, total) => {
        if (!process.stderr.isTTY) {
          return;
        }
        if (!started) {
          bar.start(total, 0);
        }
        started = true;
        bar.update(done);
      },
    );
    if (started) {
      bar.stop();
    }
    process.stdout.write(
      `${summary.assessments} assessments from ${summary.landlords} landlords re-analysed (analysis ${summary.analysisVersion}): ${summary.flagged} of ${summary.responses} responses flagged as boilerplate\n`,
    );
  } finally {
    await database.close();
  }
}
