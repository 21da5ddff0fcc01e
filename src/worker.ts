/** Worker-thread entry for batches (piscina): one task in, one record out. */
import { runTask, type Task, type TaskResult } from './output/records.js';

export default function work(task: Task): Promise<TaskResult> {
  return runTask(task);
}
